"""The connection banner every page shows instead of Reflex's own (English) toasts.

It appears at once when the phone goes offline or the server stops answering,
says in the reader's language that changes are not saved yet and how many are
kept on the phone, and when the connection is back, how many were sent (until the
next answer is tapped).

It sits at the top of the screen, over the header (whose buttons need the network
anyway), never at the bottom: a person answering moves down the page, so what she
taps next is below what she just did, and the banner covers only what is behind her
(issue 19 point 6).
"""

import reflex as rx

from digital_family.base.codes import SKILLS, TRADER_FLAGS
from digital_family.web.components import outbox
from digital_family.web.components.controls import big_button
from digital_family.web.state import T


def _count(key: str, n) -> rx.Var:
    return T(key).replace("{n}", n.to_string())


def _bar(*children, tone: str, **props) -> rx.Component:
    return rx.box(
        rx.hstack(
            *children,
            align="center",
            spacing="2",
            max_width="960px",
            margin="0 auto",
        ),
        position="fixed",
        top="0",
        left="0",
        right="0",
        min_height="68px",  # the header's height: at the top of the page it covers only it
        padding="8px 16px",
        background="white",
        color="var(--gray-12)",
        border_bottom=f"5px solid var(--{tone}-9)",
        box_shadow="0 2px 12px rgba(0,0,0,0.25)",
        display="flex",
        flex_direction="column",
        justify_content="center",
        z_index="20",
        **props,
    )


def banner() -> rx.Component:
    return rx.cond(
        outbox.offline,
        _bar(
            # a step opened while offline starts below the banner, not under it
            rx.el.style("html { scroll-padding-top: 140px; }"),
            rx.icon("wifi-off", size=24, color="var(--red-11)", flex_shrink="0"),
            rx.vstack(
                rx.text(T("offline.banner"), size="3", weight="bold"),
                rx.text(rx.cond(outbox.kept > 0, _count("offline.kept", outbox.kept),
                                T("offline.reconnect")), size="2"),
                spacing="0",
            ),
            tone="red",
            role="alert",
            data_testid="offline-banner",
        ),
        rx.cond(
            outbox.flushed > 0,
            _bar(
                rx.icon("wifi", size=24, color="var(--green-11)", flex_shrink="0"),
                rx.text(_count("offline.sent", outbox.flushed), size="3"),
                tone="green",
                role="status",
                data_testid="reconnected-banner",
            ),
        ),
    )


def waiting_counter() -> rx.Component:
    """How many changes wait on this phone, always in view on a leader's working pages
    (issue 18 point 4): "Mọi thay đổi đã gửi" or "3 thay đổi chờ gửi", online or not."""
    waiting = outbox.kept > 0
    return rx.hstack(
        rx.cond(waiting, rx.icon("clock", size=20, flex_shrink="0"),
                rx.icon("circle-check", size=20, flex_shrink="0")),
        rx.text(rx.cond(waiting, _count("offline.waiting", outbox.kept), T("offline.all_sent")),
                size="3", weight=rx.cond(waiting, "bold", "regular")),
        align="center",
        spacing="2",
        padding="6px 12px",
        min_height="40px",
        border_radius="999px",
        border=rx.cond(waiting, "2px solid var(--amber-9)", "1px solid var(--gray-7)"),
        background=rx.cond(waiting, "var(--amber-2)", "white"),
        color="var(--gray-12)",
        width="fit-content",
        role="status",
        data_testid="waiting-counter",
    )


_QUESTIONS = {"has_smartphone": "member.smartphone", "has_epayment": "member.epayment",
              "vneid_level": "member.vneid", "learning_status": "member.learning",
              **{f"skill.{code}": f"skill.{code}" for code in SKILLS},
              **{flag: f"trader.{flag}" for flag in TRADER_FLAGS}}
_WORDS = {"true": "common.yes", "false": "common.no",
          **{f"vneid_level:{n}": f"vneid.{n}" for n in range(3)},
          **{f"learning_status:{s}": f"learning.{s}" for s in ("none", "enrolled", "completed")}}


def _word(conflict, which: str) -> rx.Var:
    """An answer of a conflict in words ("Có", "Mức 2", "Đang học")."""
    words = rx.Var.create({key: T(value) for key, value in _WORDS.items()})
    return rx.Var(
        _js_expr=f"({words!s}[`${{{conflict!s}.f}}:${{{conflict!s}.{which}}}`] ?? "
                 f"{words!s}[String({conflict!s}.{which})] ?? String({conflict!s}.{which}))",
        _var_data=rx.vars.VarData.merge(words._get_all_var_data(),
                                        conflict._get_all_var_data())).to(str)


def _question(conflict) -> rx.Var:
    labels = rx.Var.create({field: T(key) for field, key in _QUESTIONS.items()})
    return rx.Var(_js_expr=f"({labels!s}[{conflict!s}.f] ?? '')",
                  _var_data=rx.vars.VarData.merge(labels._get_all_var_data(),
                                                  conflict._get_all_var_data())).to(str)


def conflicts_panel(save) -> rx.Component:
    """Answers the family changed while this phone's were waiting: both, and a choice
    (issue 18 point 4: not silently overwritten). ``save`` is the page's handler that
    takes what the phone keeps (``save_changes``)."""

    def one(conflict) -> rx.Component:
        return rx.card(
            rx.vstack(
                rx.text(conflict["code"].to(str), " · ", conflict["name"].to(str), " — ",
                        _question(conflict), size="3", weight="bold"),
                rx.text(T("conflict.theirs"), " ", rx.el.strong(_word(conflict, "theirs")),
                        size="3"),
                rx.text(T("conflict.mine"), " ", rx.el.strong(_word(conflict, "mine")),
                        size="3"),
                rx.flex(
                    big_button(T("conflict.keep_theirs"), size="3", variant="outline",
                               on_click=save(outbox.choose(conflict["id"], False)),
                               data_testid="keep-theirs"),
                    big_button(T("conflict.keep_mine"), size="3", variant="outline",
                               on_click=save(outbox.choose(conflict["id"], True)),
                               data_testid="keep-mine"),
                    gap="8px", wrap="wrap", width="100%"),
                spacing="2", width="100%"),
            width="100%", data_testid="conflict")

    return rx.cond(
        outbox.conflicts.length() > 0,
        rx.vstack(
            rx.hstack(rx.icon("git-compare", size=22, color="var(--amber-11)"),
                      rx.heading(T("conflict.title"), size="4", as_="h2"),
                      align="center", spacing="2"),
            rx.text(T("conflict.lead"), size="3"),
            rx.foreach(outbox.conflicts, one),
            spacing="2", width="100%", padding="12px", border_radius="12px",
            border="2px solid var(--amber-9)", background="var(--amber-2)",
            data_testid="conflicts"),
    )
