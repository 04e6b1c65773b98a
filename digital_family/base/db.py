"""Engine, sessions and the schema-version gate shared by the app and the CLI."""

import os
import sqlite3
import threading
import weakref
from collections.abc import Callable, Generator, Mapping, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any, TypeAlias, cast

import sqlalchemy as sa
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event
from sqlalchemy.engine import TupleResult
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlmodel import Session
from sqlmodel.sql.expression import Select as SQLModelSelect

from digital_family.base.settings import PROJECT_DIR, database_url

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PostgresInsert
    from sqlalchemy.dialects.sqlite import Insert as SQLiteInsert

UPGRADE_COMMAND = "digital-family db upgrade"

# A Core SELECT of any columns (``core_rows`` runs one): its rows are tuples of ``Any``.
CoreSelect: TypeAlias = "sa.Select[*tuple[Any, ...]]"
# What core_rows runs: such a SELECT, or a UNION of them.
CoreQuery: TypeAlias = "sa.Select[*tuple[Any, ...]] | sa.CompoundSelect[*tuple[Any, ...]]"
# A boolean SQL expression (a WHERE condition).
Condition: TypeAlias = "sa.ColumnElement[bool]"


class SchemaBehindError(RuntimeError):
    """The database is not at the newest migration."""


_READS = ("SELECT", "PRAGMA", "EXPLAIN", "WITH", "VALUES", "SAVEPOINT", "RELEASE")


class _Turn:
    """Whose turn it is to write. A thread whose turn it is may open a second connection
    (as before); a connection may end its turn from another thread (the pool's clean-up)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owner: int | None = None
        self._held = 0

    def acquire(self) -> None:
        me = threading.get_ident()
        if self._owner != me:
            self._lock.acquire()
            self._owner = me
        self._held += 1

    def release(self) -> None:
        self._held -= 1
        if self._held == 0:
            self._owner = None
            self._lock.release()


_write_turn = _Turn()


def _fresh_turn_after_fork() -> None:
    global _write_turn
    _write_turn = _Turn()


os.register_at_fork(after_in_child=_fresh_turn_after_fork)


class _TurnCursor(sqlite3.Cursor):
    def execute(self, sql: str, parameters: Any = (), /) -> "_TurnCursor":
        _take_turn(self.connection, sql)
        return super().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> "_TurnCursor":
        _take_turn(self.connection, sql)
        return super().executemany(sql, parameters)


def _take_turn(connection: sqlite3.Connection, sql: str) -> None:
    """A ``_TurnCursor``'s connection is a ``TakingTurns`` (its ``cursor`` makes them)."""
    if isinstance(connection, TakingTurns):
        connection.take_turn(sql)


class TakingTurns(sqlite3.Connection):
    """A SQLite connection whose writes take turns with the other writers of this process.

    SQLite lets one connection write at a time; another writer waits in SQLite's busy
    handler, which naps 1–100 ms between tries, so under many taps the writers of the
    worker's threads form a convoy of naps. Here a transaction's first write statement
    waits for a lock instead (woken the moment the writer before it is done), and commit,
    rollback or close release it. Reads never wait (WAL)."""

    _writing = False

    def cursor(  # type: ignore[override]  # the default factory is ours, not sqlite3's
        self, factory: Callable[[sqlite3.Connection], sqlite3.Cursor] | None = None
    ) -> sqlite3.Cursor:
        return super().cursor(factory or _TurnCursor)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        self.take_turn(sql)
        return super().execute(sql, parameters)

    def take_turn(self, sql: str) -> None:
        """Before ``sql`` runs: wait for this process's write turn if it is the
        transaction's first write."""
        if not self._writing and not sql.lstrip()[:9].upper().startswith(_READS):
            _write_turn.acquire()
            self._writing = True

    def _done(self) -> None:
        if self._writing:
            self._writing = False
            _write_turn.release()

    def commit(self) -> None:
        try:
            super().commit()
        finally:
            self._done()

    def rollback(self) -> None:
        try:
            super().rollback()
        finally:
            self._done()

    def close(self) -> None:
        try:
            super().close()
        finally:
            self._done()


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # WAL lets the app read while the CLI imports.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    # In WAL mode NORMAL still survives a crash of the app (only a power cut can lose
    # the last commits) and spares an fsync per commit: taps are small, frequent writes.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Every engine of this process, so a forked child can let go of the parent's connections.
_ENGINES: "weakref.WeakSet[sa.Engine]" = weakref.WeakSet()


def _after_fork_in_child() -> None:
    """The server imports the app (and so opens the engine) before forking its workers:
    a worker must open connections of its own, never talk on its parent's sockets
    (PostgreSQL: "prepared statement _pg3_0 already exists", or worse)."""
    for engine in list(_ENGINES):
        engine.dispose(close=False)


os.register_at_fork(after_in_child=_after_fork_in_child)


def make_engine(url: str | None = None) -> sa.Engine:
    url = url or database_url()
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"check_same_thread": False,
                                                     "factory": TakingTurns})
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        # pre-ping: after a database restart, pooled connections are replaced, not used
        engine = sa.create_engine(url, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    _ENGINES.add(engine)
    return engine


@cache
def _engine_for(url: str) -> sa.Engine:
    return make_engine(url)


def get_engine() -> sa.Engine:
    """The process-wide engine for the configured database URL."""
    return _engine_for(database_url())


@contextmanager
def session_scope(engine: sa.Engine | None = None) -> Generator[Session]:
    """A session that commits on success and rolls back on error."""
    with Session(engine or get_engine(), expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def rows_changed(session: Session, statement: sa.Executable, params: Any = None) -> int:
    """Run an INSERT, UPDATE or DELETE and return how many rows it changed.

    ``Session.execute`` is typed to return a ``Result``; a data-changing statement gives
    a ``CursorResult``, which has ``rowcount``: the one cast, here.
    """
    return cast("sa.CursorResult[Any]", run(session, statement, params)).rowcount


def run(session: Session, statement: sa.Executable,
        params: Mapping[str, Any] | Sequence[Mapping[str, Any]] | None = None) -> sa.Result[Any]:
    """Run any statement ``session.exec`` has no overload for (a Core INSERT with a list
    of rows, ``sa.text``, a bulk ``on_conflict`` INSERT): SQLAlchemy's own
    ``Session.execute``, which SQLModel's subclass marks deprecated only to point at
    ``exec`` (its one reportDeprecated, here; called on the instance, so a test that
    stands in for ``session.execute`` still sees every statement). Prefer
    ``session.exec(select(...))`` for reads."""
    return session.execute(statement, params)  # pyright: ignore[reportDeprecated]


def core_rows(session: Session, statement: CoreQuery,
              params: Mapping[str, Any] | None = None) -> TupleResult[tuple[Any, ...]]:
    """Run a Core SELECT that ``sqlmodel.select`` cannot type (a Core table's columns past
    the four its overloads name) and return its rows, as tuples of ``Any``.

    ``Session.exec`` is typed for SQLModel's ``Select`` (a subclass of SQLAlchemy's) and
    hands any statement to ``Session.execute``, which SQLModel marks deprecated: the one
    cast, here. Unpack the rows by position; a single column is a one-element row.
    ``params`` fills the statement's ``bindparam``s."""
    return session.exec(cast("SQLModelSelect[*tuple[Any, ...]]", statement), params=params)


def core_mappings(session: Session, statement: CoreQuery,
                  params: Mapping[str, Any] | None = None) -> Sequence[sa.RowMapping]:
    """``core_rows``' rows read by column name (``row["code"]``): for a SELECT of many
    labelled columns."""
    return run(session, statement, params).mappings().all()


def dialect_insert(session: Session, table: sa.Table) -> "SQLiteInsert | PostgresInsert":
    """An INSERT into ``table`` that has ``on_conflict_do_nothing``/``_do_update``: the
    database's own construct (SQLite or PostgreSQL; the SQL is the same on both)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgres_insert

        return postgres_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(table)


def upsert(
    session: Session,
    table: sa.Table,
    rows: list[dict[str, Any]],
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
    statement = dialect_insert(session, table)
    if update:
        statement = statement.on_conflict_do_update(
            index_elements=list(key), set_={name: statement.excluded[name] for name in update}
        )
    else:
        statement = statement.on_conflict_do_nothing(index_elements=list(key))
    run(session, statement, rows)


def alembic_config(url: str | None = None) -> Config:
    cfg = Config(str(PROJECT_DIR / "alembic.ini"))
    cfg.set_main_option("script_location", str(PROJECT_DIR / "alembic"))
    cfg.set_main_option("sqlalchemy.url", (url or database_url()).replace("%", "%%"))
    return cfg


def head_revision() -> str | None:
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


# What a failed database call says about the database itself (not the request).
UNAVAILABLE, FULL, READ_ONLY = "unavailable", "full", "read_only"
_SQLITE_FAILURES = {"SQLITE_FULL": FULL, "SQLITE_READONLY": READ_ONLY}
_POSTGRES_FAILURES = {"53100": FULL, "25006": READ_ONLY}
_MESSAGE_KEYS = {UNAVAILABLE: "error.database", FULL: "error.database_full",
                 READ_ONLY: "error.database_read_only"}


def failure_message_key(exc: BaseException) -> str | None:
    """The catalogue key that tells people what is wrong with the database, if it is that."""
    kind = failure_kind(exc)
    return None if kind is None else _MESSAGE_KEYS.get(kind)


def failure_kind(exc: BaseException | None) -> str | None:
    """FULL or READ_ONLY when the database has no space left or refuses writes,
    UNAVAILABLE when it cannot be reached or used right now (down, restarting,
    locked), None when the error is not the database's state (or not a database's)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, DBAPIError):
            kind = _driver_failure(exc.orig)
            if kind is None and (exc.connection_invalidated or isinstance(
                    exc, OperationalError | InterfaceError)):
                kind = UNAVAILABLE
            return kind
        if (kind := _driver_failure(exc)) is not None:
            return kind
        exc = exc.__cause__ or exc.__context__
    return None


def _driver_failure(exc: BaseException | None) -> str | None:
    name = getattr(exc, "sqlite_errorname", None)  # sqlite3: SQLITE_READONLY_DBMOVED …
    if name:
        return _SQLITE_FAILURES.get("_".join(name.split("_")[:2]))
    state = getattr(exc, "sqlstate", None)  # psycopg
    if state:
        return _POSTGRES_FAILURES.get(state)
    if type(exc).__module__.startswith("psycopg") and type(exc).__name__ in (
            "OperationalError", "InterfaceError"):
        return UNAVAILABLE  # no SQLSTATE: the server was never reached
    return None
