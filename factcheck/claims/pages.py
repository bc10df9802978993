"""View-models for claim pages: templates get plain rows, never models or queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from factcheck.accounts.models import User
from factcheck.accounts.roles import Role
from factcheck.claims import workflow
from factcheck.claims.detail import ClaimDetail
from factcheck.claims.models import Claim, Comment, Event
from factcheck.claims.service import facts_of
from factcheck.claims.similarity import SimilarClaim
from factcheck.claims.workflow import State
from factcheck.evidence.models import Evidence
from factcheck.verdicts.models import Approval, Rating, Verdict


@dataclass(frozen=True, slots=True)
class ClaimRow:
    id: UUID
    text: str
    claimant: str | None
    state: State
    article_id: UUID | None
    article_title: str | None
    article_outlet: str | None
    assignee: str | None
    tags: tuple[str, ...]
    priority: str
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, claim: Claim) -> ClaimRow:
        return cls(
            id=claim.id,
            text=claim.text,
            claimant=claim.claimant,
            state=State(claim.state),
            article_id=claim.article_id,
            article_title=claim.article.title if claim.article else None,
            article_outlet=claim.article.outlet if claim.article else None,
            assignee=claim.assignee.display_name if claim.assignee else None,
            tags=tuple(t.name for t in claim.tags),
            priority=claim.priority,
            created_at=claim.created_at,
            updated_at=claim.updated_at,
        )


@dataclass(frozen=True, slots=True)
class ClaimListPage:
    rows: list[ClaimRow]
    counts: dict[State, int]
    total: int
    limit: int


# --- the claim page ----------------------------------------------------------------------------

CONTEXT_CHARS = 320
EVENT_TEXT = {
    "create": "created the claim",
    "edit": "edited the claim",
    "assign": "changed who is on it",
    "add_source": "added a source",
    "edit_source": "edited a source",
    "remove_source": "removed a source",
}


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
class TimelineEntry:
    when: datetime
    who: str
    kind: str
    """'event' or 'comment'"""
    text: str
    from_state: State | None = None
    to_state: State | None = None
    note: str | None = None


def _who(user: User | None) -> str:
    return user.display_name if user is not None else "someone"


def timeline(events: list[Event], comments: list[Comment]) -> list[TimelineEntry]:
    labels = {t.action.value: t.label for t in workflow.TRANSITIONS}
    entries = [
        TimelineEntry(
            when=e.created_at,
            who=_who(e.actor),
            kind="event",
            text=EVENT_TEXT.get(e.action) or labels.get(e.action, e.action).lower(),
            from_state=State(e.from_state) if e.from_state else None,
            to_state=State(e.to_state) if e.to_state and e.to_state != e.from_state else None,
            note=e.comment,
        )
        for e in events
    ] + [TimelineEntry(when=c.created_at, who=_who(c.author), kind="comment", text=c.body) for c in comments]
    return sorted(entries, key=lambda entry: entry.when)


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
    under_correction: bool
    approvals: list[Approval]
    timeline: list[TimelineEntry]
    users: list[User]
    scale: list[Rating]
    similar: list[SimilarClaim]
    can_edit_verdict: bool
    viewer: User

    @classmethod
    def build(cls, detail: ClaimDetail, viewer: User) -> ClaimPage:
        claim = detail.claim
        facts = facts_of(claim, detail.org, len(detail.evidence), detail.latest, detail.approvals)
        actor = workflow.Actor(viewer.id, Role(viewer.role))
        context = None
        if claim.article is not None and claim.quote_start is not None and claim.quote_end is not None:
            context = quote_context(claim.article.body, claim.quote_start, claim.quote_end)
        latest = detail.latest
        draft = latest if latest is not None and latest.is_draft else None
        submitted = [v for v in detail.revisions if not v.is_draft]
        published = next((v for v in detail.revisions if v.published_at is not None), None)
        return cls(
            claim=claim,
            state=State(claim.state),
            context=context,
            actions=workflow.available_actions(facts, actor),
            facts=facts,
            evidence=detail.evidence,
            revisions=detail.revisions,
            draft=draft,
            current=submitted[0] if submitted else None,
            published=published,
            under_correction=published is not None and claim.state != State.PUBLISHED.value,
            approvals=detail.approvals,
            timeline=timeline(detail.events, detail.comments),
            users=detail.users,
            scale=detail.scale,
            similar=detail.similar,
            can_edit_verdict=claim.state == State.RESEARCHING.value,
            viewer=viewer,
        )

    @property
    def draft_version(self) -> int:
        return self.draft.version if self.draft is not None else 0
