"""Settings from the environment, with the defaults the SPEC gives."""

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]
DEFAULT_DB_PATH = PROJECT_DIR / "digital_family.db"


@dataclass(frozen=True)
class Settings:
    database_url: str
    ward_name: str
    ward_code: str  # the ward's code in the API's paths (one ward per deployment for now)


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


# On a 2-core machine `python -m bench.load --scaled --workers 1,2,4` (bench/load.py) saw
# 4 workers never finish signing 200 residents in, and with 100 residents 2 workers
# answered about as many taps as 1 (../shared/TOOLCHAIN.md, "Cost of one event"): more
# workers do not buy speed there. 2 is what the scaled set-up and its fault tests run with.
DEFAULT_WORKERS = 2


def redis_url() -> str | None:
    """``REDIS_URL``, else Reflex's ``REFLEX_REDIS_URL``; None: no Redis (one worker)."""
    return os.environ.get("REDIS_URL") or os.environ.get("REFLEX_REDIS_URL") or None


def workers() -> int:
    """Backend worker processes: ``WORKERS`` with Redis (default 2); always 1 without.

    Without Redis each worker would keep its own copy of every page's state, so a
    second worker would answer from a state it never saw.
    """
    if not redis_url():
        return 1
    value = os.environ.get("WORKERS", "").strip()
    if not value:
        return DEFAULT_WORKERS
    if not value.isdigit() or int(value) < 1:
        raise ValueError(f"WORKERS must be a whole number ≥ 1, not {value!r}")
    return int(value)


def allowed_origins() -> tuple[str, ...]:
    """``ALLOWED_ORIGINS``: the origins (``https://host[:port]``, comma-separated) whose
    pages may open the app's websocket and upload; empty: only the app's own origin."""
    value = os.environ.get("ALLOWED_ORIGINS", "")
    return tuple(o.strip().rstrip("/").lower() for o in value.split(",") if o.strip())


def get_settings() -> Settings:
    return Settings(
        database_url=database_url(),
        ward_name=os.environ.get("WARD_NAME", "Phường Khương Đình"),
        ward_code=os.environ.get("WARD_CODE", "khuong-dinh").strip().lower() or "khuong-dinh",
    )
