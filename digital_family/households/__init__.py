"""One household and its members: who may touch it (access), reading it (views), its
versioned writes (edits), staff's search, its history, changes sent from a phone,
consent, and the family's rights over its data."""
