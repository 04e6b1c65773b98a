"""The domain layer stays free of Reflex, so it can be tested and used from the shell."""

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "digital_family"
# The web layer is the web/ folder, and the app module Reflex's app_name points at.
UI = {"web", "digital_family.py"}


def test_domain_modules_import_no_reflex():
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] not in UI
        and re.search(r"^\s*(import reflex|from reflex)", path.read_text(), re.M)
    ]
    assert offenders == []
