"""The people the assignee filter offers: every active person in a menu on a small desk, and on a
big one (more than ``PEOPLE_LISTED``) a person looked up by what was typed, so no page of the
queue or the board reads every person (issue 18: a desk of 1,000 staff).

The filter's values stay those of the URL (``mine``, ``none`` or a person's id): a typed name or
e-mail address is resolved here to the id, exactly and ignoring case, or to the people it could
mean when it names nobody or several.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import ColumnElement, func, or_, select

from factcheck.accounts.models import User
from factcheck.claims.queue._filters import ASSIGNEE_MINE, ASSIGNEE_NONE, MAX_TEXT_FILTER

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.queue._filters import ParsedQueue

SUGGESTED = 10
"""People offered for what was typed, as one types or after a name that was not clear."""

UNKNOWN_ID = "No active person has that id."
PERSON_FIELD = "person"
"""The search field's name: the text typed, never the filter's value (that stays ``assignee``)."""


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    """As the form sends it."""
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class AssigneeChoices:
    """What the assignee filter shows, beside Anyone, Me and Nobody."""

    listed: list[tuple[str, str]] | None
    """Every active person (id, name) on a small desk; None past the limit: the form offers a search."""
    chosen: Person | None = None
    """The person filtered by, on a big desk (the menu shows them alone)."""
    typed: str = ""
    """A name or address that named no one person: kept in its field, with ``matches`` to pick."""
    matches: tuple[Person, ...] = ()

    @property
    def menu(self) -> list[tuple[str, str]]:
        """The people of the menu: all of a small desk, or the one chosen on a big one."""
        if self.listed is not None:
            return self.listed
        return [(self.chosen.id, self.chosen.name)] if self.chosen else []


async def listed_people(session: AsyncSession, limit: int) -> list[tuple[str, str]] | None:
    """Every active person (id as text, name) by name, or None when there are more than ``limit``:
    at most ``limit`` + 1 rows are read, however big the desk."""
    rows = await session.execute(
        select(User.id, User.display_name)
        .where(User.is_active.is_(True))
        .order_by(User.display_name, User.id)
        .limit(limit + 1)
    )
    people = [(str(uid), name) for uid, name in rows]
    return people if len(people) <= limit else None


def _people(where: ColumnElement[bool], limit: int) -> Select[User]:
    return (
        select(User)
        .where(User.is_active.is_(True), where)
        .order_by(User.display_name, User.email)
        .limit(limit)
    )


async def _fetch(session: AsyncSession, statement: Select[User]) -> list[Person]:
    return [Person(str(u.id), u.display_name, u.email) for u in await session.scalars(statement)]


async def people_called(session: AsyncSession, typed: str) -> list[Person]:
    """Active people whose name or e-mail address is ``typed``, ignoring case (a name two people
    share gives both, up to ``SUGGESTED`` + 1: enough to say it is not one)."""
    typed = typed.strip()
    # Lowered here and by the database (SQLite's lower() knows ASCII only: as typed matches too).
    wanted = typed.lower()
    where = or_(
        func.lower(User.display_name) == wanted,
        User.display_name == typed,
        func.lower(User.email) == wanted,
    )
    return await _fetch(session, _people(where, SUGGESTED + 1))


async def people_matching(session: AsyncSession, typed: str, limit: int = SUGGESTED) -> list[Person]:
    """Active people whose name, a word of the name, or e-mail address starts with ``typed``
    (ignoring case; nothing typed is read as a pattern), at most ``limit``, by name."""
    text = typed.strip().lower()[:MAX_TEXT_FILTER]
    if not text:
        return []
    name = func.lower(User.display_name)
    where = or_(
        name.startswith(text, autoescape=True),
        name.contains(" " + text, autoescape=True),
        func.lower(User.email).startswith(text, autoescape=True),
    )
    return await _fetch(session, _people(where, limit))


async def active_person(session: AsyncSession, user_id: str) -> Person | None:
    return next(iter(await _fetch(session, _people(User.id == UUID(user_id), 1))), None)


def _unclear(typed: str, called: list[Person], matches: list[Person]) -> str:
    shown = typed[:60]
    if called:
        return f"{len(called) if len(called) <= SUGGESTED else 'Many'} people are called “{shown}”: pick one."
    if matches:
        return f"No one is called “{shown}” exactly: pick a person, or type a whole name or e-mail address."
    return f"No active person is called “{shown}”: type a name or an e-mail address."


async def assignee_choices(
    session: AsyncSession, parsed: ParsedQueue, typed: str, listed: list[tuple[str, str]] | None
) -> tuple[AssigneeChoices, ParsedQueue]:
    """The filter's people, and the view with a typed name resolved: the person's id when it names
    exactly one active person; otherwise the assignee is left out, a message says why (under
    ``PERSON_FIELD``) and the people it could mean are offered. A typed name gives way to "Me" and
    "Nobody" (chosen after a name that was not clear, with the name still in its field)."""
    typed = typed.strip()[:MAX_TEXT_FILTER]
    filters = parsed.filters
    if typed and filters.assignee not in (ASSIGNEE_MINE, ASSIGNEE_NONE):
        errors = {k: v for k, v in parsed.errors.items() if k != "assignee"}
        called = await people_called(session, typed)
        if len(called) == 1:
            person = called[0]
            resolved = replace(
                parsed,
                filters=replace(filters, assignee=person.id),
                values={**parsed.values, "assignee": person.id},
                errors=errors,
            )
            return AssigneeChoices(listed, chosen=None if listed is not None else person), resolved
        matches = called[:SUGGESTED] or await people_matching(session, typed)
        errors[PERSON_FIELD] = _unclear(typed, called, matches)
        unresolved = replace(
            parsed,
            filters=replace(filters, assignee=None),
            values={**parsed.values, "assignee": ""},
            errors=errors,
        )
        return AssigneeChoices(listed, typed=typed, matches=tuple(matches)), unresolved
    if filters.assignee in (None, ASSIGNEE_MINE, ASSIGNEE_NONE):
        return AssigneeChoices(listed), parsed
    # A person's id: known among those listed, or looked up alone on a big desk.
    chosen = None if listed is not None else await active_person(session, filters.assignee)
    known = chosen is not None or any(filters.assignee == uid for uid, _ in listed or ())
    if known:
        return AssigneeChoices(listed, chosen=chosen), parsed
    # The filter stays (an old link to someone since deactivated still finds their claims) and the
    # page says why.
    return AssigneeChoices(listed), replace(parsed, errors={**parsed.errors, "assignee": UNKNOWN_ID})
