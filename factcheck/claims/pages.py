"""View-models for claim pages: templates get plain rows, never models or queries."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlencode

from factcheck.accounts.models import User
from factcheck.claims import workflow
from factcheck.claims.assigning import AssignSearch
from factcheck.claims.detail import ClaimDetail
from factcheck.claims.duplicates import ClaimLink
from factcheck.claims.models import CLAIM_REVIEWED_MAX, PRIORITIES, Claim, Origin
from factcheck.claims.queue import (
    Counts,
    ParsedQueue,
    QueueFilters,
    QueueItem,
    QueueResult,
    Sort,
)
from factcheck.claims.similarity import SimilarClaim
from factcheck.claims.timeline import TimelineEntry, timeline
from factcheck.claims.workflow import State, content_locked
from factcheck.evidence.models import Evidence
from factcheck.publishing.slugs import public_path
from factcheck.publishing.warnings import publish_warnings
from factcheck.tips.phases import PUBLIC_REASON_CHOICES, PublicReasonChoices
from factcheck.verdicts.models import Approval, Rating, Verdict

if TYPE_CHECKING:
    from factcheck.claims.detail import ClaimDetail

# --- the claim page ----------------------------------------------------------------------------

CONTEXT_CHARS = 320


@dataclass(frozen=True, slots=True)
class QuoteContext:
    before: str
    quote: str
    after: str


def quote_context(body: str, start: int, end: int, radius: int = CONTEXT_CHARS) -> QuoteContext:
    """The quote with a few sentences around it, cut at sentence or paragraph ends."""
    lo = max(0, start - radius)
    if lo > 0:
        cut = max(body.rfind(". ", lo, start), body.rfind("\n", lo, start))
        lo = cut + 1 if cut >= 0 else lo
    hi = min(len(body), end + radius)
    if hi < len(body):
        cut = max(body.rfind(". ", end, hi), body.rfind("\n", end, hi))
        hi = cut + 1 if cut >= 0 else hi
    before = ("…" if lo > 0 else "") + body[lo:start].lstrip()
    after = body[end:hi].rstrip() + ("…" if hi < len(body) else "")
    return QuoteContext(before, body[start:end], after)


@dataclass(frozen=True, slots=True)
class ClaimPage:
    claim: Claim
    state: State
    context: QuoteContext | None
    actions: list[workflow.Option]
    facts: workflow.Facts
    evidence: list[Evidence]
    revisions: list[Verdict]
    draft: Verdict | None
    current: Verdict | None
    """The latest submitted revision (under review, approved or published)."""
    published: Verdict | None
    public: bool
    under_correction: bool
    approvals: list[Approval]
    timeline: list[TimelineEntry]
    timeline_truncated: bool
    people: list[tuple[str, str]] | None
    """Every active person (id, name) on a small desk; None past ``PEOPLE_LISTED``."""
    scale: list[Rating]
    similar: list[SimilarClaim]
    can_edit_verdict: bool
    content_locked: str | None
    """Why the wording, claimant, quote and sources cannot change now (their forms are not shown)."""
    viewer: User
    publish_warnings: list[str] = field(default_factory=list)
    """What ClaimReview would lack if published now; shown beside the publish button."""
    claim_reviewed_max: int = CLAIM_REVIEWED_MAX
    duplicate_of: ClaimLink | None = None
    duplicates: list[ClaimLink] = field(default_factory=list)
    assign_search: AssignSearch = field(default_factory=AssignSearch)
    """The big desk's assign field (what a refused form typed, and the people it could mean)."""

    @classmethod
    def build(cls, detail: ClaimDetail, viewer: User, assign_search: AssignSearch | None = None) -> ClaimPage:
        claim = detail.claim
        facts = detail.facts()
        actor = workflow.Actor.of(viewer)
        context = None
        if claim.article is not None and claim.quote_start is not None and claim.quote_end is not None:
            context = quote_context(claim.article.body, claim.quote_start, claim.quote_end)
        entries = timeline(detail.claim, detail.events, detail.comments, detail.withdrawals)
        limit = detail.timeline_limit
        latest = detail.latest
        draft = latest if latest is not None and latest.is_draft else None
        submitted = [v for v in detail.revisions if not v.is_draft]
        published = next((v for v in detail.revisions if v.published_at is not None), None)
        actions = workflow.available_actions(facts, actor)
        warnings = []
        if any(o.transition.action is workflow.Action.PUBLISH for o in actions):
            article = claim.article
            warnings = publish_warnings(
                org_url=detail.org.url,
                original_url=article.url if article is not None else None,
                claim_date=claim.claim_date or (article.published_on if article is not None else None),
                text=claim.text,
                claim_reviewed=claim.claim_reviewed,
            )
        return cls(
            claim=claim,
            state=State(claim.state),
            context=context,
            actions=actions,
            facts=facts,
            evidence=detail.evidence,
            revisions=detail.revisions,
            draft=draft,
            current=submitted[0] if submitted else None,
            published=published,
            public=workflow.is_public(claim.state, published is not None),
            under_correction=workflow.under_correction(claim.state, published is not None),
            approvals=detail.approvals,
            timeline=entries[-limit:] if limit is not None else entries,
            timeline_truncated=limit is not None and len(entries) > limit,
            people=detail.people,
            scale=detail.scale,
            similar=detail.similar,
            can_edit_verdict=claim.state == State.RESEARCHING.value,
            content_locked=content_locked(claim.state),
            viewer=viewer,
            publish_warnings=warnings,
            duplicate_of=detail.duplicate_of,
            duplicates=detail.duplicates,
            assign_search=assign_search or AssignSearch(),
        )

    @property
    def assignee_key(self) -> str:
        """The assignee's id as the menus send it (empty for nobody)."""
        return str(self.claim.assignee_id) if self.claim.assignee_id else ""

    @property
    def start_people(self) -> list[tuple[str, str]]:
        """The "Who researches it" menu besides "Me": everyone else on a small desk; on a big one the person
        already assigned, if active (another is assigned from the assign form, by name)."""
        viewer = str(self.viewer.id)
        if self.people is not None:
            return [(uid, name) for uid, name in self.people if uid != viewer]
        assignee = self.claim.assignee
        if assignee is None or not assignee.is_active or self.assignee_key == viewer:
            return []
        return [(self.assignee_key, assignee.display_name)]

    def asks_public_reason(self, transition: workflow.Transition) -> bool:
        return asks_public_reason(transition, self.claim.tip_count)

    public_reason_choices: ClassVar[PublicReasonChoices] = PUBLIC_REASON_CHOICES

    @property
    def can_mark_duplicate(self) -> bool:
        """The viewer may dismiss the claim now, so a similar claim can be named as its original."""
        return any(o.transition.action is workflow.Action.DISMISS and o.enabled for o in self.actions)

    @property
    def shows_approvals(self) -> bool:
        """Approvals are counted while the revision is reviewed and once it is approved."""
        return self.state in (State.IN_REVIEW, State.APPROVED)

    @property
    def draft_version(self) -> int:
        return self.draft.version if self.draft is not None else 0

    @property
    def needs_short_wording(self) -> bool:
        return not self.claim.claim_reviewed and len(" ".join(self.claim.text.split())) > CLAIM_REVIEWED_MAX

    @property
    def public_path(self) -> str | None:
        """Where readers find the fact-check: once a revision is published, unless dismissed since."""
        if not workflow.is_public(self.state, self.published is not None):
            return None
        return public_path(self.claim.id, self.claim.text)


# --- the queue, the board and the dashboard ------------------------------------------------------

QUEUE_PATH = "/claims"
BOARD_PATH = "/claims/board"


def with_params(path: str, params: list[tuple[str, str]]) -> str:
    return f"{path}?{urlencode(params)}" if params else path


def asks_public_reason(transition: workflow.Transition, tip_count: int) -> bool:
    """Dismissing a claim readers sent asks what they are told (their status page and mail)."""
    return transition.action is workflow.Action.DISMISS and tip_count > 0


def board_url(filters: QueueFilters) -> str:
    return with_params(BOARD_PATH, filters.to_params())


@dataclass(frozen=True, slots=True)
class FilterForm:
    """The filter form as typed, its messages and the choices it offers."""

    action: str
    target: str
    values: dict[str, str]
    errors: dict[str, str]
    users: list[tuple[str, str]]
    ratings: list[str]
    article_title: str | None = None
    priorities: tuple[str, ...] = PRIORITIES
    origins: tuple[Origin, ...] = tuple(Origin)
    states: tuple[State, ...] = tuple(State)
    sorts: tuple[Sort, ...] = tuple(Sort)
    show_state: bool = True


@dataclass(frozen=True, slots=True)
class StateTab:
    state: State | None
    """None is the "all states" tab."""
    count: int
    href: str
    current: bool
    shown: str = ""
    """The count as shown: "1,234", or "10,000+" when counting stopped at the cap."""

    @property
    def label(self) -> str:
        return self.state.label if self.state else "All"


def state_tabs(filters: QueueFilters, counts: Counts, path: str = QUEUE_PATH) -> list[StateTab]:
    everything = with_params(path, filters.without_state().to_params())
    tabs = [StateTab(None, counts.total, everything, filters.state is None, counts.shown(None))]
    for state in State:
        params = replace(filters, state=state).to_params()
        tabs.append(
            StateTab(
                state, counts[state], with_params(path, params), filters.state is state, counts.shown(state)
            )
        )
    return tabs


@dataclass(frozen=True, slots=True)
class QueuePage:
    form: FilterForm
    items: list[QueueItem]
    tabs: list[StateTab]
    total: int
    """Claims matching every filter, the state included."""
    total_shown: str
    """The same as shown: "1,234", or "10,000+" when counting stopped at the cap."""
    search_notice: str | None
    """Set when the search matched more than its window: only the best are shown."""
    filters: QueueFilters
    url: str
    """This page's own URL (filters and cursor): what the address bar shows."""
    next_url: str | None
    prev_url: str | None
    problems: list[str]
    any_claims: bool
    narrowing: dict[str, str] = field(default_factory=dict)
    """The query string without one filter, per filter: rows link to many narrower views."""

    @classmethod
    def build(
        cls, parsed: ParsedQueue, result: QueueResult, form: FilterForm, errors: dict[str, str]
    ) -> QueuePage:
        filters = parsed.filters
        cursor = parsed.cursor
        here = filters.to_params(
            **({("before" if cursor.backwards else "after"): cursor.token()} if cursor else {})
        )
        counts = result.counts
        total = counts[filters.state] if filters.state else counts.total
        return cls(
            form=form,
            items=result.items,
            tabs=state_tabs(filters, counts),
            total=total,
            total_shown=counts.shown(filters.state),
            search_notice=counts.search_notice,
            filters=filters,
            url=with_params(QUEUE_PATH, here),
            next_url=with_params(QUEUE_PATH, filters.to_params(after=result.next_cursor.token()))
            if result.next_cursor
            else None,
            prev_url=with_params(QUEUE_PATH, filters.to_params(before=result.prev_cursor.token()))
            if result.prev_cursor
            else None,
            problems=list(dict.fromkeys(errors.values())),
            any_claims=bool(result.total) or bool(filters.to_params()) or bool(errors),
        )

    @property
    def query(self) -> str:
        return urlencode(self.filters.to_params())

    def filter_url(self, **change: str) -> str:
        """This view narrowed further by one value (a claimant or a tag clicked in a row)."""
        ((name, value),) = change.items()
        base = self.narrowing.get(name)
        if base is None:
            base = self.narrowing[name] = urlencode(
                [(k, v) for k, v in self.filters.to_params() if k != name]
            )
        return f"{QUEUE_PATH}?{base}{'&' if base else ''}{urlencode({name: value})}"
