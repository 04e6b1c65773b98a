"""Engine, sessions and the schema-version gate shared by the app and the CLI."""

from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import Session

from digital_family.settings import PROJECT_DIR, database_url

UPGRADE_COMMAND = "digital-family db upgrade"


class SchemaBehindError(RuntimeError):
    """The database is not at the newest migration."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the app read while the CLI imports.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def make_engine(url: str | None = None) -> sa.Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False})
        sa.event.listen(engine, "connect", _sqlite_pragmas)
    else:
        engine = sa.create_engine(url, pool_pre_ping=True)
    return engine


@lru_cache(maxsize=None)
def _engine_for(url: str) -> sa.Engine:
    return make_engine(url)


def get_engine() -> sa.Engine:
    """The process-wide engine for the configured database URL."""
    return _engine_for(database_url())


@contextmanager
def session_scope(engine: sa.Engine | None = None) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine or get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def upsert(
    session: Session,
    table: sa.Table,
    rows: list[dict],
    *,
    key: tuple[str, ...],
    update: tuple[str, ...] = (),
) -> None:
    """INSERT ``rows`` into ``table``; a row whose ``key`` columns exist already gets the
    ``update`` columns of the new row (none given: the existing row is kept).

    One statement (INSERT … ON CONFLICT) on SQLite and PostgreSQL, so concurrent
    writers of the same key both succeed.
    """
    if not rows:
        return
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    if update:
        statement = statement.on_conflict_do_update(
            index_elements=list(key), set_={name: statement.excluded[name] for name in update}
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(key))
    session.execute(statement, rows)


def alembic_config(url: str | None = None) -> Config:
    cfg = Config(str(PROJECT_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJECT_DIR / "alembic"))
    cfg.set_main_option("sqlalchemy.url", (url or database_url()).replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: sa.Engine | None = None) -> str | None:
    with (engine or get_engine()).connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(url: str | None = None) -> None:
    """Bring the schema to the newest migration."""
    from alembic import command

    command.upgrade(alembic_config(url), "head")


def require_current_schema(engine: sa.Engine | None = None) -> None:
    """Raise SchemaBehindError, naming the command to run, unless the schema is at head."""
    current, head = current_revision(engine), head_revision()
    if current != head:
        where = "chưa được tạo" if current is None else f"đang ở phiên bản {current}"
        raise SchemaBehindError(
            f"Cơ sở dữ liệu {where}, cần phiên bản {head}. "
            f"Hãy chạy: {UPGRADE_COMMAND}\n"
            f"(The database schema is behind; run: {UPGRADE_COMMAND})"
        )
