"""The domain's words the templates read: states, choices for forms, permissions.

``web/`` knows no domain; the app factory (and the printable report) hand these to the Jinja
environment, so forms, validation, the API schema and templates all read the same declarations.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from markupsafe import Markup

from factcheck.accounts.people import MAX_TYPED, PERSON_FIELD
from factcheck.accounts.roles import Role, can
from factcheck.claims.models import Priority
from factcheck.claims.queue import AssigneeChoice
from factcheck.claims.workflow import State
from factcheck.evidence.models import SourceKind, Stance
from factcheck.transparency import paths as transparency_paths


def state_label(value: str) -> str:
    return State(value).label


@cache
def state_badge(state: State | str) -> Markup:
    """A state's badge, made once per state and process: the queue draws one per row, the board
    one per column (a macro call cost about 10 microseconds each)."""
    state = State(state)
    return Markup('<span class="badge state-{}">{}</span>').format(state.value, state.label)


def template_globals() -> dict[str, Any]:
    return {
        "STATES": list(State),
        "ROLES": list(Role),
        "STANCES": list(Stance),
        "SOURCE_KINDS": list(SourceKind),
        "DEFAULT_SOURCE_KIND": SourceKind.NEWS_REPORT,
        "PRIORITIES": list(Priority),
        "DEFAULT_PRIORITY": Priority.NORMAL,
        "ASSIGNEE_CHOICES": list(AssigneeChoice),
        "PERSON_FIELD": PERSON_FIELD,
        "PERSON_MAX_TYPED": MAX_TYPED,
        "transparency_paths": transparency_paths,
        "state_badge": state_badge,
        "can": lambda user, permission: user is not None and can(user.role, permission),
    }


def template_filters() -> dict[str, Any]:
    return {"state_label": state_label}
