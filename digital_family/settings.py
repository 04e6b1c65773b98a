"""Settings from the environment, with the defaults the SPEC gives."""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = PROJECT_DIR / "digital_family.db"


@dataclass(frozen=True)
class Settings:
    database_url: str
    ward_name: str


def database_url() -> str:
    """``DATABASE_URL``, else Reflex's ``REFLEX_DB_URL``, else SQLite in the project folder."""
    url = os.environ.get("DATABASE_URL") or os.environ.get("REFLEX_DB_URL")
    if not url:
        return f"sqlite:///{DEFAULT_DB_PATH}"
    # Plain postgres URLs mean psycopg 3, the driver this project installs.
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def get_settings() -> Settings:
    return Settings(
        database_url=database_url(),
        ward_name=os.environ.get("WARD_NAME", "Phường Khương Đình"),
    )
