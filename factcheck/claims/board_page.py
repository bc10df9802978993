"""The board's page: a column per state, each card with the workflow's buttons for the viewer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlencode

from markupsafe import Markup, escape

from factcheck.claims import workflow
from factcheck.claims.pages import (
    BOARD_PATH,
    QUEUE_PATH,
    FilterForm,
    asks_public_reason,
    board_url,
    with_params,
)
from factcheck.claims.queue import QueueFilters, QueueItem
from factcheck.claims.workflow import State
from factcheck.tips.phases import PUBLIC_REASON_CHOICES, PublicReasonChoices
from factcheck.web.templates import timeago

if TYPE_CHECKING:
    from collections.abc import Iterable
    from uuid import UUID

    from factcheck.accounts.models import User
    from factcheck.accounts.roles import Role
    from factcheck.claims.queue import BoardResult


@dataclass(slots=True)
class CardMove:
    """One of a card's buttons: the workflow's option, the address it posts to (the board's filters
    kept), and whether it asks what readers who sent the claim are told. What the template writes
    of it is worked out here once (a board holds up to 140 cards, most with two buttons). Read,
    never changed; not frozen, as ``QueueItem``: a frozen dataclass sets each field through
    ``object.__setattr__``, a few microseconds a card."""

    option: workflow.Option
    url: Markup
    """Escaped for an attribute (the filters' ``&`` is ``&amp;``): the template writes it as it is."""
    asks_public_reason: bool
    label: Markup
    """The button's words: the action and the state it leads to ("Accept → Queued")."""
    field: Markup
    """The id of its comment box, or of the reason it is disabled ("why-dismiss-<id>")."""
    folded: bool
    """Its form is folded away (``<details>``): it asks for a comment or a public reason."""


@dataclass(slots=True)
class BoardCard:
    """A card as the board writes it (not frozen, as ``CardMove``)."""

    item: QueueItem
    moves: list[CardMove]
    added: str
    """When the claim was added: the ISO time, for ``<time datetime>``."""
    age: str
    """... and how long ago, in words (``timeago``), against one clock reading for the board."""


@dataclass(frozen=True, slots=True)
class BoardColumn:
    state: State
    count: int
    cards: list[BoardCard]
    more_url: str | None
    """The queue filtered to this state, when the column shows only the first cards."""
    shown: str = ""
    """The count as shown ("10,000+" past the cap)."""


@dataclass(frozen=True, slots=True)
class BoardPage:
    form: FilterForm
    columns: list[BoardColumn]
    filters: QueueFilters
    problems: list[str]
    problem: str | None = None
    """Why the last move was refused."""
    notice: str | None = None
    search_notice: str | None = None
    """Set when the search matched more than its window: only the best are shown."""

    @classmethod
    def build(
        cls,
        filters: QueueFilters,
        board: BoardResult,
        facts: dict[UUID, workflow.Facts],
        viewer: User,
        form: FilterForm,
        errors: dict[str, str],
        *,
        problem: str | None = None,
        notice: str | None = None,
    ) -> BoardPage:
        actor = workflow.Actor.of(viewer)
        query = urlencode(filters.to_params())  # once per board: every button keeps the filters
        suffix = escape(f"?{query}") if query else Markup()
        now = datetime.now(UTC)
        moving = moving_states(actor.role)
        columns = []
        for state in State:
            cards = [
                _card(
                    item,
                    workflow.available_actions(facts[item.id], actor) if state in moving else [],
                    suffix,
                    now,
                )
                for item in board.columns[state]
            ]
            count = board.counts[state]
            more = (
                with_params(QUEUE_PATH, replace(filters, state=state).to_params())
                if count > len(cards)
                else None
            )
            columns.append(BoardColumn(state, count, cards, more, board.counts.shown(state)))
        search_notice = board.counts.search_notice
        return cls(
            form, columns, filters, list(dict.fromkeys(errors.values())), problem, notice, search_notice
        )

    @property
    def query(self) -> str:
        return urlencode(self.filters.to_params())

    @property
    def url(self) -> str:
        return board_url(self.filters)

    public_reason_choices: ClassVar[PublicReasonChoices] = PUBLIC_REASON_CHOICES


@cache
def moving_states(role: Role) -> frozenset[State]:
    """The states whose cards may show this role buttons: those with a transition the role may make.
    A card in any other state shows none whatever its facts, so they are not read for it."""
    return frozenset(t.source for t in workflow.TRANSITIONS if role in t.roles)


def movable(items: Iterable[QueueItem], viewer: User) -> list[QueueItem]:
    """The cards whose buttons depend on their facts (``card_facts``) for this viewer."""
    moving = moving_states(workflow.Actor.of(viewer).role)
    return [item for item in items if item.state in moving]


@cache
def _move_label(transition: workflow.Transition, withdraws: bool) -> Markup:
    label = workflow.WITHDRAW_LABEL if withdraws else transition.label
    return escape(f"{label} → {transition.target.label}")


def _card(item: QueueItem, options: list[workflow.Option], suffix: Markup, now: datetime) -> BoardCard:
    """A card and its buttons, worked out once here rather than per use in the template (a board
    holds up to 140 cards). What the template writes unescaped is made safe here: ``suffix`` is the
    board's filters as a query string, escaped; the card's key is a ``Markup`` of its id."""
    key = item.key
    path = f"{BOARD_PATH}/{key}/actions/"
    moves = []
    for option in options:
        t = option.transition
        action = t.action.value
        asks = asks_public_reason(t, item.tip_count)
        moves.append(
            CardMove(
                option,
                Markup(f"{path}{action}{suffix}"),
                asks,
                _move_label(t, option.withdraws),
                Markup(f"why-{action}-{key}"),
                t.needs_comment or asks,
            )
        )
    return BoardCard(item, moves, item.created_at.isoformat(), timeago(item.created_at, now))
