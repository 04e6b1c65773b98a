"""The read-only API under /api/v1 (SPEC §6, issue 22 point 4): keys, scopes, errors,
audit, rate limit; and a property-based run generated from its OpenAPI document."""

from __future__ import annotations

import pytest
import schemathesis
import sqlalchemy as sa
from hypothesis import HealthCheck, settings
from starlette.testclient import TestClient

from digital_family.access import api_keys
from digital_family.base.models import AuditEntry, Member, api_key
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.campaign import figures, snapshots
from digital_family.campaign.register import COLUMNS
from digital_family.web import api
from tests.ward import a_ward

WARD = "khuong-dinh"  # the test ward's code (tests/ward.py)


@pytest.fixture()
def keys(session, ward):
    """A ward key, a city key and a revoked key (the keys themselves)."""
    _, ward_key = api_keys.create(session, SYSTEM, "Cổng dữ liệu phường", "ward")
    _, city_key = api_keys.create(session, SYSTEM, "Kho dữ liệu thành phố", "city")
    revoked, revoked_key = api_keys.create(session, SYSTEM, "Cũ", "ward")
    assert api_keys.revoke(session, SYSTEM, revoked.id)
    session.commit()
    return {"ward": ward_key, "city": city_key, "revoked": revoked_key}


@pytest.fixture()
def client(keys):
    with TestClient(api.mounted()) as test_client:
        yield test_client


def get(client, path, key=None, **params):
    """A call; the test's own session must hold no transaction open meanwhile (on
    SQLite a reader blocks the call's write of its audit entry), hence ``done``."""
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return client.get(api.PREFIX + path, headers=headers, params=params)


def done(session, value):
    """``value``, read in ``session``, whose transaction is then ended."""
    session.commit()
    return value


def api_calls(session) -> list[tuple[str | None, str | None]]:
    session.expire_all()
    return [tuple(r) for r in session.execute(
        sa.select(AuditEntry.key, AuditEntry.field).where(AuditEntry.via == "api")
        .order_by(AuditEntry.id))]


# Keys


def test_a_key_is_shown_once_and_kept_only_as_its_hash(session, ward):
    info, key = api_keys.create(session, SYSTEM, "  Cổng   dữ liệu ", "ward")
    assert key.startswith("gds_") and len(key) > 40 and info.label == "Cổng dữ liệu"
    stored = session.execute(sa.select(api_key)).one()._mapping
    assert key not in {str(v) for v in stored.values()}
    assert stored["key_hash"] == api_keys.digest(key) and stored["prefix"] == key[:12]
    assert api_keys.authenticate(session, key) == api_keys.ApiClient(info.id, "ward", WARD)
    assert api_keys.authenticate(session, key + "x") is None
    assert api_keys.authenticate(session, ["gds_"]) is None


def test_only_admins_manage_keys(session, ward):
    staff = ward.staff
    for attempt in (lambda: api_keys.create(session, staff, "x"),
                    lambda: api_keys.list_keys(session, staff),
                    lambda: api_keys.revoke(session, staff, 1)):
        with pytest.raises(PermissionDenied):
            attempt()
    with pytest.raises(ValidationError):
        api_keys.create(session, SYSTEM, "")
    with pytest.raises(ValidationError):
        api_keys.create(session, SYSTEM, "x", "planet")
    info, _ = api_keys.create(session, SYSTEM, "x")
    assert [k.id for k in api_keys.list_keys(session, SYSTEM)] == [info.id]
    assert api_keys.revoke(session, SYSTEM, info.id) and not api_keys.revoke(session, SYSTEM, info.id)


# Calls


def test_no_valid_key_is_401_in_json(client, keys, session):
    for key in (None, keys["revoked"], "gds_made-up", "not a key"):
        answer = get(client, f"/wards/{WARD}/indicators", key)
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "unauthorized"
        assert answer.headers["www-authenticate"] == "Bearer"
    assert api_calls(session) == []  # nobody to hold to account: counted nowhere


def test_a_ward_key_reads_its_ward_and_nothing_else(client, keys, session):
    answer = get(client, f"/wards/{WARD}/indicators", keys["ward"])
    assert answer.status_code == 200
    expected = done(session, figures.ward_report(session, a_ward(session)).to_dict())
    assert answer.json()["indicators"] == expected["indicators"]
    assert answer.json()["completion"] == expected["completion"]
    assert get(client, "/wards", keys["ward"]).json() == {
        "wards": [{"code": WARD, "name": "Phường Khương Đình"}]}
    assert get(client, "/indicators", keys["ward"]).json()["error"]["code"] == "forbidden"
    other = get(client, "/wards/another-ward/indicators", keys["ward"])
    assert (other.status_code, other.json()["error"]["code"]) == (404, "not_found")
    members = get(client, f"/wards/{WARD}/members", keys["ward"], size=2, page=1)
    body = members.json()
    total = done(session, session.execute(
        sa.select(sa.func.count()).select_from(Member)).scalar_one())
    assert (body["total"], body["pages"], len(body["items"])) == (total, 2, 2)
    assert list(body["items"][0]) == list(COLUMNS)


def test_a_city_key_reads_numbers_only(client, keys, session):
    city = get(client, "/indicators", keys["city"]).json()
    assert city["scope"] == "city"
    assert city["indicators"] == done(session, figures.ward_report(session, a_ward(session)).to_dict()["indicators"])
    members = get(client, f"/wards/{WARD}/members", keys["city"])
    assert (members.status_code, members.json()["error"]["code"]) == (403, "forbidden")
    groups = get(client, f"/wards/{WARD}/groups", keys["city"], sort="digital_identity_16plus").json()
    assert groups["total"] == done(session, len(figures.group_reports(session, a_ward(session))))


def test_a_group_now_and_on_a_snapshot_day(client, keys, session):
    code = done(session, next(iter(figures.group_reports(session, a_ward(session)))))
    now = get(client, f"/wards/{WARD}/groups/{code}/indicators", keys["ward"]).json()
    assert now["indicators"] == done(session, figures.group_report(session, a_ward(session), code).to_dict()[
        "indicators"])
    assert get(client, f"/wards/{WARD}/groups/NOPE-1/indicators", keys["ward"]).status_code == 404
    missing = get(client, f"/wards/{WARD}/indicators", keys["ward"], day="2020-01-01")
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "no_snapshot")
    snapshots.take_snapshot(session)
    session.commit()
    today = snapshots.vietnam_date(None).isoformat()
    kept = get(client, f"/wards/{WARD}/indicators", keys["ward"], day=today).json()
    assert kept["day"] == today
    assert [i["numerator"] for i in kept["indicators"]] == [
        i.numerator for i in figures.ward_report(session, a_ward(session)).indicators]


def test_bad_parameters_are_400_with_the_name(client, keys):
    answer = get(client, f"/wards/{WARD}/groups", keys["ward"], size=0)
    assert answer.status_code == 400 and answer.json()["error"]["code"] == "invalid_parameter"
    assert "size" in answer.json()["error"]["message"]
    english = client.get(api.PREFIX + f"/wards/{WARD}/groups", params={"sort": "nope"},
                         headers={"Authorization": f"Bearer {keys['ward']}",
                                  "Accept-Language": "en"})
    assert english.json()["error"] == {"code": "invalid_parameter",
                                       "message": "Invalid parameter: sort."}


def test_every_call_with_a_key_is_audited_and_rate_limited(client, keys, session, monkeypatch):
    monkeypatch.setattr(api_keys, "CALLS_PER_MINUTE", 3)
    statuses = [get(client, f"/wards/{WARD}/indicators", keys["ward"]).status_code
                for _ in range(4)]
    assert statuses[:3] == [200, 200, 200] and statuses[3] == 429
    limited = get(client, f"/wards/{WARD}/indicators", keys["ward"])
    assert limited.json()["error"]["code"] == "rate_limited"
    assert 1 <= int(limited.headers["retry-after"]) <= 60
    assert get(client, "/wards", keys["city"]).status_code == 200  # another key's own count
    path = f"{api.PREFIX}/wards/{WARD}/indicators"
    assert api_calls(session) == [(path, "200")] * 3 + [("/api/v1/wards", "200")]
    session.commit()


def test_the_openapi_document(client):
    document = client.get(api.PREFIX + "/openapi.json").json()
    assert document["servers"] == [{"url": "/api/v1"}]
    assert set(document["paths"]) == {
        "/wards", "/indicators", "/wards/{ward}/indicators", "/wards/{ward}/groups",
        "/wards/{ward}/groups/{group}/indicators", "/wards/{ward}/members"}


# Generated from the OpenAPI document: no server error, answers as documented, and a
# ward key never answered for the city or another ward.

schema = schemathesis.openapi.from_asgi(api.PREFIX + "/openapi.json", api.mounted())


def _path(response) -> str:
    return response.request.url.split("?")[0].split(api.PREFIX, 1)[1]


@schema.parametrize()
@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_the_api_as_documented(case, keys):
    for name in ("ward", "city"):
        response = case.call(headers={"Authorization": f"Bearer {keys[name]}"})
        case.validate_response(response)  # no 5xx, the documented status and shape
        if response.status_code != 200:
            continue
        path = _path(response)
        if name == "ward":  # its ward only: never the city's figures, never another ward
            assert path == "/wards" or path.startswith(f"/wards/{WARD}/"), path
        else:  # numbers only: never the member register
            assert not path.endswith("/members"), path


# The command line


def test_the_command_creates_lists_and_revokes_keys(db_url, session):
    from typer.testing import CliRunner

    from digital_family.cli import app

    runner = CliRunner()
    made = runner.invoke(app, ["api-key", "create", "Kho dữ liệu", "--scope", "city"])
    assert made.exit_code == 0, made.output
    key = made.output.strip().splitlines()[-1]
    assert api_keys.authenticate(session, key) is not None
    session.commit()
    listed = runner.invoke(app, ["api-key", "list"])
    assert "Kho dữ liệu" in listed.output and key not in listed.output
    assert runner.invoke(app, ["api-key", "revoke", "1"]).exit_code == 0
    assert api_keys.authenticate(session, key) is None
    session.commit()
    assert runner.invoke(app, ["api-key", "revoke", "1"]).exit_code == 1
    assert runner.invoke(app, ["api-key", "create", "x", "--scope", "planet"]).exit_code == 2
