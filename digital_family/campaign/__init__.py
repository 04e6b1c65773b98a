"""The campaign's numbers and steering: indicators, live roll-ups, snapshots, the register
file, the printable report, the leader's priorities and the ward's settings."""
