import re
from pathlib import Path

from digital_family.base.i18n import CATALOGUES, t
from digital_family.ward.indicators import INDICATORS

PROJECT = Path(__file__).resolve().parent.parent


def test_every_key_exists_in_every_language():
    vi, en = CATALOGUES["vi"], CATALOGUES["en"]
    assert sorted(set(vi) - set(en)) == []
    assert sorted(set(en) - set(vi)) == []


def test_placeholders_match_across_languages():
    vi, en = CATALOGUES["vi"], CATALOGUES["en"]
    for key in vi:
        assert set(re.findall(r"{(\w+)}", vi[key])) == set(re.findall(r"{(\w+)}", en[key])), key


def test_every_indicator_has_a_label():
    for ind in INDICATORS:
        assert t(f"indicator.{ind.code}")
        assert t(f"indicator.{ind.code}", "en")


def test_keys_used_in_code_exist():
    used = set()
    for path in (PROJECT / "digital_family").rglob("*.py"):
        text = path.read_text()
        used |= set(re.findall(r"""(?:\b|_)[tT]\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", text))
        used |= set(re.findall(r"""DENIED_KEY\b.*=\s*["']([a-z_]+\.[a-z0-9_.]+)["']""", text))
    assert used, "no catalogue keys found in the code"
    assert sorted(used - set(CATALOGUES["vi"])) == []


def test_unknown_language_falls_back_to_vietnamese():
    assert t("app.name", "xx") == t("app.name", "vi") == "Gia Đình Số"


def test_offline_page_says_what_the_catalogue_says():
    html = (PROJECT / "assets" / "offline.html").read_text()
    for key in ("offline.title", "offline.body", "offline.retry"):
        assert t(key) in html
