"""Ward administration: targets, register import and export, groups, staff accounts.

Over 500 lines on purpose: one page, its state beside its components (targets,
import/export, groups, staff accounts are sections of the same screen).
"""

import tempfile
from pathlib import Path

import reflex as rx

from digital_family.access import uploads
from digital_family.base import routes, table_import
from digital_family.base.formatting import format_percent
from digital_family.base.i18n import t
from digital_family.base.permissions import Action, can, require
from digital_family.base.wards import ward_of
from digital_family.campaign import register, register_export, staff_accounts, ward_admin
from digital_family.ward import settings as ward_settings
from digital_family.web.components.controls import TOUCH, big_button, callout, field, text_input
from digital_family.web.components.layout import gated, page_shell
from digital_family.web.http_headers import MAX_UPLOAD_BYTES
from digital_family.web.pages import admin_alerts, admin_api, admin_privacy
from digital_family.web.signed_in import forget_all
from digital_family.web.state import (
    PageState,
    SessionState,
    T,
    data_event,
    ui_event,
    upload_event,
)


class AdminState(PageState, SessionState):
    """What ward staff manage; every handler re-checks the account's rights."""

    DENIED_KEY = "denied.admin"

    targets: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    threshold: rx.Field[int] = rx.field(5)
    history: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    groups: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    staff: rx.Field[list[dict[str, str]]] = rx.field(default_factory=list)
    # The roles this account may give: "admin" only when it may manage admins
    # (ward_admin refuses it too; this only keeps the page from offering it).
    roles_offered: rx.Field[list[str]] = rx.field(default_factory=list)
    import_errors: rx.Field[list[str]] = rx.field(default_factory=list)
    import_summary: rx.Field[str] = rx.field("")
    # the group the register export is limited to ("" the ward)
    export_group: rx.Field[str] = rx.field("")
    _upload_ticket: str = ""  # uploads.keep's ticket for the file import_register takes
    _upload_name: str = ""
    # the form whose action the notice answers: shown beside it
    notice_at: rx.Field[str] = rx.field("")
    # bumped after each action: the boxes show the stored values again
    form_round: rx.Field[int] = rx.field(0)

    @data_event(load=True)
    async def load(self, actor):
        self.errors, self.notice, self.import_errors, self.import_summary = {}, "", [], ""
        actor = require(actor, Action.EDIT_TARGETS)
        await self._refresh(actor)
        self._page_ready()

    async def _refresh(self, actor) -> None:
        if can(actor, Action.IMPORT_EXPORT):
            # this tab may upload a register (checked before an upload's body is read)
            client_token = self.router.session.client_token
            await self._db(lambda s: uploads.grant(s, actor, client_token))

        def read(session):
            return (
                ward_admin.targets_table(session, actor),
                ward_settings.skill_threshold(session, ward_of(session, actor)),
                ward_admin.change_history(session, actor, limit=20),
                ward_admin.list_groups(session, actor),
                staff_accounts.staff_accounts(session, actor).accounts,
            )

        targets, self.threshold, history, groups, staff = await self._db(read)
        admins_too = staff_accounts.can_manage_admins(actor)
        self.roles_offered = [r for r in staff_accounts.STAFF_ROLES if admins_too or r != "admin"]
        self.targets = [
            {"code": r.code, "target": "" if r.target is None else format_percent(r.target),
             "default": "" if r.default is None else format_percent(r.default),
             "is_default": "1" if r.is_default else ""}
            for r in targets
        ]
        self.history = [
            {"at": h.at.strftime("%d/%m/%Y %H:%M"), "who": h.user_name or "—",
             "what": f"{h.entity} {h.key}",
             "change": f"{h.old_value or '—'} → {h.new_value or '—'}"}
            for h in history
        ]
        self.groups = [
            {"code": g.code, "name": g.name, "households": str(g.households),
             "leaders": ", ".join(g.leaders)}
            for g in groups
        ]
        self.staff = [
            {"phone": u.phone, "name": u.full_name, "role": u.role,
             "groups": ", ".join(u.group_codes), "active": "1" if u.is_active else "",
             "locked_to_me": "" if admins_too or u.role != "admin" else "1",
             "open_classes": "1" if u.may_open_classes else ""}
            for u in staff
        ]

    async def _run(self, actor, action: Action, change, *, at: str,
                   accounts: bool = False) -> None:
        """Check the right, run ``change(session, actor)``, say so beside the form
        ``at``, refresh. A refused value does not stay in its box."""
        self.notice, self.notice_at = "", at
        self.form_round += 1
        actor = require(actor, action)
        await self._db(lambda s: change(s, actor))
        if accounts:
            forget_all()  # roles and locks take effect at once, in every worker and server
        self._say(self._t("admin.saved"))
        await self._refresh(actor)

    @data_event
    async def save_target(self, actor, form: dict):
        code, value = str(form.get("code", "")), form.get("target", "")
        await self._run(actor, Action.EDIT_TARGETS,
                        lambda s, a: ward_admin.set_target(s, a, code, value),
                        at="target-" + code)

    @data_event
    async def reset_target(self, actor, code: str):
        await self._run(actor, Action.EDIT_TARGETS,
                        lambda s, a: ward_admin.reset_target(s, a, str(code)),
                        at="target-" + str(code))

    @data_event
    async def save_threshold(self, actor, form: dict):
        value = form.get("threshold")
        await self._run(actor, Action.EDIT_TARGETS,
                        lambda s, a: ward_admin.set_skill_threshold(s, a, value),
                        at="threshold")

    @data_event
    async def create_group(self, actor, form: dict):
        code, name = str(form.get("code", "")), str(form.get("name", ""))
        await self._run(actor, Action.MANAGE_GROUPS,
                        lambda s, a: ward_admin.create_group(s, a, code=code, name=name),
                        at="create-group")

    @data_event
    async def rename_group(self, actor, form: dict):
        code, name = str(form.get("group_code", "")), str(form.get("name", ""))
        await self._run(actor, Action.MANAGE_GROUPS,
                        lambda s, a: ward_admin.rename_group(s, a, code, name=name),
                        at="rename-group")

    @data_event
    async def set_role(self, actor, form: dict):
        phone, role = str(form.get("phone", "")), str(form.get("role", ""))
        await self._run(actor, Action.MANAGE_USERS,
                        lambda s, a: staff_accounts.set_role(s, a, phone, role), accounts=True,
                        at="set-role")

    @data_event
    async def assign_leader(self, actor, form: dict):
        code, phone = str(form.get("group_code", "")), str(form.get("phone", ""))
        await self._run(actor, Action.MANAGE_GROUPS,
                        lambda s, a: ward_admin.assign_leader(s, a, code, phone),
                        accounts=True, at="assign-leader")

    @data_event
    async def create_staff(self, actor, form: dict):
        groups = [g.strip() for g in str(form.get("groups", "")).split(",") if g.strip()]
        phone, name = str(form.get("phone", "")), str(form.get("name", ""))
        role, password = str(form.get("role", "")), str(form.get("password", ""))
        await self._run(
            actor, Action.MANAGE_USERS, lambda s, a: staff_accounts.create_staff_account(
                s, a, phone=phone, full_name=name, role=role, password=password,
                group_codes=groups), at="create-staff")

    @data_event
    async def set_active(self, actor, phone: str, active: bool):
        phone, active = str(phone), bool(active)
        await self._run(actor, Action.MANAGE_USERS,
                        lambda s, a: staff_accounts.set_active(s, a, phone, active), accounts=True,
                        at="staff-" + phone)

    @data_event
    async def set_may_open_classes(self, actor, phone: str, allowed: bool):
        phone, allowed = str(phone), allowed is True
        await self._run(actor, Action.MANAGE_USERS,
                        lambda s, a: staff_accounts.set_may_open_classes(s, a, phone, allowed),
                        accounts=True, at="staff-" + phone)

    @ui_event
    def upload_refused(self, rejections: list):
        """The picker refused the file (not .csv or .xlsx, or more than one)."""
        self.import_summary, self.notice = "", ""
        self.import_errors = [self._t("error.import.file_type")]

    @upload_event
    async def upload_register(self, files: list[rx.UploadFile]):
        """Keep the file; import_register (over the tab's socket) imports it."""
        if not files:
            # the picker refused the file: upload_refused says so (this may come after it)
            return
        upload = files[0]
        data = await upload.read()
        if len(data) > MAX_UPLOAD_BYTES:
            self.import_errors, self.import_summary, self.notice = (
                [self._t("admin.too_big")],
                "",
                "",
            )
            return
        client_token = self.router.session.client_token
        ticket = await self._db(lambda s: uploads.keep(s, client_token, data), slow=True)
        if ticket is None:  # no upload slot for this tab (checked before, too)
            return
        self._upload_name = Path(upload.name or upload.filename or "").name
        self._upload_ticket = ticket
        return AdminState.import_register

    @data_event
    async def import_register(self, actor):
        actor = require(actor, Action.IMPORT_EXPORT)
        self.import_errors, self.import_summary, self.notice = [], "", ""
        ticket, name = self._upload_ticket, self._upload_name
        self._upload_ticket = self._upload_name = ""
        data = await self._db(lambda s: uploads.take(s, actor, ticket), slow=True)
        if data is None:
            return
        try:
            summary = await self._db(lambda s: register.import_register(
                s, actor, data, name=name, max_rows=register.MAX_UPLOAD_ROWS),
                                    slow=True)
        except table_import.ImportRefused as exc:
            self.import_errors = [e.text(self.lang) for e in exc.errors[:200]]
            return
        self.import_summary = self._t(
            "admin.imported", rows=summary.rows, households=summary.households_created,
            members=summary.members_created, updated=summary.members_updated,
        )
        await self._refresh(actor)

    @ui_event
    def choose_export_group(self, code: str):
        self.export_group = str(code)[:20]

    @data_event
    async def export(self, actor, fmt: str, group_code: str = ""):
        actor = require(actor, Action.IMPORT_EXPORT)
        fmt = "xlsx" if fmt == "xlsx" else "csv"
        group_code = str(group_code)

        def write(session) -> bytes:
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / f"so-nhan-khau.{fmt}"
                register_export.export_register(session, actor, path, fmt=fmt,
                                         group_code=group_code or None)
                return path.read_bytes()

        try:
            data = await self._db(write, slow=True)
        except LookupError:
            self.errors = {"form": self._t("admin.unknown_group")}
            return
        suffix = f"-{group_code}" if group_code else ""
        return rx.download(data=data, filename=f"so-nhan-khau{suffix}.{fmt}")


def _notice(at, *shown_fields: str) -> rx.Component:
    """The outcome of the last action, beside the form ``at`` that caused it (a refusal
    already said under one of the form's ``shown_fields`` is not said twice)."""
    S = AdminState
    said_under_field = rx.Var.create(False)
    for name in shown_fields:
        said_under_field = said_under_field | (S.errors.get(name, "") != "")
    return rx.cond(
        (S.notice != "") & (S.notice_at == at)
        & ((S.notice_tone == "green") | ~said_under_field),
        callout(S.notice, role=rx.cond(S.notice_tone == "green", "status", "alert"),
                color_scheme=rx.cond(S.notice_tone == "green", "green", "red"),
                data_testid="admin-notice"),
    )


def _target_row(row) -> rx.Component:
    at = "target-" + row["code"]
    return rx.el.form(
        rx.vstack(
            rx.text(SessionState.tr["indicator." + row["code"]], weight="medium", size="3"),
            rx.hstack(
                rx.el.input(type="hidden", name="code", value=row["code"]),
                text_input("target", default_value=row["target"],
                           key=row["target"] + "/" + AdminState.form_round.to_string(),
                           aria_label=T("admin.target_for") + " " +
                           SessionState.tr["indicator." + row["code"]],
                           width="120px"),
                big_button(T("common.save"), type="submit", variant="soft", size="3"),
                rx.cond(row["is_default"] == "",
                        big_button(T("admin.reset"), type="button", variant="outline", size="3",
                                   on_click=AdminState.reset_target(row["code"]))),
                align="center",
                wrap="wrap",
            ),
            _notice(at),
            rx.text(T("admin.default"), " ", row["default"], size="2", color="var(--gray-11)"),
            spacing="1",
            padding_y="8px",
            border_bottom="1px solid var(--gray-4)",
            width="100%",
        ),
        on_submit=AdminState.save_target,
        data_testid=at,
    )


def _section(title_key: str, *children, test_id: str) -> rx.Component:
    return rx.card(rx.vstack(rx.heading(T(title_key), size="5", as_="h2"), *children,
                             spacing="3", width="100%"),
                   width="100%", data_testid=test_id)


def _targets_tab() -> rx.Component:
    round_ = AdminState.form_round.to_string()
    return _section(
        "admin.targets",
        rx.text(T("admin.targets_help"), size="3"),
        rx.foreach(AdminState.targets, _target_row),
        rx.form(
            rx.vstack(
                rx.hstack(
                    field(T("admin.threshold"),
                          text_input("threshold", input_mode="numeric",
                                     default_value=AdminState.threshold.to_string(),
                                     key=AdminState.threshold.to_string() + "/" + round_,
                                     width="100px"),
                          AdminState.errors.get(ward_settings.SKILL_THRESHOLD.key, "")),
                    big_button(T("common.save"), type="submit", variant="soft"),
                    align="end",
                ),
                _notice("threshold", ward_settings.SKILL_THRESHOLD.key),
                width="100%",
            ),
            on_submit=AdminState.save_threshold,
            data_testid="threshold-form",
        ),
        test_id="admin-targets",
    )


def _register_tab() -> rx.Component:
    return _section(
        "admin.import",
        rx.text(T("admin.import_help"), size="3"),
        # the label names the hidden file input and opens the file picker
        rx.el.label(rx.upload.root(
            rx.vstack(
                rx.icon("upload", size=28),
                rx.text(T("admin.choose_file"), size="3"),
                align="center",
            ),
            id="register",
            accept={
                "text/csv": [".csv"],
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                    [".xlsx"],
            },
            max_files=1,
            multiple=False,
            no_click=True,
            no_keyboard=True,
            on_drop=AdminState.upload_register(rx.upload_files(upload_id="register")),
            on_drop_rejected=AdminState.upload_refused,
            border="2px dashed var(--gray-8)",
            padding="20px",
            border_radius="12px",
            width="100%",
            min_height=TOUCH,
            data_testid="register-upload",
        ), display="block", width="100%", cursor="pointer"),
        rx.cond(AdminState.import_summary != "",
                callout(AdminState.import_summary, color_scheme="green",
                        role="status", data_testid="import-summary")),
        rx.cond(
            AdminState.import_errors.length() > 0,
            callout(
                rx.vstack(rx.text(T("admin.import_refused"), weight="bold"),
                          rx.foreach(AdminState.import_errors,
                                     lambda e: rx.text(e, size="2"))),
                color_scheme="red", role="alert", data_testid="import-errors",
            ),
        ),
        rx.heading(T("admin.export"), size="4", as_="h3"),
        field(T("admin.export_scope"), rx.el.select(
            rx.el.option(T("audit.any_group"), value=""),
            rx.foreach(AdminState.groups, lambda g: rx.el.option(g["code"], value=g["code"])),
            value=AdminState.export_group, on_change=AdminState.choose_export_group,
            min_height=TOUCH, font_size="18px", width="100%", padding="0 8px",
            border="1px solid var(--gray-8)", border_radius="8px", background="white",
            data_testid="export-group")),
        rx.flex(
            big_button(rx.icon("download", size=20), "CSV", variant="outline",
                       on_click=AdminState.export("csv", AdminState.export_group)),
            big_button(rx.icon("download", size=20), "XLSX", variant="outline",
                       on_click=AdminState.export("xlsx", AdminState.export_group)),
            gap="8px", wrap="wrap",
        ),
        rx.text(T("admin.export_logged"), size="2", color="var(--gray-11)"),
        test_id="admin-import",
    )


def _groups_tab() -> rx.Component:
    errors = AdminState.errors
    return _section(
        "admin.groups",
        rx.foreach(AdminState.groups, lambda g: rx.text(
            rx.text.strong(g["code"]), " · ", g["name"], " · ", g["households"],
            " ", T("unit.households"), " · ", T("admin.leaders"), ": ",
            g["leaders"], size="3")),
        rx.form(
            rx.vstack(
                field(T("households.code"), text_input("code", placeholder="TDP12"),
                      errors.get("code", "")),
                field(T("admin.group_name"), text_input("name"),
                      errors.get("name", "")),
                big_button(T("admin.create_group"), type="submit", variant="soft"),
                _notice("create-group", "code", "name"),
                width="100%",
            ),
            on_submit=AdminState.create_group,
        ),
        rx.form(
            rx.vstack(
                field(T("households.group"), text_input("group_code")),
                field(T("admin.group_name"), text_input("name")),
                big_button(T("admin.rename_group"), type="submit",
                           variant="soft"),
                _notice("rename-group"),
                width="100%",
            ),
            on_submit=AdminState.rename_group,
        ),
        rx.form(
            rx.vstack(
                field(T("households.group"), text_input("group_code")),
                field(T("auth.phone"), text_input("phone", type="tel")),
                big_button(T("admin.assign_leader"), type="submit",
                           variant="soft"),
                _notice("assign-leader"),
                width="100%",
            ),
            on_submit=AdminState.assign_leader,
        ),
        test_id="admin-groups",
    )


def _open_classes_toggle(u) -> rx.Component:
    """Ward staff's decision for an ambassador: he may open classes for his groups."""
    return rx.el.label(
        rx.hstack(
            rx.switch(checked=u["open_classes"] != "", size="3",
                      on_change=lambda on: AdminState.set_may_open_classes(u["phone"], on),
                      data_testid="open-classes"),
            rx.text(T("admin.open_classes"), size="3"),
            align="center", spacing="2"),
        display="flex", align_items="center", min_height=TOUCH)


def _staff_tab() -> rx.Component:
    errors = AdminState.errors
    return _section(
        "admin.staff",
        rx.foreach(AdminState.staff, lambda u: rx.vstack(
            rx.hstack(
                rx.text(u["name"], " · ", u["phone"], " · ",
                        SessionState.tr["role." + u["role"]], " ", u["groups"],
                        size="3"),
                rx.spacer(),
                rx.cond(u["locked_to_me"] != "", rx.fragment(),
                        rx.cond(u["active"] != "",
                                big_button(T("admin.deactivate"), variant="outline", size="2",
                                           on_click=AdminState.set_active(u["phone"], False)),
                                big_button(T("admin.activate"), variant="outline", size="2",
                                           on_click=AdminState.set_active(u["phone"], True)))),
                width="100%", align="center", wrap="wrap",
            ),
            rx.cond(u["role"] == "ambassador", _open_classes_toggle(u)),
            _notice("staff-" + u["phone"]),
            width="100%", spacing="1", data_testid="staff-row",
        )),
        rx.form(
            rx.vstack(
                field(T("member.full_name"), text_input("name"),
                      errors.get("full_name", "")),
                field(T("auth.phone"), text_input("phone", type="tel")),
                field(T("admin.role"), rx.el.select(
                    rx.foreach(AdminState.roles_offered,
                               lambda r: rx.el.option(SessionState.tr["role." + r], value=r)),
                    name="role", min_height=TOUCH, font_size="16px")),
                field(T("admin.groups_codes"), text_input("groups",
                                                          placeholder="TDP01")),
                field(T("invite.new_password"), text_input("password",
                                                           type="password"),
                      errors.get("password", "")),
                big_button(T("admin.create_staff"), type="submit", variant="soft"),
                _notice("create-staff", "full_name", "password"),
                width="100%",
            ),
            on_submit=AdminState.create_staff,
        ),
        rx.form(
            rx.vstack(
                field(T("auth.phone"), text_input("phone", type="tel")),
                field(T("admin.role"), rx.el.select(
                    rx.foreach(AdminState.roles_offered,
                               lambda r: rx.el.option(SessionState.tr["role." + r], value=r)),
                    name="role", min_height=TOUCH, font_size="16px")),
                big_button(T("admin.change_role"), type="submit", variant="soft"),
                _notice("set-role"),
                width="100%",
            ),
            on_submit=AdminState.set_role,
        ),
        test_id="admin-staff",
    )


def _history_tab() -> rx.Component:
    return _section(
        "admin.history",
        rx.foreach(AdminState.history, lambda h: rx.text(
            h["at"], " · ", h["who"], " · ", h["what"], ": ", h["change"],
            size="2")),
        test_id="admin-history",
    )


ADMIN_TABS = (("targets", _targets_tab), ("register", _register_tab),
              ("groups", _groups_tab), ("staff", _staff_tab), ("history", _history_tab),
              ("audit", admin_privacy.audit_tab), ("erase", admin_privacy.erase_tab),
              ("api", admin_api.api_tab))


def admin_page() -> rx.Component:
    errors = AdminState.errors
    return page_shell(
        gated(
            AdminState,
            title=rx.heading(T("admin.title"), size="7", as_="h1"),
            content=rx.vstack(
                rx.cond(errors.get("form", "") != "",
                        callout(errors.get("form", ""), color_scheme="red", role="alert")),
                admin_alerts.alerts_section(),
                rx.tabs.root(
                    rx.tabs.list(
                        *[rx.tabs.trigger(T(f"admin.tab.{name}"), value=name,
                                          min_height="48px", data_testid=f"tab-{name}")
                          for name, _ in ADMIN_TABS],
                        size="2",
                        flex_wrap="wrap",  # every tab in view on a phone
                    ),
                    *[rx.tabs.content(section(), value=name, padding_top="12px")
                      for name, section in ADMIN_TABS],
                    default_value="targets",
                    width="100%",
                ),
                spacing="4",
                width="100%",
                data_testid="admin-ready",
            ),
        ),
    )


def add_pages(app: rx.App) -> None:
    app.add_page(admin_page, route=routes.ADMIN, title=f"{t('admin.title')} · {t('app.name')}",
                 on_load=[AdminState.load, admin_privacy.AuditState.load,
                          admin_alerts.AlertsState.load, admin_api.ApiKeysState.load])
