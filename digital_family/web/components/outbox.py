"""The phone's outbox (outbox.js) as Vars the household page renders and sends.

A tap calls ``put(change)`` in the browser: the change is kept in local storage
and every change not yet acknowledged is sent with the event, so a lost or
refused event never loses an answer and never lets a later one be overtaken.
The server acknowledges ids with ``ack_script``; ``merged`` shows a member with
kept answers on top, so a tap shows at once, online or not.
"""

import json
import re

import reflex as rx
from reflex.vars import VarData
from reflex_base.utils.imports import ImportVar
from reflex_base.vars.base import LiteralVar, Var
from reflex_base.vars.function import FunctionStringVar

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
flushed = BOX["flushed"].to(int)  # kept changes that were just sent after a reconnect


def put(change: dict) -> Var:
    """The browser-side call that keeps ``change`` and evaluates to what to send."""
    return FunctionStringVar.create("outboxPut", _var_data=_module("outboxPut")).call(
        LiteralVar.create(change)).to(list)


def pending() -> str:
    """JavaScript evaluating to every change not yet acknowledged."""
    return "(window.gdsOutbox ? window.gdsOutbox.pending() : [])"


def ack_script(done: list[str], refused: list[str]) -> str:
    """JavaScript that forgets these change ids (only well-formed ids are written)."""
    done = [i for i in done if isinstance(i, str) and _ID.fullmatch(i)]
    refused = [i for i in refused if isinstance(i, str) and _ID.fullmatch(i)]
    return f"window.gdsOutbox && window.gdsOutbox.ack({json.dumps(done)}, {json.dumps(refused)})"


def merged(member: Var, threshold: Var) -> Var:
    """``member`` (a MemberCard Var) with the answers kept on the phone on top."""
    return FunctionStringVar.create("outboxMerge", _var_data=_module("outboxMerge")).call(
        member, BOX, threshold).to(member._var_type)


def merged_all(members: Var, threshold: Var) -> Var:
    return FunctionStringVar.create("outboxMergeAll", _var_data=_module("outboxMergeAll")).call(
        members, BOX, threshold).to(members._var_type)


def key_state(key: Var | str) -> Var:
    """"waiting", "saved", "refused" or "" for one answer's key (``member:field``)."""
    return Var(_js_expr=f"(gdsBox.keys[{Var.create(key)!s}] ?? '')",
               _var_data=VarData.merge(BOX._get_all_var_data(),
                                       Var.create(key)._get_all_var_data())).to(str)
