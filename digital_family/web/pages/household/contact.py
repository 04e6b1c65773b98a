"""The household's address and contact phone, changed in a small form under the
heading: by its leader, an admin or the family itself (``edits.update_household``
checks who; ward staff read households but do not edit them)."""

import reflex as rx

from digital_family.households import edits, views
from digital_family.web.components import outbox
from digital_family.web.components.controls import TOUCH, big_button, field, text_input
from digital_family.web.pages.household.state import HouseholdState
from digital_family.web.state import SessionState, T, data_event, ui_event


class ContactState(HouseholdState):
    """The form's state; the household itself (id, version, address) is the page's."""

    contact_open: bool = False
    contact_phone: str = ""  # as stored, shown in the form

    @data_event
    async def open_contact(self, actor):
        household_id = self.household_id
        address, phone = await self._db(
            lambda s: views.contact_details(s, actor, household_id))
        self.address, self.contact_phone, self.contact_open = address, phone or "", True

    @ui_event
    def close_contact(self):
        self.contact_open = False

    @data_event
    async def save_contact(self, actor, form: dict):
        household_id, version = self.household_id, self.version
        address, phone = str(form.get("address", "")), str(form.get("phone", ""))
        await self._db(lambda s: edits.update_household(
            s, actor, household_id, expected_version=version, address=address, phone=phone))
        await self._load(actor, household_id)
        self.contact_open = False
        self._say(self._t("household.contact.saved"))


def contact_section() -> rx.Component:
    """The button that opens the form, or the form (not for ward staff)."""
    errors = ContactState.errors
    form = rx.form(
        rx.vstack(
            rx.heading(T("household.contact.title"), size="5", as_="h2"),
            field(T("households.address"),
                  text_input("address", default_value=ContactState.address,
                             auto_complete="street-address"),
                  errors.get("address", "")),
            field(T("households.phone"),
                  text_input("phone", type="tel", default_value=ContactState.contact_phone,
                             auto_complete="tel"),
                  errors.get("phone", "")),
            rx.hstack(
                big_button(T("common.save"), type="submit", disabled=outbox.offline,
                           data_testid="contact-save"),
                big_button(T("common.cancel"), type="button", variant="outline",
                           on_click=ContactState.close_contact),
                spacing="3",
                wrap="wrap",
            ),
            spacing="3",
            width="100%",
        ),
        on_submit=ContactState.save_contact,
        reset_on_submit=False,
        width="100%",
        data_testid="contact-form",
    )
    opener = rx.button(
        rx.icon("map-pin", size=20), T("household.contact.edit"),
        variant="outline", size="3", high_contrast=True, min_height=TOUCH,
        on_click=ContactState.open_contact, data_testid="contact-edit",
    )
    return rx.cond(
        SessionState.user_role == "ward_staff",
        rx.fragment(),
        rx.cond(ContactState.contact_open, rx.card(form, width="100%"), rx.box(opener)),
    )
