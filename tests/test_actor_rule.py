"""Every domain function that reads or writes people's data checks the actor.

The rule holds by construction if every public domain function that takes a
database session also takes the actor; the exceptions below say why they need none.
"""

import importlib
import inspect
from pathlib import Path

import digital_family

WEB_LAYER = {"web", "digital_family"}
NO_ACTOR = {
    # Signing in: no account is known yet (the secret is the credential).
    "access.auth": "*",
    "access.accounts.authenticate": "checks a password, before there is an actor",
    "access.accounts.get_user_by_phone": "the account row authenticate checks a password against",
    "households.invitations.check_invitation": "the one-time code is the credential",
    "access.api_keys.authenticate": "the API key is the credential",
    "campaign.figures.groups_page": "numbers only; callers check who asks "
                                    "(group_reports_page, the API's key)",
    "campaign.register_export.register_query": "export_rows and open_data.members check who asks",
    "campaign.register_export.rows_of": "export_rows and open_data.members check who asks",
    "households.invitations.redeem_invitation": "the one-time code is the credential",
    "base.permissions.load_actor": "builds the actor itself",
    "households.consent.covers": "a check its caller makes after checking its own right",
    "access.uploads.upload_allowed": "an upload's slot is its credential (granted with the actor)",
    "access.uploads.keep": "an upload's slot is its credential (granted with the actor)",
    "access.uploads.purge_expired": "retention: deletes what has expired, nobody acts",
    "households.household_changes.purge_expired": "retention: deletes what has expired, "
                                                  "nobody acts",
    # The command line's own set-up of an empty or demo database.
    "demo": "*",
    # The command line: an operator at the console, acting as permissions.SYSTEM.
    "cli": "*",
    # Ward-wide settings and numbers, no personal data (public at "/").
    "ward.settings": "the ward's settings, numbers only; change() takes the actor",
    "ward.indicators.get_targets": "the targets, public numbers",
    "ward.indicators.targets_of_wards": "the targets of several wards, public numbers",
    "campaign.snapshots": "daily totals per indicator, numbers only",
    "campaign.figures.ward_report": "the ward's totals, public on the overview at /",
    "campaign.figures.group_report": "one group's totals, numbers only; pages reach it through "
                               "leader/report functions that check the actor",
    "campaign.figures.group_reports": "every group's totals for the daily snapshot, no one acts",
    "campaign.figures.ward_and_group_reports": "the daily snapshot and the demo's history",
    "campaign.figures.ward_and_group_sums": "the sums under ward_and_group_reports",
    "ward.indicators.indicator_counts_sql": "builds an SQL expression, reads nothing",
    "ward.rollups": "per-group counts, numbers only; the writes that move them take the actor",
    "campaign.figures.read": "the tallies' sums, numbers only; the reports above it",
    "base.db.upsert": "a statement helper; its callers check the actor",
    "base.db.dialect_insert": "a statement helper; its callers check the actor",
    "base.db.core_rows": "runs its caller's SELECT (typed rows); its callers check the actor",
    "base.db.rows_changed": "runs its caller's statement (typed rowcount); its callers check the actor",
    "programmes.help_requests.visits.request_notes":
        "a request's notes for request_detail and leader_request, which check the actor",
    "base.db.core_mappings": "runs its caller's SELECT (rows by name); its callers check the actor",
    "base.db.run": "runs its caller's statement (no exec overload); its callers check the actor",
    "households.views.household_view": "builds the view of a household whose target its caller "
                                       "checked (load_household, the writes in edits)",
    "campaign.ward_admin.account_by_phone": "the account a change is about; its callers "
                                            "checked the actor (MANAGE_USERS / MANAGE_GROUPS)",
    "programmes.classes.core.class_row": "a class by id; its callers check the actor "
                                         "(visible_class, the teacher's check)",
    "programmes.classes.core.class_infos": "the views of the classes its caller's condition "
                                           "selects (visible_condition, a household's target)",
    "programmes.classes.core.class_groups": "the groups a class is for (no personal data); "
                                            "its callers check the actor",
    "programmes.classes.core.for_group": "whether a class is for a group (no personal data); "
                                         "its callers check the actor",
    "base.wards": "the city's wards, found or added by code (no personal data): the demo, "
                  "the command line and the tests add them; callers check the actor",
    "campaign.figures.wards_sums": "every ward's sums, numbers only; city.city_page and "
                                   "city_report's callers check who asks",
    "campaign.figures.city_report": "numbers only (every ward's sums); the API checks its key",
    "base.groups.find_group": "a group id by its code (no personal data); its callers check the actor",
    "base.groups.load_group": "a group's id, code and name (no personal data); its callers check the actor",
    "records.audit.blank_erased": "part of an erasure, which checked the actor",
    "records.audit.purge_expired": "retention: deletes what has expired, nobody acts",
    "upkeep.retention.purge": "the daily job deletes only what has expired; nobody asks for it",
}


def _exempt(module: str, name: str) -> bool:
    # a package's modules ("demo.ward") fall under the package's entry ("demo")
    packages = [module.rsplit(".", n)[0] for n in range(module.count(".") + 1)]
    return (any(NO_ACTOR.get(p) == "*" for p in packages) or f"{module}.{name}" in NO_ACTOR
            or module in NO_ACTOR)


def _domain_modules() -> list[str]:
    """Every module below the web layer, packages' modules too ("demo.ward")."""
    root = Path(digital_family.__file__).parent
    names = []
    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if parts[0] in WEB_LAYER or parts[0] == "__init__" or parts[:2] == ("base", "i18n"):
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_public_domain_function_with_a_session_takes_the_actor():
    missing = []
    for module_name in _domain_modules():
        module = importlib.import_module(f"digital_family.{module_name}")
        for fn_name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn_name.startswith("_") or fn.__module__ != module.__name__:
                continue
            params = inspect.signature(fn).parameters
            if "session" in params and "actor" not in params and not _exempt(module_name, fn_name):
                missing.append(f"{module_name}.{fn_name}")
    assert missing == []
