"""Role names and what each role may do in general (DESIGN.md, "Who uses it").

The workflow's per-action rules live in ``factcheck.claims.workflow``; this module only names the
roles and groups them, so no other module types a role name.
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    FACT_CHECKER = "fact_checker"
    EDITOR = "editor"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {Role.FACT_CHECKER: "Fact-checker", Role.EDITOR: "Editor", Role.ADMIN: "Admin"}

ALL_STAFF: frozenset[Role] = frozenset(Role)
"""Everyone with an account: fact-checkers, editors, admins."""

EDITORS: frozenset[Role] = frozenset({Role.EDITOR, Role.ADMIN})
"""An editor does everything a fact-checker does plus approving and publishing; admins too."""

ADMINS: frozenset[Role] = frozenset({Role.ADMIN})


class Permission(StrEnum):
    """What a role may do outside the claim workflow (the workflow's own rules live in
    ``factcheck.claims.workflow``). Guards and templates both ask ``can``."""

    MANAGE_USERS = "manage_users"
    MANAGE_SETTINGS = "manage_settings"


PERMISSIONS: dict[Permission, frozenset[Role]] = {
    Permission.MANAGE_USERS: ADMINS,
    Permission.MANAGE_SETTINGS: ADMINS,
}


def can(role: Role | str | None, permission: Permission | str) -> bool:
    if role is None:
        return False
    return Role(role) in PERMISSIONS[Permission(permission)]
