"""The board's page: a column per state, each card with the workflow's buttons for the viewer."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlencode

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

if TYPE_CHECKING:
    from uuid import UUID

    from factcheck.accounts.models import User
    from factcheck.claims.queue import BoardResult


@dataclass(frozen=True, slots=True)
class CardMove:
    """One of a card's buttons: the workflow's option, the address it posts to (the board's filters
    kept), and whether it asks what readers who sent the claim are told."""

    option: workflow.Option
    url: str
    asks_public_reason: bool


@dataclass(frozen=True, slots=True)
class BoardCard:
    item: QueueItem
    moves: list[CardMove]


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
        columns = []
        for state in State:
            cards = [
                _card(item, workflow.available_actions(facts[item.id], actor), query)
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


def _card(item: QueueItem, options: list[workflow.Option], query: str) -> BoardCard:
    """A card and its buttons, worked out once here rather than per use in the template (a board
    holds up to 140 cards)."""
    path = f"{BOARD_PATH}/{item.key}/actions/"
    suffix = f"?{query}" if query else ""
    moves = [
        CardMove(
            option,
            f"{path}{option.transition.action.value}{suffix}",
            asks_public_reason(option.transition, item.tip_count),
        )
        for option in options
    ]
    return BoardCard(item, moves)
