"""The people the assignee filter offers: every active person in a menu on a small desk, and on a
big one (more than ``PEOPLE_LISTED``) a person looked up by what was typed, so no page of the
queue or the board reads every person (issue 18: a desk of 1,000 staff).

The filter's values stay those of the URL (``mine``, ``none`` or a person's id): a typed name or
e-mail address is resolved to the id (``factcheck.accounts.people``, shared with the claim page's
assign form), exactly and ignoring case, or to the people it could mean when it names nobody or
several.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factcheck.accounts.people import (
    MAX_TYPED,
    PERSON_FIELD,
    SUGGESTED,
    Person,
    active_person,
    listed_people,
    people_matching,
    resolve_person,
)
from factcheck.claims.queue._filters import ASSIGNEE_MINE, ASSIGNEE_NONE

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.queue._filters import ParsedQueue

__all__ = [
    "PERSON_FIELD",
    "SUGGESTED",
    "UNKNOWN_ID",
    "AssigneeChoices",
    "Person",
    "assignee_choices",
    "listed_people",
    "people_matching",
]

UNKNOWN_ID = "No active person has that id."


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


async def assignee_choices(
    session: AsyncSession, parsed: ParsedQueue, typed: str, listed: list[tuple[str, str]] | None
) -> tuple[AssigneeChoices, ParsedQueue]:
    """The filter's people, and the view with a typed name resolved: the person's id when it names
    exactly one active person; otherwise the assignee is left out, a message says why (under
    ``PERSON_FIELD``) and the people it could mean are offered. A typed name gives way to "Me" and
    "Nobody" (chosen after a name that was not clear, with the name still in its field)."""
    typed = typed.strip()[:MAX_TYPED]  # what the field holds (its maxlength)
    filters = parsed.filters
    if typed and filters.assignee not in (ASSIGNEE_MINE, ASSIGNEE_NONE):
        errors = {k: v for k, v in parsed.errors.items() if k != "assignee"}
        found = await resolve_person(session, typed)
        if found.person is not None:
            person = found.person
            resolved = replace(
                parsed,
                filters=replace(filters, assignee=person.id),
                values={**parsed.values, "assignee": person.id},
                errors=errors,
            )
            return AssigneeChoices(listed, chosen=None if listed is not None else person), resolved
        errors[PERSON_FIELD] = found.message
        unresolved = replace(
            parsed,
            filters=replace(filters, assignee=None),
            values={**parsed.values, "assignee": ""},
            errors=errors,
        )
        return AssigneeChoices(listed, typed=typed, matches=found.matches), unresolved
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
