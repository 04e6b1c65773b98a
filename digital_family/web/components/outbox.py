"""The phone's outbox (outbox.js) as Vars the household page renders and sends.

A tap calls ``put(change)`` in the browser: the change is kept in local storage
and every change not yet acknowledged is sent with the event, so a lost or
refused event never loses an answer and never lets a later one be overtaken.
The server acknowledges ids with ``ack_script`` (a script the page runs), or, on the
household page, inside the tap's own update: the page state's ``outbox_ack``, which
``sync`` hands to the outbox as it arrives; ``merged`` shows a member with kept answers
on top, so a tap shows at once, online or not.
"""

import json
import re
from typing import Any

import reflex as rx
from reflex.vars import VarData
from reflex_base.utils.imports import ImportVar
from reflex_base.vars.base import LiteralVar, Var
from reflex_base.vars.function import FunctionStringVar

from digital_family.base.validation import ValidationError
from digital_family.households import household_changes
from digital_family.programmes import classes

MODULE = rx.asset("outbox.js", shared=True).importable_path
_ID = re.compile(r"[A-Za-z0-9_-]{16,64}")


def _module(*names: str, hooks: dict | None = None) -> VarData:
    return VarData(imports={MODULE: [ImportVar(tag=n) for n in names]}, hooks=hooks or {})


BOX = Var(_js_expr="gdsBox", _var_data=_module(
    "useOutbox", hooks={"const gdsBox = useOutbox();": None})).to(dict)

_CONNECT_ERRORS = VarData(
    imports={"react": [ImportVar(tag="useContext")],
             "$/utils/context": [ImportVar(tag="EventLoopContext")]},
    hooks={"const connectErrors = useContext(EventLoopContext)[1];": None},
)

# The connection is lost (or a change has waited too long for the server).
offline = Var(
    _js_expr="(gdsBox.offline || gdsBox.late || connectErrors.length > 0)",
    _var_data=VarData.merge(BOX._get_all_var_data(), _CONNECT_ERRORS),
).to(bool)
# This phone holds a session token (who it is, only the server knows).
has_session = BOX["session"].to(bool)
kept = BOX["n"].to(int)  # changes kept on this phone, not yet acknowledged
# households whose visit record waits on the phone (ids)
waiting_visits = BOX["visits"].to(list[int])
# answers someone else changed meanwhile: [{id, m, f, mine, theirs, name, code, h}]
conflicts = BOX["conflicts"].to(list[dict])
flushed = BOX["flushed"].to(int)  # kept changes that were just sent after a reconnect


def put(change: dict) -> Var:
    """The browser-side call that keeps ``change`` and evaluates to what to send."""
    return FunctionStringVar.create("outboxPut", _var_data=_module("outboxPut")).call(
        LiteralVar.create(change)).to(list)


def pending(kind: str = "") -> str:
    """JavaScript evaluating to every change not yet acknowledged (of ``kind`` only, if
    given: a class sign-up goes out with the classes' load, ``is_kind``)."""
    if kind:
        return (f"(window.gdsOutbox ? window.gdsOutbox.pending().filter("
                f"(c) => c.kind === {json.dumps(kind)}) : [])")
    return "(window.gdsOutbox ? window.gdsOutbox.pending() : [])"


def is_kind(raw: object, kind: str) -> bool:
    """Whether what the phone sent is a change of ``kind``."""
    return isinstance(raw, dict) and raw.get("kind") == kind


def _two_ids(name: str, first: Var, second: Var) -> Var:
    return FunctionStringVar.create(
        f"() => {name}({Var.create(first)!s}, {Var.create(second)!s})",
        _var_data=VarData.merge(_module(name), Var.create(first)._get_all_var_data(),
                                Var.create(second)._get_all_var_data()))


def sign_up_kept(class_id: Var, member_id: Var) -> Var:
    """A click handler: "Đăng ký học" without a signal, kept on the phone (a "signup"
    change, shown at once as waiting; sent with the classes' next load)."""
    return _two_ids("outboxSignup", class_id, member_id)


def unsign_kept(class_id: Var, member_id: Var) -> Var:
    """A click handler: the kept sign-up dropped from the phone before it was sent."""
    return _two_ids("outboxUnsign", class_id, member_id)


def ack(done: list[str], refused: list[str], conflicts: list[dict] | None = None) -> dict:
    """The acknowledgement of these change ids, as data (only well-formed ids): the
    phone forgets them; ``conflicts`` ({"id", "theirs", "name", "code", "h"}) are kept
    aside with both values for the person to choose."""
    return {
        "done": [i for i in done if isinstance(i, str) and _ID.fullmatch(i)],
        "refused": [i for i in refused if isinstance(i, str) and _ID.fullmatch(i)],
        "conflicts": [c for c in conflicts or []
                      if isinstance(c.get("id"), str) and _ID.fullmatch(c["id"])],
    }


def ack_script(acknowledged: dict) -> str:
    """JavaScript that hands an ``ack`` to the phone's outbox. Written as JSON: a name
    cannot break out of the script."""
    return (f"window.gdsOutbox && window.gdsOutbox.ack({json.dumps(acknowledged['done'])}, "
            f"{json.dumps(acknowledged['refused'])}, "
            f"{json.dumps(acknowledged['conflicts'], ensure_ascii=True)})")


class OutboxSync(rx.Component):
    """Hands the outbox what the server put in ``state`` for it (outbox.js), as each
    update arrives: its ``outbox_ack``, and its ``member_updates`` put into its
    ``members``."""

    library = MODULE
    tag = "OutboxSync"
    state_name: rx.Var[str]


def sync(state: type[rx.State]) -> rx.Component:
    """Put on a page whose state acknowledges in ``outbox_ack`` (``next_ack``)."""
    return OutboxSync.create(state_name=state.get_full_name())


def next_ack(previous: dict, acknowledged: dict) -> dict:
    """The page state's next ``outbox_ack``: numbered, so that an acknowledgement equal to
    the last one still arrives as a new value (the browser keeps an equal value as it was)."""
    number = previous.get("n", 0) if isinstance(previous, dict) else 0
    return {**acknowledged, "n": (number if isinstance(number, int) else 0) + 1}


def keep_script(pack: dict) -> str:
    """JavaScript that keeps a leader's planned pages on the phone (``OfflineCopy``)."""
    return f"window.gdsOutbox && window.gdsOutbox.keep({json.dumps(pack, ensure_ascii=True)})"


def delta(state: type[rx.State], **values) -> dict:
    """``values`` as the update the server sends for ``state`` (its fields' client names)."""
    return {f"{name}_rx_state_": value for name, value in values.items()}


def choose(conflict_id: Var, mine: bool) -> Var:
    """Browser-side: settle a conflict (``mine``: send my value over theirs); evaluates to
    what to send."""
    return FunctionStringVar.create("outboxChoose", _var_data=_module("outboxChoose")).call(
        conflict_id, mine).to(list)


def put_visit(state_name: str, household: Var, outcome: Var, form: Var, missing: Var) -> Var:
    """Browser-side: keep the week form's visit record and close the form (the page state
    ``state_name``'s ``recording``), or say ``missing`` when no outcome is chosen;
    evaluates to what to send."""
    return FunctionStringVar.create("outboxVisit", _var_data=_module("outboxVisit")).call(
        state_name, household, outcome, form, missing).to(list)


def add_member_form(state: type[rx.State], household: Var, form: Var, members: Var) -> Var:
    """Browser-side: the add-a-person form as it is (online), or, offline, the person kept
    on the phone and shown at once, and ``{"kept": [...]}``: what the phone keeps."""
    return FunctionStringVar.create(
        "outboxAddMember", _var_data=VarData.merge(_module("outboxAddMember"),
                                                   offline._get_all_var_data())).call(
        state.get_full_name(), household, form, offline, members).to(dict)


def local_script(state: type[rx.State], **values) -> str:
    """JavaScript (for ``rx.call_script``) setting fields the phone set with ``local``."""
    return (f"window.gdsOutbox && window.gdsOutbox.local({json.dumps(state.get_full_name())}, "
            f"{json.dumps(delta(state, **values))})")


def local(state: type[rx.State], **values) -> Var:
    """A click handler that sets ``state``'s fields on this phone only (a form opened or
    closed, a choice made before it is sent): works without the network."""
    return FunctionStringVar.create(
        f"() => outboxLocal({json.dumps(state.get_full_name())}, "
        f"{Var.create(delta(state, **values))!s})",
        _var_data=VarData.merge(_module("outboxLocal"),
                                *[Var.create(v)._get_all_var_data() for v in values.values()
                                  if isinstance(v, Var)]))


class OfflineCopy(rx.Component):
    """Puts a leader's kept copy of the page (a planned household, or his week) into
    ``state`` while the server cannot be reached (outbox.js)."""

    library = MODULE
    tag = "OfflineCopy"
    state_name: rx.Var[str]
    kind: rx.Var[str]


def offline_copy(state: type[rx.State], kind: str) -> rx.Component:
    return OfflineCopy.create(state_name=state.get_full_name(), kind=kind)


def merged(member: Var, threshold: Var) -> Any:
    """``member`` (a MemberCard Var) with the answers kept on the phone on top.

    Typed ``Any`` on purpose: Reflex types an object Var's fields as untyped items
    (``ObjectItemOperation``, without comparisons or ``+``), so the pages reading a
    member's fields (``member.age >= 15``) could not be checked through it; at run time
    it is the ObjectVar of ``member``'s type."""
    return FunctionStringVar.create("outboxMerge", _var_data=_module("outboxMerge")).call(
        member, BOX, threshold).to(member._var_type)


def merged_all(members: Var, threshold: Var) -> Any:
    """``members`` with the answers kept on the phone on top (``Any``: as ``merged``)."""
    return FunctionStringVar.create("outboxMergeAll", _var_data=_module("outboxMergeAll")).call(
        members, BOX, threshold).to(members._var_type)


def key_state(key: Var | str) -> Var:
    """"waiting", "saved", "refused" or "" for one answer's key (``member:field``)."""
    return Var(_js_expr=f"(gdsBox.keys[{Var.create(key)!s}] ?? '')",
               _var_data=VarData.merge(BOX._get_all_var_data(),
                                       Var.create(key)._get_all_var_data())).to(str)


async def apply_kept(page, actor, changes) -> tuple[tuple, dict]:
    """Apply what a phone kept (``household_changes``, each change once) for a page
    state's ``data_event`` handler: say what was refused, keep conflicts aside. Returns
    the outcomes and their acknowledgement (``ack``: for ``ack_script`` or ``next_ack``)."""
    parsed, refused = [], []
    for raw in list(changes or [])[:household_changes.MAX_CHANGES]:
        try:
            parsed.append(household_changes.parse(raw))
        except ValidationError as exc:
            refused.append(raw.get("id") if isinstance(raw, dict) else None)
            page._say(page._message(exc, "error.bad_request"), "red")
    # the households' kinds and the classes' own (a sign-up), each change once
    outcomes = await page._db(lambda s: classes.apply_changes(s, actor, parsed))
    conflicts = []
    for outcome in outcomes:
        if outcome.status == "refused":
            refused.append(outcome.change_id)
            page._say(page._message(outcome.error, "error.bad_request"), "red")
        elif outcome.status == "conflict":
            error = outcome.error
            conflicts.append({"id": outcome.change_id, "theirs": error.theirs,
                              "name": error.member_name, "code": error.household_code})
    if conflicts:
        page._say(page._t("offline.conflict_found", n=len(conflicts)), "amber")
    done = [o.change_id for o in outcomes if o.status not in ("refused", "conflict")]
    return outcomes, ack(done, refused, conflicts)


def remember(household_id: Var) -> Var:
    """A click handler for a link to a household: its page's back link returns here."""
    return FunctionStringVar.create(
        f"() => outboxRemember({Var.create(household_id)!s})",
        _var_data=VarData.merge(_module("outboxRemember"),
                                Var.create(household_id)._get_all_var_data()))


class BackLink(rx.Component):
    """The household page's way back (outbox.js): to the page the link was tapped on,
    through the history (scroll included), else to ``fallback``."""

    library = MODULE
    tag = "BackLink"
    fallback: rx.Var[str]
    week_path: rx.Var[str]
    week_label: rx.Var[str]
    list_label: rx.Var[str]


class ScrollBack(rx.Component):
    """On a page a household's back link returns to: the scroll it had, once ``ready``."""

    library = MODULE
    tag = "ScrollBack"
    ready: rx.Var[bool]
