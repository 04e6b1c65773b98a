"""The ward's digital-skills classes (issue 20): classes, sign-ups, attendance, completions.

Ward staff create a class (Action.MANAGE_CLASSES): what it teaches, its sessions, its
capacity, its teacher (an ambassador's or staff account) and the groups it is for (none:
the whole ward). A family signs its own members up (``member_target`` with
EDIT_HOUSEHOLD: consent-gated), a leader the people of his groups, staff anyone; past
the capacity a sign-up waits, and a cancellation moves the first one waiting up. The
class's teacher (Action.TEACH and being its teacher) or staff tick who came, add a
walk-in found by name, phone or household, and mark who completed.

A member's learning status moves through the write path of every answer
(``edits.apply_member_fields``: audit, version, live roll-ups): a sign-up makes a
member who was ``none`` ``enrolled`` (a cancellation takes it back when nothing else
holds it), a completion — in a class, on the national platform, or from an imported
list — makes them ``completed``; the taught skills are recorded only with the learner's
agreement (``consent_skills``). Rows carry household_id: the family's export and
erasure take them (``personal_data.other_household_tables``).

Figures (``class_figures``) are counted in SQL, for the ward or a group.

The package: ``core`` (what the others share: the errors, the views, reading a class and
who may see it), ``catalogue`` (creating, listing and reading classes and their sessions,
the teachers, the calendar), ``signups`` (signing up, the waiting list, cancelling, a
member's and a household's sign-ups), ``teaching`` (the roster, attendance, walk-ins,
completion), ``courses`` (courses finished elsewhere and their import), ``figures`` (what
the classes achieved, who never came). Import the package (``classes.sign_up``); this
``__init__`` names the public functions.
"""

from digital_family.programmes.classes.catalogue import (
    CODE_MAX,
    DEFAULT_MINUTES,
    MAX_CAPACITY,
    MAX_SESSIONS,
    PLACE_MAX,
    TITLE_MAX,
    by_next_session,
    class_calendar,
    class_group_codes,
    create_class,
    get_class,
    list_classes,
    teachers,
)
from digital_family.programmes.classes.core import (
    ACTIVE,
    ClassInfo,
    ClassNotFound,
    Found,
    Learner,
    SessionInfo,
)
from digital_family.programmes.classes.courses import (
    COURSE_MAX,
    IMPORT_COLUMNS,
    LearningImportSummary,
    import_completions,
    import_completions_table,
    record_course,
)
from digital_family.programmes.classes.figures import (
    ClassFigures,
    class_figures,
    never_came,
    never_came_condition,
)
from digital_family.programmes.classes.signups import (
    LEARNING,
    HouseholdClasses,
    cancel,
    household_classes,
    member_signups,
    sign_up,
)
from digital_family.programmes.classes.teaching import (
    MAX_FOUND,
    TOPIC_SKILLS,
    add_walk_in,
    complete,
    find_walk_ins,
    roster,
    set_attendance,
)

__all__ = [
    "ACTIVE",
    "CODE_MAX",
    "COURSE_MAX",
    "DEFAULT_MINUTES",
    "IMPORT_COLUMNS",
    "LEARNING",
    "MAX_CAPACITY",
    "MAX_FOUND",
    "MAX_SESSIONS",
    "PLACE_MAX",
    "TITLE_MAX",
    "TOPIC_SKILLS",
    "ClassFigures",
    "ClassInfo",
    "ClassNotFound",
    "Found",
    "HouseholdClasses",
    "Learner",
    "LearningImportSummary",
    "SessionInfo",
    "add_walk_in",
    "by_next_session",
    "cancel",
    "class_calendar",
    "class_figures",
    "class_group_codes",
    "complete",
    "create_class",
    "find_walk_ins",
    "get_class",
    "household_classes",
    "import_completions",
    "import_completions_table",
    "list_classes",
    "member_signups",
    "never_came",
    "never_came_condition",
    "record_course",
    "roster",
    "set_attendance",
    "sign_up",
    "teachers",
]
