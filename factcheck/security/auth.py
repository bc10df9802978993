"""Sign-in sessions: server-side, in the database store every app process shares.

The session holds only the user's id. The user is re-read on every request, so a deactivated user's
open sessions stop working at once. The session id changes at sign-in (no session fixation).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any
from uuid import UUID

from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, MutableScopeHeaders
from litestar.exceptions import NotAuthorizedException
from litestar.middleware.authentication import AuthenticationResult
from litestar.middleware.session.server_side import ServerSideSessionBackend, ServerSideSessionConfig
from litestar.security.session_auth import SessionAuth, SessionAuthMiddleware
from litestar.types import Empty, Message, ScopeSession
from litestar.utils.dataclass import extract_dataclass_items

from factcheck.accounts.models import User
from factcheck.accounts.tokens import ApiTokenService
from factcheck.security.models import StoreItem
from factcheck.security.store import RowStore

if TYPE_CHECKING:
    from advanced_alchemy.extensions.litestar import SQLAlchemyAsyncConfig
    from litestar.connection import ASGIConnection
    from litestar.stores.base import Store

SESSION_COOKIE = "session"
SESSION_MAX_AGE_S = 12 * 3600
"""A working day and then some: sign in again the next morning."""
SESSION_STORE = "sessions"
RATE_LIMIT_STORE = "rate_limit"
"""The name Litestar's rate-limit middleware looks up; shared by every app process."""
API_PREFIX = "/api/"

SESSION_RENEW_S = 300
"""An unchanged session's row (and cookie) is rewritten at most this often to push its expiry on,
not on every request: a page view then reads the session without writing to the database."""

_ROTATE = "factcheck.rotate_session"
_NEW_ID = "factcheck.new_session_id"
_LOADED = "factcheck.session_loaded"
_RENEWED = "renewed"

PUBLIC = {"exclude_from_auth": True}
"""Route ``opt`` for what anonymous readers may see (sign-in, health, static files, public pages)."""


class RotatingSessionBackend(ServerSideSessionBackend):
    """Gives the session a new id when the request asked for it (at sign-in and sign-out)."""

    def get_session_id(self, connection: ASGIConnection[Any, Any, Any, Any]) -> str:
        if connection.scope.get(_ROTATE):  # type: ignore[call-overload]
            new_id = connection.scope.get(_NEW_ID) or self.generate_session_id()  # type: ignore[call-overload]
            connection.scope[_NEW_ID] = new_id  # type: ignore[literal-required]
            return new_id
        return super().get_session_id(connection)

    async def load_from_connection(self, connection: ASGIConnection[Any, Any, Any, Any]) -> dict[str, Any]:
        """The session's data, remembering the stored bytes to tell later whether it changed."""
        if session_id := connection.cookies.get(self.config.key):
            store = self.config.get_store_from_app(connection.scope["app"])
            if isinstance(store, RowStore) and not self.config.renew_on_access:
                data = await store.get_in_request(session_id, connection)
            else:
                data = await self.get(session_id, store=store)
            if data is not None:
                connection.scope[_LOADED] = data  # type: ignore[literal-required]
                return self.deserialize_data(data)
        return {}

    async def store_in_message(
        self, scope_session: ScopeSession, message: Message, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> None:
        # An empty session is not worth a row: anonymous readers and the health check write nothing,
        # and with no cookie there is nothing to clear either.
        if scope_session is Empty or not scope_session:
            if not connection.cookies.get(self.config.key):
                return
            await self._expire(message, connection)
            return
        else:
            loaded = connection.scope.get(_LOADED)  # type: ignore[call-overload]
            renewed = scope_session.get(_RENEWED)
            if (
                loaded is not None
                and not connection.scope.get(_ROTATE)  # type: ignore[call-overload]
                and isinstance(renewed, int)
                and 0 <= time.time() - renewed < SESSION_RENEW_S
                and self.serialize_data(scope_session, connection.scope) == loaded
            ):
                return  # unchanged and renewed a moment ago: the row and the cookie stand
            scope_session[_RENEWED] = int(time.time())
        await super().store_in_message(scope_session, message, connection)

    async def _expire(self, message: Message, connection: ASGIConnection[Any, Any, Any, Any]) -> None:
        """Sign-out: the row goes, and the browser is told to drop the cookie now (``Max-Age=0``;
        Litestar's own empty-session cookie keeps the configured max age)."""
        store = self.config.get_store_from_app(connection.scope["app"])
        await self.delete(self.get_session_id(connection), store=store)
        params = dict(extract_dataclass_items(self.config, exclude_none=True, include=Cookie.__dict__.keys()))
        params["max_age"] = 0
        cookie = Cookie(value="", key=self.config.key, expires=0, **params)
        MutableScopeHeaders.from_message(message).add("Set-Cookie", cookie.to_header(header=""))


class RotatingSessionConfig(ServerSideSessionConfig):
    _backend_class = RotatingSessionBackend


async def start_session(connection: ASGIConnection[Any, Any, Any, Any], user: User) -> None:
    """Sign ``user`` in: drop the old session, and store the user's id under a fresh session id."""
    old_id = connection.cookies.get(SESSION_COOKIE)
    if old_id:
        await connection.app.stores.get(SESSION_STORE).delete(old_id)
    connection.scope[_ROTATE] = True  # type: ignore[literal-required]
    connection.set_session({"user_id": str(user.id)})


async def end_session(connection: ASGIConnection[Any, Any, Any, Any]) -> None:
    old_id = connection.cookies.get(SESSION_COOKIE)
    if old_id:
        await connection.app.stores.get(SESSION_STORE).delete(old_id)
    connection.clear_session()


def make_stores(db_config: SQLAlchemyAsyncConfig) -> dict[str, Store]:
    return {
        SESSION_STORE: RowStore(db_config, model=StoreItem, namespace=SESSION_STORE),
        RATE_LIMIT_STORE: RowStore(db_config, model=StoreItem, namespace=RATE_LIMIT_STORE),
    }


def bearer_secret(connection: ASGIConnection[Any, Any, Any, Any]) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header on an /api request, else None."""
    if not connection.scope["path"].startswith(API_PREFIX):
        return None
    header = connection.headers.get("authorization")
    if header is None:
        return None
    scheme, _, secret = header.strip().partition(" ")
    if scheme.lower() != "bearer" or not secret.strip():
        raise NotAuthorizedException("Send the API token as `Authorization: Bearer TOKEN`.")
    return secret.strip()


def make_session_auth(db_config: SQLAlchemyAsyncConfig, *, secure_cookies: bool) -> SessionAuth[User, Any]:
    class SessionOrTokenAuthMiddleware(SessionAuthMiddleware):
        """The session, or on /api an API token: a bearer request authenticates as the token's
        user, with the token as ``request.auth`` (which exempts it from CSRF: ``ApiCSRFMiddleware``).
        An unknown or revoked token, or a deactivated user's, is refused; there is no fallback to
        the session then, so a script never acts as whoever happens to be signed in."""

        async def authenticate_request(
            self, connection: ASGIConnection[Any, Any, Any, Any]
        ) -> AuthenticationResult:
            secret = bearer_secret(connection)
            if secret is None:
                return await super().authenticate_request(connection)
            async with db_config.get_session() as db:
                found = await ApiTokenService(db).authenticate(secret)
            if found is None:
                raise NotAuthorizedException("This API token is unknown or no longer valid.")
            token, user = found
            return AuthenticationResult(user=user, auth=token)

    async def retrieve_user(
        session: dict[str, Any], connection: ASGIConnection[Any, Any, Any, Any]
    ) -> User | None:
        try:
            user_id = UUID(str(session.get("user_id")))
        except ValueError:
            return None
        # On the request's own session (one connection and transaction a request: a session of
        # its own cost PostgreSQL a BEGIN and a ROLLBACK more), then detached from it, so a
        # rollback in the handler cannot expire the user the templates still read.
        db = db_config.provide_session(connection.app.state, connection.scope)
        user = await db.get(User, user_id)
        if user is None:
            return None
        db.expunge(user)
        # A deactivated user's open sessions stop working (issue: accounts).
        return user if user.is_active else None

    return SessionAuth[User, RotatingSessionBackend](
        retrieve_user_handler=retrieve_user,
        authentication_middleware_class=SessionOrTokenAuthMiddleware,
        exclude=["^/schema"],  # the API's description is public, like any API's documentation
        session_backend_config=RotatingSessionConfig(
            store=SESSION_STORE,
            key=SESSION_COOKIE,
            max_age=SESSION_MAX_AGE_S,
            httponly=True,
            samesite="lax",
            secure=secure_cookies,
            exclude=["^/static/", "^/healthz$", "^/schema"],
        ),
    )
