"""Migrations, the schema gate and the database constraints."""

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlmodel import SQLModel

from digital_family.base import db
from digital_family.base.models import Household, Member, ResidentialGroup
from tests.ward import a_ward


def test_migrations_match_the_models(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_schema_gate_names_the_upgrade_command(tmp_path):
    engine = db.make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with pytest.raises(db.SchemaBehindError, match="digital-family db upgrade"):
        db.require_current_schema(engine)


def test_schema_gate_passes_at_head(engine):
    db.require_current_schema(engine)
    assert db.current_revision(engine) == db.head_revision()


def test_downgrade_to_base_and_back(db_url):
    from alembic import command

    cfg = db.alembic_config(db_url)
    command.downgrade(cfg, "base")
    engine = db.make_engine(db_url)
    assert db.current_revision(engine) is None
    command.upgrade(cfg, "head")
    assert db.current_revision(engine) == db.head_revision()
    engine.dispose()


def test_each_migration_downgrades_and_upgrades_alone(db_url):
    """Step by step down to nothing (no table left behind) and back up, on either database."""
    from alembic.script import ScriptDirectory

    from alembic import command

    cfg = db.alembic_config(db_url)
    revisions = [r.revision for r in ScriptDirectory.from_config(cfg).walk_revisions()]
    engine = db.make_engine(db_url)
    for expected in [*revisions[1:], None]:
        command.downgrade(cfg, "-1")
        assert db.current_revision(engine) == expected
    assert set(sa.inspect(engine).get_table_names()) <= {"alembic_version"}
    for expected in reversed(revisions):
        command.upgrade(cfg, "+1")
        assert db.current_revision(engine) == expected
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    engine.dispose()


@pytest.fixture()
def household(session):
    group = ResidentialGroup(ward_id=a_ward(session), code="TDP01", name="Tổ 1")
    session.add(group)
    session.flush()
    household = Household(ward_id=a_ward(session), code="HGD001", group_id=group.id, address="Ngõ 1")
    session.add(household)
    session.commit()
    return household


@pytest.mark.parametrize(
    "field, value",
    [("birth_year", 1899), ("sex", "x"), ("occupation", "pilot"), ("vneid_level", 3),
     ("learning_status", "maybe")],
)
def test_database_refuses_invalid_codes(session, household, field, value):
    fields = {"full_name": "Nguyễn Văn An", "birth_year": 1980, "sex": "male", field: value}
    member = Member(household_id=household.id, **fields)
    session.add(member)
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_codes_are_unique(session, household):
    session.add(Household(ward_id=a_ward(session), code="HGD001", group_id=household.group_id))
    with pytest.raises(sa.exc.IntegrityError):
        session.commit()


def test_timestamps_come_back_in_utc(session, household):
    session.expire_all()
    loaded = session.get(Household, household.id)
    assert loaded.created_at.tzinfo is not None
    assert loaded.created_at.utcoffset().total_seconds() == 0


def test_deleting_a_household_removes_its_members(session, household):
    session.add(Member(household_id=household.id, full_name="Lê Thị Hoa", birth_year=1990,
                       sex="female"))
    session.commit()
    session.delete(household)
    session.commit()
    assert session.exec(sa.select(sa.func.count()).select_from(Member)).one()[0] == 0


def test_sqlite_writers_of_one_process_take_turns_instead_of_napping(tmp_path):
    """Writers wait for their turn on a lock, not in SQLite's busy handler: with a busy
    timeout far shorter than the queue, no writer is refused as locked (issue 21)."""
    import threading
    import time

    engine = db.make_engine(f"sqlite:///{tmp_path / 'turns.db'}")
    sa.event.listen(engine, "connect",
                    lambda conn, _: conn.execute("PRAGMA busy_timeout=20"))
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE tap (n INTEGER)"))
    failures = []

    def writer(n: int) -> None:
        for i in range(10):
            try:
                with db.session_scope(engine) as session:
                    session.execute(sa.text("INSERT INTO tap VALUES (:n)"), {"n": n * 100 + i})
                    time.sleep(0.005)  # a transaction that takes a moment
                    session.execute(sa.text("SELECT count(*) FROM tap")).scalar_one()
            except sa.exc.OperationalError as exc:
                failures.append(str(exc))

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    with engine.connect() as conn:
        assert conn.execute(sa.text("SELECT count(*) FROM tap")).scalar_one() == 80
