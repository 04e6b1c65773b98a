"""Large, plain controls for people who are not used to phones."""

import reflex as rx
from reflex_base.vars.function import FunctionStringVar

TOUCH = "52px"  # every touch target is at least 48 px
BRAND = "#0b5d3b"


def big_button(*children, **props) -> rx.Component:
    props.setdefault("size", "4")
    # Radix's mid-tone accents fail WCAG AA contrast: the main buttons are the
    # brand green, every other one uses the high-contrast shade.
    if props.get("variant", "solid") == "solid" and "color_scheme" not in props:
        props.setdefault("background", BRAND)
    else:
        props.setdefault("high_contrast", True)
    props.setdefault("padding_x", "20px")
    return rx.button(*children, min_height=TOUCH, **props)


def link_button(*children, **props) -> rx.Component:
    """A link that looks like an outlined button (a call, a page): one target, 52 px."""
    return rx.link(
        rx.hstack(*children, align="center", spacing="1"),
        display="inline-flex", align_items="center", min_height=TOUCH, padding_x="14px",
        border="1px solid var(--gray-12)", border_radius="10px", color="var(--gray-12)",
        underline="none", font_size="17px", **props)


def choice_buttons(options, current, on_select, label, equal: bool = True) -> rx.Component:
    """A row of large buttons, one per option; the chosen one is filled.

    ``options`` is a list of (value, text Var) pairs; ``on_select(value)`` returns the event.
    ``equal`` gives every button the same width (few short options); otherwise each
    takes its text's width and the row wraps (many or long options: filters).
    """
    return rx.flex(
        *[
            rx.button(
                text,
                on_click=on_select(value),
                type="button",  # inside a form it chooses, it does not send the form
                variant=rx.cond(current == value, "solid", "outline"),
                high_contrast=True,
                aria_pressed=rx.cond(current == value, "true", "false"),
                min_height=TOUCH,
                size="3",
                flex="1 1 0" if equal else "0 0 auto",
                white_space="normal",
                height="auto",
                padding_y="8px",
            )
            for value, text in options
        ],
        role="group",
        aria_label=label,
        gap="8px",
        width="100%",
        wrap="wrap",
    )


def tick_row(label, **checkbox) -> rx.Component:
    """A checkbox and its words on one line, the whole line the target (52 px): a person
    to tick, a skill, an agreement. ``checkbox``: the checkbox's own props (``name`` in a
    form, or ``checked`` and ``on_change``)."""
    return rx.el.label(
        rx.hstack(rx.checkbox(size="3", aria_label=label, **checkbox),
                  rx.text(label, size="3"), align="center", spacing="2"),
        display="block", min_height=TOUCH, padding_y="6px")


def check_row(icon: str, title, sentence, checked, on_change, test_id=None,
              aside: rx.Component | None = None) -> rx.Component:
    """A checklist line: icon, a short title and one plain sentence; the whole row is the
    target. ``aside`` goes at the end of the row (e.g. whether the tap was saved)."""
    return rx.el.label(
        rx.hstack(
            rx.checkbox(checked=checked, on_change=on_change, size="3", aria_label=title),
            rx.icon(icon, size=24, color="var(--accent-11)", flex_shrink="0"),
            rx.vstack(
                rx.text(title, weight="medium", size="3"),
                rx.text(sentence, size="2", color="var(--gray-11)"),
                spacing="0",
                align="start",
                flex="1",
            ),
            *([aside] if aside is not None else []),
            align="center",
            spacing="2",
            width="100%",
        ),
        display="block",
        min_height=TOUCH,
        padding="6px 2px",
        border_bottom="1px solid var(--gray-4)",
        cursor="pointer",
        data_testid=test_id,
    )


def field(label, control: rx.Component, error=None, hint=None) -> rx.Component:
    """A labelled form field with its Vietnamese error message right under it."""
    parts: list[rx.Component] = [
        rx.el.label(
            rx.text(label, weight="medium", size="3"),
            control,
            width="100%",
            display="flex",
            flex_direction="column",
            gap="4px",
        )
    ]
    if hint is not None:
        parts.append(rx.text(hint, size="2", color="var(--gray-11)"))
    if error is not None:
        parts.append(rx.cond(error != "", rx.text(error, color="var(--red-11)", size="3",
                                                  role="alert")))
    return rx.vstack(*parts, spacing="1", width="100%")


def text_input(name: str, **props) -> rx.Component:
    props.setdefault("size", "3")
    props.setdefault("width", "100%")
    return rx.input(name=name, min_height=TOUCH, font_size="18px", **props)


def native_select(name: str, options, value=None, **props) -> rx.Component:
    """A native <select>: the phone's own large picker."""
    return rx.el.select(
        *[rx.el.option(text, value=v) for v, text in options],
        name=name,
        default_value=value,
        min_height=TOUCH,
        font_size="18px",
        width="100%",
        padding="0 8px",
        border="1px solid var(--gray-8)",
        border_radius="8px",
        background="white",
        **props,
    )


def callout(*children, **props) -> rx.Component:
    """A Radix callout in its high-contrast shade (the default one fails WCAG AA)."""
    props.setdefault("high_contrast", True)
    return rx.callout(*children, **props)


def show_password(label, *input_ids: str, check_id: str) -> rx.Component:
    """A large tick, ``label`` beside it, that shows what is typed in the password
    fields ``input_ids`` (their ``id``) and hides it again: in the browser only."""
    toggle = FunctionStringVar.create(
        "() => { const show = document.getElementById(" + repr(check_id) + ")?.checked;"
        f" for (const id of {list(input_ids)!r})"
        " { const field = document.getElementById(id);"
        " if (field) field.type = show ? 'text' : 'password'; } }")
    return rx.el.label(
        rx.el.input(type="checkbox", id=check_id, on_click=toggle, width="24px",
                    height="24px", flex_shrink="0", accent_color="var(--accent-9)"),
        rx.text(label, size="3"),
        display="flex",
        align_items="center",
        gap="10px",
        min_height=TOUCH,
        cursor="pointer",
        data_testid="show-password",
    )
