"""Shared fixtures: a fresh migrated SQLite database per test."""

import pytest
from sqlmodel import Session

from digital_family import db


@pytest.fixture()
def db_url(tmp_path, monkeypatch):
    """A migrated, empty SQLite database; DATABASE_URL points at it."""
    url = f"sqlite:///{tmp_path / 'test.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("REFLEX_DB_URL", raising=False)
    db.upgrade(url)
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
