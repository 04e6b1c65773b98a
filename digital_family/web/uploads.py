"""Uploaded files waiting to be imported.

An upload is an HTTP request that may reach any worker of the app, while the tab's
sign-in is known only to the worker holding its socket. So the upload's handler keeps
the file here, under a random name in a folder only this user may read (shared by the
workers of one machine), and the import runs in the event the tab then sends over its
own socket, which checks who is signed in. A kept file is read once; files nobody
imported are deleted after ``KEEP_FOR``.
"""

from __future__ import annotations

import os
import secrets
import tempfile
import time
from pathlib import Path

KEEP_FOR = 30 * 60  # seconds
FOLDER = Path(tempfile.gettempdir()) / "digital-family-uploads"


def _folder() -> Path:
    FOLDER.mkdir(mode=0o700, exist_ok=True)
    return FOLDER


def keep(data: bytes) -> str:
    """Keep ``data``; returns the ticket that takes it back."""
    folder = _folder()
    cutoff = time.time() - KEEP_FOR
    for old in folder.iterdir():
        if old.stat().st_mtime < cutoff:
            old.unlink(missing_ok=True)
    ticket = secrets.token_hex(16)
    path = folder / ticket
    with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as out:
        out.write(data)
    return ticket


def take(ticket: str) -> bytes | None:
    """The kept file (deleted as it is read), or None for an unknown or expired ticket."""
    if not (isinstance(ticket, str) and len(ticket) == 32 and ticket.isalnum()):
        return None
    path = _folder() / ticket
    try:
        data = path.read_bytes()
    except OSError:
        return None
    path.unlink(missing_ok=True)
    return data
