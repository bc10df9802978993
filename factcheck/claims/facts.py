"""What the workflow knows of a claim and its revisions (its ``Facts``), and how the next revision
of a verdict begins: read by the claims service, the claim page, the board and the API alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from factcheck.claims.workflow import Facts, State
from factcheck.verdicts.models import Decision, Verdict

if TYPE_CHECKING:
    from collections.abc import Sequence
    from uuid import UUID

    from factcheck.claims.models import Claim


class Revision(Protocol):
    """What the facts read of a claim's latest revision: a ``Verdict``, or the board's plain row of
    one (``queue._choices.CardRevision``: a board reads up to 140 cards' revisions)."""

    @property
    def id(self) -> UUID: ...
    @property
    def is_draft(self) -> bool: ...
    @property
    def rating_id(self) -> UUID | None: ...
    @property
    def rating_label(self) -> str | None: ...
    @property
    def summary(self) -> str: ...
    @property
    def author_id(self) -> UUID | None: ...
    @property
    def contributors(self) -> frozenset[UUID]: ...


class Decided(Protocol):
    """What the facts read of an editor's decision on a revision: an ``Approval``, or a plain row."""

    @property
    def verdict_id(self) -> UUID: ...
    @property
    def editor_id(self) -> UUID: ...
    @property
    def decision(self) -> str: ...


class OrganisationRules(Protocol):
    """What the facts read of the organisation's settings: an ``OrganisationSettings``, or ``Rules``."""

    @property
    def min_sources(self) -> int: ...
    @property
    def approvals_needed(self) -> int: ...


class Rules(NamedTuple):
    """The organisation's two rules as the board reads them beside its cards' facts."""

    min_sources: int
    approvals_needed: int


def facts_of(
    claim: Claim,
    org: OrganisationRules,
    source_count: int,
    latest: Revision | None,
    approvals: Sequence[Decided],
    previous: Verdict | None = None,
    *,
    has_published_revision: bool,
) -> Facts:
    """The workflow's facts from data already loaded (the claim page loads it all at once).
    ``previous`` is the revision before the latest, if any (a ``Verdict``: only the claim page's
    reads ask whether a draft repeats a revision sent back). ``has_published_revision``: any of its
    revisions was published (dismissing it then withdraws a public fact-check)."""
    draft = latest if latest is not None and latest.is_draft else None
    return Facts(
        state=State(claim.state),
        assignee_id=claim.assignee_id,
        source_count=source_count,
        min_sources=org.min_sources,
        has_draft=draft is not None,
        draft_rating=draft.rating_label if draft is not None else None,
        draft_summary=draft.summary if draft is not None else None,
        revision_author_id=latest.author_id if latest is not None else None,
        revision_contributor_ids=latest.contributors if latest is not None else frozenset(),
        # Approvals count only for the current revision (the caller passes the latest's).
        approver_ids=frozenset(
            a.editor_id
            for a in approvals
            if a.decision == Decision.APPROVE.value and latest is not None and a.verdict_id == latest.id
        ),
        approvals_needed=org.approvals_needed,
        revision_rating=str(latest.rating_id) if latest is not None and latest.rating_id else None,
        revision_summary=latest.summary if latest is not None else None,
        draft_same_as_sent_back=isinstance(draft, Verdict) and _same_as_sent_back(draft, previous),
        has_published_revision=has_published_revision,
    )


def _same_as_sent_back(draft: Verdict, previous: Verdict | None) -> bool:
    """The draft repeats the revision before it, and that one was sent back (a submitted revision
    that was never published; a published one is followed by a correction, which may keep it)."""
    if previous is None or previous.is_draft or previous.published_at is not None:
        return False
    return (draft.rating_id, draft.summary.strip(), draft.rationale.strip()) == (
        previous.rating_id,
        previous.summary.strip(),
        previous.rationale.strip(),
    )


def next_revision(latest: Verdict, *, author_id: UUID | None, correction_note: str | None = None) -> Verdict:
    """A new draft revision that copies ``latest``'s rating, summary and rationale. With a
    ``correction_note`` (a reopen), its writer (``author_id``) is the new revision's only
    contributor so far; otherwise (changes requested) the copied text keeps its writers."""
    writers = {author_id} if correction_note is not None else set(latest.contributors)
    revision = Verdict(
        claim_id=latest.claim_id,
        revision=latest.revision + 1,
        rating_id=latest.rating_id,
        summary=latest.summary,
        rationale=latest.rationale,
        correction_note=latest.correction_note if correction_note is None else correction_note,
        author_id=author_id,
    )
    for user_id in sorted(w for w in writers if w is not None):
        revision.add_contributor(user_id)
    return revision
