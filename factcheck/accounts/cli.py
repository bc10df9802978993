"""`factcheck user ...` and `factcheck token ...`: accounts and API tokens from the command line
(scripts create users this way). Loaded when one of them runs (``factcheck.cli.LAZY_COMMANDS``)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from factcheck.accounts.roles import Role
from factcheck.cli import (
    Abort,
    _check_database,
    _handled,
    _import_database_layer,
    _settings,
    run_in_session,
    upgrade_schema,
)
from factcheck.errors import Invalid, NotFound

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.settings import Settings

ROLE_CHOICES = {
    "fact-checker": Role.FACT_CHECKER,
    "fact_checker": Role.FACT_CHECKER,
    "editor": Role.EDITOR,
    "admin": Role.ADMIN,
}


def _role(value: str) -> Role:
    try:
        return ROLE_CHOICES[value.strip().lower()]
    except KeyError:
        raise Abort(f"unknown role {value!r}: use fact-checker, editor or admin") from None


def with_users(settings: Settings, work: Callable[[Any], Any]) -> Any:
    """Run ``work(UserService)`` against the configured database, schema brought up to date."""
    _import_database_layer()  # a no-op under ``serve``, which has loaded them for its app
    from factcheck.accounts.service import UserService

    _check_database(settings)
    upgrade_schema(settings)

    async def go(session: AsyncSession) -> Any:
        return await work(UserService(session=session))

    try:
        return run_in_session(settings, go)
    except Invalid as exc:
        reasons = "; ".join(exc.errors.values())
        raise Abort(f"{exc.detail.rstrip('.')}: {reasons}" if reasons else exc.detail) from None
    except NotFound as exc:
        raise Abort(exc.detail) from None


async def _user_by_email(users: Any, email: str) -> Any:
    found = await users.get_by_email(email)
    if found is None:
        raise NotFound(f"no user with email {email}")
    return found


@click.group("user")
def user_command() -> None:
    """Manage user accounts (scripts create users this way)."""


@user_command.command("create")
@click.argument("email")
@click.option("--role", "role_name", required=True, help="fact-checker, editor or admin")
@click.option("--name", "display_name", default=None, help="Display name (default: the part before @)")
@click.option("--generate-password", is_flag=True, help="Generate a password and print it")
@_handled
def user_create(email: str, role_name: str, display_name: str | None, generate_password: bool) -> None:
    """Create a user. The password is read from standard input when it is not a terminal."""
    from factcheck.security.passwords import generate_password as make_password

    role = _role(role_name)
    settings = _settings()
    if generate_password:
        password = make_password()
    elif sys.stdin.isatty():
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    name = display_name or email.split("@", 1)[0]
    created = with_users(
        settings,
        lambda users: users.create_user(email=email, display_name=name, role=role, password=password),
    )
    click.echo(f"Created {created.role_label.lower()} {created.email}.")
    if generate_password:
        click.echo(f"Password: {password}")


@user_command.command("set-role")
@click.argument("email")
@click.argument("role_name", metavar="ROLE")
@_handled
def user_set_role(email: str, role_name: str) -> None:
    """Change a user's role (fact-checker, editor or admin)."""
    role = _role(role_name)

    async def work(users: Any) -> Any:
        found = await _user_by_email(users, email)
        return await users.set_role(found.id, role)

    changed = with_users(_settings(), work)
    click.echo(f"{changed.email} is now {changed.role_label.lower()}.")


@user_command.command("deactivate")
@click.argument("email")
@_handled
def user_deactivate(email: str) -> None:
    """Stop a user from signing in; their open sessions stop working."""

    async def work(users: Any) -> Any:
        found = await _user_by_email(users, email)
        return await users.set_active(found.id, False)

    changed = with_users(_settings(), work)
    click.echo(f"{changed.email} is deactivated.")


@user_command.command("list")
@_handled
def user_list() -> None:
    """List users: email, role, active."""

    async def work(users: Any) -> Any:
        return await users.all_users()

    for row in with_users(_settings(), work):
        status = "active" if row.is_active else "deactivated"
        click.echo(f"{row.email:<32} {row.role_label:<13} {status:<12} {row.display_name}")


@click.group("token")
def token_command() -> None:
    """Personal API tokens (users create their own on /account)."""


@token_command.command("create")
@click.argument("email")
@click.option("--name", required=True, help="Where the token is used, e.g. 'partner feed'")
@_handled
def token_create(email: str, name: str) -> None:
    """Create an API token for a user and print it (only its hash is stored)."""
    _import_database_layer()
    from factcheck.accounts.tokens import ApiTokenService

    async def work(users: Any) -> Any:
        found = await _user_by_email(users, email)
        return await ApiTokenService(users.repository.session).create_token(found, name)

    _, secret = with_users(_settings(), work)
    click.echo(secret)
