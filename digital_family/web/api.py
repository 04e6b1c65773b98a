"""The read-only REST/JSON API under ``/api/v1`` (SPEC §6), a FastAPI app mounted
beside Reflex's backend through the app's ``api_transformer``.

Every call sends ``Authorization: Bearer <key>`` (``access.api_keys``): no valid key
is 401; a key over its rate is 429; what a key's scope does not hold is 403, or 404
where the ward's existence is not the caller's to know (``campaign.open_data``).
Errors are JSON ``{"error": {"code", "message"}}`` with a stable ``code``; the message
is in the caller's ``Accept-Language`` (Vietnamese by default). Each call with a valid
key is written to the audit log. The database work runs off the event loop
(``offloop``), in one transaction with the call's audit entry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from pydantic import BaseModel
from sqlmodel import Session
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.routing import Mount

from digital_family.access import api_keys
from digital_family.base.i18n import CatalogueError, t
from digital_family.campaign import open_data
from digital_family.web.offloop import run_in_session

PREFIX = "/api/v1"
log = logging.getLogger(__name__)


# What the API answers (its OpenAPI schema)


class Indicator(BaseModel):
    code: str
    numerator: int
    denominator: int
    value: float | None
    target: float | None
    met: bool | None


class Completion(BaseModel):
    households: int
    members: int
    confirmed: int
    confirmed_recent: int


class Report(BaseModel):
    """A scope's indicators: now (``day`` null, with completion) or on a snapshot day."""

    scope: str
    day: str | None
    indicators: list[Indicator]
    completion: Completion | None
    reference_year: int | None = None


class Ward(BaseModel):
    code: str
    name: str


class Wards(BaseModel):
    wards: list[Ward]


class GroupsPage(BaseModel):
    items: list[Report]
    page: int
    pages: int
    total: int


class MembersPage(BaseModel):
    items: list[dict[str, str | int | None]]
    page: int
    pages: int
    total: int


class ErrorBody(BaseModel):
    code: str
    message: str


class Error(BaseModel):
    error: ErrorBody


ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": Error} for status in (400, 401, 403, 404, 429)
}
WardCode = Annotated[str, PathParam(min_length=1, max_length=30, pattern=r"^[a-z0-9-]+$")]
GroupCode = Annotated[str, PathParam(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9-]+$")]
Day = Annotated[date | None, Query(description="a day with a snapshot (YYYY-MM-DD)")]
PageNumber = Annotated[int, Query(ge=1, le=1_000_000)]


def _language(request: Request) -> str:
    return "en" if request.headers.get("accept-language", "").lower().startswith("en") else "vi"


def _error(request: Request, status: int, code: str, **params: object) -> JSONResponse:
    message = t(f"api.error.{code}", _language(request), **params)
    headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
    return JSONResponse({"error": {"code": code, "message": message}}, status, headers=headers)


def _bearer(request: Request) -> str | None:
    scheme, _, key = request.headers.get("authorization", "").partition(" ")
    return key.strip() if scheme.lower() == "bearer" and key.strip() else None


async def _serve(request: Request, work: Callable[[Session, api_keys.ApiClient], Any]
                 ) -> JSONResponse:
    """Authenticate, count, run ``work`` and audit the call, in one transaction."""
    key, path = _bearer(request), request.url.path

    def run(session: Session) -> tuple[int, str | None, dict[str, Any], Any]:
        client = api_keys.authenticate(session, key)
        if client is None:
            return 401, "unauthorized", {}, None
        if not api_keys.count_call(session, client):
            return 429, "rate_limited", {"seconds": api_keys.seconds_to_next_window()}, None
        status, code, body = 200, None, None
        params: dict[str, Any] = {}
        try:
            body = work(session, client)
        except open_data.NotVisible:
            status, code = 404, "not_found"
        except open_data.NotAllowed:
            status, code = 403, "forbidden"
        except open_data.NoSnapshot as exc:
            status, code, params = 404, "no_snapshot", {"day": str(exc)}
        except CatalogueError as exc:
            status, code, params = 400, "invalid_parameter", {"name": getattr(exc, "field", "")}
        api_keys.record_call(session, client, path, status)
        return status, code, params, body

    status, code, params, body = await run_in_session(run)
    if code is not None:
        if status == 429:
            response = _error(request, status, code, **params)
            response.headers["Retry-After"] = str(params["seconds"])
            return response
        return _error(request, status, code, **params)
    return JSONResponse(body)


def _page(found: open_data.Page) -> dict[str, Any]:
    return {"items": found.items, "page": found.page, "pages": found.pages,
            "total": found.total}


api = FastAPI(
    title="Gia Đình Số — open data",
    version="1",
    description="Indicators of the digital-literacy campaign for the city, its wards and "
                "residential groups; a ward's member register for its own key. "
                "Send `Authorization: Bearer <key>`.",
    openapi_url="/openapi.json",
    docs_url=None,
    redoc_url=None,
    servers=[{"url": PREFIX}],
    root_path_in_servers=False,
)


@api.exception_handler(RequestValidationError)
async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
    names = [str(e.get("loc", ["", "?"])[-1]) for e in exc.errors()]
    return _error(request, 400, "invalid_parameter", name=", ".join(names) or "?")


@api.exception_handler(HTTPException)
async def _http(request: Request, exc: HTTPException) -> JSONResponse:
    if exc.status_code == 404:
        return _error(request, 404, "not_found")
    return JSONResponse({"error": {"code": "http_" + str(exc.status_code),
                                   "message": str(exc.detail)}}, exc.status_code,
                        headers=exc.headers)  # a 405's Allow


@api.get("/wards", response_model=Wards, responses=ERRORS)
async def list_wards(request: Request) -> JSONResponse:
    """The wards this key may see."""
    return await _serve(request, lambda s, c: {"wards": open_data.wards(s, c)})


@api.get("/indicators", response_model=Report, responses=ERRORS)
async def city_indicators(request: Request, day: Day = None) -> JSONResponse:
    """The city's indicators: sums of its wards' numerators and denominators (city keys)."""
    return await _serve(request, lambda s, c: open_data.city_indicators(s, c, day))


@api.get("/wards/{ward}/indicators", response_model=Report, responses=ERRORS)
async def ward_indicators(request: Request, ward: WardCode, day: Day = None) -> JSONResponse:
    """A ward's indicators and completion, now or on a snapshot day."""
    return await _serve(request, lambda s, c: open_data.ward_indicators(s, c, ward, day))


@api.get("/wards/{ward}/groups", response_model=GroupsPage, responses=ERRORS)
async def ward_groups(
    request: Request, ward: WardCode, page: PageNumber = 1,
    size: Annotated[int, Query(ge=1, le=100)] = 20,
    sort: Annotated[str | None, Query(max_length=40, description="an indicator code: "
                                      "lowest value first")] = None,
) -> JSONResponse:
    """A page of the ward's residential groups with their indicators."""
    return await _serve(request, lambda s, c: _page(
        open_data.groups(s, c, ward, page=page, size=size, sort=sort)))


@api.get("/wards/{ward}/groups/{group}/indicators", response_model=Report, responses=ERRORS)
async def group_indicators(request: Request, ward: WardCode, group: GroupCode,
                           day: Day = None) -> JSONResponse:
    """A residential group's indicators and completion, now or on a snapshot day."""
    return await _serve(request, lambda s, c: open_data.group_indicators(s, c, ward, group, day))


@api.get("/wards/{ward}/members", response_model=MembersPage, responses=ERRORS)
async def ward_members(
    request: Request, ward: WardCode, page: PageNumber = 1,
    size: Annotated[int, Query(ge=1, le=open_data.MAX_MEMBERS_PAGE)] = 100,
) -> JSONResponse:
    """A page of the ward's member register, in the register file's columns (the ward's
    own key only)."""
    return await _serve(request, lambda s, c: _page(
        open_data.members(s, c, ward, page=page, size=size)))


async def _unrouted(request: Request, exc: Exception) -> Response:
    """What no route matched: under /api/v1 (a path Starlette's Mount cannot match,
    e.g. one with a newline) the API's JSON 404; elsewhere Starlette's own."""
    if request.url.path.startswith(PREFIX + "/"):
        return _error(request, 404, "not_found")
    return PlainTextResponse("Not Found", 404)


def mounted() -> Starlette:
    """The API at ``/api/v1``, for the app's ``api_transformer``."""
    return Starlette(routes=[Mount(PREFIX, app=api)], exception_handlers={404: _unrouted})
