"""Counts per state that stop at a cap: what a filtered view of the queue shows above its rows;
and the counts the database keeps (no filter, or a tag alone)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, func, literal, select, union_all

from factcheck.claims.models import claim_state_count, claim_tag_state_count
from factcheck.claims.workflow import State
from factcheck.settings import DEFAULTS

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession


@dataclass(frozen=True, slots=True)
class Counts:
    """Claims per state for every filter but the state (so the state tabs say what each would
    show), counted by visiting at most ``cap`` + 1 matching claims: past that the figures are lower
    bounds (``capped``), shown as "10,000+". The viewed state's own figure (``state``) is counted
    apart, up to the cap too, so the "N claims match" line stays exact below the cap. Counts the
    database keeps (no filter, or a tag alone) are exact at any size: never capped."""

    per_state: dict[State, int]
    cap: int = int(DEFAULTS["COUNT_CAP"])
    capped: bool = False
    """More than ``cap`` claims match: every figure is a lower bound; the total is ``cap``+."""
    state: State | None = None
    state_capped: bool = False
    """The viewed state alone has more than ``cap`` matches."""
    search_window: int | None = None
    """Set when the search matches more claims than its window: only the best ones are shown."""
    search_ranked: int | None = None
    """Set when the search matches more claims than it ranks: the best are of the newest this many."""

    def __getitem__(self, state: State) -> int:
        return self.per_state[state]

    def items(self) -> Any:
        return self.per_state.items()

    def values(self) -> Any:
        return self.per_state.values()

    @property
    def total(self) -> int:
        return self.cap if self.capped else sum(self.per_state.values())

    def is_lower_bound(self, state: State | None) -> bool:
        """The figure of ``state`` (None: all states) may be short of the truth."""
        if state is not None and state is self.state:
            return self.state_capped
        return self.capped

    def past_cap(self, state: State | None) -> bool:
        """More than ``cap`` claims match in ``state`` (None: all states), known or a bound."""
        n = self.total if state is None else self.per_state[state]
        return self.is_lower_bound(state) or n > self.cap

    @property
    def search_notice(self) -> str | None:
        """What a page says above a search's rows when it shows only part of its matches."""
        if self.search_window is None:
            return None
        if self.search_ranked is None:
            return f"Showing the best {self.search_window:,} matches; refine the search."
        return (
            f"Showing the best {self.search_window:,} of the newest {self.search_ranked:,} matches; "
            "refine the search to reach older claims."
        )

    def shown(self, state: State | None) -> str:
        """The figure as a page shows it: exact, or "10,000+" / "1,234+" when it is a bound."""
        n = self.total if state is None else self.per_state[state]
        return f"{n:,}+" if self.is_lower_bound(state) else f"{n:,}"


OWN = "=own"
"""Label of the counts' row for the viewed state (no state is spelled with "=")."""


def counted(sample: Select[Any], own: Select[Any] | None, cap: int) -> Any:
    """The counts' statement: the first ``cap`` + 1 claims of ``sample`` (every filter but the
    state) by state, and with a state viewed, its own matches (``own``) up to the cap (``OWN``)."""
    sampled = sample.limit(cap + 1).subquery("sampled")
    branches: list[Any] = [
        select(sampled.c.state.label("part"), func.count().label("n")).group_by(sampled.c.state)
    ]
    if own is not None:
        branches.append(
            select(literal(OWN).label("part"), func.count().label("n")).select_from(
                own.limit(cap + 1).subquery("own")
            )
        )
    return union_all(*branches) if len(branches) > 1 else branches[0]


async def state_counts(session: AsyncSession) -> dict[State, int]:
    """Claims per state, as the database keeps them (``claim_state_count``): one small read."""
    counts = dict.fromkeys(State, 0)
    for state, n in await session.execute(select(claim_state_count.c.state, claim_state_count.c.claims)):
        counts[State(state)] = n
    return counts


async def tag_state_counts(session: AsyncSession, tag_id: UUID | None) -> dict[State, int]:
    """A tag's claims per state, as the database keeps them (``claim_tag_state_count``)."""
    counts = dict.fromkeys(State, 0)
    if tag_id is None:
        return counts
    kept = claim_tag_state_count.c
    for state, n in await session.execute(select(kept.state, kept.claims).where(kept.tag_id == tag_id)):
        counts[State(state)] = n
    return counts
