"""Signing in and out: tokens, idle expiry per role and the per-phone throttle."""

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from digital_family.access import accounts, auth
from digital_family.base import db
from digital_family.base.models import AuthSession, SignInThrottle, UserAccount
from digital_family.base.permissions import PermissionDenied
from digital_family.base.validation import ValidationError
from tests.ward import PASSWORD

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
GENERIC = "Số điện thoại hoặc mật khẩu không đúng."


pytestmark = pytest.mark.usefixtures("fast_hashing")


def attempt(session, phone, password, now):
    """(message, retry_after) of a refused sign-in, or the token."""
    try:
        return auth.sign_in(session, phone, password, now=now)
    except auth.SignInError as exc:
        return exc.message, exc.retry_after_seconds


def test_sign_in_gives_a_token_stored_only_hashed(session, ward):
    token = auth.sign_in(session, "+84 900 000 011", PASSWORD, now=T0)
    assert isinstance(token, str) and len(token) >= 43
    row = session.execute(sa.select(AuthSession)).scalar_one()
    assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert token not in repr(row)
    assert row.expires_at == T0 + auth.RESIDENT_IDLE_TIMEOUT
    actor = auth.resolve_session(session, token, now=T0)
    assert actor == ward.resident1
    user = session.get(UserAccount, ward.resident1.user_id)
    assert user.last_login_at == T0
    # A second sign-in is a second session with another token.
    assert auth.sign_in(session, "0900000011", PASSWORD, now=T0) != token


@pytest.mark.parametrize(
    "phone, password",
    [("0900000011", "wrong password"), ("0999999999", PASSWORD), ("not a phone", PASSWORD),
     ("", ""), (None, None), ("0900000011", None)],
)
def test_wrong_details_get_one_generic_message(session, ward, phone, password):
    with pytest.raises(auth.SignInError) as info:
        auth.sign_in(session, phone, password, now=T0)
    assert info.value.message == GENERIC
    assert info.value.retry_after_seconds is None
    assert session.execute(sa.select(sa.func.count()).select_from(AuthSession)).scalar_one() == 0


def test_every_refusal_verifies_a_hash(session, ward, monkeypatch):
    calls = []
    real = accounts.verify_password
    monkeypatch.setattr(accounts, "verify_password", lambda p, h: calls.append(h) or real(p, h))
    for phone in ("0900000011", "0999999999", "garbage"):
        attempt(session, phone, "wrong password", T0)
    assert len(calls) == 3


def test_inactive_account_cannot_sign_in(session, ward):
    session.get(UserAccount, ward.resident1.user_id).is_active = False
    session.commit()
    assert attempt(session, "0900000011", PASSWORD, T0) == (GENERIC, None)


def test_throttle_slows_then_locks(session, ward, monkeypatch):
    phone = ward.phones["resident1"]
    checks = []
    real = accounts.verify_password
    monkeypatch.setattr(accounts, "verify_password", lambda p, h: checks.append(p) or real(p, h))

    now = T0
    assert attempt(session, phone, "wrong 1", now) == (GENERIC, None)
    assert attempt(session, phone, "wrong 2", now) == (GENERIC, None)
    assert attempt(session, phone, "wrong 3", now) == (GENERIC, 5)
    # During the wait even the right password is refused, unchecked.
    checks.clear()
    message, retry = attempt(session, phone, PASSWORD, now + timedelta(seconds=2))
    assert message == "Bạn đã nhập sai nhiều lần. Vui lòng đợi 3 giây rồi thử lại."
    assert retry == 3 and checks == []
    # Each further failure doubles the wait.
    waits = []
    for n in range(4, 10):
        now += timedelta(seconds=5 * 2 ** (n - 4))
        message, retry = attempt(session, phone, f"wrong {n}", now)
        assert message == GENERIC
        waits.append(retry)
    assert waits == [10, 20, 40, 80, 160, 300]
    now += timedelta(seconds=300)
    message, retry = attempt(session, phone, "wrong 10", now)
    assert message == "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút."
    assert retry == 900
    # Locked: refused unchecked, with the time left.
    checks.clear()
    message, retry = attempt(session, phone, PASSWORD, now + timedelta(minutes=5))
    assert message == "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 10 phút."
    assert retry == 600 and checks == []
    message, retry = attempt(session, phone, PASSWORD, now + timedelta(minutes=14, seconds=30))
    assert message.endswith("thử lại sau 1 phút.") and retry == 30
    # After the lock the right password works and clears the count.
    token = attempt(session, phone, PASSWORD, now + timedelta(minutes=15))
    assert isinstance(token, str)
    assert session.get(SignInThrottle, phone) is None


def test_a_failure_after_the_lock_locks_again(session, ward):
    phone = ward.phones["staff"]
    now = T0
    for _n in range(10):
        attempt(session, phone, "wrong", now)
        now += timedelta(seconds=300)
    message, _ = attempt(session, phone, PASSWORD, now)
    assert "15 phút" not in message and "phút" in message  # still locked
    now += timedelta(minutes=15)
    assert attempt(session, phone, "wrong", now) == (
        "Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.", 900)


def test_success_clears_the_count(session, ward):
    phone = ward.phones["resident1"]
    attempt(session, phone, "wrong", T0)
    attempt(session, phone, "wrong", T0)
    assert isinstance(attempt(session, phone, PASSWORD, T0), str)
    assert attempt(session, phone, "wrong", T0) == (GENERIC, None)
    assert attempt(session, phone, "wrong", T0) == (GENERIC, None)
    assert attempt(session, phone, "wrong", T0) == (GENERIC, 5)


def test_the_count_is_forgotten_after_a_day(session, ward):
    phone = ward.phones["resident1"]
    for _ in range(3):
        attempt(session, phone, "wrong", T0)
    later = T0 + auth.THROTTLE_FORGET_AFTER
    assert attempt(session, phone, "wrong", later) == (GENERIC, None)
    assert session.get(SignInThrottle, phone).failures == 1


def test_unknown_phones_are_throttled_the_same(session, ward):
    def run(phone):
        now, answers = T0, []
        for _ in range(12):
            answers.append(attempt(session, phone, "wrong password", now))
            answers.append(attempt(session, phone, "wrong password", now + timedelta(seconds=1)))
            now += timedelta(seconds=301)
        return answers

    known, unknown = run(ward.phones["resident1"]), run("0987654321")
    assert known == unknown
    assert ("Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.", 900) in known


def test_numbers_are_throttled_in_their_normal_form(session, ward):
    for spelling in ("0900000011", "+84900000011", "090 000 0011"):
        attempt(session, spelling, "wrong", T0)
    assert session.get(SignInThrottle, "0900000011").failures == 3


def test_a_failure_stays_recorded_when_the_caller_rolls_back(engine, session, ward):
    with pytest.raises(auth.SignInError), db.session_scope(engine) as other:
        auth.sign_in(other, ward.phones["resident1"], "wrong", now=T0)
    with Session(engine) as fresh:
        assert fresh.get(SignInThrottle, ward.phones["resident1"]).failures == 1


def test_a_raced_claim_is_retried(session, ward, monkeypatch):
    """A compare-and-set that loses re-reads the row and counts on top of the winner."""
    phone = ward.phones["resident1"]
    attempt(session, phone, "wrong", T0)
    real_execute = session.execute
    raced = []

    def racing_execute(statement, *args, **kwargs):
        if isinstance(statement, sa.Update) and statement.table.name == "sign_in_throttle" and not raced:
            raced.append(True)
            with Session(session.get_bind()) as rival:  # another request wins first
                rival.get(SignInThrottle, phone).failures = 2
                rival.commit()
        return real_execute(statement, *args, **kwargs)

    monkeypatch.setattr(session, "execute", racing_execute)
    assert attempt(session, phone, "wrong", T0) == (GENERIC, 5)
    assert raced and session.get(SignInThrottle, phone).failures == 3


# Sessions


@pytest.mark.parametrize(
    "who, timeout",
    [("resident1", timedelta(days=30)), ("leader1", timedelta(days=30)),
     ("ambassador1", timedelta(days=30)), ("staff", timedelta(hours=12)),
     ("admin", timedelta(hours=12))],
)
def test_sessions_expire_after_idling(session, ward, who, timeout):
    token = auth.sign_in(session, ward.phones[who], PASSWORD, now=T0)
    assert auth.IDLE_TIMEOUTS[getattr(ward, who).role] == timeout
    # Used just before each expiry, the session lives on.
    now = T0
    for _ in range(3):
        now += timeout - timedelta(seconds=1)
        assert auth.resolve_session(session, token, now=now) is not None
    # Left idle for the whole timeout, it ends.
    assert auth.resolve_session(session, token, now=now + timeout) is None
    assert auth.resolve_session(session, token, now=now + timeout - timedelta(seconds=1)) is not None


def test_use_is_written_at_most_once_a_minute(session, ward):
    token = auth.sign_in(session, ward.phones["staff"], PASSWORD, now=T0)

    def stored():
        session.expire_all()
        row = session.execute(sa.select(AuthSession)).scalar_one()
        return row.last_seen_at, row.expires_at

    auth.resolve_session(session, token, now=T0 + timedelta(seconds=30))
    assert stored() == (T0, T0 + timedelta(hours=12))
    auth.resolve_session(session, token, now=T0 + timedelta(seconds=61))
    seen = T0 + timedelta(seconds=61)
    assert stored() == (seen, seen + timedelta(hours=12))
    auth.resolve_session(session, token, now=seen + timedelta(seconds=59))
    assert stored() == (seen, seen + timedelta(hours=12))


def test_a_role_with_a_shorter_timeout_takes_effect(session, ward):
    token = auth.sign_in(session, ward.phones["leader1"], PASSWORD, now=T0)
    session.get(UserAccount, ward.leader1.user_id).role = "ward_staff"
    session.commit()
    assert auth.resolve_session(session, token, now=T0 + timedelta(hours=11)) is not None
    assert auth.resolve_session(session, token, now=T0 + timedelta(hours=11 + 12)) is None


def test_sign_out_ends_the_session(session, ward):
    token = auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0)
    other = auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0)
    auth.sign_out(session, token, now=T0 + timedelta(minutes=1))
    session.commit()
    assert auth.resolve_session(session, token, now=T0 + timedelta(minutes=2)) is None
    assert auth.resolve_session(session, other, now=T0 + timedelta(minutes=2)) is not None
    auth.sign_out(session, token)  # twice: nothing happens
    auth.sign_out(session, "not a token")


def test_end_user_sessions(session, ward):
    mine = [auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0) for _ in range(2)]
    theirs = auth.sign_in(session, ward.phones["resident3"], PASSWORD, now=T0)
    assert auth.end_user_sessions(session, ward.resident1.user_id) == 2
    session.commit()
    assert all(auth.resolve_session(session, t, now=T0) is None for t in mine)
    assert auth.resolve_session(session, theirs, now=T0) is not None


@pytest.mark.parametrize("token", [None, "", 42, b"bytes", "x" * 10_000, "nope"])
def test_garbage_tokens_resolve_to_nobody(session, ward, token):
    assert auth.resolve_session(session, token) is None


def test_a_deactivated_account_loses_its_sessions(session, ward):
    token = auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0)
    session.get(UserAccount, ward.resident1.user_id).is_active = False
    session.commit()
    assert auth.resolve_session(session, token, now=T0) is None


def test_purge_expired(session, ward):
    ended = auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0)
    auth.sign_in(session, ward.phones["staff"], PASSWORD, now=T0)  # expires after 12 hours
    live = auth.sign_in(session, ward.phones["leader1"], PASSWORD, now=T0)
    auth.sign_out(session, ended)
    attempt(session, "0987654321", "wrong", T0)
    later = T0 + timedelta(days=2)
    assert auth.purge_expired(session, now=later) == 3
    assert auth.resolve_session(session, live, now=later) is not None


def test_current_user_summary(session, ward):
    leader = auth.current_user_summary(session, ward.leader1)
    assert leader == auth.UserSummary("Phạm Văn Tổ", "group_leader", None, None, ("TDP01",))
    resident = auth.current_user_summary(session, ward.resident1)
    assert resident.household_id == ward.h1 and resident.household_code == "TDP01-0001"
    assert resident.role == "resident" and resident.group_codes == ()
    with pytest.raises(PermissionDenied):
        auth.current_user_summary(session, None)


# Per client address: password spraying across many phone numbers


def _spray(session, client, count, now, start=0):
    """``count`` attempts with made-up numbers from ``client``; their outcomes."""
    return [
        attempt_from(session, f"0987{i:06d}", "wrong password", now, client)
        for i in range(start, start + count)
    ]


def attempt_from(session, phone, password, now, client):
    try:
        return auth.sign_in(session, phone, password, client=client, now=now)
    except auth.SignInError as exc:
        return exc.message, exc.retry_after_seconds


def test_one_client_spraying_numbers_is_stopped_before_any_hash(session, ward, monkeypatch):
    outcomes = _spray(session, "203.0.113.7", auth.CLIENT_FREE_FAILURES, T0)
    assert all(o == (GENERIC, None) for o in outcomes)
    hashes = []
    real = accounts.verify_password
    monkeypatch.setattr(accounts, "verify_password", lambda p, h: hashes.append(h) or real(p, h))
    message, wait = attempt_from(session, "0987999999", "x", T0, "203.0.113.7")
    assert message.startswith("Có quá nhiều lần đăng nhập sai từ máy hoặc mạng này")
    assert wait == int(auth.CLIENT_WINDOW.total_seconds())
    # even the right password of a real account is not looked at from that client now
    assert attempt_from(session, "0900000011", PASSWORD, T0, "203.0.113.7")[0] == message
    assert hashes == []
    # another client, and the same client once the window is over, may try again
    assert isinstance(attempt_from(session, "0900000011", PASSWORD, T0, "198.51.100.2"), str)
    later = T0 + auth.CLIENT_WINDOW + timedelta(seconds=1)
    assert isinstance(attempt_from(session, "0900000011", PASSWORD, later, "203.0.113.7"), str)


def test_good_sign_ins_from_a_service_point_do_not_count(session, ward):
    for _ in range(auth.CLIENT_FREE_FAILURES + 5):
        assert isinstance(attempt_from(session, "0900000011", PASSWORD, T0, "10.0.0.1"), str)
    assert _spray(session, "10.0.0.1", 1, T0) == [(GENERIC, None)]


def test_a_success_does_not_reset_the_window(session, ward):
    _spray(session, "203.0.113.9", auth.CLIENT_FREE_FAILURES - 1, T0)
    assert isinstance(attempt_from(session, "0900000011", PASSWORD, T0, "203.0.113.9"), str)
    assert _spray(session, "203.0.113.9", 1, T0, start=500) == [(GENERIC, None)]
    assert _spray(session, "203.0.113.9", 1, T0, start=600)[0][0].startswith("Có quá nhiều")


def test_the_client_key_keeps_no_address(session, ward):
    _spray(session, "2001:db8::1", 1, T0)
    keys = session.execute(sa.select(SignInThrottle.phone)).scalars().all()
    assert auth.client_throttle_key("2001:db8::1") in keys
    assert not any("2001" in k for k in keys)


# The account page: my sessions and my password

ANDROID = ("Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko)"
           " Chrome/120.0.0.0 Mobile Safari/537.36")


@pytest.mark.parametrize("agent, label", [
    (ANDROID, "Android · Chrome"),
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like"
     " Gecko) Version/17.1 Mobile/15E148 Safari/604.1", "iPhone · Safari"),
    ("Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 Chrome/110 Mobile Safari/537.36 Zalo"
     " android/12", "Android · Zalo"),
    ("curl/8.0", None), ("", None), (None, None),
])
def test_device_labels_name_only_the_kind_of_phone_and_browser(agent, label):
    assert auth.device_label(agent) == label


def test_own_sessions_and_ending_them(session, ward):
    phone_a = auth.sign_in(session, "0900000011", PASSWORD, device=ANDROID, now=T0)
    phone_b = auth.sign_in(session, "0900000011", PASSWORD, now=T0 + timedelta(minutes=5))
    other = auth.sign_in(session, "0900000013", PASSWORD, now=T0)
    me = auth.resolve_session(session, phone_a, now=T0)
    sessions = auth.own_sessions(session, me, current_token=phone_a, now=T0)
    assert [(s.device, s.current) for s in sessions] == [(None, False), ("Android · Chrome", True)]
    # nobody ends someone else's session, whatever id they send
    them = auth.resolve_session(session, other, now=T0)
    their_id = auth.own_sessions(session, them, current_token=other, now=T0)[0].id
    for bad in (their_id, "x", None, -1):
        with pytest.raises(auth.SessionNotFound):
            auth.end_own_session(session, me, bad, now=T0)
    assert auth.resolve_session(session, other, now=T0) is not None
    auth.end_own_session(session, me, sessions[0].id, now=T0)
    assert auth.resolve_session(session, phone_b, now=T0) is None
    assert auth.resolve_session(session, phone_a, now=T0) is not None


def test_sign_out_every_other_device(session, ward):
    tokens = [auth.sign_in(session, "0900000011", PASSWORD, now=T0) for _ in range(3)]
    me = auth.resolve_session(session, tokens[0], now=T0)
    assert auth.end_other_sessions(session, me, current_token=tokens[0], now=T0) == 2
    assert [auth.resolve_session(session, t, now=T0) is not None for t in tokens] \
        == [True, False, False]


def test_change_password(session, ward):
    tokens = [auth.sign_in(session, "0900000011", PASSWORD, now=T0) for _ in range(2)]
    me = auth.resolve_session(session, tokens[0], now=T0)
    with pytest.raises(ValidationError) as info:
        auth.change_password(session, me, current_password="wrong one", new_password="new pass 123",
                             current_token=tokens[0], now=T0)
    assert info.value.field == "current_password"
    with pytest.raises(ValidationError) as info:
        auth.change_password(session, me, current_password=PASSWORD, new_password="short",
                             current_token=tokens[0], now=T0)
    assert info.value.field == "new_password"
    ended = auth.change_password(session, me, current_password=PASSWORD,
                                 new_password="new pass 123", current_token=tokens[0], now=T0)
    assert ended == 1
    assert auth.resolve_session(session, tokens[0], now=T0) is not None
    assert auth.resolve_session(session, tokens[1], now=T0) is None
    assert isinstance(auth.sign_in(session, "0900000011", "new pass 123", now=T0), str)


def test_guessing_the_current_password_is_throttled(session, ward):
    token = auth.sign_in(session, "0900000011", PASSWORD, now=T0)
    me = auth.resolve_session(session, token, now=T0)
    for _ in range(auth.FREE_FAILURES):
        with pytest.raises(ValidationError):
            auth.change_password(session, me, current_password="guess", new_password="new pass 123",
                                 current_token=token, now=T0)
    with pytest.raises(auth.SignInError):
        auth.change_password(session, me, current_password=PASSWORD, new_password="new pass 123",
                             current_token=token, now=T0)
