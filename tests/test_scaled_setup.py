"""The scaled set-up's configuration: one place maps ours onto Reflex and granian."""

import os
import subprocess
import sys

from digital_family.base.settings import PROJECT_DIR

SCRIPT = PROJECT_DIR / "scripts" / "run-scaled"


def _clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DATABASE_URL", "REFLEX_DB_URL", "REDIS_URL", "REFLEX_REDIS_URL",
                        "WORKERS", "GRANIAN_WORKERS")}
    return env | extra


def _rxconfig(**env) -> list[str]:
    code = ("import os, rxconfig; from granian.server import Server; "
            "print(rxconfig.config.redis_url, os.environ['GRANIAN_WORKERS'], "
            "Server('x:app').respawn_failed_workers)")
    done = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, env=_clean_env(**env),
                          capture_output=True, text=True, check=True)
    return done.stdout.split()


def test_redis_url_and_workers_reach_reflex_and_granian():
    assert _rxconfig(REDIS_URL="redis://127.0.0.1:6390/0", WORKERS="3") == [
        "redis://127.0.0.1:6390/0", "3", "True"]
    assert _rxconfig(REDIS_URL="redis://127.0.0.1:6390/0")[1] == "2"


def test_without_redis_reflex_keeps_one_worker():
    assert _rxconfig(WORKERS="4") == ["None", "1", "True"]


def test_run_scaled_refuses_without_its_services_in_both_languages():
    done = subprocess.run(["bash", str(SCRIPT)], env=_clean_env(), capture_output=True,
                          text=True)
    assert done.returncode == 2
    assert "Chưa đặt DATABASE_URL REDIS_URL" in done.stderr
    assert "DATABASE_URL REDIS_URL not set" in done.stderr
    assert "make run" in done.stderr


def test_run_scaled_refuses_sqlite():
    done = subprocess.run(["bash", str(SCRIPT)], capture_output=True, text=True,
                          env=_clean_env(DATABASE_URL="sqlite:///x.db",
                                         REDIS_URL="redis://127.0.0.1:6390/0"))
    assert done.returncode == 2
    assert "PostgreSQL" in done.stderr and "for SQLite use: make run" in done.stderr
