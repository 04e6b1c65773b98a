"""Backing up the whole database to one file, and restoring it (SQLite or PostgreSQL).

SQLite: the online backup API (``sqlite3.Connection.backup``), a consistent copy
while the app keeps writing; the backup file is itself a SQLite database.
PostgreSQL: ``pg_dump -Fc`` / ``pg_restore --clean`` (one transaction: all or nothing).
A backup is written beside its destination and renamed into place, so a failed
backup never leaves a half file under the final name.
"""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from digital_family.base import db
from digital_family.base.settings import database_url

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_DUMP_MAGIC = b"PGDMP"


class BackupError(RuntimeError):
    """The backup or restore could not be done; the message says why, in Vietnamese."""


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # "sqlite" or "postgresql"
    size: int


def _kind(url: str) -> str:
    name = sa.engine.make_url(url).get_backend_name()
    if name not in ("sqlite", "postgresql"):
        raise BackupError(f"Không sao lưu được cơ sở dữ liệu loại {name}.")
    return name


def _sqlite_path(url: str) -> Path:
    path = sa.engine.make_url(url).database
    if not path or path == ":memory:":
        raise BackupError("Cơ sở dữ liệu SQLite này không nằm trong tệp nào.")
    return Path(path)


def file_kind(path: Path) -> str:
    """What a backup file holds: "sqlite", "postgresql", or BackupError."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise BackupError(f"Không đọc được tệp {path}: {exc.strerror}.") from None
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(PG_DUMP_MAGIC):
        return "postgresql"
    raise BackupError(
        f"Tệp {path} không phải bản sao lưu của Gia Đình Số (SQLite hoặc pg_dump -Fc)."
    )


def _pg_tool(name: str) -> str:
    """pg_dump / pg_restore: on PATH, else Debian's newest PostgreSQL binaries."""
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise BackupError(
            f"Không tìm thấy {name}: hãy cài gói postgresql-client"
            " (apt-get install postgresql-client)."
        )
    return found


def _pg_env(url: str) -> tuple[dict[str, str], str]:
    """libpq's environment for the URL (the password stays out of the command line)."""
    u = sa.engine.make_url(url)
    env = dict(os.environ)
    for var, value in (("PGHOST", u.host), ("PGPORT", u.port), ("PGUSER", u.username),
                       ("PGPASSWORD", u.password)):
        if value is not None:
            env[var] = str(value)
    for key, var in (("sslmode", "PGSSLMODE"), ("sslrootcert", "PGSSLROOTCERT")):
        if key in u.query:
            env[var] = str(u.query[key])
    return env, u.database or ""


def _copy_sqlite(source: Path, target: Path, *, self_contained: bool = False) -> None:
    """SQLite's online backup API: a consistent copy of ``source`` over ``target``."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=30)
    try:
        src.backup(dst)
        if self_contained:
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal beside it
    finally:
        dst.close()
        src.close()


def _run(command: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise BackupError(f"{what} thất bại: {detail[-1] if detail else done.returncode}")


def backup(out: Path, url: str | None = None) -> BackupFile:
    """Write a backup of the whole database to ``out`` (replaced if it exists)."""
    url = url or database_url()
    kind, out = _kind(url), Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        if kind == "sqlite":
            source_path = _sqlite_path(url)
            if not source_path.exists():
                raise BackupError(f"Không có cơ sở dữ liệu {source_path}.")
            _copy_sqlite(source_path, tmp, self_contained=True)
        else:
            env, name = _pg_env(url)
            _run([_pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges",
                  "--file", str(tmp), "--dbname", name], env, "pg_dump")
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return BackupFile(out, kind, out.stat().st_size)


def backup_revision(file: Path) -> str | None:
    """The schema revision (Alembic) a backup file was taken at."""
    if file_kind(file) == "sqlite":
        conn = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            return None
        finally:
            conn.close()
        return row[0] if row else None
    done = subprocess.run(
        [_pg_tool("pg_restore"), "--data-only", "--table=alembic_version", "--file=-", str(file)],
        capture_output=True, text=True)
    lines = done.stdout.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("COPY ") and "alembic_version" in line and i + 1 < len(lines):
            return None if lines[i + 1] == "\\." else lines[i + 1].strip()
    return None


def _check_revision(file: Path, url: str) -> None:
    """Refuse a backup this code cannot use; on PostgreSQL, bring the database down to
    the backup's revision first (so tables of later migrations do not linger)."""
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from alembic import command

    revision = backup_revision(file)
    if revision is None:
        raise BackupError(
            f"Tệp {file} không có phiên bản lược đồ: không phải bản sao lưu của ứng dụng."
        )
    script = ScriptDirectory.from_config(db.alembic_config(url))
    try:  # Alembic raises for a revision it does not know (it never answers None)
        script.get_revision(revision)
    except CommandError:
        raise BackupError(
            f"Bản sao lưu ở phiên bản lược đồ {revision}, mới hơn mã nguồn này: "
            "hãy cập nhật ứng dụng trước khi khôi phục."
        ) from None
    if _kind(url) == "postgresql":
        engine = db.make_engine(url)
        try:
            current = db.current_revision(engine)
        finally:
            engine.dispose()
        if current is not None and current != revision:
            command.downgrade(db.alembic_config(url), revision)


def restore(file: Path, url: str | None = None) -> str | None:
    """Replace the whole database with the backup in ``file``; the schema revision it
    brought back (which may be older than the code's: then run ``db upgrade``)."""
    url = url or database_url()
    kind, file = _kind(url), Path(file)
    found = file_kind(file)
    if found != kind:
        raise BackupError(
            f"Tệp {file} là bản sao lưu {found}, còn cơ sở dữ liệu đang dùng là {kind}: "
            "không khôi phục chéo được (dùng export/import sổ nhân khẩu để chuyển dữ liệu)."
        )
    _check_revision(file, url)
    if kind == "sqlite":
        # page by page into the live file: other connections wait, then see all of it
        _copy_sqlite(file, _sqlite_path(url))
    else:
        env, name = _pg_env(url)
        _run([_pg_tool("pg_restore"), "--clean", "--if-exists", "--no-owner",
              "--no-privileges", "--single-transaction", "--exit-on-error",
              "--dbname", name, str(file)], env, "pg_restore")

    engine = db.make_engine(url)
    try:
        return db.current_revision(engine)
    finally:
        engine.dispose()
