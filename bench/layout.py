"""Driving a checkout from before the package was grouped into folders (issue 17).

The load benchmarks run a base commit beside this one: its modules and its Reflex state
names are the old, flat ones. ``PRELUDE`` (prepended to a script run in a checkout) makes
the new names import there; ``state_name`` gives a page state's name in either layout.
"""

from pathlib import Path

# new dotted name (below digital_family) -> the name before the move (ward.settings
# has none: its readers were in indicators, help_requests and audit)
OLD_NAMES = {
    "access.accounts": "accounts",
    "access.auth": "auth",
    "households.invitations": "invitations",
    "base.permissions": "permissions",
    "records.security_alerts": "security_alerts",
    "base.clock": "clock",
    "base.codes": "codes",
    "base.db": "db",
    "base.formatting": "formatting",
    "base.groups": "groups",
    "base.i18n": "i18n",
    "base.models": "models",
    "base.paging": "paging",
    "base.routes": "routes",
    "base.settings": "settings",
    "base.spreadsheets": "spreadsheets",
    "base.table_import": "register",
    "base.validation": "validation",
    "campaign.display": "display",
    "campaign.figures": "indicators",  # the reports (the tallies' reader was in rollups)
    "ward.indicators": "indicators",
    "campaign.leader": "leader",
    "campaign.register": "register",
    "campaign.register_export": "register",
    "campaign.report": "report",
    "ward.rollups": "rollups",
    "campaign.snapshots": "snapshots",
    "campaign.staff_accounts": "ward_admin",
    "campaign.ward_admin": "ward_admin",
    "households.consent": "consent",
    "households.consent_rules": "consent",
    "households.history": "audit",
    "households.household_changes": "household_changes",
    "households.member_writes": "member_writes",
    "households.personal_data": "personal_data",
    "households.access": "households",
    "households.edits": "households",
    "households.search": "households",
    "households.views": "households",
    "programmes.help_requests": "help_requests",
    "programmes.traders": "traders",
    "records.audit": "audit",
    "upkeep.backup": "backup",
    "upkeep.health": "health",
    "upkeep.retention": "retention",
    "web.components": "components",
    "web.event_limits": "event_limits",
    "web.frontend": "frontend",
    "web.http_headers": "http_headers",
    "web.offloop": "offloop",
    "web.pages": "pages",
    "web.signed_in": "signed_in",
    "web.state": "state",
}

# The second move (packages ordered as layers): new dotted name -> the grouped name before it.
REGROUPED = {
    "base.permissions": "access.permissions",
    "base.table_import": "campaign.register",
    "records.security_alerts": "access.security_alerts",
    "households.invitations": "access.invitations",
    "ward.indicators": "campaign.indicators",
    "ward.rollups": "campaign.rollups",
    "ward.settings": "campaign.ward_settings",
    "upkeep.retention": "records.retention",
    "upkeep.backup": "records.backup",
    "upkeep.health": "records.health",
    "programmes.help_requests.leader_view": "programmes.help_requests.visits",
}

PRELUDE = f"""
import importlib, os, sys, types
import digital_family
# (not "import digital_family.base": the editable install would find this checkout's)
_home = os.path.dirname(digital_family.__file__)
_names = ({OLD_NAMES!r} if not os.path.isdir(os.path.join(_home, "base"))
          else {REGROUPED!r} if not os.path.isdir(os.path.join(_home, "ward")) else {{}})
if _names:
    found = {{}}
    for new, old in _names.items():
        if new.startswith("web."):  # scripts use the domain only
            continue
        try:
            found[new] = importlib.import_module("digital_family." + old)
        except ImportError:
            pass
    for new, module in found.items():
        package = "digital_family." + new.split(".")[0]
        parent = sys.modules.setdefault(package, types.ModuleType(package))
        sys.modules["digital_family." + new] = module
        setattr(parent, new.split(".")[-1], module)
"""


def grouped(folder: Path) -> bool:
    """Whether the checkout has the grouped layout (the web layer under web/)."""
    return (folder / "digital_family" / "web").is_dir()


def state_name(folder: Path, module: str, snake_class: str) -> str:
    """A page state's Reflex name: ``module`` as it is today ("web.pages.ward")."""
    if not grouped(folder):
        module = OLD_NAMES.get(module, module)
        for new, old in OLD_NAMES.items():
            if module.startswith(new + "."):
                module = old + module[len(new):]
    return "digital_family___" + module.replace(".", "___") + "____" + snake_class
