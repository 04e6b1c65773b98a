"""The disk state manager's folder is scanned for expired states once a minute, not per write."""

import os
import time
from types import SimpleNamespace

from reflex.istate.manager.disk import StateManagerDisk

from digital_family.web import disk_states


def _stale(folder, name):
    path = folder / name
    path.write_bytes(b"")
    old = time.time() - 7200
    os.utime(path, (old, old))
    return path


def test_expired_states_are_purged_at_most_once_a_minute(tmp_path, monkeypatch):
    disk_states.install()
    disk_states.install()  # idempotent: one wrapper
    manager = SimpleNamespace(states_directory=tmp_path, token_expiration=3600)
    clock = [1000.0]
    monkeypatch.setattr(disk_states.time, "monotonic", lambda: clock[0])

    first = _stale(tmp_path, "a.pkl")
    StateManagerDisk._purge_expired_states(manager)
    assert not first.exists()  # the first call scans

    second = _stale(tmp_path, "b.pkl")
    clock[0] += 30
    StateManagerDisk._purge_expired_states(manager)
    assert second.exists()  # within the minute: no scan

    clock[0] += 31
    StateManagerDisk._purge_expired_states(manager)
    assert not second.exists()
