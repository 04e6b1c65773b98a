"""SPEC §1 as a table: every role × action × in-scope / out-of-scope target."""

import itertools

import pytest

from digital_family.base.codes import CITY_ROLES, ROLES
from digital_family.base.permissions import (
    WARD,
    Action,
    Actor,
    PermissionDenied,
    Target,
    can,
    load_actor,
    require,
)
from tests.ward import a_ward

OWN_HOUSEHOLD, OTHER_HOUSEHOLD = 10, 20
OWN_GROUP, OTHER_GROUP = 1, 2
OWN_WARD, OTHER_WARD = 7, 8

ACTORS = {
    role: Actor(
        user_id=100,
        role=role,
        household_id=OWN_HOUSEHOLD if role == "resident" else None,
        group_ids=frozenset({OWN_GROUP}) if role in ("group_leader", "ambassador") else frozenset(),
        ward_id=None if role in CITY_ROLES else OWN_WARD,
    )
    for role in ROLES
}

# "in scope": the actor's own household / group; "out of scope": another group's household.
IN_SCOPE = Target(household_id=OWN_HOUSEHOLD, group_id=OWN_GROUP, ward_id=OWN_WARD)
OUT_OF_SCOPE = Target(household_id=OTHER_HOUSEHOLD, group_id=OTHER_GROUP, ward_id=OWN_WARD)

A = Action
ALLOWED = {
    # role: (allowed in scope, allowed out of scope)
    "resident": ({A.READ_HOUSEHOLD, A.EDIT_HOUSEHOLD}, set()),
    "group_leader": (
        {A.READ_HOUSEHOLD, A.EDIT_HOUSEHOLD, A.INVITE_HOUSEHOLD, A.CREATE_HOUSEHOLD,
         A.READ_GROUP_MEMBERS, A.READ_AGGREGATES, A.RECORD_VISIT},
        {A.READ_AGGREGATES},
    ),
    "ambassador": ({A.MANAGE_HELP_REQUESTS, A.RECORD_VISIT, A.TEACH}, {A.TEACH}),
    "ward_staff": (
        staff := {A.READ_HOUSEHOLD, A.INVITE_HOUSEHOLD, A.CREATE_HOUSEHOLD, A.READ_GROUP_MEMBERS,
                  A.READ_AGGREGATES, A.EDIT_TARGETS, A.MANAGE_GROUPS, A.MANAGE_USERS,
                  A.IMPORT_EXPORT, A.READ_AUDIT, A.RECORD_VISIT, A.MANAGE_CLASSES,
                  A.OPEN_CLASS},
        staff,
    ),
    "admin": (ward_admin := set(Action) - {A.READ_CITY, A.MANAGE_WARDS}, ward_admin),
    # the city's accounts: numbers of every ward, never a person (SPEC §6)
    "city_staff": (city := {A.READ_AGGREGATES, A.READ_CITY}, city),
    "city_admin": (city_admin := city | {A.MANAGE_WARDS, A.MANAGE_API_KEYS}, city_admin),
}


def test_the_table_covers_every_role():
    assert set(ALLOWED) == set(ROLES)


@pytest.mark.parametrize(
    "role, action, scope", list(itertools.product(ROLES, Action, ("in", "out")))
)
def test_permission(role, action, scope):
    actor = ACTORS[role]
    target = IN_SCOPE if scope == "in" else OUT_OF_SCOPE
    expected = action in ALLOWED[role][0 if scope == "in" else 1]
    assert can(actor, action, target) is expected
    if expected:
        assert require(actor, action, target) is actor
    else:
        with pytest.raises(PermissionDenied):
            require(actor, action, target)


def test_an_ambassador_ward_staff_allow_opens_classes_for_his_groups_only():
    allowed = Actor(user_id=100, role="ambassador", group_ids=frozenset({OWN_GROUP}),
                    may_open_classes=True)
    assert can(allowed, A.OPEN_CLASS, WARD) and can(allowed, A.OPEN_CLASS, IN_SCOPE)
    assert not can(allowed, A.OPEN_CLASS, OUT_OF_SCOPE)
    assert not can(allowed, A.MANAGE_CLASSES, IN_SCOPE)
    # the flag gives nothing to another role
    leader = Actor(user_id=100, role="group_leader", group_ids=frozenset({OWN_GROUP}),
                   may_open_classes=True)
    assert not can(leader, A.OPEN_CLASS, IN_SCOPE)


def test_a_resident_cannot_reach_a_household_of_its_own_group_that_is_not_its_own():
    neighbour = Target(household_id=OTHER_HOUSEHOLD, group_id=OWN_GROUP)
    assert not can(ACTORS["resident"], A.READ_HOUSEHOLD, neighbour)


def test_a_resident_without_a_household_reaches_nothing():
    orphan = Actor(user_id=1, role="resident", household_id=None)
    assert not can(orphan, A.READ_HOUSEHOLD, Target(household_id=None, group_id=OWN_GROUP))


def test_nobody_signed_in_may_do_anything():
    for action in Action:
        assert not can(None, action, IN_SCOPE)
    with pytest.raises(PermissionDenied, match="đăng nhập"):
        require(None, A.READ_AGGREGATES)


@pytest.mark.parametrize("role", ["ward_staff", "admin"])
def test_ward_roles_reach_no_group_or_household_of_another_ward(role):
    actor = ACTORS[role]
    elsewhere = [Target(household_id=OTHER_HOUSEHOLD, group_id=OTHER_GROUP, ward_id=OTHER_WARD),
                 Target(group_id=OTHER_GROUP, ward_id=OTHER_WARD),
                 Target(group_id=OTHER_GROUP)]  # a group whose ward was not read: refused
    for target, action in itertools.product(elsewhere, Action):
        assert not can(actor, action, target), (target, action)


def test_unknown_roles_get_nothing():
    assert not can(Actor(user_id=1, role="hacker"), A.READ_AGGREGATES, WARD)


def test_load_actor_reads_groups_and_skips_inactive_accounts(session):
    from digital_family.base.models import ResidentialGroup, UserAccount, UserGroup

    group = ResidentialGroup(ward_id=a_ward(session), code="TDP01", name="Tổ 1")
    ward_id = a_ward(session)
    leader = UserAccount(phone="0900000003", role="group_leader", password_hash="x",
                         ward_id=ward_id)
    gone = UserAccount(phone="0900000009", role="ward_staff", password_hash="x", is_active=False,
                       ward_id=ward_id)
    session.add_all([group, leader, gone])
    session.flush()
    session.add(UserGroup(user_id=leader.id, group_id=group.id))
    session.commit()
    actor = load_actor(session, leader.id)
    assert actor.role == "group_leader" and actor.group_ids == frozenset({group.id})
    assert load_actor(session, gone.id) is None
    assert load_actor(session, 12345) is None
