"""The dashboard's view-model (GET /): counts per state, the lists and the ratings chart."""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.accounts.models import User
from factcheck.claims.pages import QUEUE_PATH, StateTab, state_tabs, with_params
from factcheck.claims.queue import ASSIGNEE_MINE, Counts, QueueFilters, Sort
from factcheck.claims.queue.dashboard import Dashboard, DashboardClaim
from factcheck.claims.workflow import State
from factcheck.web.charts import BarChart


def rating_chart(ratings: list[tuple[str, int]], days: int) -> BarChart:
    """The dashboard's chart: every label of the scale, in scale order, with its publications."""
    return BarChart.of(
        f"Ratings of verdicts published in the last {days} days",
        [(label, n, "") for label, n in ratings],
        empty="No verdicts were published in this period.",
    )


@dataclass(frozen=True, slots=True)
class DashboardPage:
    viewer: User
    counts: list[StateTab]
    total: int
    mine: list[DashboardClaim]
    review: list[DashboardClaim] | None
    ready: list[DashboardClaim] | None
    published: list[DashboardClaim]
    chart: BarChart

    @classmethod
    def build(cls, dashboard: Dashboard, viewer: User, days: int) -> DashboardPage:
        return cls(
            viewer=viewer,
            counts=state_tabs(QueueFilters(), Counts(dashboard.counts))[1:],
            total=sum(dashboard.counts.values()),
            mine=dashboard.mine,
            review=dashboard.review,
            ready=dashboard.ready,
            published=dashboard.published,
            chart=rating_chart(dashboard.ratings, days),
        )

    @property
    def mine_url(self) -> str:
        return with_params(QUEUE_PATH, QueueFilters(assignee=ASSIGNEE_MINE).to_params())

    @property
    def review_url(self) -> str:
        return with_params(QUEUE_PATH, QueueFilters(state=State.IN_REVIEW, sort=Sort.UPDATED).to_params())

    @property
    def ready_url(self) -> str:
        return with_params(QUEUE_PATH, QueueFilters(state=State.APPROVED, sort=Sort.UPDATED).to_params())
