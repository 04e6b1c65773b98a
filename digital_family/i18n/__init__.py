"""Text catalogues: every piece of text people read comes from here.

One module per language with a flat ``CATALOGUE`` dict; Vietnamese is the default.
"""

from digital_family.i18n import en, vi

DEFAULT_LANGUAGE = "vi"
CATALOGUES: dict[str, dict[str, str]] = {"vi": vi.CATALOGUE, "en": en.CATALOGUE}


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params) -> str:
    """The text for ``key`` in ``lang`` (Vietnamese when the language is unknown)."""
    catalogue = CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANGUAGE])
    text = catalogue[key]
    return text.format(**params) if params else text
