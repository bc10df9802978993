"""The domain's words the templates read: states, choices for forms, permissions.

``web/`` knows no domain; the app factory (and the printable report) hand these to the Jinja
environment, so forms, validation, the API schema and templates all read the same declarations.
"""

from __future__ import annotations

from typing import Any

from factcheck.accounts.roles import Role, can
from factcheck.claims.models import Priority
from factcheck.claims.queue import AssigneeChoice
from factcheck.claims.workflow import State
from factcheck.evidence.models import SourceKind, Stance
from factcheck.transparency import paths as transparency_paths


def state_label(value: str) -> str:
    return State(value).label


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
        "transparency_paths": transparency_paths,
        "can": lambda user, permission: user is not None and can(user.role, permission),
    }


def template_filters() -> dict[str, Any]:
    return {"state_label": state_label}
