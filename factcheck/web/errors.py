"""Errors become a page, a fragment or JSON here, in one place; never a traceback (STYLE.md, habit 9)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from advanced_alchemy.exceptions import NotFoundError, RepositoryError
from advanced_alchemy.extensions.litestar._utils import get_aa_scope_state
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, NotAuthorizedException, ValidationException
from litestar.response import Redirect, Template
from litestar.status_codes import HTTP_500_INTERNAL_SERVER_ERROR

from factcheck.errors import DomainError, Invalid, TooMany
from factcheck.web.htmx import wants_fragment

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
    from litestar.types import ExceptionHandlersMap

log = logging.getLogger("factcheck")

TITLES = {
    400: "Bad request",
    401: "Sign-in needed",
    403: "Not allowed",
    404: "Not found",
    405: "Not allowed here",
    409: "Changed meanwhile",
    422: "Please check what you entered",
    429: "Too many requests",
    500: "Something went wrong",
    503: "Unavailable",
}


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/healthz"


def error_response(
    request: Request,
    status_code: int,
    detail: str,
    errors: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    if wants_json(request):
        # One shape for every API error (issue 8): `extra` maps a field to its message.
        body: dict[str, object] = {"status_code": status_code, "detail": detail, "extra": errors or {}}
        return Response(body, status_code=status_code, media_type=MediaType.JSON, headers=headers)
    return Template(
        "error.html",
        context={"status_code": status_code, "title": TITLES.get(status_code, "Error"), "detail": detail},
        status_code=status_code,
        headers=headers,
    )


def sign_in_first(request: Request, exc: NotAuthorizedException) -> Response:
    """Anonymous pages go to the sign-in form and come back after; the API answers 401 JSON."""
    if wants_json(request):
        # The same answer for a missing, unknown or revoked token: nothing to learn by probing.
        return error_response(
            request, 401, "Sign in, or send an API token.", headers={"WWW-Authenticate": "Bearer"}
        )
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    login = f"/login?{urlencode({'next': target})}"
    if wants_fragment(request):
        return Response(None, status_code=401, headers={"HX-Redirect": login})
    return Redirect(login, status_code=303)


def _public_names(request: Request) -> dict[str, str]:
    """A handler's argument (``claim_state``) by the name the client sends (``state``), so an error
    names what the client can fix."""
    handler = request.scope.get("route_handler")
    signature = getattr(handler, "parsed_fn_signature", None)
    if signature is None:  # no handler resolved (404, 405): nothing to rename
        return {}
    parameters = signature.parameters
    names: dict[str, str] = {}
    for argument, field in parameters.items():
        kwarg = field.kwarg_definition
        public = (
            getattr(kwarg, "query", None) or getattr(kwarg, "name", None) or getattr(kwarg, "header", None)
        )
        if public and public != argument:
            names[argument] = public
    return names


def http_exception_handler(request: Request, exc: HTTPException) -> Response:
    detail = exc.detail
    errors: dict[str, str] = {}
    headers = dict(exc.headers or {})
    if isinstance(exc, NotAuthorizedException):
        return sign_in_first(request, exc)
    if isinstance(exc, ValidationException):
        problems = [e for e in (exc.extra or []) if isinstance(e, dict)]
        detail = "The request could not be read: " + "; ".join(str(e.get("message", "")) for e in problems)
        names = _public_names(request)
        errors = {
            names.get(str(e.get("key")), str(e.get("key") or "body")): str(e.get("message", ""))
            for e in problems
        }
    if exc.status_code == 429 and "RateLimit-Reset" in headers:
        headers["Retry-After"] = headers["RateLimit-Reset"]
    return error_response(
        request, exc.status_code, detail or TITLES.get(exc.status_code, "Error"), errors, headers or None
    )


def domain_error_handler(request: Request, exc: DomainError) -> Response:
    errors = exc.errors if isinstance(exc, Invalid) else None
    headers = {"Retry-After": str(exc.minutes * 60)} if isinstance(exc, TooMany) else None
    return error_response(request, exc.status_code, exc.detail, errors, headers)


def repository_error_handler(request: Request, exc: RepositoryError) -> Response:
    if isinstance(exc, NotFoundError):
        return error_response(request, 404, "Not found.")
    log.exception("database error on %s", request.url.path, exc_info=exc)
    return error_response(request, 500, "The database could not complete this request. Please try again.")


def internal_error_handler(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return error_response(request, HTTP_500_INTERNAL_SERVER_ERROR, "Something went wrong on our side.")


def rollback_on_error(db_config: SQLAlchemyAsyncConfig) -> Callable[[Exception, Any], Awaitable[None]]:
    """An ``after_exception`` hook: whatever a failed request wrote is rolled back before the
    error response is sent (and before the session store writes on SQLite, which would otherwise
    wait on the open write transaction). Nothing is half-written."""

    async def hook(exc: Exception, scope: Any) -> None:
        session = get_aa_scope_state(scope, db_config.session_scope_key)
        if session is not None:
            await session.rollback()

    return hook


EXCEPTION_HANDLERS: ExceptionHandlersMap = {
    HTTPException: http_exception_handler,
    DomainError: domain_error_handler,
    RepositoryError: repository_error_handler,
    HTTP_500_INTERNAL_SERVER_ERROR: internal_error_handler,
}
