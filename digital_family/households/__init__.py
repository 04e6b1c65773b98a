"""One household and its members: reading and versioned writing, changes sent from a phone,
consent, and the family's rights over its data."""
