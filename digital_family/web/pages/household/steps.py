"""Where you are in the household flow, read from the URL in the browser.

``/ho`` is the family, ``/ho?nguoi=2`` the second person, ``/ho?buoc=xac-nhan`` the last
step: moving between them is a link, so it needs no server, works offline and
survives a reload or a reconnect.
"""


import reflex as rx
from reflex.vars import VarData
from reflex_base.utils.imports import ImportVar
from reflex_base.vars.base import Var

from digital_family.web.components import outbox
from digital_family.web.components.controls import (
    big_button,
)
from digital_family.web.pages.household.state import REVIEW, STEP_TOP, HouseholdState

SEARCH = VarData(imports={"react-router": [ImportVar(tag="useSearchParams")]},
                  hooks={"const [gdsSearch] = useSearchParams();": None})
step_index = Var(_js_expr="(parseInt(gdsSearch.get('nguoi') ?? '0', 10) - 1)",
             _var_data=SEARCH).to(int)
on_review = Var(_js_expr=f"(gdsSearch.get('buoc') === '{REVIEW}')", _var_data=SEARCH).to(bool)
member_count = HouseholdState.members.length()
on_member = (step_index >= 0) & (step_index < member_count)
current_member = outbox.merged(HouseholdState.members[step_index], HouseholdState.skill_threshold)
family = outbox.merged_all(HouseholdState.members, HouseholdState.skill_threshold)
first_unchecked = Var(
    _js_expr=f"{family!s}.findIndex((m) => !m.checked)",
    _var_data=family._get_all_var_data()).to(int)
# Someone has been gone through since the last confirmation (or there never was one):
# then whoever has not been is pointed out.
in_round = Var(
    _js_expr=f"{family!s}.some((m) => m.checked)",
    _var_data=family._get_all_var_data()).to(bool) | (HouseholdState.confirmed_on == "")


def member_href(index: Var) -> Var:
    """The link to member ``index`` (0-based)."""
    return "?nguoi=" + (index.to(int) + 1).to_string() + f"#{STEP_TOP}"


def step_href(index: Var) -> Var:
    """The link to member ``index`` (0-based), or to the last step past the end."""
    return rx.cond(index.to(int) < member_count, member_href(index),
                   f"?buoc={REVIEW}#{STEP_TOP}")


def link_button(*children, href, primary: bool = True, **props) -> rx.Component:
    """A link that looks like a big button (moving between steps needs no server)."""
    return rx.link(
        big_button(*children, as_="span", width="100%", padding_x="12px",
                   **({} if primary else {"variant": "outline"})),
        href=href,
        underline="none",
        width="100%",
        display="block",
        **props,
    )
