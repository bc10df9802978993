"""The workflow's vocabulary: its states and actions, who acts (``Actor``) and what the rules know
of a claim (``Facts``). Pure, as the whole workflow package: no database, no web."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol
from uuid import UUID

from factcheck.accounts.roles import Role


class State(StrEnum):
    CANDIDATE = "candidate"
    QUEUED = "queued"
    RESEARCHING = "researching"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"
    DISMISSED = "dismissed"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()

    @property
    def in_plain_words(self) -> str:
        """What the state means, for readers of the methodology page (/about/methodology)."""
        return _PLAIN_WORDS[self]


_PLAIN_WORDS = {
    State.CANDIDATE: "a statement found in an article or sent to us, not yet chosen for checking",
    State.QUEUED: "chosen as worth checking, waiting for a fact-checker",
    State.RESEARCHING: "a fact-checker gathers sources and writes the verdict",
    State.IN_REVIEW: "the verdict is with the editors, who approve it or send it back with comments",
    State.APPROVED: "enough editors approved the verdict; it is ready to publish",
    State.PUBLISHED: "the fact-check is public; a correction reopens it and is published as a new revision",
    State.DISMISSED: "not checkable or not worth checking, with the reason recorded",
}


class Action(StrEnum):
    ACCEPT = "accept"
    DISMISS = "dismiss"
    REQUEUE = "requeue"
    START = "start"
    SUBMIT = "submit"
    APPROVE = "approve"
    REQUEST_CHANGES = "request_changes"
    PUBLISH = "publish"
    REOPEN = "reopen"


class _Person(Protocol):
    id: UUID
    role: str


@dataclass(frozen=True, slots=True)
class Actor:
    id: UUID
    role: Role

    @classmethod
    def of(cls, user: _Person) -> Actor:
        """The signed-in user (or any user row) as the workflow sees them."""
        return cls(user.id, Role(user.role))


@dataclass(frozen=True, slots=True)
class Facts:
    """What the rules need to know about one claim, read by the service in one go."""

    state: State
    assignee_id: UUID | None = None
    source_count: int = 0
    min_sources: int = field(kw_only=True)
    """The organisation's settings (``accounts.models.ORGANISATION_DEFAULTS`` until it saves any)."""
    has_draft: bool = False
    """The latest verdict revision is an unsubmitted draft."""
    draft_rating: str | None = None
    draft_summary: str | None = None
    revision_author_id: UUID | None = None
    revision_contributor_ids: frozenset[UUID] = frozenset()
    """Everyone who saved the latest revision (its author included)."""
    approver_ids: frozenset[UUID] = frozenset()
    approvals_needed: int = field(kw_only=True)
    revision_rating: str | None = None
    revision_summary: str | None = None
    """The latest revision's rating and summary, draft or submitted (approve and publish re-check them)."""
    draft_same_as_sent_back: bool = False
    """The draft repeats, unchanged, the revision an editor sent back."""
    has_published_revision: bool = False
    """A revision of its verdict was published: dismissing the claim withdraws a public fact-check."""
