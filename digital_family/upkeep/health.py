"""Health for a load balancer: database reachable, migrations current, Redis reachable.

`GET /healthz` on the app's port answers 200 with JSON when all hold, else 503;
`digital-family health` prints the same JSON.
"""

from functools import lru_cache

import sqlalchemy as sa
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from digital_family.base import db
from digital_family.base.settings import redis_url

PATH = "/healthz"
OK = "ok"


@lru_cache(maxsize=1)
def _head() -> str | None:
    return db.head_revision()


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else ''}"[:300]


def check_database(engine: sa.Engine | None = None) -> tuple[str, str]:
    """(database, migrations): "ok" or what is wrong."""
    try:
        current = db.current_revision(engine)
    except Exception as exc:  # whatever the driver raises, the answer is "unreachable"
        return _first_line(exc), "unknown"
    if current != _head():
        return OK, f"behind: at {current}, head {_head()} (run: {db.UPGRADE_COMMAND})"
    return OK, OK


def check_redis(url: str | None) -> str:
    """"ok", "not configured" (one worker, no Redis) or what is wrong."""
    if not url:
        return "not configured"
    import redis

    # redis-py leaves from_url's and ping's **kwargs untyped: the one unknown, here.
    client = redis.Redis.from_url(  # pyright: ignore[reportUnknownMemberType]
        url, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()  # pyright: ignore[reportUnknownMemberType]
    except Exception as exc:
        return _first_line(exc)
    finally:
        client.close()
    return OK


def check(engine: sa.Engine | None = None, redis: str | None = None) -> dict[str, object]:
    """Every check; ``healthy`` is True when all pass (Redis may be not configured)."""
    database, migrations = check_database(engine)
    redis_state = check_redis(redis if redis is not None else redis_url())
    return {
        "healthy": database == OK and migrations == OK and redis_state in (OK, "not configured"),
        "database": database,
        "migrations": migrations,
        "redis": redis_state,
    }


async def healthz(_request: Request) -> JSONResponse:
    result = await run_in_threadpool(check)  # off the event loop: both checks block
    return JSONResponse(result, status_code=200 if result["healthy"] else 503)


def api() -> Starlette:
    """The routes the app adds beside Reflex's own (its ``api_transformer``)."""
    return Starlette(routes=[Route(PATH, healthz, methods=["GET"])])
