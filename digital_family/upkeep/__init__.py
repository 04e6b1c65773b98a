"""Keeping the server: the retention purge of every kind of record, backups, health."""
