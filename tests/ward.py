"""A small ward with an account of every role, shared by the auth, invitation and household tests."""

from dataclasses import dataclass

from passlib.context import CryptContext

from digital_family.access import accounts
from digital_family.base import clock, wards
from digital_family.base.models import Household, HouseholdConsent, Member, ResidentialGroup
from digital_family.base.permissions import SYSTEM, Actor, load_actor
from digital_family.households.consent import NOTICE_VERSION

# Real argon2, with parameters cheap enough for tests.
FAST_CONTEXT = CryptContext(
    schemes=["argon2"], argon2__memory_cost=1024, argon2__rounds=1, argon2__parallelism=1
)
PASSWORD = "mật khẩu 123"


def fast_hashing(monkeypatch):
    """Swap in FAST_CONTEXT (use from an autouse fixture: ``yield from``)."""
    monkeypatch.setattr(accounts, "pwd_context", FAST_CONTEXT)
    accounts._dummy_hash.cache_clear()
    yield
    accounts._dummy_hash.cache_clear()


@dataclass
class Ward:
    """Groups g1 (households h1, h2) and g2 (household h3), and who signs in.

    h1 and h3 have resident accounts; h2 has none. h1 has two members, h3 one.
    All three have consented (h1 and h3 themselves, h2 aloud to leader1).
    """

    g1: int
    g2: int
    h1: int
    h2: int
    h3: int
    h3_member: int
    resident1: Actor
    resident3: Actor
    leader1: Actor
    leader2: Actor
    ambassador1: Actor
    staff: Actor
    admin: Actor
    phones: dict[str, str]
    ward_id: int


def a_ward(session, code: str = "khuong-dinh", name: str = "Phường Khương Đình") -> int:
    """The id of the ward with ``code``, made if there is none yet."""
    found = wards.find_ward(session, code)
    return found.id if found is not None else wards.add_ward(session, code, name)


def build_ward(session, ward_code: str = "khuong-dinh", phone_prefix: str = "090",
               ward_name: str = "Phường Khương Đình", groups: tuple[str, str] = ("TDP01", "TDP02")
               ) -> Ward:
    """The small ward, in the ward with ``ward_code`` (made if need be); a second ward's
    accounts need another ``phone_prefix`` (phone numbers are unique in the city). Its two
    groups' codes are ``groups`` (a ward beside the demo's takes others, so that the
    demo's tests, which find people by group code, never meet it)."""
    ward_id = a_ward(session, ward_code, ward_name)
    first, second = groups
    g1 = ResidentialGroup(ward_id=ward_id, code=first, name="Tổ dân phố số 1")
    g2 = ResidentialGroup(ward_id=ward_id, code=second, name="Tổ dân phố số 2")
    session.add_all([g1, g2])
    session.flush()
    h1 = Household(ward_id=ward_id, code=f"{first}-0001", group_id=g1.id,
                   address="Ngõ 1 Khương Đình")
    h2 = Household(ward_id=ward_id, code=f"{first}-0002", group_id=g1.id,
                   address="Ngõ 2 Khương Đình")
    h3 = Household(ward_id=ward_id, code=f"{second}-0001", group_id=g2.id,
                   address="Số 5 Hạ Đình")
    session.add_all([h1, h2, h3])
    session.flush()
    session.add_all(
        [
            Member(household_id=h1.id, full_name="Nguyễn Văn An", birth_year=1978, sex="male"),
            Member(household_id=h1.id, full_name="Trần Thị Bình", birth_year=1981, sex="female",
                   occupation="small_trader"),
        ]
    )
    other = Member(household_id=h3.id, full_name="Lê Thị Cúc", birth_year=1950, sex="female")
    session.add(other)
    phones = {
        "resident1": f"{phone_prefix}0000011",
        "resident3": f"{phone_prefix}0000013",
        "leader1": f"{phone_prefix}0000021",
        "leader2": f"{phone_prefix}0000022",
        "ambassador1": f"{phone_prefix}0000031",
        "staff": f"{phone_prefix}0000041",
        "admin": f"{phone_prefix}0000051",
    }
    system = wards.in_ward(SYSTEM, ward_id)
    users = {
        "resident1": accounts.create_user(session, system, phone=phones["resident1"], password=PASSWORD,
                                          role="resident", household_code=f"{first}-0001"),
        "resident3": accounts.create_user(session, system, phone=phones["resident3"], password=PASSWORD,
                                          role="resident", household_code=f"{second}-0001"),
        "leader1": accounts.create_user(session, system, phone=phones["leader1"], password=PASSWORD,
                                        role="group_leader", full_name="Phạm Văn Tổ",
                                        group_codes=[first]),
        "leader2": accounts.create_user(session, system, phone=phones["leader2"], password=PASSWORD,
                                        role="group_leader", group_codes=[second]),
        "ambassador1": accounts.create_user(session, system, phone=phones["ambassador1"], password=PASSWORD,
                                            role="ambassador", group_codes=[first]),
        "staff": accounts.create_user(session, system, phone=phones["staff"], password=PASSWORD,
                                      role="ward_staff"),
        "admin": accounts.create_user(session, system, phone=phones["admin"], password=PASSWORD,
                                      role="admin"),
    }
    # the families of h1 and h3 ticked the notice; h2's adult consented to leader1 aloud
    for household, channel, by in ((h1, "self", "resident1"), (h2, "verbal", "leader1"),
                                   (h3, "self", "resident3")):
        session.add(HouseholdConsent(
            household_id=household.id, status="given", notice_version=NOTICE_VERSION,
            channel=channel, adult_name="Nguyễn Văn An", given_at=clock.utc(),
            given_by_id=users[by].id))
    session.commit()
    actors = {name: load_actor(session, user.id) for name, user in users.items()}
    return Ward(g1=g1.id, g2=g2.id, h1=h1.id, h2=h2.id, h3=h3.id, h3_member=other.id,
                phones=phones, ward_id=ward_id, **actors)
