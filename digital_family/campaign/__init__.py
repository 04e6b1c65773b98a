"""The campaign's steering: the reports read from the tallies (figures), snapshots, the
register file, the printable report, the leader's priorities and week, the ward's
targets and groups, and staff accounts."""
