"""What is kept of who did what: the audit log, and the security alerts read from it."""
