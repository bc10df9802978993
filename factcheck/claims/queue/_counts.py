"""Counts per state that stop at a cap: what a filtered view of the queue shows above its rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from factcheck.claims.workflow import State
from factcheck.settings import DEFAULTS


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
