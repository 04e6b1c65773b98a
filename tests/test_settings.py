from digital_family import settings


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
