"""Shared fixtures: a fresh migrated database per test, SQLite or PostgreSQL.

`pytest --database postgresql` (or TEST_DATABASE=postgresql) runs the same tests
against a throwaway PostgreSQL server (tests/services.py); each test gets its own
database copied from a migrated template.
"""

import itertools
import os
import shutil

import pytest
from sqlmodel import Session

from digital_family import db

DATABASES = ("sqlite", "postgresql")


def pytest_addoption(parser):
    parser.addoption(
        "--database", choices=DATABASES, default=os.environ.get("TEST_DATABASE", "sqlite"),
        help="the database the tests run against (default: sqlite, or $TEST_DATABASE)",
    )


def pytest_report_header(config):
    return f"database: {config.getoption('--database')}"


@pytest.fixture(scope="session")
def database_kind(request) -> str:
    """'sqlite' or 'postgresql': what this run tests against."""
    return request.config.getoption("--database")


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL server for the whole run (started on first use)."""
    from tests.services import PostgresServer

    server = PostgresServer().start()
    yield server
    server.destroy()


@pytest.fixture(scope="session")
def postgres_template(postgres) -> str:
    """The name of a migrated, empty database that per-test databases copy."""
    name = f"gds_template_{os.getpid()}"
    postgres.create_database(name)
    db.upgrade(postgres.url(name))
    return name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated, empty SQLite file that per-test databases copy (faster than migrating)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db.upgrade(f"sqlite:///{path}")
    assert not path.with_name(path.name + "-wal").exists()  # all of it is in the main file
    return path


_names = itertools.count(1)


@pytest.fixture()
def new_database(request, tmp_path, database_kind):
    """Make a new migrated, empty database of the kind under test; returns its URL."""
    made: list[str] = []

    def make(name: str = "test") -> str:
        if database_kind == "sqlite":
            path = tmp_path / f"{name}.db"
            shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
            return f"sqlite:///{path}"
        server = request.getfixturevalue("postgres")
        template = request.getfixturevalue("postgres_template")
        made.append(f"t{os.getpid()}_{next(_names)}_{name}"[:63])
        return server.create_database(made[-1], template=template)

    yield make
    for name in made:
        request.getfixturevalue("postgres").drop_database(name)


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
