"""Text catalogues: every piece of text people read comes from here.

One module per language with a flat ``CATALOGUE`` dict; Vietnamese is the default.

Domain refusals (``ValidationError``, ``PermissionDenied`` …) derive from
``CatalogueError``: they carry a catalogue ``key`` and its ``params``, so each page
says them in its reader's language, and a Vietnamese ``message`` for the command line.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from digital_family.base.i18n import en, vi

if TYPE_CHECKING:
    from typing_extensions import TypeIs  # typing's own from Python 3.13

DEFAULT_LANGUAGE = "vi"
CATALOGUES: dict[str, dict[str, str]] = {"vi": vi.CATALOGUE, "en": en.CATALOGUE}


class Key(str):
    """A parameter that is itself a catalogue key, said in the same language
    (``t("error.role.needs_group", role=Key("role.admin"))``); a tuple of keys is
    said as a list."""


def _is_tuple(value: object) -> "TypeIs[tuple[object, ...]]":
    return isinstance(value, tuple)


def _said(value: object, lang: str) -> object:
    if isinstance(value, Key):
        return t(value, lang)
    if _is_tuple(value):
        keys = [v for v in value if isinstance(v, Key)]
        if keys and len(keys) == len(value):
            return "; ".join(t(v, lang) for v in keys)
    return value


def t(key: str, lang: str = DEFAULT_LANGUAGE, **params: object) -> str:
    """The text for ``key`` in ``lang`` (Vietnamese when the language is unknown)."""
    catalogue = CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANGUAGE])
    text = catalogue[key]
    if not params:
        return text
    return text.format(**{name: _said(value, lang) for name, value in params.items()})


class CatalogueError(Exception):
    """A refusal people read, by catalogue key.

    ``key`` and ``params`` say it in any language (``text(lang)``); ``message`` is
    the Vietnamese text (command line, logs). A key missing from the catalogue is a
    KeyError at once, so a literal message cannot pass for a key.
    """

    DEFAULT_KEY: str = ""

    def __init__(self, key: str = "", /, **params: object):
        self.key = key or self.DEFAULT_KEY
        self.params = params
        self.message = t(self.key, DEFAULT_LANGUAGE, **params)
        super().__init__(self.message)

    def text(self, lang: str) -> str:
        return t(self.key, lang, **self.params)

    def __reduce__(self) -> tuple[
        Callable[[type["CatalogueError"], dict[str, Any]], "CatalogueError"],
        tuple[type["CatalogueError"], dict[str, Any]],
    ]:
        return _restore, (type(self), dict(self.__dict__))

    def __str__(self) -> str:
        return self.message


def _restore(cls: type[CatalogueError], fields: dict[str, Any]) -> CatalogueError:
    error = cls.__new__(cls)
    error.__dict__.update(fields)
    error.args = (fields.get("message", ""),)
    return error
