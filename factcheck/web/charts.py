"""Horizontal bar charts drawn by the server as inline SVG (no script, so they work under the
strict CSP and in the self-contained printable report), one geometry for every page that draws one:
the dashboard's ratings of the last 30 days and the report's claims by rating. Drawn by the
``bar_chart`` macro (templates/_macros.html); each page shows the same figures as text beside it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

LABEL_WIDTH = 140
BAR_AREA = 340
FIGURE_WIDTH = 70
BAR_HEIGHT = 22
BAR_GAP = 10
PADDING = 8


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    tone: str
    """A CSS class for the bar's colour (a rating's tone), or empty."""
    y: int
    width: int
    """The bar's length; 0 draws only the label and the figure."""

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT // 2 + 5


@dataclass(frozen=True, slots=True)
class BarChart:
    title: str
    description: str
    """The figures as one sentence, for the SVG's <desc> (screen readers)."""
    bars: list[Bar]
    total: int
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def width(self) -> int:
        return LABEL_WIDTH + BAR_AREA + FIGURE_WIDTH

    @property
    def height(self) -> int:
        return 2 * PADDING + max(1, len(self.bars)) * (BAR_HEIGHT + BAR_GAP) - BAR_GAP

    @classmethod
    def of(cls, title: str, rows: Sequence[tuple[str, int, str]], *, empty: str, lead: str = "") -> BarChart:
        """A bar per (label, count, tone), scaled to the largest count. ``empty`` describes a chart
        whose counts are all zero; ``lead`` opens the description otherwise."""
        most = max((count for _, count, _ in rows), default=0)
        bars = [
            Bar(
                label,
                count,
                tone,
                y=PADDING + i * (BAR_HEIGHT + BAR_GAP),
                width=round(count / most * BAR_AREA) if count else 0,
            )
            for i, (label, count, tone) in enumerate(rows)
        ]
        total = sum(count for _, count, _ in rows)
        figures = "; ".join(f"{label}: {count:,}" for label, count, _ in rows) + "."
        description = f"{lead}{figures}" if total else empty
        return cls(title, description, bars, total)
