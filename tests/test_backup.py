"""Backups round-trip: what is restored is what was backed up, on SQLite and PostgreSQL."""

import sqlite3
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlmodel import Session
from typer.testing import CliRunner

from digital_family.base import db
from digital_family.base.models import Household, Member
from digital_family.base.permissions import SYSTEM
from digital_family.campaign import figures
from digital_family.cli import app
from digital_family.demo import generate_demo
from digital_family.households import views
from digital_family.upkeep import backup
from tests.ward import a_ward

NOW = datetime(2026, 11, 20, 3, 0, tzinfo=UTC)


@pytest.fixture()
def demo(engine):
    with db.session_scope(engine) as session:
        generate_demo(session, households=60, seed=5, now=NOW, password="mật khẩu thử")
    return engine


def _picture(engine) -> dict:
    """Indicators of the ward and every group, and a few households in full."""
    with Session(engine) as session:
        ward, groups = figures.ward_and_group_reports(session, a_ward(session), now=NOW)
        ids = session.execute(sa.select(Household.id).order_by(Household.id)).scalars().all()
        picked = [ids[0], ids[len(ids) // 2], ids[-1]]
        return {
            "ward": ward,
            "groups": groups,
            "households": [views.load_household(session, SYSTEM, i) for i in picked],
            "counts": (session.execute(sa.select(sa.func.count()).select_from(Household)).scalar(),
                       session.execute(sa.select(sa.func.count()).select_from(Member)).scalar()),
        }


def _damage(engine) -> None:
    """What a bad day does: members changed, a household gone."""
    with db.session_scope(engine) as session:
        session.execute(sa.update(Member).values(has_smartphone=False, vneid_level=0))
        first = session.execute(sa.select(Household.id).order_by(Household.id)).scalars().first()
        session.execute(sa.delete(Household).where(Household.id == first))


def test_backup_and_restore_round_trip(demo, db_url, tmp_path, database_kind):
    before = _picture(demo)
    made = backup.backup(tmp_path / "ward.backup", db_url)
    assert made.kind == database_kind and made.size > 0
    assert backup.backup_revision(made.path) == db.head_revision()

    _damage(demo)
    assert _picture(demo) != before  # the damage shows: the comparison below can fail

    demo.dispose()  # the app's pooled connections would see the old rows' pages
    assert backup.restore(made.path, db_url) == db.head_revision()
    assert _picture(demo) == before


def test_the_command_line_backs_up_and_restores(demo, db_url, tmp_path):
    runner = CliRunner()
    out = tmp_path / "nightly" / "ward.backup"
    result = runner.invoke(app, ["backup", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "Đã sao lưu" in result.output and out.exists()
    assert [p.name for p in out.parent.iterdir()] == ["ward.backup"]  # no temporary left

    before = _picture(demo)
    _damage(demo)
    refused = runner.invoke(app, ["restore", str(out)], input="n\n")
    assert refused.exit_code == 1 and "ghi đè" in refused.output
    assert _picture(demo) != before  # nothing restored without a yes

    demo.dispose()
    result = runner.invoke(app, ["restore", str(out), "--yes"])
    assert result.exit_code == 0, result.output
    assert "Đã khôi phục" in result.output
    assert _picture(demo) == before


def test_restore_refuses_what_is_not_a_backup_of_this_kind(db_url, tmp_path, database_kind):
    junk = tmp_path / "notes.txt"
    junk.write_text("không phải bản sao lưu")
    with pytest.raises(backup.BackupError, match="không phải bản sao lưu"):
        backup.restore(junk, db_url)
    other = tmp_path / "other.backup"
    other.write_bytes((backup.PG_DUMP_MAGIC if database_kind == "sqlite"
                       else backup.SQLITE_MAGIC) + b"\0" * 100)
    with pytest.raises(backup.BackupError, match="không khôi phục chéo"):
        backup.restore(other, db_url)


def test_a_backup_newer_than_the_code_is_refused(db_url, tmp_path, database_kind):
    if database_kind != "sqlite":
        pytest.skip("rewrites the revision inside a SQLite backup file")
    made = backup.backup(tmp_path / "newer.backup", db_url)
    conn = sqlite3.connect(made.path)
    conn.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="mới hơn mã nguồn này"):
        backup.restore(made.path, db_url)


def test_restoring_an_older_backup_leaves_the_schema_to_upgrade(db_url, engine, tmp_path):
    """A backup taken before a migration restores to that revision (whatever came later
    goes), and `db upgrade` takes it to the newest again."""
    from alembic import command

    cfg = db.alembic_config(db_url)
    command.downgrade(cfg, "-1")
    older = db.current_revision(engine)
    engine.dispose()
    made = backup.backup(tmp_path / "old.backup", db_url)
    command.upgrade(cfg, "head")
    assert backup.restore(made.path, db_url) == older
    db.upgrade(db_url)
    assert db.current_revision(engine) == db.head_revision()
