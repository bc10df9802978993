"""The printable HTML report: a summary table of ratings, a bar chart drawn here as inline SVG,
then one section per claim (a page break between claims when printed).

The report is one self-contained file: it carries the print stylesheet inline, so it prints the
same when saved and opened offline. Served by the app, it gets a Content-Security-Policy of its
own that allows exactly that stylesheet (by hash) and nothing else: no script at all.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from factcheck.publishing.export_queries import count_by_rating
from factcheck.vocabulary import template_filters, template_globals
from factcheck.web.charts import BarChart
from factcheck.web.static import OWN_STATIC
from factcheck.web.templates import make_environment
from factcheck.web_address import web_address

if TYPE_CHECKING:
    from jinja2 import Environment, Template
    from sqlalchemy import Select
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.publishing.exports import Export
    from factcheck.publishing.service import Publisher, Scale, SourceRow

TEMPLATE = "exports/report.html"
NO_VERDICT = "No verdict yet"

PRINT_CSS = (OWN_STATIC / "print.css").read_text(encoding="utf-8")
_CSS_HASH = base64.b64encode(hashlib.sha256(PRINT_CSS.encode("utf-8")).digest()).decode("ascii")
REPORT_CSP = (
    f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src 'self' data:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


@dataclass(frozen=True, slots=True)
class SummaryRow:
    label: str
    count: int
    share: float
    tone: str


@dataclass(frozen=True, slots=True)
class Summary:
    total: int
    rows: list[SummaryRow]

    @property
    def chart(self) -> BarChart:
        """The rows as bars (the table beside it has the same figures)."""
        return BarChart.of(
            "Claims by rating",
            [(r.label, r.count, r.tone) for r in self.rows],
            lead=f"{self.total:,} claims by rating. ",
            empty="No claims.",
        )


async def summarise(session: AsyncSession, query: Select[Any], scale: Scale) -> Summary:
    counts = await count_by_rating(session, query)
    total = sum(counts.values())
    labels = [label for label in scale.labels if label in counts]
    labels += sorted(label for label in counts if label is not None and label not in labels)
    rows = [SummaryRow(label, counts[label], counts[label] / total, scale.tone(label)) for label in labels]
    if counts.get(None):
        rows.append(SummaryRow(NO_VERDICT, counts[None], counts[None] / total, "tone-empty"))
    return Summary(total, rows)


@cache
def _template() -> Template:
    env: Environment = make_environment(template_globals(), template_filters())
    return env.get_template(TEMPLATE)


def _block(name: str, **context: Any) -> str:
    template = _template()
    return "".join(template.blocks[name](template.new_context(context)))


def render_head(export: Export, publisher: Publisher, summary: Summary) -> str:
    return _block(
        "report_head",
        export=export,
        publisher=publisher,
        summary=summary,
        print_css=Markup(PRINT_CSS),  # our own stylesheet, inlined verbatim (its hash is in the CSP)
    )


def render_claim(
    row: Any,
    sources: list[SourceRow],
    *,
    tone: str,
    public_url: str | None,
    under_correction: bool,
    verdict_status: str,
) -> str:
    return _block(
        "report_claim",
        row=row,
        sources=sources,
        tone=tone,
        public_url=public_url,
        under_correction=under_correction,
        verdict_status=verdict_status,
        article_link=web_address(row.article_url),
    )


def render_foot(export: Export) -> str:
    return _block("report_foot", export=export)
