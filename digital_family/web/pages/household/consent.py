"""The personal data notice and consent on the household page (digital_family.households.consent):
the notice and its form instead of the questions until the household has consented,
and on the overview, how it consented and the one action that withdraws it."""

import reflex as rx

from digital_family.base.settings import get_settings
from digital_family.households.consent import NOTICE_PARTS, NOTICE_VERSION
from digital_family.web.components.controls import TOUCH, big_button, callout, field, text_input
from digital_family.web.pages.household.state import HouseholdState
from digital_family.web.state import T

_ICONS = {
    "what": "list-checks",
    "why": "target",
    "who": "eye",
    "how_long": "clock",
    "children": "baby",
    "withdraw": "undo-2",
    "contact": "phone",
}
_WITHDRAW_EFFECTS = ("leaders", "saving", "totals", "erase")


def notice() -> rx.Component:
    """The notice: what, why, who, how long, children, withdrawing, whom to ask."""
    ward = get_settings().ward_name
    return rx.vstack(
        *[
            rx.hstack(
                rx.icon(_ICONS[part], size=24, color="var(--accent-11)", flex_shrink="0",
                        margin_top="2px"),
                rx.vstack(
                    rx.text(T(f"consent.notice.{part}.title"), size="4", weight="bold"),
                    rx.text(T(f"consent.notice.{part}").replace("{ward}", ward), size="3"),
                    spacing="0",
                ),
                align="start",
                spacing="3",
                width="100%",
            )
            for part in NOTICE_PARTS
        ],
        rx.text(T("consent.version").replace("{version}", NOTICE_VERSION), size="2",
                color="var(--gray-11)"),
        spacing="3",
        width="100%",
        data_testid="consent-notice",
    )


def _consent_form(submit: rx.Var[str], adult_name: str | rx.Var[str] = "",
                  silence: bool = True) -> rx.Component:
    """The consenting adult's name, the tick and the button (to the notice as it reads now);
    ``silence``: and what not consenting means."""
    errors = HouseholdState.errors
    return rx.form(
        rx.vstack(
            rx.el.input(type="hidden", name="notice_version", value=NOTICE_VERSION),
            field(T("consent.adult_name"),
                  text_input("adult_name", auto_complete="name", required=True,
                             default_value=adult_name),
                  errors.get("adult_name", ""), hint=T("consent.adult_name_hint")),
            rx.el.label(
                rx.el.input(type="checkbox", name="agree", value="1", required=True,
                            width="28px", height="28px", flex_shrink="0",
                            accent_color="var(--accent-9)"),
                rx.text(rx.cond(HouseholdState.consent_verbal, T("consent.agree_verbal"),
                                T("consent.agree_self")), size="3", weight="medium"),
                display="flex",
                align_items="center",
                gap="12px",
                min_height=TOUCH,
                padding="8px",
                border="2px solid var(--gray-7)",
                border_radius="10px",
                cursor="pointer",
                data_testid="consent-agree",
            ),
            rx.cond(errors.get("agree", "") != "",
                    rx.text(errors.get("agree", ""), color="var(--red-11)", size="3",
                            role="alert")),
            big_button(rx.icon("circle-check", size=22), submit,
                       type="submit", width="100%", data_testid="consent-submit"),
            *([rx.text(rx.cond(HouseholdState.consent_verbal, T("consent.silence_leader"),
                               T("consent.silence")), size="3", color="var(--gray-11)")]
              if silence else []),
            spacing="3",
            width="100%",
        ),
        on_submit=HouseholdState.give_consent,
        reset_on_submit=False,
        width="100%",
    )


def consent_gate() -> rx.Component:
    """The notice, then the consenting adult's name and the tick; nothing else until then."""
    return rx.vstack(
        rx.heading(rx.cond(HouseholdState.consent_verbal, T("consent.title_leader"),
                           T("consent.title")), size="6", as_="h1"),
        rx.text(HouseholdState.code, " · ", HouseholdState.address, size="3",
                color="var(--gray-11)"),
        rx.cond(HouseholdState.consent_line != "",
                callout(HouseholdState.consent_line, icon="info", color_scheme="amber",
                        size="2", width="100%")),
        rx.text(T("consent.intro"), size="4"),
        notice(),
        _consent_form(rx.cond(HouseholdState.consent_verbal, T("consent.submit_verbal"),
                              T("consent.submit"))),
        rx.cond((HouseholdState.consent_status == "withdrawn") & HouseholdState.can_erase,
                _erase()),
        spacing="4",
        width="100%",
        data_testid="consent-gate",
    )


def consent_renewal() -> rx.Component:
    """A household that consented to an older notice: what is new, what goes on meanwhile
    (everything as before), and the form that consents to the new notice."""
    return rx.cond(
        HouseholdState.consent_renew,
        rx.card(
            rx.vstack(
                rx.hstack(rx.icon("file-pen-line", size=24, color="var(--amber-11)",
                                  flex_shrink="0"),
                          rx.heading(T("consent.renew_title"), size="5", as_="h2"),
                          align="center"),
                rx.text(HouseholdState.consent_renew_line, size="3"),
                rx.el.ul(
                    rx.foreach(HouseholdState.consent_changes,
                               lambda line: rx.el.li(line, margin_bottom="6px")),
                    padding_left="22px", list_style_type="disc", font_size="17px",
                    line_height="1.45", data_testid="consent-changes",
                ),
                rx.cond(
                    HouseholdState.consent_renew_form,
                    rx.vstack(
                        rx.text(T("consent.renew_meanwhile"), size="3",
                                color="var(--gray-11)"),
                        rx.el.details(
                            rx.el.summary(T("consent.read_notice"), min_height=TOUCH,
                                          display="flex", align_items="center",
                                          cursor="pointer", font_weight="500",
                                          text_decoration="underline"),
                            notice(),
                            width="100%",
                        ),
                        _consent_form(T("consent.renew_submit"), HouseholdState.consent_adult,
                                      silence=False),
                        spacing="3",
                        width="100%",
                    ),
                ),
                spacing="3",
                width="100%",
            ),
            width="100%",
            border="2px solid var(--amber-8)",
            data_testid="consent-renewal",
        ),
    )


def consent_section() -> rx.Component:
    """On the overview: how the household consented, the notice again, and withdrawing
    (what follows is said before it is confirmed)."""
    return rx.cond(
        HouseholdState.consent_status == "given",
        rx.card(
            rx.vstack(
                rx.heading(T("consent.section"), size="4", as_="h2"),
                rx.text(HouseholdState.consent_line, size="3", data_testid="consent-line"),
                rx.el.details(
                    rx.el.summary(T("consent.read_notice"), min_height=TOUCH,
                                  display="flex", align_items="center", cursor="pointer",
                                  font_weight="500", text_decoration="underline"),
                    notice(),
                    width="100%",
                ),
                rx.cond(HouseholdState.can_withdraw, _withdraw()),
                spacing="2",
                width="100%",
            ),
            width="100%",
            data_testid="consent-section",
        ),
    )


def _withdraw() -> rx.Component:
    return rx.cond(
        HouseholdState.withdraw_open,
        rx.vstack(
            rx.heading(T("consent.withdraw_title"), size="4", as_="h3"),
            rx.text(T("consent.withdraw_lead"), size="3"),
            rx.el.ul(
                *[rx.el.li(T(f"consent.withdraw_effect.{effect}"), margin_bottom="6px")
                  for effect in _WITHDRAW_EFFECTS],
                padding_left="22px",
                list_style_type="disc",
                font_size="17px",
                line_height="1.45",
                data_testid="consent-withdraw-effects",
            ),
            big_button(rx.icon("undo-2", size=22), T("consent.withdraw_confirm"),
                       color_scheme="red", width="100%",
                       on_click=HouseholdState.withdraw_consent,
                       data_testid="consent-withdraw-confirm"),
            big_button(T("consent.keep"), variant="outline", width="100%",
                       on_click=HouseholdState.close_withdraw),
            rx.cond(HouseholdState.can_erase, _erase()),
            spacing="3",
            width="100%",
            role="region",
            aria_label=T("consent.withdraw_title"),
            data_testid="consent-withdraw-panel",
        ),
        big_button(rx.icon("undo-2", size=22), T("consent.withdraw"), variant="outline",
                   color_scheme="red", width="100%", on_click=HouseholdState.open_withdraw,
                   data_testid="consent-withdraw"),
    )


def _erase() -> rx.Component:
    """Erasure by the family itself (personal_data.erase_household), confirmed a second time."""
    return rx.cond(
        HouseholdState.erase_open,
        rx.vstack(
            rx.heading(T("consent.erase_title"), size="4", as_="h3"),
            rx.text(T("consent.erase_effects"), size="3"),
            big_button(rx.icon("trash-2", size=22), T("consent.erase_confirm"),
                       color_scheme="red", width="100%",
                       on_click=HouseholdState.erase_household,
                       data_testid="consent-erase-confirm"),
            big_button(T("consent.keep"), variant="outline", width="100%",
                       on_click=HouseholdState.close_erase),
            spacing="3",
            width="100%",
            padding="12px",
            border="2px solid var(--red-8)",
            border_radius="10px",
            role="region",
            aria_label=T("consent.erase_title"),
            data_testid="consent-erase-panel",
        ),
        big_button(rx.icon("trash-2", size=22), T("consent.erase"), variant="ghost",
                   color_scheme="red", width="100%", on_click=HouseholdState.open_erase,
                   data_testid="consent-erase"),
    )
