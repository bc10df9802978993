"""The assignee filter's person search as the page shows it (a desk past ``PEOPLE_LISTED``).

The people offered, after a name that was not clear or as suggestions while one types
(GET /claims/people), are links to the same view filtered by that person: a plain link works
without JS, keeps the filter's URL (``assignee=<id>``) and shows the person in the menu.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from factcheck.accounts.people import none_found
from factcheck.claims.pages import BOARD_PATH, QUEUE_PATH, with_params

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

    from factcheck.claims.queue import AssigneeChoices, Person, QueueFilters

PEOPLE_PATH = "/claims/people"
VIEWS = (QUEUE_PATH, BOARD_PATH)


@dataclass(frozen=True, slots=True)
class PersonLink:
    name: str
    email: str
    href: str


@dataclass(frozen=True, slots=True)
class PersonSearch:
    """The search field beside the assignee menu, and the people it offers."""

    shown: bool
    """A big desk, or a name typed (a link or an old bookmark may carry one on a small desk)."""
    view: str
    """The page the people's links lead to: the queue or the board."""
    typed: str = ""
    message: str | None = None
    """Why the typed name filters by nobody: said beside the field (not among the page's problems)."""
    links: tuple[PersonLink, ...] = ()
    none_found: str | None = None
    """Said when suggestions find nobody for what is being typed."""
    suggestions_path: str = PEOPLE_PATH

    @classmethod
    def of(
        cls, choices: AssigneeChoices, filters: QueueFilters, view: str, message: str | None
    ) -> PersonSearch:
        return cls(
            shown=choices.listed is None or bool(choices.typed),
            view=view,
            typed=choices.typed,
            message=message,
            links=person_links(choices.matches, filters, view),
        )

    @classmethod
    def suggestions(
        cls, typed: str, people: Iterable[Person], filters: QueueFilters, view: str
    ) -> PersonSearch:
        links = person_links(people, filters, view)
        return cls(
            shown=True,
            view=view,
            typed=typed,
            links=links,
            none_found=None if links or not typed else none_found(typed),
        )


def person_links(people: Iterable[Person], filters: QueueFilters, view: str) -> tuple[PersonLink, ...]:
    """Each person as a link to ``view`` with its filters, filtered by them (first page)."""
    return tuple(
        PersonLink(p.name, p.email, with_params(view, replace(filters, assignee=p.id).to_params()))
        for p in people
    )


def view_of(params: Mapping[str, str]) -> str:
    """The page the suggestions are for (the form says which); the queue unless it is the board."""
    view = str(params.get("view") or "")
    return view if view in VIEWS else QUEUE_PATH
