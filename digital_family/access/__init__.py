"""Who someone is and what they may do: accounts, signing in, invitations, permissions,
security alerts."""
