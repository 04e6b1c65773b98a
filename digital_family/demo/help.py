"""The demo's help requests: the last weeks of the Digital Ambassadors' work in the
groups the demo ambassadors serve, with the visits' changes to members."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from digital_family.base.db import core_rows
from digital_family.base.models import (
    SKILL_COLUMNS,
    HelpRequest,
    HelpRequestChange,
    HelpRequestNote,
    Household,
    Member,
    UserAccount,
    UserGroup,
    table_of,
)
from digital_family.demo.accounts import DEMO_ACCOUNTS, demo_phone
from digital_family.households import member_writes

HELP_WEEKS = 10
HELP_HOUSEHOLD_SHARE = 0.03  # of the ward's households ask for help…
HELP_MAX_SHARE = 0.25  # … but at most this share of the households the ambassadors serve
_HOUR = timedelta(hours=1)
_PHONE_PREFIXES = (
    "090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033", "035",
    "037", "038", "039", "070", "077", "079", "081", "083", "084", "085", "056", "058",
)
_HELP_NOTES = {
    "vneid": ("Bà cần cài VNeID để con ở xa gửi giấy tờ.", "Đã có mức 1, muốn lên mức 2."),
    "public_services": (
        "Cần nộp hồ sơ cấp lại giấy khai sinh trên mạng.",
        "Nhờ hướng dẫn đăng ký tạm trú qua mạng.",
    ),
    "epayment": (
        "Ông không nhớ mật khẩu ứng dụng ngân hàng.",
        "Cần quét mã QR để thanh toán ở chợ.",
        "Nhờ hướng dẫn nộp tiền điện qua ứng dụng.",
    ),
    "smartphone": ("Muốn học gọi video cho cháu.", "Điện thoại mới mua, chưa biết dùng."),
    "online_safety": (
        "Hay nhận tin nhắn lạ báo trúng thưởng, nhờ xem giúp.",
        "Có người gọi xưng công an đòi chuyển tiền.",
    ),
    "selling_online": (
        "Muốn bán hàng qua Zalo và Facebook.",
        "Muốn mở gian hàng trên sàn thương mại điện tử.",
    ),
}
_PREFERRED_TIMES = (
    "Sáng thứ Bảy", "Chiều Chủ nhật", "Sau 17 giờ", "Buổi sáng, trước 10 giờ",
    "Tối các ngày trong tuần", "Giờ nghỉ trưa", "Cuối tuần",
)
_AMBASSADOR_NOTES = (
    "Đã gọi điện, hẹn đến nhà.",
    "Gọi chưa được, sẽ gọi lại.",
    "Đã hướng dẫn lần 1, cần thêm một buổi nữa.",
    "Hộ hẹn dời sang cuối tuần.",
    "Cần mang theo căn cước khi kích hoạt mức 2.",
)
# Topic -> (weight, member fields a visit can raise).
_HELP_TOPICS = {
    "vneid": (25, ("vneid_level", "skill_vneid_app")),
    "public_services": (14, ("skill_online_public_services",)),
    "epayment": (20, ("has_epayment", "skill_cashless_payment")),
    "smartphone": (
        30,
        ("has_smartphone", "skill_smartphone_use", "skill_messaging", "skill_info_search"),
    ),
    "online_safety": (11, ("skill_online_safety",)),
    "selling_online": (10, ("skill_ecommerce", "trader_ecommerce", "trader_cashless")),
}


def _gaps(member: dict[str, Any]) -> list[str]:
    """The topics the member could still use help with."""
    gaps: list[str] = []
    for topic, (_, fields) in _HELP_TOPICS.items():
        if topic == "selling_online" and member["occupation"] != "small_trader":
            continue
        if topic == "epayment" and not member["has_smartphone"]:
            continue
        if (topic == "vneid" and member["vneid_level"] < 2) or any(
            not member[f] for f in fields if f != "vneid_level"
        ):
            gaps.append(topic)
    return gaps


def _raise_fields(rng: random.Random, member: dict[str, Any], topic: str) -> dict[str, int]:
    """What a successful visit on ``topic`` reached: some of the topic's missing fields."""
    missing = [
        f for f in _HELP_TOPICS[topic][1]
        if (member[f] < 2 if f == "vneid_level" else not member[f])
    ]
    if not missing:
        return {}
    chosen = [f for f in missing if rng.random() < 0.7] or [rng.choice(missing)]
    return {f: 2 if f == "vneid_level" else True for f in chosen}


def _hours(rng: random.Random, median: float, low: float, high: float) -> timedelta:
    """A right-skewed delay around ``median`` hours, within [low, high]."""
    value = rng.lognormvariate(math.log(median), 0.9)
    return timedelta(hours=min(max(value, low), high))


def write_help_requests(  # noqa: C901 - one pass in a fixed random order: same seed, same demo
    session: Session, *, now: datetime, seed: int | str, ward_households: int, year: int,
    ward_index: int = 0
) -> int:
    """Help requests of the last HELP_WEEKS weeks in the groups the demo ambassadors (of
    the city's ``ward_index``-th ward: ``accounts.demo_phone``) serve: ~70% resolved
    (mostly helped, the members' statuses raised and HelpRequestChange rows written),
    some claimed, some open (a few waiting past the leader's 48-hour flag), a few
    cancelled. Returns the number of requests."""
    rng = random.Random(f"help-requests-{seed}")
    phones = [demo_phone(ward_index, phone) for _, phone, _ in DEMO_ACCOUNTS]
    users = dict(
        core_rows(
            session,
            sa.select(col(UserAccount.phone), col(UserAccount.id)).where(
                col(UserAccount.phone).in_(phones)
            )
        ).all()
    )
    ambassadors: dict[int, list[int]] = {}
    for user_id, group_id in core_rows(
        session,
        sa.select(col(UserGroup.user_id), col(UserGroup.group_id))
        .join(UserAccount, col(UserAccount.id) == col(UserGroup.user_id))
        .where(col(UserAccount.role) == "ambassador", col(UserAccount.phone).in_(phones))
        .order_by(col(UserGroup.user_id))
    ):
        ambassadors.setdefault(group_id, []).append(user_id)
    if not ambassadors:
        return 0
    leader_id = users.get(demo_phone(ward_index, "0900000003"))
    resident = core_rows(
        session,
        sa.select(col(UserAccount.id), col(UserAccount.household_id)).where(
            col(UserAccount.phone) == demo_phone(ward_index, "0900000005")
        )
    ).first()

    served = core_rows(
        session,
        sa.select(col(Household.id), col(Household.group_id), col(Household.phone))
        .where(col(Household.group_id).in_(sorted(ambassadors)))
        .order_by(col(Household.id))
    ).all()
    wanted = max(1, round(ward_households * HELP_HOUSEHOLD_SHARE))
    wanted = min(wanted, max(1, int(len(served) * HELP_MAX_SHARE)))
    chosen = rng.sample(served, min(wanted, len(served)))
    household_info = {h[0]: h for h in chosen}

    flag_columns = ("has_smartphone", "has_epayment", "vneid_level", "occupation", "birth_year",
                    *SKILL_COLUMNS.values(), "trader_ecommerce", "trader_cashless",
                    "trader_digital_savings")
    members_by_household: dict[int, list[dict[str, Any]]] = {}
    for row in core_rows(
        session,
        sa.select(
            col(Member.id), col(Member.household_id), *(table_of(Member).c[c] for c in flag_columns)
        )
        .where(col(Member.household_id).in_(sorted(household_info)))
        .order_by(col(Member.id))
    ):
        member = {"id": row[0], "household_id": row[1], **dict(zip(flag_columns, row[2:]))}
        members_by_household.setdefault(row[1], []).append(member)

    window = timedelta(weeks=HELP_WEEKS)
    plans: list[dict[str, Any]] = []
    active: set[tuple[int, str]] = set()  # (member id, topic) of open or claimed requests
    for household_id in sorted(household_info):
        group_id = household_info[household_id][1]
        people = [
            m for m in members_by_household.get(household_id, ()) if year - m["birth_year"] >= 15
        ]
        for _ in range(1 if rng.random() < 0.75 else 2):
            candidates = [(m, _gaps(m)) for m in people]
            candidates = [(m, g) for m, g in candidates if g]
            if not candidates:
                break
            weights = [3 if year - m["birth_year"] >= 60 else 1 for m, _ in candidates]
            member, gaps = rng.choices(candidates, weights=weights)[0]
            topic = rng.choices(gaps, weights=[_HELP_TOPICS[t][0] for t in gaps])[0]
            roll = rng.random()
            status = (
                "resolved" if roll < 0.70 else "claimed" if roll < 0.82
                else "open" if roll < 0.94 else "cancelled"
            )
            if status in ("open", "claimed") and (member["id"], topic) in active:
                status = "resolved"
            claimer = rng.choice(ambassadors[group_id])
            claimed_at = resolved_at = None
            if status == "open":
                waited = rng.uniform(49, 240) if rng.random() < 0.25 else rng.uniform(0.5, 40)
                created = now - timedelta(hours=waited)
                claimer = None
            elif status == "claimed":
                created = now - timedelta(hours=rng.uniform(3, 5 * 24))
                claimed_at = min(created + _hours(rng, 8, 0.3, 72), now - 0.2 * _HOUR)
                claimed_at = max(claimed_at, created + 0.1 * _HOUR)
            elif status == "resolved":
                created = now - timedelta(hours=rng.uniform(24, window.total_seconds() / 3600))
                claimed_at = created + _hours(rng, 7, 0.3, 72)
                resolved_at = claimed_at + _hours(rng, 20, 0.5, 7 * 24)
                if resolved_at > now - 0.5 * _HOUR:
                    span = (now - 0.5 * _HOUR - created) / 3
                    claimed_at, resolved_at = created + span, created + 2 * span
            else:
                created = now - timedelta(hours=rng.uniform(1, window.total_seconds() / 3600))
                claimer = None
            if status in ("open", "claimed"):
                active.add((member["id"], topic))
            outcome = None
            if status == "resolved":
                outcome = rng.choices(("helped", "not_helped", "no_answer"), weights=(78, 10, 12))[
                    0
                ]
            created_by = leader_id
            if resident is not None and resident[1] == household_id:
                created_by = resident[0]
            plans.append(
                {
                    "member": member,
                    "household_id": household_id,
                    "group_id": group_id,
                    "topic": topic,
                    "note": rng.choice(_HELP_NOTES[topic]) if rng.random() < 0.35 else None,
                    "preferred_time": rng.choice(_PREFERRED_TIMES) if rng.random() < 0.5 else None,
                    "status": status,
                    "outcome": outcome,
                    "created_by_id": created_by,
                    "created_at": created,
                    "claimed_by_id": claimer,
                    "claimed_at": claimed_at,
                    "resolved_at": resolved_at,
                    "updated_at": resolved_at or claimed_at or created,
                }
            )
    if not plans:
        return 0
    plans.sort(key=lambda p: (p["created_at"], p["member"]["id"]))
    columns = [c for c in plans[0] if c != "member"]
    ids = session.exec(
        sa.insert(HelpRequest).returning(col(HelpRequest.id), sort_by_parameter_order=True),
        params=[{"member_id": p["member"]["id"], **{c: p[c] for c in columns}} for p in plans],
    ).scalars().all()

    # Visits that helped raise the member's statuses, in the order they happened.
    changes: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    raised_by_visits: list[dict[str, Any]] = []  # the member fields visits changed (history)
    changed_members: dict[int, dict[str, Any]] = {}
    changed_households: dict[int, dict[str, Any]] = {}
    for request_id, plan in sorted(zip(ids, plans), key=lambda x: x[1]["resolved_at"] or now):
        member = plan["member"]
        if plan["claimed_at"] is not None and rng.random() < 0.4:
            notes.append(
                {
                    "request_id": request_id,
                    "author_id": plan["claimed_by_id"],
                    "text": rng.choice(_AMBASSADOR_NOTES),
                    "created_at": plan["claimed_at"] + _hours(rng, 1, 0.1, 4),
                }
            )
        if plan["outcome"] != "helped":
            continue
        raised = _raise_fields(rng, member, plan["topic"])
        if member["occupation"] != "small_trader":
            raised = {f: v for f, v in raised.items() if not f.startswith("trader_")}
        for field, value in raised.items():
            old = member[field]
            changes.append(
                {
                    "request_id": request_id,
                    "member_id": member["id"],
                    "field": field,
                    "old_value": str(int(old)),
                    "new_value": str(int(value)),
                    "at": plan["resolved_at"],
                }
            )
            raised_by_visits.append(
                {
                    "member_id": member["id"],
                    "field": field,
                    "old": old,
                    "new": value,
                    "at": plan["resolved_at"],
                    "user_id": plan["claimed_by_id"],
                    "role": "ambassador",
                }
            )
            member[field] = value
        if raised:
            changed_members[member["id"]] = {
                "id": member["id"],
                **{c: member[c] for c in ("has_smartphone", "has_epayment", "vneid_level",
                                          *SKILL_COLUMNS.values(), "trader_ecommerce",
                                          "trader_cashless")},
                "updated_by_id": plan["claimed_by_id"],
                "updated_at": plan["resolved_at"],
            }
            entry = changed_households.setdefault(
                plan["household_id"], {"id": plan["household_id"], "visits": 0}
            )
            entry["visits"] += 1
            entry["updated_by_id"] = plan["claimed_by_id"]
            entry["updated_at"] = plan["resolved_at"]

    member_writes.update_members(session, None, list(changed_members.values()),
                                 raised_by_visits, via="visit")
    if changes:
        session.exec(sa.insert(table_of(HelpRequestChange)), params=changes)
    if notes:
        session.exec(sa.insert(table_of(HelpRequestNote)), params=notes)

    # Households that asked get a contact phone (most of them), and a new version
    # for every visit that changed a member.
    household_rows: list[dict[str, Any]] = []
    phone_changes: list[dict[str, Any]] = []
    for household_id, _group_id, phone in chosen:
        visits = changed_households.get(household_id)
        if phone is None and rng.random() < 0.9:
            phone = rng.choice(_PHONE_PREFIXES) + f"{rng.randrange(10**7):07d}"
            phone_changes.append({"household_id": household_id, "field": "phone", "old": None,
                           "new": phone})
        household_rows.append(
            {
                "id": household_id,
                "phone": phone,
                "version": 1 + (visits["visits"] if visits else 0),
                "updated_by_id": visits["updated_by_id"] if visits else None,
                "updated_at": visits["updated_at"] if visits else now,
            }
        )
    member_writes.update_households(session, None, household_rows, phone_changes,
                                    via="demo")
    session.flush()
    return len(plans)
