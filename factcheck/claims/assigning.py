"""The claim page's assign form at a desk of any size (issue 18).

A desk of at most ``PEOPLE_LISTED`` active people gets today's menu of everyone. A bigger one gets
a field for a person's name or e-mail address beside "Assign to me" and "Unassign": the server
resolves what was typed to the person (``factcheck.accounts.people``, as the queue's assignee
filter does), or says why not at the field, keeping the text, and offers the people it could mean
as buttons that post their id. With htmx the same buttons are suggested as one types
(GET /claims/{id}/assignee). What is stored is always a person's id, checked by ``ClaimWork.assign``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from factcheck.accounts.people import PERSON_FIELD, Person, none_found, people_matching, resolve_person
from factcheck.claims.actions import posted_assignee, posted_text
from factcheck.errors import Invalid

if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User

ASSIGN_PEOPLE = "claims/_assign_people.html"
NOT_ASSIGNED = "The claim was not assigned: name one active person."
TYPE_SOMEONE = "Type a person’s name or e-mail address, or pick one."


@dataclass(frozen=True, slots=True)
class AssignSearch:
    """The big desk's assign field: what was typed and the people offered for it."""

    typed: str = ""
    people: tuple[Person, ...] = ()
    none_found: str = ""
    """Said when suggestions find nobody for what is being typed."""

    @classmethod
    async def suggestions(cls, session: AsyncSession, typed: str) -> AssignSearch:
        typed = typed.strip()
        people = tuple(await people_matching(session, typed))
        return cls(typed, people, none_found="" if people or not typed else none_found(typed))

    @classmethod
    async def of_form(
        cls, session: AsyncSession, typed: Mapping[str, str], errors: Mapping[str, str]
    ) -> AssignSearch:
        """The field as a refused form left it: the text kept and, when it named no one person, the
        people it could mean (looked up again: only a refused form pays for it)."""
        text = typed.get(PERSON_FIELD, "").strip()
        if not text or PERSON_FIELD not in errors:
            return cls(text)
        return cls(text, (await resolve_person(session, text)).matches)


async def posted_assignee_of(session: AsyncSession, user: User, form: Mapping[str, Any]) -> UUID | None:
    """Whom the assign form names: an id picked (a person offered, or the small desk's menu), "me",
    or nobody, as ``posted_assignee`` reads them; else, on a big desk's form, the person the typed
    name or address names, or ``Invalid`` with the reason at the field."""
    if posted_text(form, "assignee") or PERSON_FIELD not in form:
        return posted_assignee(user, form)
    typed = posted_text(form, PERSON_FIELD).strip()
    if not typed:
        raise Invalid(NOT_ASSIGNED, {PERSON_FIELD: TYPE_SOMEONE})
    found = await resolve_person(session, typed)
    if found.person is None:
        raise Invalid(NOT_ASSIGNED, {PERSON_FIELD: found.message})
    return UUID(found.person.id)
