"""Shared fixtures: a fresh migrated database per test, SQLite or PostgreSQL.

`pytest --database postgresql` (or TEST_DATABASE=postgresql) runs the same tests
against a throwaway PostgreSQL server (tests/services.py); each test gets its own
database copied from a migrated template.
"""

import os
import shutil
from pathlib import Path

import pytest
from sqlmodel import Session

from digital_family.base import db, wards
from tests import ward as wardlib

DATABASES = ("sqlite", "postgresql")


def pytest_addoption(parser):
    parser.addoption(
        "--database", choices=DATABASES, default=os.environ.get("TEST_DATABASE", "sqlite"),
        help="the database the tests run against (default: sqlite, or $TEST_DATABASE)",
    )


def pytest_report_header(config):
    return f"database: {config.getoption('--database')}"


# A test that uses none of these never touches the database under test.
DATABASE_FIXTURES = {"db_url", "engine", "session", "new_database", "postgres", "database_kind"}


def pytest_collection_modifyitems(config, items):
    """On PostgreSQL, run only the tests that use a database: the rest ran on SQLite
    already and would run the same way again."""
    if config.getoption("--database") != "postgresql":
        return
    keep, skip = [], []
    for item in items:
        uses_db = DATABASE_FIXTURES & set(getattr(item, "fixturenames", ()))
        in_browser = "browser" in Path(str(item.fspath)).parts  # the app under test uses it
        (keep if uses_db or in_browser else skip).append(item)
    if skip:
        config.hook.pytest_deselected(items=skip)
        items[:] = keep


@pytest.fixture(scope="session")
def database_kind(request) -> str:
    """'sqlite' or 'postgresql': what this run tests against."""
    return request.config.getoption("--database")


@pytest.fixture(scope="session")
def postgres(request):
    """A throwaway PostgreSQL server for the whole run (started on first use)."""
    from tests.services import PostgresServer, postgres_bin

    if request.config.getoption("--database") != "postgresql":
        try:
            postgres_bin()
        except RuntimeError as missing:  # a SQLite run: the tests that need it skip
            pytest.skip(str(missing))
    server = PostgresServer().start()
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def redis_server():
    """A throwaway Redis server for the whole run (started on first use)."""
    from tests.services import RedisServer

    try:
        server = RedisServer()
    except RuntimeError as missing:  # not installed: the tests that need it skip, naming the fix
        pytest.skip(str(missing))
    server.start()
    yield server
    server.destroy()


def _first_ward(url: str) -> None:
    """Every test database is a city with one ward and nothing else (``tests.ward.a_ward``'s
    default; a test of several wards adds its own), as after ``digital-family ward add``."""
    engine = db.make_engine(url)
    with Session(engine) as session:
        wards.add_ward(session, "khuong-dinh", "Phường Khương Đình")
        session.commit()
    engine.dispose()


@pytest.fixture(scope="session")
def postgres_copies(postgres):
    """Copies of a migrated, empty database, made ahead and dropped in the background."""
    from tests.services import DatabaseCopies

    template = "gds_template"
    postgres.create_database(template)
    db.upgrade(postgres.url(template))
    _first_ward(postgres.url(template))
    copies = DatabaseCopies(postgres, template)
    yield copies
    copies.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated SQLite file that per-test databases copy (faster than migrating)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db.upgrade(f"sqlite:///{path}")
    _first_ward(f"sqlite:///{path}")
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the main file
    return path


@pytest.fixture()
def new_database(request, tmp_path, database_kind):
    """Make a new migrated, empty database of the kind under test; returns its URL."""
    made: list[str] = []

    def make(name: str = "test") -> str:
        if database_kind == "sqlite":
            path = tmp_path / f"{name}.db"
            shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
            return f"sqlite:///{path}"
        made.append(request.getfixturevalue("postgres_copies").take())
        return request.getfixturevalue("postgres").url(made[-1])

    yield make
    for name in made:
        request.getfixturevalue("postgres_copies").give_back(name)


@pytest.fixture()
def db_url(new_database, monkeypatch):
    """A migrated, empty database; DATABASE_URL points at it."""
    url = new_database()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("REFLEX_DB_URL", raising=False)
    return url


@pytest.fixture()
def engine(db_url):
    engine = db.make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture()
def session(engine):
    with Session(engine, expire_on_commit=False) as session:
        yield session


# Shared by the domain tests


@pytest.fixture()
def fast_hashing(monkeypatch):
    """Real argon2 with cheap parameters (``ward.FAST_CONTEXT``); a module that signs
    people in uses it for every test: ``pytestmark = pytest.mark.usefixtures("fast_hashing")``."""
    yield from wardlib.fast_hashing(monkeypatch)


@pytest.fixture()
def ward(session):
    """The small ward of ``tests/ward.py`` (every role); a module may override it."""
    return wardlib.build_ward(session)

