"""A search's window as the queue's statements read it: made once per request from the rows of
the window statement (``search_periods.window_statement``), then joined by the counts and the
page (``ClaimQueue._windowed``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from factcheck.claims.search import ranked_window, search_window
from factcheck.claims.search_periods import window_carried, window_states

if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Sequence


class Window(NamedTuple):
    """A search's best matches, kept for the request (``ClaimQueue._windowed``)."""

    best: Any
    """The matches as a table to join (``search.ranked_window``): made once, read by each query."""
    keys: dict[str, Any]
    """Its values (the keys, and what ``carried`` reads) to run a kept statement with
    (``ClaimQueue._searched_board``)."""
    of_newest: int | None
    """Set when only the newest this many matches were ranked (``SEARCH_RANKED`` on SQLite; on
    PostgreSQL, the matches of the newest periods: ``search_periods.newest_best_matches``)."""
    states: Counter[str] | None
    """The window's claims per state when the window statement read them (PostgreSQL's:
    ``search_periods.window_states``), else None."""
    carried: Any
    """The matches as a table with what the window statement carried of each claim (its state and
    update time: ``search_periods.window_carried``), read alone by a page or a board that needs
    nothing else (``_firsts.carried_matches``); None when it carried nothing. A table of its own:
    a statement that names it parses its arrays (1,000 update times as text, about 0.5 ms each
    time), so the joins read ``best``, the keys alone."""


def made_window(dialect: str, rows: Sequence[Any], window: int, ranked: int) -> Window | None:
    """The window of the window statement's ``rows``, or None when the search needs none."""
    found = search_window(dialect, rows, window, ranked)
    if found is None:
        return None
    best, keys = ranked_window(dialect, found[0])
    carried = window_carried(rows)
    alone = None
    if carried:
        alone, keys = ranked_window(dialect, found[0], carried)
    return Window(best, keys, found[1], window_states(rows), alone)
