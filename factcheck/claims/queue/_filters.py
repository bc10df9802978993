"""The queue's views as URLs: filters, sorts and cursors, parsed and checked (no database)."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from uuid import UUID

from factcheck.claims.models import PRIORITIES, Origin
from factcheck.claims.search import SearchQuery, parse_search
from factcheck.claims.workflow import State

if TYPE_CHECKING:
    from collections.abc import Mapping

PAGE_SIZE = 50
BOARD_CARDS = 20
"""Cards per board column; the column's count and a link to the queue cover the rest."""
MAX_TEXT_FILTER = 300


class Sort(StrEnum):
    UPDATED = "updated"
    CREATED = "created"
    PRIORITY = "priority"
    SCORE = "score"
    RELEVANCE = "relevance"
    TIPS = "tips"

    @property
    def label(self) -> str:
        return SORT_LABELS[self]


SORT_LABELS = {
    Sort.UPDATED: "Recently updated",
    Sort.CREATED: "Newest",
    Sort.PRIORITY: "Priority",
    Sort.SCORE: "Check-worthiness",
    Sort.RELEVANCE: "Best match",
    Sort.TIPS: "Most asked by readers",
}


class AssigneeChoice(StrEnum):
    """The queue's assignee filter besides a person: "mine" and nobody."""

    MINE = "mine"
    NONE = "none"

    @property
    def label(self) -> str:
        return {AssigneeChoice.MINE: "Me", AssigneeChoice.NONE: "Nobody"}[self]


ASSIGNEE_MINE = AssigneeChoice.MINE
ASSIGNEE_NONE = AssigneeChoice.NONE


@dataclass(frozen=True, slots=True)
class QueueFilters:
    """One view of the queue, as its URL names it. ``to_params`` and ``parse_filters`` round-trip."""

    state: State | None = None
    assignee: str | None = None
    """``mine``, ``none`` (unassigned) or a user id."""
    claimant: str | None = None
    article_id: UUID | None = None
    rating: str | None = None
    """A label of the rating scale: the claim's latest verdict revision has it."""
    tag: str | None = None
    priority: str | None = None
    origin: Origin | None = None
    """Where the claim came from: the desk or a reader's tip."""
    created_from: date | None = None
    created_to: date | None = None
    search: SearchQuery | None = None
    sort: Sort = Sort.UPDATED

    @property
    def effective_sort(self) -> Sort:
        """Best match needs a search; without one it falls back to the default."""
        if self.sort is Sort.RELEVANCE and (self.search is None or self.search.empty):
            return Sort.UPDATED
        return self.sort

    def to_params(self, **extra: str) -> list[tuple[str, str]]:
        """The query string's pairs, only what differs from the default, in a fixed order."""
        params = [
            ("q", self.search.raw if self.search is not None else ""),
            ("state", self.state.value if self.state else ""),
            ("assignee", self.assignee or ""),
            ("claimant", self.claimant or ""),
            ("article", str(self.article_id) if self.article_id else ""),
            ("rating", self.rating or ""),
            ("tag", self.tag or ""),
            ("priority", self.priority or ""),
            ("origin", self.origin.value if self.origin else ""),
            ("from", self.created_from.isoformat() if self.created_from else ""),
            ("to", self.created_to.isoformat() if self.created_to else ""),
            ("sort", self.sort.value if self.sort is not Sort.UPDATED else ""),
            *extra.items(),
        ]
        return [(k, v) for k, v in params if v]

    @property
    def narrowed(self) -> bool:
        """Some filter other than the state is set (the order is not a filter)."""
        searching = self.search is not None and not self.search.empty
        return searching or any(
            (
                self.assignee,
                self.claimant,
                self.article_id,
                self.rating,
                self.tag,
                self.priority,
                self.origin,
                self.created_from,
                self.created_to,
            )
        )

    @property
    def tag_alone(self) -> bool:
        """The tag is the only filter but the state: its counts are kept by the database."""
        return bool(self.tag) and not replace(self, tag=None).narrowed

    def without_state(self) -> QueueFilters:
        return replace(self, state=None)


@dataclass(frozen=True, slots=True)
class Cursor:
    """A position in one sort order: page after (or before) the row with this key and id."""

    sort: Sort
    key: Any
    id: UUID
    backwards: bool = False

    def token(self) -> str:
        key = self.key.isoformat() if isinstance(self.key, datetime) else self.key
        raw = json.dumps([self.sort.value, key, self.id.hex], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


BROKEN_CURSOR = "That page link is broken or out of date; showing the first page."


def decode_cursor(token: str, sort: Sort, *, backwards: bool) -> Cursor:
    """Raises ValueError (with the message for the user) when the token is not one of ours."""
    try:
        raw = base64.b64decode(token + "=" * (-len(token) % 4), altchars=b"-_", validate=True)
        sort_name, key, id_hex = json.loads(raw)
        if Sort(sort_name) is not sort:
            raise ValueError(BROKEN_CURSOR)
        claim_id = UUID(hex=id_hex)
        if sort in (Sort.UPDATED, Sort.CREATED):
            key = datetime.fromisoformat(key)
            if key.tzinfo is None:
                raise ValueError(BROKEN_CURSOR)
        elif sort in (Sort.PRIORITY, Sort.TIPS):
            if type(key) is not int:
                raise ValueError(BROKEN_CURSOR)
        elif type(key) not in (int, float):
            raise ValueError(BROKEN_CURSOR)
    except (ValueError, TypeError, binascii.Error, UnicodeDecodeError, json.JSONDecodeError, AttributeError):
        raise ValueError(BROKEN_CURSOR) from None
    return Cursor(sort, key, claim_id, backwards)


@dataclass(frozen=True, slots=True)
class ParsedQueue:
    filters: QueueFilters
    cursor: Cursor | None
    errors: dict[str, str]
    """Field name to message: the field is ignored (or the result empty, for a bad search)."""
    values: dict[str, str]
    """Exactly what was typed, so the form shows it back."""


FILTER_FIELDS = (
    "q",
    "state",
    "assignee",
    "claimant",
    "article",
    "rating",
    "tag",
    "priority",
    "origin",
    "from",
    "to",
)


def parse_filters(params: Mapping[str, str]) -> ParsedQueue:
    """The queue's query string, checked field by field; nothing here touches the database."""
    values = {name: str(params.get(name) or "").strip() for name in (*FILTER_FIELDS, "sort")}
    errors: dict[str, str] = {}
    fields: dict[str, Any] = {}
    for name, value in values.items():
        if "\x00" in value:  # no database keeps a NUL in text (PostgreSQL refuses it outright)
            errors[name] = "This has a character that cannot be searched for (NUL)."
            values[name] = ""

    if values["q"]:
        search = parse_search(values["q"])
        if search.error:
            errors["q"] = search.error
        fields["search"] = search
    if values["state"]:
        try:
            fields["state"] = State(values["state"])
        except ValueError:
            errors["state"] = f"There is no state called {values['state'][:40]!r}."
    if values["assignee"]:
        if values["assignee"] in (ASSIGNEE_MINE, ASSIGNEE_NONE):
            fields["assignee"] = values["assignee"]
        else:
            try:
                fields["assignee"] = str(UUID(values["assignee"]))
            except ValueError:
                errors["assignee"] = "Choose a person from the list."
    for name in ("claimant", "tag", "rating"):
        if values[name]:
            if len(values[name]) > MAX_TEXT_FILTER:
                errors[name] = f"Keep this under {MAX_TEXT_FILTER} characters."
            else:
                fields[name] = values[name]
    if values["article"]:
        try:
            fields["article_id"] = UUID(values["article"])
        except ValueError:
            errors["article"] = "That article link is broken."
    if values["priority"]:
        if values["priority"] in PRIORITIES:
            fields["priority"] = values["priority"]
        else:
            errors["priority"] = f"Priority is one of {', '.join(PRIORITIES)}."
    if values["origin"]:
        try:
            fields["origin"] = Origin(values["origin"])
        except ValueError:
            errors["origin"] = "Choose where claims came from: the desk or a reader's tip."
    for name, attr in (("from", "created_from"), ("to", "created_to")):
        if values[name]:
            try:
                fields[attr] = date.fromisoformat(values[name])
            except ValueError:
                errors[name] = "Use a date like 2016-02-14 (YYYY-MM-DD)."
    if (
        fields.get("created_from")
        and fields.get("created_to")
        and fields["created_from"] > fields["created_to"]
    ):
        errors["to"] = "The end date is before the start date."
        del fields["created_to"]
    if values["sort"]:
        try:
            fields["sort"] = Sort(values["sort"])
        except ValueError:
            errors["sort"] = "Choose an order from the list."
    filters = QueueFilters(**fields)

    cursor = None
    after, before = str(params.get("after") or ""), str(params.get("before") or "")
    if after or before:
        try:
            cursor = decode_cursor(after or before, filters.effective_sort, backwards=not after)
        except ValueError as exc:
            errors["cursor"] = str(exc)
    return ParsedQueue(filters, cursor, errors, values)
