"""What people type into a help request: the note, the preferred time, a
comment, the topic and the outcome."""

from __future__ import annotations

from digital_family.base.i18n import Key
from digital_family.base.models import (
    HELP_COMMENT_MAX,
    HELP_NOTE_MAX,
    HELP_PREFERRED_TIME_MAX,
)
from digital_family.base.validation import (
    ValidationError,
    clean_text,
    free_text,
)
from digital_family.programmes.help_requests.core import OUTCOMES, TOPICS


def validate_note(value: object, *, field: str = "note") -> str | None:
    """A requester's note: up to 300 characters, or None when empty."""
    text = free_text(
        value, field=field, max_length=HELP_NOTE_MAX, label=Key("field.note"), multiline=True
    )
    return text or None


def validate_preferred_time(value: object, *, field: str = "preferred_time") -> str | None:
    """When the member would like help ("Sáng thứ Bảy"): up to 100 characters, or None."""
    text = free_text(
        value, field=field, max_length=HELP_PREFERRED_TIME_MAX, label=Key("field.preferred_time"),
        multiline=False,
    )
    return text or None


def validate_comment(value: object, *, field: str = "text") -> str:
    """A note added to a request: 1 to 500 characters."""
    text = free_text(
        value, field=field, max_length=HELP_COMMENT_MAX, label=Key("field.note"), multiline=True
    )
    if not text:
        raise ValidationError(field, "error.note.required")
    return text


def parse_topic(value: object, *, field: str = "topic") -> str:
    key = clean_text(value).casefold() if isinstance(value, str) else None
    if key in TOPICS:
        return key
    raise ValidationError(field, "error.help.topic",
                          choices=tuple(Key(f"topic.{t}") for t in TOPICS))


def parse_outcome(value: object, *, field: str = "outcome") -> str:
    key = clean_text(value).casefold() if isinstance(value, str) else None
    if key in OUTCOMES:
        return key
    raise ValidationError(field, "error.help.outcome",
                          choices=tuple(Key(f"help.outcome.{o}") for o in OUTCOMES))
