"""A single-ward database migrates into a city of one ward with nothing lost (issue 22
point 1), on SQLite and PostgreSQL: a demo ward is taken back to the single-ward schema
(0018), copied table by table, migrated forward, and compared with the copy."""

from datetime import UTC, datetime

import sqlalchemy as sa

from alembic import command
from digital_family import demo
from digital_family.base import db
from digital_family.campaign import figures
from digital_family.ward import rollups

NOW = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
WARD_TABLES = ("residential_group", "household", "user_account", "setting", "indicator_target",
               "indicator_snapshot", "learning_class", "audit_log")


def _tables(engine: sa.Engine) -> dict[str, list[tuple]]:
    """Every row of every table (but Alembic's), without the ward columns, sorted."""
    meta = sa.MetaData()
    meta.reflect(engine)
    found: dict[str, list[tuple]] = {}
    with engine.connect() as conn:
        for name, table in meta.tables.items():
            if name in ("alembic_version", "ward"):
                continue
            columns = [c for c in table.c if c.name != "ward_id"]
            rows = conn.execute(sa.select(*columns)).all()
            found[name] = sorted((tuple(r) for r in rows), key=repr)
    return found


def test_a_demo_ward_becomes_the_first_ward_of_a_city(db_url, monkeypatch):
    monkeypatch.setenv("WARD_CODE", "khuong-dinh")
    monkeypatch.setenv("WARD_NAME", "Phường Khương Đình")
    engine = db.make_engine(db_url)
    with db.session_scope(engine) as session:
        demo.generate_demo(session, households=300, seed=3, now=NOW)
    with db.session_scope(engine) as session:
        report_before = figures.ward_report(session, 1, now=NOW)

    cfg = db.alembic_config(db_url)
    command.downgrade(cfg, "0018")  # the single-ward schema, holding the demo ward
    before = _tables(engine)
    assert sum(len(rows) for rows in before.values()) > 4000
    assert all(before[t] for t in ("residential_group", "household", "member", "user_account",
                                   "indicator_snapshot", "learning_class", "audit_log"))

    command.upgrade(cfg, "head")
    assert _tables(engine) == before  # every row of every table, as it was
    with engine.connect() as conn:
        wards = conn.execute(sa.text("SELECT id, code, name FROM ward")).all()
        assert [(w.code, w.name) for w in wards] == [("khuong-dinh", "Phường Khương Đình")]
        ward_id = wards[0].id
        for table in WARD_TABLES:
            counts = dict(conn.execute(sa.text(
                f"SELECT ward_id, count(*) FROM {table} GROUP BY ward_id")).all())
            assert set(counts) <= {ward_id}, table  # (no setting is stored in the demo)
        assert conn.execute(sa.text(
            "SELECT count(*) FROM household h JOIN residential_group g ON g.id = h.group_id "
            "WHERE h.ward_id <> g.ward_id")).scalar_one() == 0
    with db.session_scope(engine) as session:
        assert rollups.verify(session, ward_id) == []
        assert figures.ward_report(session, ward_id, now=NOW) == report_before
    engine.dispose()
