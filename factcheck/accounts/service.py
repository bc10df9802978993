"""Users and organisation settings."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import func, select

from factcheck.accounts.models import (
    EMAIL_MAX,
    ORGANISATION_DEFAULTS,
    ORGANISATION_NAME_MAX,
    ORGANISATION_URL_MAX,
    USER_NAME_MAX,
    OrganisationSettings,
    User,
)
from factcheck.accounts.roles import Role
from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid, NotFound, StaleEdit
from factcheck.security.passwords import generate_password, hash_password, verify_password_async
from factcheck.web_address import check_urls

if TYPE_CHECKING:
    from datetime import datetime
    from uuid import UUID

    from sqlalchemy import Select

MIN_PASSWORD_LENGTH = 10


def normalise_email(email: str) -> str:
    return email.strip().lower()


class UserService(SQLAlchemyAsyncRepositoryService[User]):
    class Repo(SQLAlchemyAsyncRepository[User]):
        model_type = User

    repository_type = Repo

    async def get_by_email(self, email: str) -> User | None:
        return await self.get_one_or_none(User.email == normalise_email(email))

    @unit_of_work
    async def create_user(
        self, *, email: str, display_name: str, role: Role | str, password: str | None
    ) -> User:
        email = normalise_email(email)
        errors = {}
        if "@" not in email or len(email) < 3:
            errors["email"] = "Enter an email address."
        elif len(email) > EMAIL_MAX:
            errors["email"] = f"Keep the email address to {EMAIL_MAX} characters."
        if not display_name.strip():
            errors["display_name"] = "Enter a name."
        elif len(display_name.strip()) > USER_NAME_MAX:
            errors["display_name"] = f"Keep the name to {USER_NAME_MAX} characters."
        try:
            role = Role(role)
        except ValueError:
            errors["role"] = f"Unknown role {role!r}."
        if password is not None and len(password) < MIN_PASSWORD_LENGTH:
            errors["password"] = f"A password needs at least {MIN_PASSWORD_LENGTH} characters."
        if not errors and await self.get_by_email(email):
            errors["email"] = "A user with this email already exists."
        if errors:
            raise Invalid("The user could not be created.", errors)
        user = User(
            email=email,
            display_name=display_name.strip(),
            role=Role(role).value,
            password_hash=hash_password(password) if password else None,
        )
        return await self.create(user, auto_commit=True)

    async def authenticate(self, email: str, password: str) -> User | None:
        """The user, if the email and password match an active account; else None, whichever part
        was wrong (a wrong email and a wrong password get the same answer)."""
        user = await self.get_by_email(email)
        ok = await verify_password_async(user.password_hash if user else None, password)
        return user if ok and user is not None and user.is_active else None

    async def get_user(self, user_id: UUID) -> User:
        user = await self.repository.session.get(User, user_id)
        if user is None:
            raise NotFound("No such user.")
        return user

    async def all_users(self) -> list[User]:
        result = await self.repository.session.execute(select(User).order_by(User.display_name, User.email))
        return list(result.scalars())

    async def count_active_admins(self, *, besides: User | None = None) -> int:
        query = (
            select(func.count())
            .select_from(User)
            .where(User.role == Role.ADMIN.value, User.is_active.is_(True))
        )
        if besides is not None:
            query = query.where(User.id != besides.id)
        return (await self.repository.session.scalar(query)) or 0

    async def _keep_an_admin(self, user: User) -> None:
        # The last active admin cannot be removed: nobody could manage users any more.
        if (
            user.role == Role.ADMIN.value
            and user.is_active
            and not await self.count_active_admins(besides=user)
        ):
            raise Invalid(
                "The last active admin cannot be removed.",
                {"role": "Make another user an admin first."},
            )

    @unit_of_work
    async def set_role(self, user_id: UUID, role: Role | str, *, by: UUID | None = None) -> User:
        try:
            role = Role(role)
        except ValueError:
            raise Invalid("Unknown role.", {"role": f"Unknown role {role!r}."}) from None
        user = await self.get_user(user_id)
        if role is not Role.ADMIN:
            await self._keep_an_admin(user)
        user.role = role.value
        user.updated_by_id = by
        await self.repository.session.commit()
        return user

    @unit_of_work
    async def set_active(self, user_id: UUID, active: bool, *, by: UUID | None = None) -> User:
        user = await self.get_user(user_id)
        if not active:
            await self._keep_an_admin(user)
        user.is_active = active
        user.updated_by_id = by
        await self.repository.session.commit()
        return user

    async def reset_password(
        self, user_id: UUID, *, seen: datetime | None, by: UUID | None = None
    ) -> tuple[User, str]:
        """A new one-time password, shown once to the admin who reset it, if the user is still as
        the admin saw them (``seen``: their ``updated_at`` on the page). A reset posted again (the
        page reloaded) finds them changed by the first and makes no second password, which would
        silently replace the one just given out."""
        user = await self.get_user(user_id)
        if seen is None or user.updated_at != seen:
            raise StaleEdit(
                f"{user.display_name} changed since the page was drawn (a password reset, or another"
                " change): no new password was made. Reset again below if one is needed."
            )
        password = generate_password()
        user.password_hash = hash_password(password)
        user.updated_by_id = by
        await self.repository.session.commit()
        return user, password


OPTIONAL_NUMBERS = frozenset({"tip_email_retention_days"})
"""Settings added later: a form or script that leaves them out keeps what is stored (so does
``tip_notify_role``; a value that is not a role is refused, as a number out of range is)."""


def settings_row() -> Select[OrganisationSettings]:
    """The organisation's one settings row (the first saved): read by ``current``, ``name`` and
    the board's facts statement (``claims.queue._choices``), which reads it beside its cards."""
    return select(OrganisationSettings).order_by(OrganisationSettings.created_at).limit(1)


class OrganisationService(SQLAlchemyAsyncRepositoryService[OrganisationSettings]):
    class Repo(SQLAlchemyAsyncRepository[OrganisationSettings]):
        model_type = OrganisationSettings

    repository_type = Repo

    async def current(self) -> OrganisationSettings:
        """The one settings row; defaults when the organisation has not saved any yet."""
        row = (await self.repository.session.execute(settings_row())).scalar_one_or_none()
        return row or OrganisationSettings(**asdict(ORGANISATION_DEFAULTS))

    async def name(self) -> str:
        """The organisation's name, as every page's header shows it."""
        name = await self.repository.session.scalar(
            settings_row().with_only_columns(OrganisationSettings.name)
        )
        return name or ORGANISATION_DEFAULTS.name

    async def ensure(self, **values: object) -> OrganisationSettings:
        """Create the settings row once (seeding); an existing row is left as the admin saved it."""
        count = await self.repository.session.scalar(select(func.count()).select_from(OrganisationSettings))
        if count:
            return await self.current()
        return await self.create(OrganisationSettings(**values), auto_commit=True)

    @unit_of_work
    async def save(self, values: dict[str, str], *, by: UUID | None = None) -> OrganisationSettings:
        """Validate and store the settings form; nothing is written unless all of it is valid."""
        errors: dict[str, str] = {}
        name = values.get("name", "").strip()
        if not name:
            errors["name"] = "The organisation needs a name."
        elif len(name) > ORGANISATION_NAME_MAX:
            errors["name"] = f"Keep the name to {ORGANISATION_NAME_MAX} characters."
        addresses = {field: values.get(field, "").strip() for field in ("url", "logo_url")}
        check_urls(errors, **addresses)
        for field, address in addresses.items():
            if field not in errors and len(address) > ORGANISATION_URL_MAX:
                errors[field] = f"Keep the address to {ORGANISATION_URL_MAX} characters."
        numbers: dict[str, float] = {}
        for field, low, high, kind in (
            ("approvals_needed", 1, 10, int),
            ("min_sources", 0, 10, int),
            ("extractor_threshold", 0, 1, float),
            ("tip_email_retention_days", 1, 3650, int),
        ):
            if field in OPTIONAL_NUMBERS and not values.get(field, "").strip():
                continue
            try:
                number = kind(values.get(field, ""))
            except ValueError:
                errors[field] = f"Enter a number from {low} to {high}."
                continue
            if not low <= number <= high:
                errors[field] = f"Enter a number from {low} to {high}."
            numbers[field] = number
        tip_role = values.get("tip_notify_role", "").strip()
        if tip_role and tip_role not in {r.value for r in Role}:
            labels = ", ".join(f"{r.label}s" for r in Role)
            errors["tip_notify_role"] = f"“{tip_role[:40]}” is not a role: choose one of {labels}."
        if errors:
            raise Invalid("The settings were not saved.", errors)
        session = self.repository.session
        row = (
            await session.execute(
                select(OrganisationSettings).order_by(OrganisationSettings.created_at).limit(1)
            )
        ).scalar_one_or_none()
        if row is None:
            row = OrganisationSettings()
            session.add(row)
        row.name = name
        row.url = values.get("url", "").strip() or None
        row.logo_url = values.get("logo_url", "").strip() or None
        row.approvals_needed = int(numbers["approvals_needed"])
        row.min_sources = int(numbers["min_sources"])
        row.extractor_threshold = float(numbers["extractor_threshold"])
        if "tip_email_retention_days" in numbers:
            row.tip_email_retention_days = int(numbers["tip_email_retention_days"])
        if tip_role:
            row.tip_notify_role = tip_role
        row.updated_by_id = by
        await session.commit()
        return row
