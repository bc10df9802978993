"""The only reader of HX-* headers (STYLE.md, habit 1): does this request want a fragment?"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from litestar import Request


def wants_fragment(request: Request) -> bool:
    """htmx swaps want a fragment; normal, boosted and history-restore requests get the page."""
    htmx = getattr(request, "htmx", None)
    if not htmx:
        return False
    return not (htmx.boosted or htmx.history_restore_request)


VARY = {"Vary": "HX-Request"}
"""GETs whose body depends on HX-Request say so, so caches keep page and fragment apart."""
