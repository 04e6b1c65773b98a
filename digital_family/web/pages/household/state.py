"""The household page's state: the household as shown, and every handler.

Answers come in through ``save_changes`` (the phone's outbox, applied exactly once by
``household_changes``); everything else is a form or a button that needs the server.
Every handler re-checks the signed-in account in the domain layer, whatever ids the
browser sends.

Over 500 lines on purpose: one Reflex state, ``HouseholdState``. Splitting it into
substates would change the page's state tree and the state names the offline outbox
(``outbox.offline_copy``) and the benchmarks (``bench/layout.state_name``) address,
and make every handler that reads two parts fetch a second state.
"""

import dataclasses
import json
from datetime import datetime
from typing import Any

import reflex as rx
import segno

from digital_family.base import clock, paging, routes
from digital_family.base.clock import VIETNAM_TIME
from digital_family.base.i18n import t
from digital_family.base.permissions import Action, Target, can
from digital_family.base.validation import ValidationError
from digital_family.base.wards import ward_of
from digital_family.households import (
    access,
    consent,
    consent_rules,
    edits,
    history,
    household_changes,
    invitations,
    personal_data,
    views,
)
from digital_family.programmes import help_requests
from digital_family.ward import settings as ward_settings
from digital_family.web.components import outbox
from digital_family.web.components.visit_form import HelpChoice
from digital_family.web.signed_in import actors
from digital_family.web.state import PageState, SessionState, data_event, ui_event

HELP_ICONS = {
    "vneid": "id-card",
    "public_services": "landmark",
    "epayment": "wallet",
    "smartphone": "smartphone",
    "online_safety": "shield-check",
    "selling_online": "store",
}
REVIEW = "xac-nhan"  # /ho?buoc=xac-nhan: the last step
# The id of a step's heading: links to a step end in #buoc, so React Router's scroll
# restoration puts the heading at the top of the screen.
STEP_TOP = "buoc"


@dataclasses.dataclass
class MemberCard:
    """What the page shows of a member: plain values only."""

    id: int = 0
    full_name: str = ""
    birth_year: int = 0
    age: int = 0
    sex: str = "other"
    occupation: str = "other"
    has_smartphone: bool = False
    has_epayment: bool = False
    vneid_level: int = 0
    skills: list[str] = dataclasses.field(default_factory=list)
    skill_count: int = 0
    has_basic_skills: bool = False
    learning_status: str = "none"
    trader_ecommerce: bool = False
    trader_cashless: bool = False
    trader_digital_savings: bool = False
    entered_by_staff: bool = False
    checked: bool = False  # gone through since the last confirmation


def _card(m, checked: bool = False) -> MemberCard:
    return MemberCard(
        id=m.id, full_name=m.full_name, birth_year=m.birth_year, age=m.age, sex=m.sex,
        occupation=m.occupation, has_smartphone=m.has_smartphone, has_epayment=m.has_epayment,
        vneid_level=m.vneid_level, skills=list(m.skills), skill_count=m.skill_count,
        has_basic_skills=m.has_basic_skills, learning_status=m.learning_status,
        trader_ecommerce=m.trader_ecommerce, trader_cashless=m.trader_cashless,
        trader_digital_savings=m.trader_digital_savings,
        entered_by_staff=m.updated_by_role not in (None, "resident"),
        checked=checked,
    )


@dataclasses.dataclass
class RequestCard:
    """A help request as the family sees it."""

    id: int = 0
    member_id: int = 0
    member_name: str = ""
    topic: str = ""
    status: str = ""
    outcome: str = ""
    created: str = ""
    helper: str = ""


@dataclasses.dataclass
class HistoryLine:
    """One line of the family's history: when, who, what (in words)."""

    id: int = 0
    when: str = ""
    who: str = ""
    what: str = ""


HISTORY_PAGE = 10


def visit_choices(members: list[MemberCard], say) -> list[HelpChoice]:
    """The visit form's "who was helped with what": each person and what they lack (as the
    week's plan names it)."""
    choices = []
    for m in members:
        lacks = []
        if m.age >= views.VNEID_AGE and m.vneid_level < 2:
            lacks.append("vneid")
        if m.age >= views.ADULT_AGE:
            lacks += [code for code, has in (("smartphone", m.has_smartphone),
                                             ("epayment", m.has_epayment),
                                             ("skills", m.has_basic_skills)) if not has]
        choices += [HelpChoice(f"helped:{m.id}:{code}",
                               f"{m.full_name}: {say(f'visit.topic.{code}')}") for code in lacks]
    return choices


def _date(moment: datetime | None) -> str:
    return moment.astimezone(VIETNAM_TIME).strftime("%d/%m/%Y") if moment else ""


class HouseholdState(PageState, SessionState):
    """One household as its page shows it."""

    household_id: rx.Field[int] = rx.field(0)
    code: rx.Field[str] = rx.field("")
    address: rx.Field[str] = rx.field("")
    group_name: rx.Field[str] = rx.field("")
    version: rx.Field[int] = rx.field(0)
    confirmed_on: rx.Field[str] = rx.field("")
    members: rx.Field[list[MemberCard]] = rx.field(default_factory=list)
    progress: rx.Field[list[str]] = rx.field(default_factory=list)
    skill_threshold: rx.Field[int] = rx.field(5)
    skills_needed: rx.Field[str] = rx.field("")
    editing_id: rx.Field[int] = rx.field(0)
    adding: rx.Field[bool] = rx.field(False)
    can_invite: rx.Field[bool] = rx.field(False)
    invitation_code: rx.Field[str] = rx.field("")
    invitation_qr: rx.Field[str] = rx.field("")
    invitation_expires: rx.Field[str] = rx.field("")
    requests: rx.Field[list[RequestCard]] = rx.field(default_factory=list)
    # the member and topic of the help request being confirmed
    help_member: rx.Field[int] = rx.field(0)
    help_topic: rx.Field[str] = rx.field("")
    notice_seq: rx.Field[int] = rx.field(0)  # restarts the notice's fade-out
    # consent (digital_family.households.consent): the notice instead of the questions until given
    consent_status: rx.Field[str] = rx.field("")  # "none", "given" or "withdrawn"
    # this account must consent before anything is saved
    consent_needed: rx.Field[bool] = rx.field(False)
    consent_verbal: rx.Field[bool] = rx.field(False)  # a leader records an adult's spoken consent
    consent_line: rx.Field[str] = rx.field("")  # when and by whom, in words
    # consented to an older notice (consent.NOTICE_HISTORY): what changed, and asked again;
    # meanwhile everything the old consent allowed goes on as before
    consent_renew: rx.Field[bool] = rx.field(False)
    # this account renews here (the family; a leader: verbal)
    consent_renew_form: rx.Field[bool] = rx.field(False)
    consent_renew_line: rx.Field[str] = rx.field("")
    consent_changes: rx.Field[list[str]] = rx.field(default_factory=list)
    # the adult who consented last (the renewal form starts with it)
    consent_adult: rx.Field[str] = rx.field("")
    can_withdraw: rx.Field[bool] = rx.field(False)
    withdraw_open: rx.Field[bool] = rx.field(False)
    # the family erases its own household (personal_data)
    can_erase: rx.Field[bool] = rx.field(False)
    erase_open: rx.Field[bool] = rx.field(False)
    history: rx.Field[list[HistoryLine]] = rx.field(default_factory=list)
    history_page: rx.Field[int] = rx.field(0)  # 0: not shown; pages count from 1
    history_more: rx.Field[bool] = rx.field(False)
    # "Ghi lần thăm" (visit_form): a leader records his visit here; the form opens, chooses
    # and closes on the phone, its record goes through the outbox
    can_visit: rx.Field[bool] = rx.field(False)
    recording: rx.Field[int] = rx.field(0)
    outcome: rx.Field[str] = rx.field("")
    today: rx.Field[str] = rx.field("")
    visit_choices: rx.Field[list[HelpChoice]] = rx.field(default_factory=list)
    # the last acknowledgement of the phone's outbox (outbox.next_ack), in the tap's own
    # update rather than a script sent after it; outbox.sync hands it to the outbox
    outbox_ack: rx.Field[dict[str, Any]] = rx.field(default_factory=dict)
    # the people an answer changed, sent in place of the whole list (``_update_members``):
    # outbox.sync puts them into ``members`` on the phone
    member_updates: rx.Field[list[MemberCard]] = rx.field(default_factory=list)

    def _say(self, message: str, tone: str = "green") -> None:
        super()._say(message, tone)
        self.notice_seq += 1

    def _keep(self, **values) -> None:
        """Assign only what changed, so a save sends back only that."""
        for name, value in values.items():
            if getattr(self, name) != value:
                setattr(self, name, value)
                if name == "members" and self.member_updates:
                    self.member_updates = []  # the whole list goes: nothing to put in it

    def _update_members(self, members: list[MemberCard], updated: list[MemberCard]) -> None:
        """``members`` as the server holds them, of which only ``updated`` (the people a
        tap changed) is sent: the phone puts them into its list (outbox.sync), so a tap's
        update carries one person, not the family (issue 21).

        Reflex sends a var whole whenever it is assigned; ``members`` is kept here (a page
        state written back, a reconnect sends it whole) but left out of this update. At
        every moment ``member_updates`` holds what ``members`` holds for those people, so
        putting them in again changes nothing."""
        going = "members" in self.dirty_vars  # already sent whole in this update
        self.members = members
        if not going:
            self.dirty_vars.discard("members")
        pending = {m.id: m for m in (self.get_value("member_updates")
                                     if "member_updates" in self.dirty_vars else [])}
        pending.update((m.id, m) for m in updated)
        self.member_updates = list(pending.values())

    # Loading

    def _progress_lines(self, members: list[MemberCard]) -> list[str]:
        adults = [m for m in members if m.age >= views.ADULT_AGE]
        age16 = [m for m in members if m.age >= views.VNEID_AGE]
        learners = sum(m.learning_status in ("enrolled", "completed") for m in members)
        lines = []
        if adults:
            lines += [
                self._t("progress.vneid", n=sum(m.vneid_level >= 1 for m in age16),
                        total=len(age16)),
                self._t("progress.smartphone", n=sum(m.has_smartphone for m in adults),
                        total=len(adults)),
                self._t("progress.epayment", n=sum(m.has_epayment for m in adults),
                        total=len(adults)),
                self._t("progress.skills", n=sum(m.has_basic_skills for m in adults),
                        total=len(adults)),
            ]
        lines.append(self._t("progress.learning_yes" if learners else "progress.learning_no",
                             n=learners))
        return lines

    def _show(self, view, checked: frozenset[int], threshold: int) -> None:
        members = [_card(m, m.id in checked) for m in view.members]
        self._keep(
            household_id=view.id, code=view.code, address=view.address,
            group_name=view.group_name, version=view.version,
            confirmed_on=_date(view.confirmed_at), members=members,
            progress=self._progress_lines(members), skill_threshold=threshold,
            skills_needed=self._t("member.skills_needed", n=threshold),
            visit_choices=visit_choices(members, self._t),
        )

    def _show_requests(self, found) -> None:
        self._keep(requests=[
            RequestCard(
                id=r.id, member_id=r.member_id, member_name=r.member_name, topic=r.topic,
                status=r.status, outcome=r.outcome or "", created=_date(r.created_at),
                helper=r.claimed_by_name or "",
            )
            for r in found
        ])

    async def _load(self, actor, household_id) -> None:
        def read(session):
            view = views.load_household(session, actor, household_id)
            checked = household_changes.checked_members(session, actor, view.id,
                                                        since=view.confirmed_at)
            return (view, checked, ward_settings.skill_threshold(session, ward_of(session, actor)),
                    help_requests.household_requests(session, actor, view.id),
                    consent.consent_status(session, actor, view.id))

        view, checked, threshold, requests, agreed = await self._db(read)
        self._show_consent(actor, agreed)
        self.can_invite = can(actor, Action.INVITE_HOUSEHOLD,
                              Target(household_id=view.id, group_id=view.group_id,
                                     ward_id=actor.ward_id))
        self._show(view, checked, threshold)
        self._show_requests(requests)
        self._keep(editing_id=0, adding=False, help_topic="", help_member=0)
        self._page_ready()

    def _show_consent(self, actor, view) -> None:
        gated = actor.role in ("resident", "group_leader")
        if view.status == consent_rules.WITHDRAWN:
            line = self._t("consent.withdrawn_on", date=_date(view.withdrawn_at))
        elif view.status == consent_rules.GIVEN and view.channel == consent_rules.VERBAL and (
                actor.role == "resident"):
            line = self._t("consent.verbal_recorded", leader=view.given_by,
                           name=view.adult_name, date=_date(view.given_at))
        elif view.status == consent_rules.GIVEN:
            line = self._t("consent.given_on", date=_date(view.given_at), name=view.adult_name)
        else:
            line = ""
        renew = gated and view.renewal_needed and view.allows(actor.role)
        renew_form = renew and (actor.role == "resident" or view.channel == consent.VERBAL)
        self._keep(
            consent_renew=renew, consent_renew_form=renew_form,
            consent_renew_line=(self._t("consent.renew_lead", date=_date(view.given_at))
                                if renew_form else
                                self._t("consent.renew_leader") if renew else ""),
            consent_changes=([self._t(key) for key in consent.changes_since(view.notice_version)]
                             if renew else []),
            consent_adult=view.adult_name if renew_form else "")
        self._keep(consent_status=view.status, consent_line=line,
                   consent_needed=gated and not view.allows(actor.role),
                   consent_verbal=actor.role == "group_leader",
                   # the family's own action: a leader entering for it does not see it
                   can_withdraw=actor.role == "resident" and view.status == consent_rules.GIVEN,
                   withdraw_open=False,
                   can_erase=actor.role == "resident", erase_open=False,
                   can_visit=actor.role == "group_leader",
                   today=clock.vietnam_date().isoformat())

    @data_event
    async def give_consent(self, actor, form: dict):
        if not form.get("agree"):
            self.errors = {"agree": self._t("consent.tick_needed")}
            return
        household_id = self.household_id
        await self._db(lambda s: consent.give_consent(
            s, actor, household_id, adult_name=form.get("adult_name", ""),
            notice_version=str(form.get("notice_version", ""))))
        await self._load(actor, household_id)
        self._say(self._t("consent.given"))

    @ui_event
    def open_withdraw(self):
        self.withdraw_open = True

    @ui_event
    def close_withdraw(self):
        self.withdraw_open = False

    @ui_event
    def open_erase(self):
        self.erase_open = True

    @ui_event
    def close_erase(self):
        self.erase_open = False

    @data_event
    async def erase_household(self, actor):
        """The family erases its household for good; its account goes with it."""
        household_id = self.household_id
        await self._db(lambda s: personal_data.erase_household(s, actor, household_id))
        actors.drop(self._raw_token())  # the account is gone: forget it at once
        await self._switch_account("")
        return rx.redirect(routes.OVERVIEW)

    @data_event
    async def withdraw_consent(self, actor):
        household_id = self.household_id
        await self._db(lambda s: consent.withdraw_consent(s, actor, household_id))
        if actor.role == "group_leader":  # the household is hidden from leaders now
            return rx.redirect(routes.HOUSEHOLDS)
        await self._load(actor, household_id)
        self._say(self._t("consent.withdrawn"))

    def _send_kept_changes(self):
        """Ask the phone for what it still keeps (after a reload or a reconnect)."""
        return rx.call_script(outbox.pending(), callback=HouseholdState.save_changes)

    @data_event(load=True)
    async def load_mine(self, actor):
        household_id = access.household_id_for(actor)
        if household_id is None:
            return rx.redirect(routes.HOUSEHOLDS)
        await self._load(actor, household_id)
        return self._send_kept_changes()

    @data_event(load=True)
    async def load_by_id(self, actor):
        await self._load(actor, getattr(self, "ho_id", ""))  # the route's, added by Reflex
        return self._send_kept_changes()

    async def _on_stale(self, actor) -> None:
        await self._load(actor, self.household_id)

    # Answers: kept on the phone, sent until acknowledged, applied once

    @data_event
    async def save_changes(self, actor, changes: list):
        if not changes:
            return None  # the phone keeps nothing (the usual answer after a load)
        return await self._save_kept(actor, changes)

    async def _save_kept(self, actor, changes: list):
        # class sign-ups go out with the classes' own load (household/classes.py), which
        # shows what became of them beside each person: left on the phone here
        changes = [c for c in changes if not outbox.is_kind(c, "signup")]
        if not changes:
            return None
        outcomes, ack = await outbox.apply_kept(self, actor, changes)
        # acknowledged even if what follows fails: these are applied
        self.outbox_ack = outbox.next_ack(self.outbox_ack, ack)
        stale = any(o.status == "conflict" or isinstance(o.error, edits.StaleVersionError)
                    for o in outcomes)
        for outcome in outcomes:
            if outcome.status not in ("refused", "conflict"):
                self._take(outcome)
        if any(o.kind == "visit" and o.status == "applied"
               and o.household_id == self.household_id for o in outcomes):
            self._say(self._t("week.visit_saved"))
            if self.history_page:
                await self._history(actor, 1)
        # a person added on the phone: the page shows them as the server has them
        stale = stale or any(o.kind == "add" and o.status == "applied"
                             and o.household_id == self.household_id for o in outcomes)
        if stale and self.loaded:
            notice = self.notice, self.notice_tone
            await self._load(actor, self.household_id)
            if notice[1] == "amber":  # a conflict: said by apply_kept
                self._say(*notice)
            else:
                self._say(self._t("household.stale"), "amber")
        return None

    def _take(self, outcome) -> None:
        """Show what a change did, if this page shows that household."""
        if not self.loaded or outcome.household_id not in (None, self.household_id):
            return
        if outcome.version is not None and outcome.version > self.version:
            self.version = outcome.version
        if outcome.kind == "confirm" and outcome.confirmed_at is not None:
            self.confirmed_on = _date(outcome.confirmed_at)
            # a new round: nobody is "gone through" since this confirmation
            self._keep(members=[dataclasses.replace(m, checked=False) for m in self.members])
            return
        changed, updated = [], []
        for m in self.get_value("members"):
            card = m
            if m.id != outcome.member_id:
                pass
            elif outcome.kind == "checked":
                card = dataclasses.replace(m, checked=True)
            elif outcome.member is not None:  # an answer: the person is gone through
                card = _card(outcome.member, m.checked or outcome.kind == "set")
            changed.append(card)
            if card != m:
                updated.append(card)
        if updated:
            self._update_members(changed, updated)
            self._keep(progress=self._progress_lines(changed))

    # A member's name, year, sex and occupation; adding and removing people

    @ui_event
    def start_edit(self, member_id: int):
        self.editing_id, self.errors, self.adding = int(member_id), {}, False

    @ui_event
    def cancel_edit(self):
        self.editing_id, self.adding, self.errors = 0, False, {}

    def _step_of(self, member_id: int) -> str:
        index = next((i for i, m in enumerate(self.members) if m.id == member_id), None)
        return f"?nguoi={index + 1}#{STEP_TOP}" if index is not None else "?"

    async def _write(self, actor, change) -> None:
        """Run ``change(session, actor)`` → HouseholdView and show it."""
        household_id = self.household_id
        view = await self._db(lambda s: change(s, actor))
        checked = await self._db(lambda s: household_changes.checked_members(
            s, actor, household_id, since=view.confirmed_at))
        self._show(view, checked, self.skill_threshold)

    @data_event
    async def save_details(self, actor, form: dict):
        member_id, version = int(self.editing_id), self.version
        await self._write(actor, lambda s, a: edits.update_member(
            s, a, member_id, expected_version=version,
            full_name=form.get("full_name", ""), birth_year=form.get("birth_year", ""),
            sex=form.get("sex", ""), occupation=form.get("occupation", ""),
        ))
        self.editing_id = 0
        self._say(self._t("member.saved"))
        # a new birth year can move the person in the list: follow them
        return rx.redirect(self._step_of(member_id), replace=True)

    @data_event
    async def add_member(self, actor, form: dict):
        if isinstance(form.get("kept"), list):  # added offline: what the phone keeps
            return await self._save_kept(actor, form["kept"])
        household_id, version = self.household_id, self.version
        before = {m.id for m in self.members}
        try:
            await self._write(actor, lambda s, a: edits.add_member(
                s, a, household_id, expected_version=version,
                full_name=form.get("full_name", ""), birth_year=form.get("birth_year", ""),
                sex=form.get("sex", ""), occupation=form.get("occupation", "other"),
            ))
        except ValidationError as exc:
            # the add form's fields, not the edit form's
            raise ValidationError("add." + exc.field, exc.key, **exc.params) from exc
        self.adding = False
        added = next((m.id for m in self.members if m.id not in before), 0)
        self._say(self._t("member.added"))
        # the new person's questions straight away; the form (opened on the phone) closed
        return [rx.call_script(outbox.local_script(HouseholdState, adding=False)),
                rx.redirect(self._step_of(added))]

    @data_event
    async def remove_member(self, actor, member_id: int):
        member_id, version = int(member_id), self.version
        self.editing_id = 0
        await self._write(actor, lambda s, a: edits.remove_member(
            s, a, member_id, expected_version=version))
        self._say(self._t("member.removed"))
        return rx.redirect("?", replace=True)

    # Help from a Digital Ambassador: choose a topic, then confirm

    @ui_event
    def choose_help(self, member_id: int, topic: str):
        if str(topic) in HELP_ICONS:
            self.help_member, self.help_topic = int(member_id), str(topic)

    @ui_event
    def close_help(self, is_open: bool = False):
        if not is_open:
            self.help_member, self.help_topic = 0, ""

    async def _reload_requests(self, actor) -> None:
        household_id = self.household_id
        self._show_requests(await self._db(
            lambda s: help_requests.household_requests(s, actor, household_id)))

    @data_event
    async def ask_help(self, actor, form: dict):
        member_id, topic = self.help_member, self.help_topic
        note = str(form.get("note", ""))[:300] or None
        when = str(form.get("time", ""))[:100] or None
        await self._db(lambda s: help_requests.create_request(
            s, actor, member_id=member_id, topic=topic, note=note, preferred_time=when))
        self.help_member, self.help_topic = 0, ""
        await self._reload_requests(actor)
        self._say(self._t("help.sent"))

    @data_event
    async def cancel_help(self, actor, request_id: int):
        request_id = int(request_id)
        await self._db(lambda s: help_requests.cancel_request(s, actor, request_id))
        await self._reload_requests(actor)
        self._say(self._t("help.cancelled"))

    @data_event
    async def issue_invitation(self, actor):
        household_id = self.household_id
        issued = await self._db(lambda s: invitations.issue_invitation(
            s, actor, household_id=household_id))
        origin = self.router.url.origin or ""
        link = origin + invitations.invitation_url_path(issued.code)
        self.invitation_code = issued.code
        self.invitation_qr = segno.make(link, error="m").svg_data_uri(scale=5, border=2)
        self.invitation_expires = issued.expires_at.astimezone(VIETNAM_TIME).strftime(
            "%H:%M %d/%m/%Y")

    # The family's data: its history, a copy of everything, erasing one person

    @data_event
    async def show_history(self, actor, page: int = 1):
        await self._history(actor, page)

    async def _history(self, actor, page) -> None:
        page = min(paging.page_number(page), 10_000)
        household_id, lang = self.household_id, self.lang
        found = await self._db(lambda s: history.household_history(
            s, actor, household_id, lang=lang, limit=HISTORY_PAGE + 1,
            offset=paging.offset(page, HISTORY_PAGE)))
        self.history = [
            HistoryLine(id=item.id, when=item.at.astimezone(VIETNAM_TIME).strftime("%d/%m/%Y"),
                        who=item.who, what=item.what)
            for item in found[:HISTORY_PAGE]
        ]
        self.history_page, self.history_more = page, len(found) > HISTORY_PAGE

    @ui_event
    def hide_history(self):
        self.history, self.history_page, self.history_more = [], 0, False

    @data_event
    async def download_data(self, actor):
        household_id, lang = self.household_id, self.lang
        data = await self._db(lambda s: personal_data.export_household(
            s, actor, household_id, lang=lang), slow=True)
        self._say(self._t("privacy.downloaded"))
        return rx.download(
            data=json.dumps(data, ensure_ascii=False, indent=2),
            filename=f"gia-dinh-so-{data['household']['code']}.json",
            mime_type="application/json",
        )

    @data_event
    async def erase_member(self, actor, member_id: int):
        member_id, household_id = int(member_id), self.household_id
        self.editing_id = 0
        await self._db(lambda s: personal_data.erase_member(s, actor, member_id))
        await self._load(actor, household_id)
        if self.history_page:
            self.history, self.history_page = [], 0
        self._say(self._t("privacy.member_erased"))
        return rx.redirect("?", replace=True)


class _Copy:
    """A household as its page state would hold it, made without a page (for the copy a
    leader's phone keeps of his planned households): the page's own methods fill it."""

    _show = HouseholdState.__dict__["_show"]
    _show_consent = HouseholdState.__dict__["_show_consent"]
    _progress_lines = HouseholdState.__dict__["_progress_lines"]

    def __init__(self, lang: str):
        self.lang, self.fields = lang, {}

    def _t(self, key: str, **params) -> str:
        return t(key, self.lang, **params)

    def _keep(self, **values) -> None:
        self.fields.update(values)


def offline_copy(session, actor, household_id: int, lang: str) -> dict:
    """The household page's update for ``household_id`` as ``actor`` may see it
    (``views.load_household``: checked and logged as any opening), for his phone to show
    offline: what ``_load`` shows, with nothing that needs the network open."""
    view = views.load_household(session, actor, household_id)
    checked = household_changes.checked_members(session, actor, view.id,
                                                since=view.confirmed_at)
    copy = _Copy(lang)
    copy._show_consent(actor, consent.consent_status(session, actor, view.id))
    copy._show(view, checked, ward_settings.skill_threshold(session, ward_of(session, actor)))
    fields = copy.fields
    fields["members"] = [dataclasses.asdict(m) for m in fields["members"]]
    fields["visit_choices"] = [dataclasses.asdict(c) for c in fields["visit_choices"]]
    fields.update(loaded=True, denied=False, denied_message="", can_invite=False,
                  requests=[], editing_id=0, adding=False, help_topic="", help_member=0,
                  invitation_code="", history=[], history_page=0, notice="", recording=0,
                  outcome="")
    return outbox.delta(HouseholdState, **fields)
