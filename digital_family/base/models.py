"""Database tables (SQLModel). The schema itself is owned by Alembic migrations.

Over 500 lines on purpose: every table in one module, so the schema reads in one
place and the metadata-vs-migrations test compares one module with ``alembic/``.
"""

# SQLModel declares ``__tablename__`` as a ``declared_attr`` (its default, the class name):
# each table here names itself with a ``ClassVar[str]``, which the type checker calls an
# incompatible override, 18 times. That check is off for this module; every other is on.
# pyright: reportIncompatibleVariableOverride=false

from collections.abc import Iterable
from datetime import UTC, date, datetime
from typing import Any, ClassVar, Protocol, cast

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from digital_family.base.clock import utc
from digital_family.base.codes import (
    CITY_ROLES,
    LEARNING_STATUSES,
    OCCUPATIONS,
    ROLES,
    SEXES,
    SKILLS,
    TRADER_FLAGS,
    sql_in,
)

# Named constraints, so Alembic's SQLite batch mode can alter them later.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MIN_BIRTH_YEAR = 1900
MAX_BIRTH_YEAR = 2100  # the database bound; the domain checks against this year


def table_of(model: type[SQLModel]) -> sa.Table:
    """A table model's SQLAlchemy Core table, for bulk statements and ``.c`` columns.

    SQLAlchemy's declarative mapping sets ``__table__`` on every ``table=True`` class;
    SQLModel does not declare it, so the type checker is told here, once.
    """
    return cast(sa.Table, model.__table__)  # pyright: ignore[reportAttributeAccessIssue, reportUnknownMemberType]


def id_column(model: type[SQLModel]) -> sa.Column[int]:
    """A table model's primary key as a column of ``int`` (SQLModel types the field
    ``int | None``, None before the INSERT; a row read from the database has one): for
    ``select(id_column(Member), ...)``, whose rows then hold an ``int``."""
    return table_of(model).c.id


class _Stored(Protocol):
    @property
    def id(self) -> int | None: ...


def id_of(row: _Stored) -> int:
    """A stored row's primary key. SQLModel types it ``int | None`` (None before the
    INSERT); a row read from the database or flushed has one."""
    if row.id is None:
        raise ValueError(f"{type(row).__name__} has no id: it is not stored yet")
    return row.id


def _utc_now() -> datetime:
    """``clock.utc()`` for column defaults (SQLAlchemy hands a default that takes an
    argument its execution context, so it is not given ``utc`` itself)."""
    return utc()


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every backend (SQLite drops the offset)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime; use an aware UTC datetime")
        if value is not None and dialect.name == "sqlite":
            return value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect
                             ) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        # PostgreSQL answers in the server's time zone
        return value.astimezone(UTC)


def _timestamp(**kwargs: Any) -> sa.Column[datetime]:
    return sa.Column(UTCDateTime(), **kwargs)


def _created_at() -> Any:
    return Field(default_factory=_utc_now, sa_column=_timestamp(nullable=False))


def _updated_at() -> Any:
    return Field(
        default_factory=_utc_now,
        sa_column=_timestamp(nullable=False, onupdate=_utc_now),
    )


def _editor_fk() -> Any:
    """Who last changed the row (null for imports and the demo)."""
    return Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")


class Ward(SQLModel, table=True):
    """A phường or xã: the unit the campaign is run in, with its own groups, staff,
    targets and settings (SPEC §6). ``code`` names it in URLs, keys and commands."""

    __tablename__: ClassVar[str] = "ward"

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=30, unique=True)
    name: str = Field(max_length=100)
    created_at: datetime = _created_at()
    updated_at: datetime = _updated_at()


class ResidentialGroup(SQLModel, table=True):
    """A tổ dân phố; its code is unique within its ward."""

    __tablename__: ClassVar[str] = "residential_group"
    __table_args__ = (
        sa.UniqueConstraint("ward_id", "code", name="uq_residential_group_ward_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    ward_id: int = Field(foreign_key="ward.id", ondelete="RESTRICT")
    code: str = Field(max_length=20)
    name: str = Field(max_length=100)
    created_at: datetime = _created_at()
    updated_at: datetime = _updated_at()


class Household(SQLModel, table=True):
    """A hộ gia đình, the unit a resident account belongs to. ``ward_id`` repeats its
    group's (a household never changes group), so ward-wide reads and the tap's
    settings need no join; its code is unique within the ward."""

    __tablename__: ClassVar[str] = "household"
    __table_args__ = (sa.UniqueConstraint("ward_id", "code", name="uq_household_ward_code"),)

    id: int | None = Field(default=None, primary_key=True)
    ward_id: int = Field(foreign_key="ward.id", ondelete="RESTRICT")
    code: str = Field(max_length=30)
    group_id: int = Field(foreign_key="residential_group.id", index=True, ondelete="RESTRICT")
    address: str = Field(default="", max_length=200)
    phone: str | None = Field(default=None, max_length=20)
    # Indexed: the roll-ups slide the 180-day confirmation window with a range scan.
    confirmed_at: datetime | None = Field(
        default=None, sa_column=_timestamp(nullable=True, index=True)
    )
    # Optimistic concurrency: every write bumps it; a stale write is refused.
    version: int = Field(default=1)
    created_at: datetime = _created_at()
    updated_at: datetime = _updated_at()
    updated_by_id: int | None = _editor_fk()


class Member(SQLModel, table=True):
    """A nhân khẩu with the statuses the campaign tracks."""

    __tablename__: ClassVar[str] = "member"
    __table_args__ = (
        sa.CheckConstraint(
            f"birth_year BETWEEN {MIN_BIRTH_YEAR} AND {MAX_BIRTH_YEAR}", name="birth_year_range"
        ),
        sa.CheckConstraint(sql_in("sex", SEXES), name="sex_code"),
        sa.CheckConstraint(sql_in("occupation", OCCUPATIONS), name="occupation_code"),
        sa.CheckConstraint("vneid_level IN (0, 1, 2)", name="vneid_level_code"),
        sa.CheckConstraint(sql_in("learning_status", LEARNING_STATUSES), name="learning_code"),
        # Roll-ups scan members household by household, reading only these columns.
        sa.Index(
            "ix_member_rollup",
            "household_id",
            "birth_year",
            "occupation",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    household_id: int = Field(foreign_key="household.id", ondelete="CASCADE")
    full_name: str = Field(max_length=100)
    birth_year: int
    sex: str = Field(max_length=10)
    occupation: str = Field(default="other", max_length=20)
    has_smartphone: bool = False
    has_epayment: bool = False
    vneid_level: int = 0
    # The eight skills, one column each so SQL can count them.
    skill_smartphone_use: bool = False
    skill_info_search: bool = False
    skill_messaging: bool = False
    skill_online_public_services: bool = False
    skill_cashless_payment: bool = False
    skill_vneid_app: bool = False
    skill_online_safety: bool = False
    skill_ecommerce: bool = False
    learning_status: str = Field(default="none", max_length=10)
    trader_ecommerce: bool = False
    trader_cashless: bool = False
    trader_digital_savings: bool = False
    created_at: datetime = _created_at()
    updated_at: datetime = _updated_at()
    updated_by_id: int | None = _editor_fk()


SKILL_COLUMNS = {code: f"skill_{code}" for code in SKILLS}
assert all(hasattr(Member, c) for c in SKILL_COLUMNS.values())
assert all(hasattr(Member, c) for c in TRADER_FLAGS)


def member_skills(member: Member) -> frozenset[str]:
    """The member's skill codes."""
    return frozenset(code for code, col in SKILL_COLUMNS.items() if getattr(member, col))


def set_member_skills(member: Member, skills: Iterable[str]) -> None:
    """Set the member's skills to exactly ``skills`` (codes)."""
    wanted = set(skills)
    unknown = wanted - set(SKILLS)
    if unknown:
        raise ValueError(f"unknown skill codes: {sorted(unknown)}")
    for code, col in SKILL_COLUMNS.items():
        setattr(member, col, code in wanted)


class UserAccount(SQLModel, table=True):
    """Anyone who signs in: a household (resident) or a staff member."""

    __tablename__: ClassVar[str] = "user_account"
    __table_args__ = (
        sa.CheckConstraint(sql_in("role", ROLES), name="role_code"),
        # the city's accounts are in no ward; every other account is in one
        sa.CheckConstraint(f"({sql_in('role', CITY_ROLES)}) = (ward_id IS NULL)",
                           name="ward_by_role"),
    )

    id: int | None = Field(default=None, primary_key=True)
    phone: str = Field(max_length=20, unique=True)
    full_name: str = Field(default="", max_length=100)
    role: str = Field(max_length=20)
    password_hash: str = Field(max_length=255)
    # use_alter: household and user_account refer to each other.
    household_id: int | None = Field(
        default=None,
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("household.id", ondelete="CASCADE", use_alter=True),
            index=True,
            nullable=True,
        ),
    )
    # The ward a ward-bound account acts in (null: city roles)
    ward_id: int | None = Field(
        default=None, foreign_key="ward.id", index=True, ondelete="RESTRICT")
    is_active: bool = True
    # Ward staff's decision for an ambassador: he may open classes he teaches, for his groups.
    may_open_classes: bool = Field(
        default=False,
        sa_column=sa.Column(sa.Boolean, nullable=False, server_default=sa.false()),
    )
    created_at: datetime = _created_at()
    updated_at: datetime = _updated_at()
    last_login_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


class UserGroup(SQLModel, table=True):
    """The residential groups a leader or an ambassador serves."""

    __tablename__: ClassVar[str] = "user_group"

    user_id: int = Field(foreign_key="user_account.id", primary_key=True, ondelete="CASCADE")
    group_id: int = Field(
        foreign_key="residential_group.id", primary_key=True, index=True, ondelete="CASCADE"
    )


class IndicatorTarget(SQLModel, table=True):
    """A target a ward's staff have set; an indicator without a row uses the SPEC default."""

    __tablename__: ClassVar[str] = "indicator_target"
    __table_args__ = (
        sa.CheckConstraint("target IS NULL OR (target >= 0 AND target <= 1)", name="target_range"),
    )

    ward_id: int = Field(foreign_key="ward.id", primary_key=True, ondelete="CASCADE")
    code: str = Field(primary_key=True, max_length=40)
    target: float | None = None
    updated_at: datetime = _updated_at()
    updated_by_id: int | None = _editor_fk()


class Setting(SQLModel, table=True):
    """A ward's setting stored as text (e.g. ``skill_threshold``)."""

    __tablename__: ClassVar[str] = "setting"

    ward_id: int = Field(foreign_key="ward.id", primary_key=True, ondelete="CASCADE")
    key: str = Field(primary_key=True, max_length=40)
    value: str = Field(max_length=200)
    updated_at: datetime = _updated_at()
    updated_by_id: int | None = _editor_fk()


class AuthSession(SQLModel, table=True):
    """A signed-in browser: the browser holds an opaque token, the table only its hash."""

    __tablename__: ClassVar[str] = "auth_session"

    id: int | None = Field(default=None, primary_key=True)
    token_hash: str = Field(max_length=64, unique=True)  # sha256 hex of the token
    user_id: int = Field(foreign_key="user_account.id", index=True, ondelete="CASCADE")
    created_at: datetime = _created_at()
    last_seen_at: datetime = Field(default_factory=_utc_now, sa_column=_timestamp(nullable=False))
    # Idle expiry, moved forward while the session is used.
    expires_at: datetime = Field(sa_column=_timestamp(nullable=False))
    ended_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    # "Android · Chrome": lets people tell their sessions apart (auth.device_label)
    device: str | None = Field(default=None, max_length=60)


INVITATION_PURPOSES = ("invite", "reset")


class Invitation(SQLModel, table=True):
    """A one-time code a leader gives a household to create (or reset) its account."""

    __tablename__: ClassVar[str] = "invitation"
    __table_args__ = (
        sa.CheckConstraint(sql_in("purpose", INVITATION_PURPOSES), name="purpose_code"),
    )

    id: int | None = Field(default=None, primary_key=True)
    code_hash: str = Field(max_length=64, unique=True)  # sha256 hex of the code
    household_id: int = Field(foreign_key="household.id", index=True, ondelete="CASCADE")
    purpose: str = Field(max_length=10)
    created_by_id: int | None = _editor_fk()
    created_at: datetime = _created_at()
    expires_at: datetime = Field(sa_column=_timestamp(nullable=False))
    used_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    revoked_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


class SignInThrottle(SQLModel, table=True):
    """Consecutive failed sign-ins for one phone number (known to us or not)."""

    __tablename__: ClassVar[str] = "sign_in_throttle"

    # A phone number as validate_phone gives it, or "moi:…" for one client's
    # attempts at invitation codes (invitations.client_throttle_key).
    phone: str = Field(primary_key=True, max_length=20)
    failures: int = 0
    first_failure_at: datetime = Field(sa_column=_timestamp(nullable=False))
    last_failure_at: datetime = Field(sa_column=_timestamp(nullable=False))
    locked_until: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


SNAPSHOT_WARD_SCOPE = "ward"  # the scope of the ward's own rows; a group's scope is its code


class IndicatorSnapshot(SQLModel, table=True):
    """One indicator of one scope (a ward or one of its groups) as it stood on one day.

    ``scope`` is "ward" or the group's code (group codes are upper-case, so they
    never clash with "ward"). It is in the unique key instead of ``group_id``
    because NULLs are distinct in a SQL unique constraint: with ``group_id`` the
    ward's rows could repeat. ``group_id`` is kept so deleting a group deletes
    its history. Key order (ward, code, scope, day) serves the charts' range scans.
    """

    __tablename__: ClassVar[str] = "indicator_snapshot"
    __table_args__ = (
        sa.UniqueConstraint("ward_id", "code", "scope", "day",
                            name="uq_indicator_snapshot_ward_code_scope_day"),
        sa.CheckConstraint(
            f"(group_id IS NULL) = (scope = '{SNAPSHOT_WARD_SCOPE}')", name="scope_matches_group"
        ),
        sa.CheckConstraint(
            "numerator >= 0 AND numerator <= denominator", name="numerator_range"
        ),
        sa.CheckConstraint("target IS NULL OR (target >= 0 AND target <= 1)", name="target_range"),
    )

    id: int | None = Field(default=None, primary_key=True)
    day: date = Field(index=True)  # the day in Vietnam (UTC+7)
    ward_id: int = Field(foreign_key="ward.id", ondelete="CASCADE")
    scope: str = Field(max_length=20)
    group_id: int | None = Field(
        default=None, foreign_key="residential_group.id", index=True, ondelete="CASCADE"
    )
    code: str = Field(max_length=40)
    numerator: int
    denominator: int
    target: float | None = None
    taken_at: datetime = Field(default_factory=_utc_now, sa_column=_timestamp(nullable=False))


AUDIT_VIAS = ("app", "visit", "import", "demo", "cli", "api")


class AuditEntry(SQLModel, table=True):
    """The audit log: one row per thing done to people's data or to the ward's settings.

    Who (``user_id`` and the ``role`` it had then; both null for the command line),
    how (``via``: the app, an ambassador's visit, an import, the demo, the command
    line), what (``action``, see ``digital_family.records.audit``) and to what: a household
    (``household_id`` and its ``household_code`` as they were, kept after the household
    is gone so its erasure stays on record), a member (``member_id``), a ``field``
    with its old and new value as text, or a ``key`` (an indicator code, a setting, a
    group code, a phone number, an export's kind). ``group_id`` is the group the
    entry concerns, for filtering.

    Append-only: the app never edits a row, and a database trigger (migration 0010)
    refuses any UPDATE except blanking values (erasure) and the foreign keys' SET
    NULL. Rows leave only by ``audit.purge`` (retention) — an Alembic batch
    operation on this table would drop the trigger; recreate it after one.
    """

    __tablename__: ClassVar[str] = "audit_log"
    __table_args__ = (
        sa.CheckConstraint(sql_in("via", AUDIT_VIAS), name="via_code"),
        sa.Index("ix_audit_log_household_at", "household_id", "at"),
        sa.Index("ix_audit_log_group_at", "group_id", "at"),
        sa.Index("ix_audit_log_user_at", "user_id", "at"),
        sa.Index("ix_audit_log_ward_at", "ward_id", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=_utc_now, sa_column=_timestamp(nullable=False, index=True))
    user_id: int | None = Field(default=None, foreign_key="user_account.id", ondelete="SET NULL")
    role: str | None = Field(default=None, max_length=20)
    via: str = Field(default="app", max_length=10)
    action: str = Field(max_length=30)
    household_id: int | None = None  # no foreign key: the entry outlives the household
    household_code: str | None = Field(default=None, max_length=30)
    # The ward the entry belongs to (null: the city's own); no foreign key, as household_id
    ward_id: int | None = None
    group_id: int | None = Field(
        default=None, foreign_key="residential_group.id", ondelete="SET NULL")
    member_id: int | None = Field(default=None, index=True)  # no foreign key, as household_id
    field: str | None = Field(default=None, max_length=40)
    key: str | None = Field(default=None, max_length=60)
    old_value: str | None = Field(default=None, sa_column=sa.Column(sa.Text, nullable=True))
    new_value: str | None = Field(default=None, sa_column=sa.Column(sa.Text, nullable=True))


# Help requests (asking a Digital Ambassador for help)

HELP_TOPICS = (
    "vneid",
    "public_services",
    "epayment",
    "smartphone",
    "online_safety",
    "selling_online",
)
HELP_STATUSES = ("open", "claimed", "resolved", "cancelled")
HELP_ACTIVE_STATUSES = ("open", "claimed")  # at most one such request per member and topic
HELP_OUTCOMES = ("helped", "not_helped", "no_answer")
HELP_NOTE_MAX = 300
HELP_PREFERRED_TIME_MAX = 100
HELP_COMMENT_MAX = 500  # an ambassador's or leader's note on a request


class HelpRequest(SQLModel, table=True):
    """A household member asks for help with one topic; an ambassador of the group helps.

    ``group_id`` repeats the household's group (households never change group)
    so the ambassador's queue is one range scan of ``ix_help_request_queue``.
    ``outcome`` is set exactly when the request is resolved. The partial unique
    index keeps one open-or-claimed request per member and topic.
    """

    __tablename__: ClassVar[str] = "help_request"
    __table_args__ = (
        sa.CheckConstraint(sql_in("topic", HELP_TOPICS), name="topic_code"),
        sa.CheckConstraint(sql_in("status", HELP_STATUSES), name="status_code"),
        sa.CheckConstraint(
            f"outcome IS NULL OR {sql_in('outcome', HELP_OUTCOMES)}", name="outcome_code"
        ),
        sa.CheckConstraint(
            "(status = 'resolved') = (outcome IS NOT NULL)", name="outcome_when_resolved"
        ),
        sa.Index("ix_help_request_queue", "group_id", "status", "created_at"),
        sa.Index(
            "uq_help_request_active_topic",
            "member_id",
            "topic",
            unique=True,
            sqlite_where=sa.text(sql_in("status", HELP_ACTIVE_STATUSES)),
            postgresql_where=sa.text(sql_in("status", HELP_ACTIVE_STATUSES)),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    household_id: int = Field(foreign_key="household.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    group_id: int = Field(foreign_key="residential_group.id", ondelete="CASCADE")
    topic: str = Field(max_length=20)
    note: str | None = Field(default=None, max_length=HELP_NOTE_MAX)
    preferred_time: str | None = Field(default=None, max_length=HELP_PREFERRED_TIME_MAX)
    status: str = Field(default="open", max_length=10)
    outcome: str | None = Field(default=None, max_length=12)
    created_by_id: int | None = _editor_fk()
    created_at: datetime = _created_at()
    claimed_by_id: int | None = Field(
        default=None, foreign_key="user_account.id", index=True, ondelete="SET NULL"
    )
    claimed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    resolved_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    updated_at: datetime = _updated_at()


class HelpRequestNote(SQLModel, table=True):
    """A note the ambassador (or the group's leader) adds to a request."""

    __tablename__: ClassVar[str] = "help_request_note"

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="help_request.id", index=True, ondelete="CASCADE")
    author_id: int | None = _editor_fk()
    text: str = Field(max_length=HELP_COMMENT_MAX)
    created_at: datetime = _created_at()


class HelpRequestChange(SQLModel, table=True):
    """One member field an ambassador changed when resolving a request as helped.

    ``field`` is the member column ("vneid_level", "has_epayment",
    "skill_vneid_app", "trader_ecommerce", …); values are text ("0"/"1", "2").
    Who changed it is the request's ``claimed_by_id``. The ward view counts
    these rows: which indicator changes came from ambassador visits.
    """

    __tablename__: ClassVar[str] = "help_request_change"

    id: int | None = Field(default=None, primary_key=True)
    request_id: int = Field(foreign_key="help_request.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    field: str = Field(max_length=40)
    old_value: str | None = Field(default=None, max_length=20)
    new_value: str | None = Field(default=None, max_length=20)
    at: datetime = Field(default_factory=_utc_now, sa_column=_timestamp(nullable=False, index=True))


APPLIED_CHANGE_KINDS = ("set", "checked", "confirm", "visit", "add", "signup")


class AppliedChange(SQLModel, table=True):
    """A change a household page sent (and may send again after a lost connection),
    recorded when applied so that a copy arriving later is recognised and skipped.

    ``change_id`` is made by the phone for each tap. ``kind``: "set" (a member's
    answer, ``field`` names it), "checked" (the family went through this member's
    questions), "confirm" (the household confirmed), "visit" (a leader's visit record,
    whose change id is its idempotency key), "add" (a person added from a phone,
    ``member_id`` the member it created) or "signup" (a class sign-up made on a leader's
    phone, offline perhaps: ``member_id`` the member signed up). ``version_after`` is the
    household version the change produced (null when it changed nothing).
    """

    __tablename__: ClassVar[str] = "applied_change"
    __table_args__ = (
        sa.CheckConstraint(sql_in("kind", APPLIED_CHANGE_KINDS), name="kind_code"),
        sa.Index("ix_applied_change_household_at", "household_id", "applied_at"),
    )

    change_id: str = Field(primary_key=True, max_length=64)
    household_id: int = Field(foreign_key="household.id", ondelete="CASCADE")
    member_id: int | None = Field(
        default=None, foreign_key="member.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=10)
    field: str | None = Field(default=None, max_length=40)
    account_id: int | None = _editor_fk()
    version_after: int | None = None
    applied_at: datetime = Field(default_factory=_utc_now, sa_column=_timestamp(nullable=False))


# Live roll-ups (digital_family.ward.rollups): one wide row of counts per residential group.

SKILL_COUNTS = tuple(range(len(SKILLS) + 1))  # a member holds 0..8 skills
# Members of these categories are kept as a histogram by skill count, so the
# skill threshold (a setting) can change without a rebuild: skilled = bins >= threshold.
TALLY_HISTOGRAMS = ("public_sector", "student_15", "adult", "enterprise")
TALLY_COUNTS = (
    "members",
    "households",
    "confirmed",
    "confirmed_recent",  # confirmed within RECENT_DAYS of rollup_state.window_as_of
    "households_with_members",
    "households_learning",
    "adult_smartphone",
    "adult_epayment",
    "age_16",
    "age_16_vneid",
    "trader",
    *TRADER_FLAGS,
)
TALLY_BINS = tuple(f"{c}_s{k}" for c in TALLY_HISTOGRAMS for k in SKILL_COUNTS)
TALLY_COLUMNS = TALLY_COUNTS + TALLY_BINS

group_tally = sa.Table(
    "group_tally",
    SQLModel.metadata,
    sa.Column(
        "group_id",
        sa.Integer,
        sa.ForeignKey("residential_group.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    *(sa.Column(name, sa.Integer, nullable=False, server_default="0") for name in TALLY_COLUMNS),
)


class RollupState(SQLModel, table=True):
    """The one row saying what the group tallies were computed for.

    ``reference_year``: the year ages count from (null: never built, the first
    reader builds them). ``window_as_of``: the moment ``confirmed_recent`` counts
    from (households confirmed at or after ``window_as_of - RECENT_DAYS``).
    """

    __tablename__: ClassVar[str] = "rollup_state"
    __table_args__ = (sa.CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    reference_year: int | None = None
    window_as_of: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    updated_at: datetime = _updated_at()


# Notice and consent (digital_family.households.consent)

CONSENT_STATUSES = ("given", "withdrawn")
CONSENT_CHANNELS = ("self", "verbal")  # ticked by the family / told to a leader


class HouseholdConsent(SQLModel, table=True):
    """A household's consent as it stands: one row per household, written when the
    family (or a leader, told by a named adult) consents and when it is withdrawn.
    The history of both is in the audit log."""

    __tablename__: ClassVar[str] = "household_consent"
    __table_args__ = (
        sa.CheckConstraint(sql_in("status", CONSENT_STATUSES), name="status_code"),
        sa.CheckConstraint(sql_in("channel", CONSENT_CHANNELS), name="channel_code"),
    )

    household_id: int = Field(primary_key=True, foreign_key="household.id", ondelete="CASCADE")
    status: str = Field(max_length=10)
    notice_version: str = Field(max_length=20)
    channel: str = Field(max_length=10)
    adult_name: str = Field(max_length=100)  # the adult who consented for the household
    given_at: datetime = Field(sa_column=_timestamp(nullable=False))
    given_by_id: int | None = _editor_fk()
    withdrawn_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    withdrawn_by_id: int | None = _editor_fk()


# Security alerts (digital_family.records.security_alerts): counts per account and window, one
# row each (an upsert adds one), so a flood of refused requests writes one row an hour.
security_tally = sa.Table(
    "security_tally",
    SQLModel.metadata,
    sa.Column("kind", sa.String(10), primary_key=True),  # "refusal" (hours), "export" (days)
    sa.Column("user_id", sa.Integer, sa.ForeignKey("user_account.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("window_start", UTCDateTime(), primary_key=True),
    sa.Column("count", sa.Integer, nullable=False, server_default="0"),
)

# An upload one tab of a signed-in importer may send (access/uploads.py): granted when the
# import page loads, checked before an upload's body is read, and holding the file until
# the import takes it. In the database, so every app server (and worker) sees it.
upload_slot = sa.Table(
    "upload_slot",
    SQLModel.metadata,
    sa.Column("client_digest", sa.String(64), primary_key=True),  # sha256 of the tab's token
    sa.Column("user_id", sa.Integer, sa.ForeignKey("user_account.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("expires_at", UTCDateTime(), nullable=False),
    sa.Column("window_start", UTCDateTime(), nullable=False),
    sa.Column("uploads", sa.Integer, nullable=False, server_default="0"),
    sa.Column("ticket", sa.String(32), nullable=True, unique=True),
    sa.Column("data", sa.LargeBinary, nullable=True),
    sa.Column("kept_at", UTCDateTime(), nullable=True),
)

# A key of the read-only API (access/api_keys.py): the key itself is shown once and kept
# only as its SHA-256 (it is 32 random bytes, so no slow hash is needed to protect it);
# ``prefix`` names it in lists. Scoped to the city (``ward_code`` null) or one ward.
# ``window_start``/``window_calls``: the calls of the current minute (the rate limit), in
# the database so every app server counts the same calls.
API_SCOPES = ("city", "ward")
api_key = sa.Table(
    "api_key",
    SQLModel.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("prefix", sa.String(12), nullable=False),
    sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("label", sa.String(80), nullable=False),
    sa.Column("scope", sa.String(10), nullable=False),
    sa.Column("ward_code", sa.String(30), nullable=True),
    sa.Column("created_by_id", sa.Integer,
              sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.Column("revoked_at", UTCDateTime(), nullable=True),
    sa.Column("last_used_at", UTCDateTime(), nullable=True),
    sa.Column("window_start", UTCDateTime(), nullable=True),
    sa.Column("window_calls", sa.Integer, nullable=False, server_default="0"),
    sa.CheckConstraint(sql_in("scope", API_SCOPES), name="scope_code"),
)

# A visit at the door, or help given at the public-service point (households/visits.py):
# who came, when, what came of it, who was helped with what, when to come back.
VISIT_OUTCOMES = ("met", "nobody_home", "come_back", "declined")
VISIT_PLACES = ("home", "service_point")
household_visit = sa.Table(
    "household_visit",
    SQLModel.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("household_id", sa.Integer,
              sa.ForeignKey("household.id", ondelete="CASCADE"), nullable=False),
    sa.Column("visitor_id", sa.Integer, sa.ForeignKey("user_account.id", ondelete="SET NULL"),
              nullable=True, index=True),
    sa.Column("visitor_role", sa.String(20), nullable=False),
    sa.Column("visited_on", sa.Date, nullable=False),
    sa.Column("outcome", sa.String(20), nullable=False),
    sa.Column("place", sa.String(20), nullable=False, server_default="home"),
    sa.Column("note", sa.String(500), nullable=False, server_default=""),
    sa.Column("follow_up_on", sa.Date, nullable=True),
    # what the visit achieved is what changed from the start of its day (in Vietnam)
    # until VISIT_EFFECT_DAYS later: both moments kept, so the figures compare timestamps
    sa.Column("counts_from", UTCDateTime(), nullable=False),
    sa.Column("counts_until", UTCDateTime(), nullable=False),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.CheckConstraint(sql_in("outcome", VISIT_OUTCOMES), name="outcome_code"),
    sa.CheckConstraint(sql_in("place", VISIT_PLACES), name="place_code"),
    sa.Index("ix_household_visit_household_on", "household_id", "visited_on"),
    sa.Index("ix_household_visit_visited_on", "visited_on"),
)
# Who was helped with what during a visit (a member may be helped with several things).
visit_help = sa.Table(
    "visit_help",
    SQLModel.metadata,
    sa.Column("visit_id", sa.Integer, sa.ForeignKey("household_visit.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("topic", sa.String(20), primary_key=True),
    # the household again, so the family's export and erasure find these rows by it
    sa.Column("household_id", sa.Integer, sa.ForeignKey("household.id", ondelete="CASCADE"),
              nullable=False, index=True),
)
# The households a leader (or ambassador) chose to visit in a week (campaign/week_plan.py).
week_plan = sa.Table(
    "week_plan",
    SQLModel.metadata,
    sa.Column("user_id", sa.Integer, sa.ForeignKey("user_account.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("week_start", sa.Date, primary_key=True),
    sa.Column("household_id", sa.Integer, sa.ForeignKey("household.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("added_at", UTCDateTime(), nullable=False),
    sa.Index("ix_week_plan_household_id", "household_id"),
)

# The ward's digital-skills classes (programmes/classes.py): a class and the groups it is
# for, its sessions, who signed up, who came, who completed; and courses finished
# elsewhere (the national platform, an imported list). Every row about a person carries
# household_id, so the family's export and erasure take it
# (personal_data.other_household_tables).
CLASS_TOPICS = (*SKILLS, "vneid", "epayment", *TRADER_FLAGS)
SIGNUP_STATUSES = ("signed_up", "waiting", "cancelled")
COURSE_SOURCES = ("national_platform", "import")
learning_class = sa.Table(
    "learning_class",
    SQLModel.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("ward_id", sa.Integer, sa.ForeignKey("ward.id", ondelete="RESTRICT"),
              nullable=False),
    sa.Column("code", sa.String(20), nullable=False),  # unique within the ward
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("topics", sa.String(400), nullable=False),  # CLASS_TOPICS codes joined by ";"
    sa.Column("capacity", sa.Integer, nullable=False),
    sa.Column("teacher_id", sa.Integer, sa.ForeignKey("user_account.id", ondelete="SET NULL"),
              nullable=True, index=True),
    sa.Column("created_by_id", sa.Integer,
              sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
    sa.Column("created_at", UTCDateTime(), nullable=False),
    sa.CheckConstraint("capacity > 0", name="capacity_positive"),
    sa.UniqueConstraint("ward_id", "code", name="uq_learning_class_ward_code"),
)
# The groups a class is for (none: the whole ward).
class_group = sa.Table(
    "class_group",
    SQLModel.metadata,
    sa.Column("class_id", sa.Integer, sa.ForeignKey("learning_class.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("group_id", sa.Integer, sa.ForeignKey("residential_group.id", ondelete="CASCADE"),
              primary_key=True, index=True),
)
class_session = sa.Table(
    "class_session",
    SQLModel.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("class_id", sa.Integer, sa.ForeignKey("learning_class.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("day", sa.Date, nullable=False),  # in Vietnam
    sa.Column("starts_at", sa.Time, nullable=False),  # Vietnam time
    sa.Column("minutes", sa.Integer, nullable=False, server_default="90"),
    sa.Column("place", sa.String(200), nullable=False),
    sa.CheckConstraint("minutes > 0 AND minutes <= 600", name="minutes_range"),
    sa.Index("ix_class_session_class_day", "class_id", "day"),
)
class_signup = sa.Table(
    "class_signup",
    SQLModel.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("class_id", sa.Integer, sa.ForeignKey("learning_class.id", ondelete="CASCADE"),
              nullable=False),
    sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("household_id", sa.Integer, sa.ForeignKey("household.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("status", sa.String(12), nullable=False),
    # the sign-up moved the member's learning status from none to enrolled (a cancel
    # moves it back), and no one else of the household was learning then
    sa.Column("set_enrolled", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("first_learner", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("signed_up_by_id", sa.Integer,
              sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
    sa.Column("signed_up_at", UTCDateTime(), nullable=False),
    sa.CheckConstraint(sql_in("status", SIGNUP_STATUSES), name="status_code"),
    sa.UniqueConstraint("class_id", "member_id", name="uq_class_signup_class_member"),
)
class_attendance = sa.Table(
    "class_attendance",
    SQLModel.metadata,
    sa.Column("session_id", sa.Integer, sa.ForeignKey("class_session.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"),
              primary_key=True, index=True),
    sa.Column("household_id", sa.Integer, sa.ForeignKey("household.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("marked_by_id", sa.Integer,
              sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
    sa.Column("marked_at", UTCDateTime(), nullable=False),
)
class_completion = sa.Table(
    "class_completion",
    SQLModel.metadata,
    sa.Column("class_id", sa.Integer, sa.ForeignKey("learning_class.id", ondelete="CASCADE"),
              primary_key=True),
    sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"),
              primary_key=True, index=True),
    sa.Column("household_id", sa.Integer, sa.ForeignKey("household.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("completed_on", sa.Date, nullable=False),
    # the taught skills the learner agreed to have recorded (SKILLS codes joined by ";")
    sa.Column("skills", sa.String(200), nullable=False, server_default=""),
    sa.Column("marked_by_id", sa.Integer,
              sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
    sa.Column("marked_at", UTCDateTime(), nullable=False),
)
course_completion = sa.Table(
    "course_completion",
    SQLModel.metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("member_id", sa.Integer, sa.ForeignKey("member.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("household_id", sa.Integer, sa.ForeignKey("household.id", ondelete="CASCADE"),
              nullable=False, index=True),
    sa.Column("course", sa.String(200), nullable=False),
    sa.Column("completed_on", sa.Date, nullable=False),
    sa.Column("source", sa.String(20), nullable=False),
    sa.Column("recorded_by_id", sa.Integer,
              sa.ForeignKey("user_account.id", ondelete="SET NULL"), nullable=True),
    sa.Column("recorded_at", UTCDateTime(), nullable=False),
    sa.CheckConstraint(sql_in("source", COURSE_SOURCES), name="source_code"),
)
