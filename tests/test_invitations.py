"""Invitation codes: issuing, redeeming, expiry, reuse, replacement and resets."""

import hashlib
import re
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from digital_family.access import accounts, auth
from digital_family.base.models import AuthSession, Invitation, SignInThrottle, UserAccount
from digital_family.base.permissions import SYSTEM, PermissionDenied
from digital_family.base.validation import ValidationError
from digital_family.households import invitations
from digital_family.households.invitations import InvitationError
from tests.ward import PASSWORD

T0 = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
CODE = re.compile(r"[ACDEFHJKMNPQRTUVWXY3479]{4}-[ACDEFHJKMNPQRTUVWXY3479]{4}")


pytestmark = pytest.mark.usefixtures("fast_hashing")


def count(session, model) -> int:
    return session.execute(sa.select(sa.func.count()).select_from(model)).scalar_one()


def issue(session, actor, household_id, now=T0, **kwargs):
    issued = invitations.issue_invitation(
        session, actor, household_id=household_id, now=now, **kwargs
    )
    session.commit()
    return issued


def redeem(session, code, phone="0912345678", password="mật khẩu mới", now=T0):
    token = invitations.redeem_invitation(
        session, code=code, phone=phone, password=password, now=now
    )
    session.commit()
    return token


def test_the_alphabet_has_no_look_alikes():
    assert len(set(invitations.CODE_ALPHABET)) == len(invitations.CODE_ALPHABET)
    for confusable in "0O1IL2Z5S6G8B":
        assert confusable not in invitations.CODE_ALPHABET


def test_leader_issues_a_code_stored_only_hashed(session, ward):
    issued = issue(session, ward.leader1, ward.h2)
    assert CODE.fullmatch(issued.code)
    assert issued.purpose == "invite" and issued.household_code == "TDP01-0002"
    assert issued.expires_at == T0 + timedelta(days=7)
    row = session.execute(sa.select(Invitation)).scalar_one()
    plain = issued.code.replace("-", "")
    assert row.code_hash == hashlib.sha256(plain.encode()).hexdigest()
    assert plain not in repr(row) and issued.code not in repr(row)
    assert row.created_by_id == ward.leader1.user_id and row.household_id == ward.h2


def test_codes_differ(session, ward):
    codes = {issue(session, ward.staff, ward.h2).code for _ in range(20)}
    assert len(codes) == 20


def test_url_path():
    with pytest.raises(ValueError):
        invitations.invitation_url_path("abcd-efgh")  # B and G are not code letters
    assert invitations.invitation_url_path("ACDE-FHJK") == "/moi?ma=ACDEFHJK"
    assert invitations.invitation_url_path("acde fhjk") == "/moi?ma=ACDEFHJK"


@pytest.mark.parametrize("who", ["resident1", "resident3", "ambassador1", "leader2"])
def test_who_may_not_issue(session, ward, who):
    with pytest.raises(PermissionDenied):
        issue(session, getattr(ward, who), ward.h1)
    with pytest.raises(PermissionDenied):
        issue(session, None, ward.h1)
    assert count(session, Invitation) == 0


@pytest.mark.parametrize("who", ["leader1", "staff", "admin"])
def test_who_may_issue(session, ward, who):
    assert issue(session, getattr(ward, who), ward.h1).purpose == "reset"


def test_system_actor_issues_and_records_no_author(session, ward):
    issue(session, SYSTEM, ward.h2)
    assert session.execute(sa.select(Invitation.created_by_id)).scalar_one() is None


def test_unknown_household(session, ward):
    with pytest.raises(PermissionDenied):
        issue(session, ward.leader1, 9999)
    with pytest.raises(LookupError):
        issue(session, ward.staff, 9999)
    with pytest.raises(PermissionDenied):
        issue(session, ward.leader1, "1 OR 1=1")


def test_purpose_follows_the_account(session, ward):
    assert issue(session, ward.leader1, ward.h2, purpose="reset").purpose == "invite"
    assert issue(session, ward.leader1, ward.h1, purpose="invite").purpose == "reset"
    with pytest.raises(ValidationError) as info:
        issue(session, ward.leader1, ward.h1, purpose="admin")
    assert info.value.field == "purpose"


def test_redeem_creates_the_household_account_and_signs_in(session, ward):
    issued = issue(session, ward.leader1, ward.h2)
    token = redeem(session, issued.code.lower().replace("-", " "), phone="+84 912 345 678")
    actor = auth.resolve_session(session, token, now=T0)
    assert actor.role == "resident" and actor.household_id == ward.h2
    user = session.get(UserAccount, actor.user_id)
    assert user.phone == "0912345678" and user.household_id == ward.h2
    assert accounts.authenticate(session, "0912345678", "mật khẩu mới") is not None
    assert session.execute(sa.select(Invitation.used_at)).scalar_one() == T0


def test_a_code_works_once(session, ward):
    issued = issue(session, ward.leader1, ward.h2)
    redeem(session, issued.code)
    with pytest.raises(InvitationError) as info:
        redeem(session, issued.code, phone="0912345679")
    assert info.value.message == "Mã mời đã được dùng."


def test_expired_code(session, ward):
    issued = issue(session, ward.leader1, ward.h2)
    with pytest.raises(InvitationError) as info:
        redeem(session, issued.code, now=T0 + timedelta(days=7))
    assert info.value.message == "Mã mời đã hết hạn. Hãy xin tổ trưởng mã mới."
    redeem(session, issued.code, now=T0 + timedelta(days=7) - timedelta(seconds=1))


@pytest.mark.parametrize("code", ["ACDE-FHJK", "", None, 12345678, "ACDE-FHJ", "ACDE-FHJ0",
                                  "x" * 1000, "ACDE-FHJK-MNPQ"])
def test_unknown_codes(session, ward, code):
    issue(session, ward.leader1, ward.h2)
    with pytest.raises(InvitationError) as info:
        redeem(session, code)
    assert info.value.message == "Mã mời không đúng."


def test_a_new_code_replaces_the_unused_one(session, ward):
    first = issue(session, ward.leader1, ward.h2)
    second = issue(session, ward.leader1, ward.h2, now=T0 + timedelta(hours=1))
    other_household = issue(session, ward.leader1, ward.h1)
    with pytest.raises(InvitationError) as info:
        redeem(session, first.code)
    assert "mã mới" in info.value.message
    redeem(session, second.code)
    redeem(session, other_household.code, phone="0912345600")


@pytest.mark.parametrize(
    "phone, password, field",
    [("12345", "mật khẩu mới", "phone"), ("", "mật khẩu mới", "phone"),
     ("0912345678", "short", "password"), ("0912345678", None, "password"),
     ("0900000021", "mật khẩu mới", "phone")],  # the leader's number
)
def test_bad_input_uses_nothing_up(session, ward, phone, password, field):
    issued = issue(session, ward.leader1, ward.h2)
    users = count(session, UserAccount)
    with pytest.raises(ValidationError) as info:
        redeem(session, issued.code, phone=phone, password=password)
    assert info.value.field == field
    session.rollback()
    assert count(session, UserAccount) == users
    assert session.execute(sa.select(Invitation.used_at)).scalar_one() is None
    redeem(session, issued.code)


def test_reset_of_an_existing_account(session, ward):
    old_token = auth.sign_in(session, ward.phones["resident1"], PASSWORD, now=T0)
    issued = issue(session, ward.leader1, ward.h1)
    assert issued.purpose == "reset"
    users = count(session, UserAccount)
    token = redeem(session, issued.code, phone="0912345678", password="mật khẩu mới")
    assert count(session, UserAccount) == users
    actor = auth.resolve_session(session, token, now=T0)
    assert actor.user_id == ward.resident1.user_id and actor.household_id == ward.h1
    assert auth.resolve_session(session, old_token, now=T0) is None
    assert accounts.authenticate(session, "0912345678", "mật khẩu mới") is not None
    assert accounts.authenticate(session, ward.phones["resident1"], PASSWORD) is None
    open_sessions = session.execute(
        sa.select(sa.func.count()).select_from(AuthSession).where(AuthSession.ended_at.is_(None))
    ).scalar_one()
    assert open_sessions == 1


def test_reset_keeping_the_phone_and_clearing_its_throttle(session, ward):
    phone = ward.phones["resident1"]
    for _ in range(10):
        with pytest.raises(auth.SignInError):
            auth.sign_in(session, phone, "wrong", now=T0)
    issued = issue(session, ward.leader1, ward.h1)
    redeem(session, issued.code, phone=phone, password="mật khẩu mới")
    assert auth.sign_in(session, phone, "mật khẩu mới", now=T0)


def test_reset_of_a_locked_account_is_refused(session, ward):
    session.get(UserAccount, ward.resident1.user_id).is_active = False
    session.commit()
    issued = issue(session, ward.leader1, ward.h1)
    with pytest.raises(InvitationError, match="bị khoá"):
        redeem(session, issued.code, phone=ward.phones["resident1"])
    assert session.execute(sa.select(Invitation.used_at)).scalar_one() is None


def test_guessing_codes_is_slowed_per_client(session, ward):
    issued = issue(session, ward.leader1, ward.h2)

    def guess(code, client, now):
        try:
            return invitations.redeem_invitation(
                session, code=code, phone="0912345678", password="mật khẩu mới", now=now,
                client_key=client,
            )
        except InvitationError as exc:
            return exc.message, exc.retry_after_seconds

    now = T0
    assert guess("ACDE-FHJK", "203.0.113.7", now) == ("Mã mời không đúng.", None)
    guess("ACDE-FHJM", "203.0.113.7", now)
    guess("ACDE-FHJN", "203.0.113.7", now)
    # Waiting now, even with the right code; nothing is checked or used up.
    message, retry = guess(issued.code, "203.0.113.7", now + timedelta(seconds=1))
    assert message == "Bạn đã nhập sai nhiều lần. Vui lòng đợi 4 giây rồi thử lại." and retry == 4
    assert session.execute(sa.select(Invitation.used_at)).scalar_one() is None
    # Another client is not slowed, and a redeemed code clears its count.
    token = guess(issued.code, "198.51.100.2", now)
    assert isinstance(token, str)
    key = invitations.client_throttle_key("198.51.100.2")
    assert len(key) <= 20
    assert session.get(SignInThrottle, key) is None
    assert session.get(SignInThrottle, invitations.client_throttle_key("203.0.113.7")).failures == 3
