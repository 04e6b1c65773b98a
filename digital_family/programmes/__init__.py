"""The campaign's programmes: the Digital Ambassadors' help requests and the small traders (4T)."""
