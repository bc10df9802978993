"""What the transparency pages show, read in a few queries, and the admin's edits to it.

Public data goes through ``publishing.service.public_select`` like every other public page, so a
dismissed or unpublished claim never shows up here either; a withdrawn fact-check shows only as its
withdrawal in the corrections log (``publishing.withdrawals``: the claim as it was published)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import func, select

from factcheck.accounts.models import BIO_MAX, OrganisationSettings, User
from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid
from factcheck.publishing.service import FactCheck, public_fact_checks, public_select
from factcheck.transparency import texts
from factcheck.transparency.models import (
    AMOUNT_MAX,
    CONTACT_MAX,
    FUNDER_MAX,
    LEGAL_FORM_MAX,
    FundingSource,
    TransparencySettings,
)
from factcheck.verdicts.models import Rating

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

ARCHIVE_LIMIT = 5_000
"""The archive lists every fact-check; this bounds one page's size should a desk publish more."""

# --- the admin's texts ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Texts:
    methodology: str | None
    corrections_policy: str | None
    contact: str | None
    legal_form: str | None


_SETTINGS_ROW = select(TransparencySettings).order_by(TransparencySettings.created_at).limit(1)


async def load_texts(session: AsyncSession) -> Texts:
    row = await session.scalar(_SETTINGS_ROW)
    if row is None:
        return Texts(None, None, None, None)
    return Texts(row.methodology, row.corrections_policy, row.contact, row.legal_form)


async def load_rules(session: AsyncSession) -> tuple[int, int]:
    """(approvals needed, minimum sources) from the organisation's settings."""
    row = (
        await session.execute(
            select(OrganisationSettings.approvals_needed, OrganisationSettings.min_sources)
            .order_by(OrganisationSettings.created_at)
            .limit(1)
        )
    ).first()
    return (row.approvals_needed, row.min_sources) if row else (1, 1)


async def methodology_text(session: AsyncSession, *, tips_open: bool) -> str:
    written = (await load_texts(session)).methodology
    if written:
        return written
    approvals, sources = await load_rules(session)
    return texts.default_methodology(approvals_needed=approvals, min_sources=sources, tips_open=tips_open)


async def funding(session: AsyncSession) -> list[FundingSource]:
    return list((await session.execute(select(FundingSource).order_by(FundingSource.position))).scalars())


def funding_lines(sources: list[FundingSource]) -> str:
    return "\n".join(f"{s.name} | {s.amount}" if s.amount else s.name for s in sources)


def parse_funding(text: str) -> tuple[list[tuple[str, str]], str | None]:
    """One funder a line, "Name | amount or share"; the first bad line is the error."""
    found = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        name, _, amount = (part.strip() for part in line.partition("|"))
        if not name:
            return [], f"Line {n} has no funder's name before the “|”."
        if len(name) > FUNDER_MAX or len(amount) > AMOUNT_MAX:
            return (
                [],
                f"Line {n} is too long (name up to {FUNDER_MAX}, amount up to {AMOUNT_MAX} characters).",
            )
        found.append((name, amount))
    return found, None


def _limit(errors: dict[str, str], values: dict[str, str], field: str, most: int, what: str) -> None:
    if len(values.get(field, "")) > most:
        errors[field] = f"{what} can be at most {most:,} characters (it has {len(values[field]):,})."


@unit_of_work
async def save_transparency(
    session: AsyncSession, values: dict[str, str], definitions: dict[UUID, str], *, by: UUID | None
) -> None:
    """Saves every field or none. An empty methodology or policy means: show the default text."""
    errors: dict[str, str] = {}
    _limit(errors, values, "methodology", texts.METHODOLOGY_MAX, "The methodology")
    _limit(errors, values, "corrections_policy", texts.POLICY_MAX, "The corrections policy")
    _limit(errors, values, "contact", CONTACT_MAX, "The contact")
    _limit(errors, values, "legal_form", LEGAL_FORM_MAX, "The legal form")
    funders, problem = parse_funding(values.get("funding", ""))
    if problem:
        errors["funding"] = problem
    ratings = {r.id: r for r in (await session.execute(select(Rating))).scalars()}
    for rating_id, definition in definitions.items():
        if rating_id not in ratings:
            errors[f"definition-{rating_id}"] = "This rating no longer exists; reload the page."
        elif len(definition) > texts.DEFINITION_MAX:
            errors[f"definition-{rating_id}"] = (
                f"A definition can be at most {texts.DEFINITION_MAX:,} characters "
                f"(it has {len(definition):,})."
            )
    if errors:
        raise Invalid("Nothing was saved: correct the fields marked below.", errors)
    row = await session.scalar(_SETTINGS_ROW)
    if row is None:
        row = TransparencySettings()
        session.add(row)
    row.methodology = values.get("methodology", "").strip() or None
    row.corrections_policy = values.get("corrections_policy", "").strip() or None
    row.contact = values.get("contact", "").strip() or None
    row.legal_form = values.get("legal_form", "").strip() or None
    row.updated_by_id = by
    for rating_id, definition in definitions.items():
        ratings[rating_id].definition = definition.strip() or None
    for old in await funding(session):
        await session.delete(old)
    session.add_all(FundingSource(name=n, amount=a, position=i) for i, (n, a) in enumerate(funders))
    await session.commit()


@unit_of_work
async def save_listing(session: AsyncSession, user_id: UUID, *, listed: bool, bio: str) -> None:
    """A user's own choice to appear in the team on /about, with a short bio."""
    bio = bio.strip()
    if len(bio) > BIO_MAX:
        raise Invalid(
            "Not saved.", {"bio": f"A bio can be at most {BIO_MAX} characters (it has {len(bio)})."}
        )
    user = await session.get_one(User, user_id)
    user.listed_on_about = listed
    user.bio = bio or None
    await session.commit()


# --- what the pages show -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RatingRow:
    id: UUID
    label: str
    value: int | None
    definition: str | None
    published: int


async def ratings_with_counts(session: AsyncSession) -> list[RatingRow]:
    """The scale in order, each label with how many public fact-checks carry it (two queries)."""
    public = public_select()[0].subquery()
    counted = await session.execute(select(public.c.rating, func.count()).group_by(public.c.rating))
    counts: dict[str | None, int] = {label: n for label, n in counted}
    ratings = (await session.execute(select(Rating).order_by(Rating.position))).scalars()
    return [RatingRow(r.id, r.label, r.value, r.definition, counts.get(r.label, 0)) for r in ratings]


@dataclass(frozen=True, slots=True)
class Month:
    label: str
    key: str
    items: list[FactCheck]


@dataclass(frozen=True, slots=True)
class Archive:
    months: list[Month]
    complete: bool
    """False when the desk has published more than ``ARCHIVE_LIMIT``: only the fact-checks
    published or corrected most recently are listed, and the page says so."""
    limit: int


async def archive(session: AsyncSession, limit: int | None = None) -> Archive:
    """Every public fact-check (up to ``ARCHIVE_LIMIT``, the most recently published or corrected),
    grouped by the month it was first published, newest first."""
    limit = limit or ARCHIVE_LIMIT
    page = await public_fact_checks(session, limit=limit)
    rows = sorted(page.rows, key=lambda fc: fc.first_published_at, reverse=True)
    months = [
        Month(items[0].first_published_at.strftime("%B %Y"), key, items)
        for key, group in groupby(rows, key=lambda fc: fc.first_published_at.strftime("%Y-%m"))
        for items in [list(group)]
    ]
    return Archive(months, complete=page.next_cursor is None, limit=limit)


@dataclass(frozen=True, slots=True)
class TeamMember:
    name: str
    role: str
    bio: str | None


async def team(session: AsyncSession) -> list[TeamMember]:
    users = await session.execute(
        select(User)
        .where(User.listed_on_about.is_(True), User.is_active.is_(True))
        .order_by(User.display_name)
    )
    return [TeamMember(u.display_name, u.role_label, u.bio) for u in users.scalars()]
