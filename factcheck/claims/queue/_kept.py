"""The boards' statements kept per process (``ClaimQueue._board_cards``, ``_searched_board``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Hashable

    from sqlalchemy import Select


def keep(key: Hashable, kept: tuple[Select[Any], bool]) -> None:
    """Keep a board's statement (``BOARD_STATEMENTS``), letting the oldest go past the bound."""
    if len(BOARD_STATEMENTS) >= KEPT_BOARDS:
        del BOARD_STATEMENTS[next(iter(BOARD_STATEMENTS))]  # the oldest
    BOARD_STATEMENTS[key] = kept


KEPT_BOARDS = 64
"""About 90 KB each (tracemalloc): at most about 6 MB a process."""
BOARD_STATEMENTS: dict[Hashable, tuple[Select[Any], bool]] = {}
"""The boards' statements without a search, by their filters (``ClaimQueue._board_cards``), and
with a search's window, by the other filters (``ClaimQueue._searched_board``).
A statement holds its values, and the same values give the same statement, so one built for one
request serves every later one with those filters (the viewer is in the key only for "mine")."""
