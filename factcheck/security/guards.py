"""Route guards: the server-side half of every permission. Templates ask the same ``can``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from litestar.exceptions import NotAuthorizedException, PermissionDeniedException

from factcheck.accounts.roles import Permission, can

if TYPE_CHECKING:
    from litestar.connection import ASGIConnection
    from litestar.handlers.base import BaseRouteHandler
    from litestar.types import Guard


def requires(permission: Permission) -> Guard:
    def guard(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
        user = connection.scope.get("user")
        if user is None:
            raise NotAuthorizedException("Sign in to see this.")
        if not can(user.role, permission):
            raise PermissionDeniedException("Your role may not do this.")

    guard.__name__ = f"requires_{permission.value}"
    return guard


requires_user_admin = requires(Permission.MANAGE_USERS)

requires_settings_admin = requires(Permission.MANAGE_SETTINGS)
