"""The health check a load balancer asks: /healthz and `digital-family health`."""

import json

import pytest
from starlette.testclient import TestClient
from typer.testing import CliRunner

from digital_family.base import db
from digital_family.cli import app
from digital_family.upkeep import health
from tests.services import free_port


@pytest.fixture()
def no_redis(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("REFLEX_REDIS_URL", raising=False)


def test_healthy_without_redis_is_the_one_worker_set_up(engine, no_redis):
    assert health.check(engine) == {"healthy": True, "database": "ok", "migrations": "ok",
                                    "redis": "not configured"}


def test_healthy_with_redis(engine, redis_server):
    assert health.check(engine, redis_server.url)["redis"] == "ok"
    assert health.check(engine, redis_server.url)["healthy"] is True


def test_unreachable_redis_is_unhealthy(engine):
    result = health.check(engine, f"redis://127.0.0.1:{free_port()}/0")
    assert result["healthy"] is False and result["database"] == "ok"
    assert "Connection" in result["redis"]


def test_a_schema_behind_is_unhealthy(db_url, engine, no_redis):
    from alembic import command

    command.downgrade(db.alembic_config(db_url), "-1")
    result = health.check(engine)
    assert result["healthy"] is False and result["database"] == "ok"
    assert result["migrations"].startswith("behind") and "db upgrade" in result["migrations"]


def test_an_unreachable_database_is_unhealthy(no_redis):
    engine = db.make_engine(f"postgresql+psycopg://gds@127.0.0.1:{free_port()}/gds")
    result = health.check(engine)
    engine.dispose()
    assert result["healthy"] is False
    assert result["database"].startswith("OperationalError")


def test_the_endpoint_answers_200_or_503(db_url, monkeypatch, no_redis):
    client = TestClient(health.api())
    ok = client.get(health.PATH)
    assert ok.status_code == 200 and ok.json()["healthy"] is True
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    down = client.get(health.PATH)
    assert down.status_code == 503 and down.json()["redis"] != "ok"


def test_the_command_prints_the_same_and_exits_1_when_unhealthy(db_url, monkeypatch, no_redis):
    result = CliRunner().invoke(app, ["health"])
    assert result.exit_code == 0 and json.loads(result.output)["healthy"] is True
    monkeypatch.setenv("REDIS_URL", f"redis://127.0.0.1:{free_port()}/0")
    result = CliRunner().invoke(app, ["health"])
    assert result.exit_code == 1 and json.loads(result.output)["healthy"] is False
