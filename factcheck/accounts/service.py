"""Users and organisation settings."""

from __future__ import annotations

from advanced_alchemy.repository import SQLAlchemyAsyncRepository
from advanced_alchemy.service import SQLAlchemyAsyncRepositoryService
from sqlalchemy import func, select

from factcheck.accounts.models import OrganisationSettings, User
from factcheck.accounts.roles import Role
from factcheck.errors import Invalid
from factcheck.security.passwords import hash_password


def normalise_email(email: str) -> str:
    return email.strip().lower()


class UserService(SQLAlchemyAsyncRepositoryService[User]):
    class Repo(SQLAlchemyAsyncRepository[User]):
        model_type = User

    repository_type = Repo

    async def get_by_email(self, email: str) -> User | None:
        return await self.get_one_or_none(User.email == normalise_email(email))

    async def create_user(
        self, *, email: str, display_name: str, role: Role | str, password: str | None
    ) -> User:
        email = normalise_email(email)
        errors = {}
        if "@" not in email or len(email) < 3:
            errors["email"] = "Enter an email address."
        if not display_name.strip():
            errors["display_name"] = "Enter a name."
        try:
            role = Role(role)
        except ValueError:
            errors["role"] = f"Unknown role {role!r}."
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


class OrganisationService(SQLAlchemyAsyncRepositoryService[OrganisationSettings]):
    class Repo(SQLAlchemyAsyncRepository[OrganisationSettings]):
        model_type = OrganisationSettings

    repository_type = Repo

    async def current(self) -> OrganisationSettings:
        """The one settings row; defaults when the organisation has not saved any yet."""
        row = (
            await self.repository.session.execute(
                select(OrganisationSettings).order_by(OrganisationSettings.created_at).limit(1)
            )
        ).scalar_one_or_none()
        return row or OrganisationSettings(
            name="factcheck", approvals_needed=1, min_sources=1, extractor_threshold=0.5
        )

    async def ensure(self, **values: object) -> OrganisationSettings:
        """Create the settings row once (seeding); an existing row is left as the admin saved it."""
        count = await self.repository.session.scalar(select(func.count()).select_from(OrganisationSettings))
        if count:
            return await self.current()
        return await self.create(OrganisationSettings(**values), auto_commit=True)
