import pytest

from digital_family.base import settings


def test_default_is_sqlite_in_the_project_folder(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("REFLEX_DB_URL", raising=False)
    assert settings.database_url() == f"sqlite:///{settings.PROJECT_DIR / 'digital_family.db'}"


def test_database_url_wins_over_reflex_db_url(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:////tmp/a.db")
    monkeypatch.setenv("REFLEX_DB_URL", "sqlite:////tmp/b.db")
    assert settings.database_url() == "sqlite:////tmp/a.db"


def test_reflex_db_url_is_used_and_postgres_means_psycopg(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("REFLEX_DB_URL", "postgresql://u:p@localhost/gds")
    assert settings.database_url() == "postgresql+psycopg://u:p@localhost/gds"


def test_ward_name_default(monkeypatch):
    monkeypatch.delenv("WARD_NAME", raising=False)
    assert settings.get_settings().ward_name == "Phường Khương Đình"


def test_without_redis_one_worker_whatever_workers_says(monkeypatch):
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.delenv("REFLEX_REDIS_URL", raising=False)
    monkeypatch.setenv("WORKERS", "4")
    assert settings.redis_url() is None
    assert settings.workers() == 1


def test_redis_url_and_workers(monkeypatch):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("REFLEX_REDIS_URL", "redis://elsewhere:6379/0")
    monkeypatch.delenv("WORKERS", raising=False)
    assert settings.redis_url() == "redis://127.0.0.1:6379/0"
    assert settings.workers() == settings.DEFAULT_WORKERS
    monkeypatch.setenv("WORKERS", "4")
    assert settings.workers() == 4
    for bad in ("0", "two", "-1"):
        monkeypatch.setenv("WORKERS", bad)
        with pytest.raises(ValueError, match="WORKERS"):
            settings.workers()
