"""Asking for help: help requests, the ambassadors' queue and the programme's figures.

A resident (or their group's leader for them) asks for help for one member
with one topic (``TOPICS``), with an optional short note and preferred time.
The ambassadors of the household's group see the open requests in their
queue, oldest first, with the topic, the group, the note and the preferred time;
the member's name, the household's address and contact phone only once they hold
the request, and nothing else about the household. An ambassador claims a
request, may add notes, and resolves it with an outcome; on "helped" they may
record, with the member present, what was achieved (``achieved``), which
raises the member's statuses (recorded as entered by that ambassador) and
writes one ``HelpRequestChange`` row per changed field. Requests nobody
claims within ``ward_settings.unclaimed_hours`` hours are flagged to the group leader.

Who may do what (checked here, against ids loaded from the database):

- create / cancel: ``Action.EDIT_HOUSEHOLD`` on the member's household
  (the resident for their own household, the leader in their groups, admin);
- household_requests: ``Action.READ_HOUSEHOLD`` on the household;
- queue, claim, release: ``Action.MANAGE_HELP_REQUESTS`` on the request's group
  (ambassadors of the group, admin);
- request_detail, add_note, resolve, release: the ambassador holding the request
  (while it is claimed), admin; the group's leader and ward staff
  (``Action.READ_GROUP_MEMBERS``) may also read the detail, and the leader add notes;
- record_request_visit (the holder's visit at the door, which may close it): the
  ambassador holding the request, admin; and Action.RECORD_VISIT on the household;
- unclaimed_for_leader: ``Action.READ_GROUP_MEMBERS`` on the groups listed;
- leader_request (one request, who asked for whom, with the household):
  ``Action.READ_GROUP_MEMBERS`` on its group (the leader, ward staff, admin);
- programme_stats: ``Action.READ_AGGREGATES``; the whole ward for those who may
  ``READ_GROUP_MEMBERS`` ward-wide (ward staff, admin), a leader's own groups
  for a leader (their ambassadors' rows only over those groups);

An ambassador never gets a member id, a household id or any other member's
data: the queue and the detail are keyed by request id, and the detail (the
member's current values of the topic's fields, ``TOPIC_FIELDS``) is given
only to the ambassador holding the request. A request whose holder's account
was deleted or deactivated is "open" again: listed, claimable and flagged.

``claimed_at`` is the first claim (the first response), kept if the request is
released and claimed again. Every state change is one conditional UPDATE
(``… WHERE status = 'open'``), so of two ambassadors claiming at once exactly
one wins. Every value is validated before anything is written: a
``ValidationError`` leaves the database as it was. Functions flush; the caller
commits (``db.session_scope``).


The package: ``core`` (what the others share), ``validators``, ``requests``
(the household side), ``queue`` (the ambassadors' queue, the leader's flag), ``visits``
(a claimed request's detail, notes and outcome), ``statistics`` (the programme's
figures)."""

from digital_family.programmes.help_requests.core import (
    CLOSED_MESSAGE,
    FIELD_INDICATORS,
    NOT_HOLDER_MESSAGE,
    OUTCOMES,
    TOPIC_FIELDS,
    TOPICS,
    RequestNotFound,
)
from digital_family.programmes.help_requests.leader_view import (
    LeaderRequestView,
    leader_request,
)
from digital_family.programmes.help_requests.queue import (
    TAKEN_MESSAGE,
    FlaggedRequest,
    QueueItem,
    QueuePage,
    ambassador_queue,
    claim,
    release,
    unclaimed_for_leader,
)
from digital_family.programmes.help_requests.requests import (
    DUPLICATE_MESSAGE,
    MAX_HOUSEHOLD_REQUESTS,
    RequestView,
    cancel_request,
    create_request,
    household_requests,
)
from digital_family.programmes.help_requests.statistics import (
    MAX_STATS_WEEKS,
    FieldCount,
    ProgrammeStats,
    ResponseStats,
    TopicCount,
    WeekCount,
    programme_stats,
)
from digital_family.programmes.help_requests.validators import (
    parse_outcome,
    parse_topic,
    validate_comment,
    validate_note,
    validate_preferred_time,
)
from digital_family.programmes.help_requests.visits import (
    ACHIEVABLE_KEYS,
    FieldChange,
    FieldValue,
    NoteView,
    RequestDetail,
    RequestVisit,
    ResolveResult,
    add_note,
    record_request_visit,
    request_detail,
    resolve,
)

__all__ = [
    "ACHIEVABLE_KEYS",
    "CLOSED_MESSAGE",
    "DUPLICATE_MESSAGE",
    "FIELD_INDICATORS",
    "MAX_HOUSEHOLD_REQUESTS",
    "MAX_STATS_WEEKS",
    "NOT_HOLDER_MESSAGE",
    "OUTCOMES",
    "TAKEN_MESSAGE",
    "TOPICS",
    "TOPIC_FIELDS",
    "FieldChange",
    "FieldCount",
    "FieldValue",
    "FlaggedRequest",
    "LeaderRequestView",
    "NoteView",
    "ProgrammeStats",
    "QueueItem",
    "QueuePage",
    "RequestDetail",
    "RequestNotFound",
    "RequestView",
    "RequestVisit",
    "ResolveResult",
    "ResponseStats",
    "TopicCount",
    "WeekCount",
    "add_note",
    "ambassador_queue",
    "cancel_request",
    "claim",
    "create_request",
    "household_requests",
    "leader_request",
    "parse_outcome",
    "parse_topic",
    "programme_stats",
    "record_request_visit",
    "release",
    "request_detail",
    "resolve",
    "unclaimed_for_leader",
    "validate_comment",
    "validate_note",
    "validate_preferred_time",
]
