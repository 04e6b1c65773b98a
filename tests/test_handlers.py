"""Every page handler goes through the one mechanism that checks who is signed in."""

import importlib
import pkgutil

import digital_family.web.pages as pages
from digital_family.web.state import PageState, SessionState

# Reflex's own handlers every state has, and the session's (they check the account themselves).
FRAMEWORK = {"setvar"}
SESSION_HANDLERS = {"refresh_user", "sign_out"}


def _page_states():
    for module in pkgutil.iter_modules(pages.__path__):
        importlib.import_module(f"{pages.__name__}.{module.name}")
    found, todo = [], list(SessionState.get_substates())
    while todo:  # a page's part with a state of its own derives from the page's state
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.get_substates())
    return sorted(found, key=lambda cls: cls.__name__)


def test_every_page_state_is_a_page_state():
    states = _page_states()
    assert len(states) >= 10
    assert [cls.__name__ for cls in states if not issubclass(cls, PageState)] == []


def test_every_handler_is_a_data_event_or_a_ui_event():
    unmarked = [
        f"{cls.__name__}.{name}"
        for cls in _page_states()
        for name, handler in cls.event_handlers.items()
        if name not in FRAMEWORK
        and not getattr(handler.fn, "is_data_event", False)
        and not getattr(handler.fn, "is_ui_event", False)
        and not getattr(handler.fn, "is_upload_event", False)
    ]
    assert unmarked == []
    assert set(SessionState.event_handlers) - FRAMEWORK == SESSION_HANDLERS


def test_the_browser_does_not_see_the_actor_argument():
    from digital_family.web.pages.household import HouseholdState

    handler = HouseholdState.event_handlers["save_changes"]
    assert list(handler.get_parameters()) == ["self", "changes"]
