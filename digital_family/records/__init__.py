"""What is kept about the app itself: the audit log, retention and its purge, backups, health."""
