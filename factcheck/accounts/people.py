"""Finding a person at a desk of any size (issue 18: a desk of 1,000 staff): every active person
when there are few enough to list, and otherwise the person named by what was typed.

A typed name or e-mail address is resolved to the person exactly and ignoring case, or to the
people it could mean when it names nobody or several. The assignee filter of the queue and the
board (``claims/queue/_people.py``) and the claim page's assign form both ask here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import ColumnElement, or_, select

from factcheck.accounts.models import User
from factcheck.db.text import lowered

if TYPE_CHECKING:
    from sqlalchemy import Select
    from sqlalchemy.ext.asyncio import AsyncSession

SUGGESTED = 10
"""People offered for what was typed, as one types or after a name that was not clear."""

MAX_TYPED = 300
"""What is read of a typed name or address (the fields' maxlength)."""

PERSON_FIELD = "person"
"""The field a name or e-mail address is typed in, on the queue's filter and the claim page's assign
form alike: the text typed, never the value filtered by or stored (that stays ``assignee``, an id)."""


def none_found(typed: str) -> str:
    """Said when the suggestions find nobody for what is being typed."""
    return f"No active person’s name or e-mail address starts with “{typed[:60]}”."


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    """As a form sends it."""
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a typed name or address names: one person, or a message and the people it could mean."""

    typed: str
    person: Person | None = None
    message: str = ""
    matches: tuple[Person, ...] = ()


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
    wanted = typed.lower()
    where = or_(lowered(User.display_name) == wanted, lowered(User.email) == wanted)
    return await _fetch(session, _people(where, SUGGESTED + 1))


async def people_matching(session: AsyncSession, typed: str, limit: int = SUGGESTED) -> list[Person]:
    """Active people whose name, a word of the name, or e-mail address starts with ``typed``
    (ignoring case; nothing typed is read as a pattern), at most ``limit``, by name."""
    text = typed.strip().lower()[:MAX_TYPED]
    if not text:
        return []
    name = lowered(User.display_name)
    where = or_(
        name.startswith(text, autoescape=True),
        name.contains(" " + text, autoescape=True),
        lowered(User.email).startswith(text, autoescape=True),
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


async def resolve_person(session: AsyncSession, typed: str) -> Resolved:
    """The active person ``typed`` names (their whole name or e-mail address, any case), or why it
    names no one person and the people it could mean: those of that name, or else those whose
    name or address starts with it."""
    typed = typed.strip()[:MAX_TYPED]
    called = await people_called(session, typed)
    if len(called) == 1:
        return Resolved(typed, person=called[0])
    matches = called[:SUGGESTED] or await people_matching(session, typed)
    return Resolved(typed, message=_unclear(typed, called, matches), matches=tuple(matches))
