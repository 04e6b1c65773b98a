"""The campaign's numbers and steering: indicators, live roll-ups and the reports read
from them (figures), snapshots, the register file, the printable report, the leader's
priorities, the ward's settings, targets and groups, and staff accounts."""
