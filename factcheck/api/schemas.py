"""The API's request and response bodies, as msgspec Structs, so the OpenAPI schema Litestar
generates describes every body (issue 8). Field names are the UI forms' names.

Inputs forbid unknown fields: a misspelt field is a 400, never silently ignored.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Annotated, Any
from uuid import UUID

import msgspec

from factcheck.articles.models import DEFAULT_LANGUAGE, LANGUAGE_PATTERN
from factcheck.articles.service import FIELD_LIMITS, MAX_BODY_CHARS
from factcheck.claims.models import Priority
from factcheck.claims.service import MAX_CLAIM_TEXT, MAX_CLAIMANT, MAX_TAG, MAX_TAGS
from factcheck.claims.work import MAX_COMMENT
from factcheck.claims.workflow import Actor, available_actions
from factcheck.evidence.models import SOURCE_PUBLISHER_MAX, SOURCE_TITLE_MAX, SourceKind, Stance
from factcheck.evidence.service import MAX_EXCERPT
from factcheck.verdicts.service import MAX_RATIONALE, MAX_SUMMARY
from factcheck.web_address import MAX_URL, URL_PATTERN

if TYPE_CHECKING:
    from factcheck.articles.service import ImportResult
    from factcheck.claims.detail import ClaimDetail
    from factcheck.claims.queue import QueueItem, QueueResult
    from factcheck.evidence.models import Evidence
    from factcheck.verdicts.models import Rating, Verdict


class Input(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A request body: unknown fields are refused."""


# --- errors ------------------------------------------------------------------------------------


class ErrorBody(msgspec.Struct, kw_only=True):
    """Every API error: the HTTP status, a sentence for people, and per-field messages."""

    status_code: int
    detail: str
    extra: dict[str, str] = {}


# --- inputs ------------------------------------------------------------------------------------

WebAddress = Annotated[str, msgspec.Meta(max_length=MAX_URL, pattern=URL_PATTERN)]
"""Every address a user gives: http or https only (``factcheck.web_address``)."""


class ClaimCreate(Input):
    text: Annotated[str, msgspec.Meta(max_length=MAX_CLAIM_TEXT)]
    claimant: Annotated[str, msgspec.Meta(max_length=MAX_CLAIMANT)] | None = None
    article_id: UUID | None = None
    quote: Annotated[str, msgspec.Meta(max_length=10_000)] | None = None
    quote_start: Annotated[int, msgspec.Meta(ge=0)] | None = None
    quote_end: Annotated[int, msgspec.Meta(ge=0)] | None = None
    claim_date: date | None = None
    priority: Priority = Priority.NORMAL
    tags: Annotated[
        list[Annotated[str, msgspec.Meta(max_length=MAX_TAG)]], msgspec.Meta(max_length=MAX_TAGS)
    ] = []


class EvidenceCreate(Input):
    """Link an existing source by ``source_id``, or one found or created by its ``url``."""

    stance: Stance
    excerpt: Annotated[str, msgspec.Meta(max_length=MAX_EXCERPT)] | None = None
    source_id: UUID | None = None
    url: WebAddress | None = None
    title: Annotated[str, msgspec.Meta(max_length=SOURCE_TITLE_MAX)] | None = None
    publisher: Annotated[str, msgspec.Meta(max_length=SOURCE_PUBLISHER_MAX)] | None = None
    kind: SourceKind = SourceKind.OTHER
    accessed_on: date | None = None
    archive_url: WebAddress | None = None
    notes: Annotated[str, msgspec.Meta(max_length=20_000)] | None = None


class VerdictDraft(Input):
    """The verdict draft; ``version`` is the draft's version it was based on (0 when there was
    none), so a save in between is refused with 409 instead of being overwritten."""

    rating: Annotated[str, msgspec.Meta(max_length=100)] | None = None
    summary: Annotated[str, msgspec.Meta(max_length=MAX_SUMMARY)] = ""
    rationale: Annotated[str, msgspec.Meta(max_length=MAX_RATIONALE)] = ""
    correction_note: Annotated[str, msgspec.Meta(max_length=MAX_RATIONALE)] | None = None
    version: int | None = None


class ActionInput(Input):
    """A workflow action on the claim at ``version`` (the claim's version the caller read)."""

    version: int
    comment: Annotated[str, msgspec.Meta(max_length=MAX_COMMENT)] = ""
    assignee: UUID | None = None
    """``start`` only: who researches the claim (default: whoever starts it)."""
    text: Annotated[str, msgspec.Meta(max_length=MAX_CLAIM_TEXT)] | None = None
    """``accept`` only: the team's wording of the claim."""


class ArticleImport(Input):
    title: Annotated[str, msgspec.Meta(max_length=FIELD_LIMITS["title"])]
    body: Annotated[str, msgspec.Meta(max_length=MAX_BODY_CHARS)]
    outlet: Annotated[str, msgspec.Meta(max_length=FIELD_LIMITS["outlet"])] | None = None
    url: WebAddress | None = None
    author: Annotated[str, msgspec.Meta(max_length=FIELD_LIMITS["author"])] | None = None
    published_on: date | None = None
    language: Annotated[str, msgspec.Meta(max_length=FIELD_LIMITS["language"], pattern=LANGUAGE_PATTERN)] = (
        DEFAULT_LANGUAGE
    )


# --- outputs -----------------------------------------------------------------------------------


class ClaimSummary(msgspec.Struct, kw_only=True):
    """A claim in a list: every claim in a response carries ``id``, ``state`` and ``version``."""

    id: UUID
    state: str
    version: int
    text: str
    claimant: str | None
    priority: str
    score: float | None
    article_id: UUID | None
    article_title: str | None
    assignee_id: UUID | None
    assignee: str | None
    tags: list[str]
    rating: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_item(cls, item: QueueItem) -> ClaimSummary:
        return cls(
            id=item.id,
            state=item.state.value,
            version=item.version,
            text=item.text,
            claimant=item.claimant,
            priority=item.priority,
            score=item.score,
            article_id=item.article_id,
            article_title=item.article_title,
            assignee_id=item.assignee_id,
            assignee=item.assignee,
            tags=list(item.tags),
            rating=item.rating,
            created_at=item.created_at,
            updated_at=item.updated_at,
        )


class ClaimPage(msgspec.Struct, kw_only=True):
    """One keyset page: pass ``next`` as ``after`` (or ``prev`` as ``before``) for the next one."""

    items: list[ClaimSummary]
    counts: dict[str, int]
    """Claims per state under every filter but ``state``; lower bounds when ``counts_capped``."""
    counts_capped: bool = False
    """More claims match than the deployment counts (``COUNT_CAP``): every figure of ``counts``
    but the filtered state's own is then a lower bound, and that one too when it reaches the cap."""
    search_window: int | None = None
    """Set when a search matched more claims than its window (``SEARCH_WINDOW``): only the best
    this many are listed and counted; refine the search to see others."""
    search_ranked: int | None = None
    """Set when a search ranked only its newest matches: the listed ones are the best of these
    many (on SQLite its newest ``SEARCH_RANKED``; on PostgreSQL its matches of the newest periods
    of creation, at least ``SEARCH_WINDOW``)."""
    next: str | None
    prev: str | None

    @classmethod
    def from_result(cls, result: QueueResult) -> ClaimPage:
        return cls(
            items=[ClaimSummary.from_item(i) for i in result.items],
            counts={state.value: n for state, n in result.counts.items()},
            counts_capped=result.counts.capped or result.counts.state_capped,
            search_window=result.counts.search_window,
            search_ranked=result.counts.search_ranked,
            next=result.next_cursor.token() if result.next_cursor else None,
            prev=result.prev_cursor.token() if result.prev_cursor else None,
        )


class SourceOut(msgspec.Struct, kw_only=True):
    id: UUID
    url: str | None
    """None for a source with no address (an interview, a phone call, an offline document)."""
    title: str
    publisher: str | None
    kind: str
    accessed_on: date | None
    archive_url: str | None
    notes: str | None


class EvidenceOut(msgspec.Struct, kw_only=True):
    id: UUID
    stance: str
    excerpt: str | None
    source: SourceOut
    added_by_id: UUID | None
    created_at: datetime

    @classmethod
    def from_model(cls, e: Evidence) -> EvidenceOut:
        s = e.source
        return cls(
            id=e.id,
            stance=e.stance,
            excerpt=e.excerpt,
            added_by_id=e.added_by_id,
            created_at=e.created_at,
            source=SourceOut(
                id=s.id,
                url=s.url,
                title=s.title,
                publisher=s.publisher,
                kind=s.kind,
                accessed_on=s.accessed_on,
                archive_url=s.archive_url,
                notes=s.notes,
            ),
        )


class VerdictOut(msgspec.Struct, kw_only=True):
    id: UUID
    revision: int
    version: int
    """Send it back as ``version`` when saving this draft."""
    rating: str | None
    summary: str
    rationale: str
    correction_note: str | None
    author_id: UUID | None
    is_draft: bool
    submitted_at: datetime | None
    published_at: datetime | None
    created_at: datetime

    @classmethod
    def from_model(cls, v: Verdict) -> VerdictOut:
        return cls(
            id=v.id,
            revision=v.revision,
            version=v.version,
            rating=v.rating.label if v.rating is not None else None,
            summary=v.summary,
            rationale=v.rationale,
            correction_note=v.correction_note,
            author_id=v.author_id,
            is_draft=v.is_draft,
            submitted_at=v.submitted_at,
            published_at=v.published_at,
            created_at=v.created_at,
        )


class ActionOption(msgspec.Struct, kw_only=True):
    """An action this user may take now; ``reason`` says why it is not possible yet, if so."""

    action: str
    label: str
    reason: str | None


class ClaimOut(msgspec.Struct, kw_only=True):
    """A claim with its sources and verdict revisions (newest first)."""

    id: UUID
    state: str
    version: int
    text: str
    claimant: str | None
    quote: str | None
    quote_start: int | None
    quote_end: int | None
    claim_date: date | None
    score: float | None
    priority: str
    tags: list[str]
    article_id: UUID | None
    assignee_id: UUID | None
    created_by_id: UUID | None
    created_at: datetime
    updated_at: datetime
    evidence: list[EvidenceOut]
    verdicts: list[VerdictOut]
    actions: list[ActionOption]

    @classmethod
    def from_detail(cls, d: ClaimDetail, actor: Actor) -> ClaimOut:
        c = d.claim
        facts = d.facts()
        return cls(
            id=c.id,
            state=c.state,
            version=c.version,
            text=c.text,
            claimant=c.claimant,
            quote=c.quote,
            quote_start=c.quote_start,
            quote_end=c.quote_end,
            claim_date=c.claim_date,
            score=c.score,
            priority=c.priority,
            tags=[t.name for t in c.tags],
            article_id=c.article_id,
            assignee_id=c.assignee_id,
            created_by_id=c.created_by_id,
            created_at=c.created_at,
            updated_at=c.updated_at,
            evidence=[EvidenceOut.from_model(e) for e in d.evidence],
            verdicts=[VerdictOut.from_model(v) for v in d.revisions],
            actions=[
                ActionOption(action=o.transition.action.value, label=o.label, reason=o.reason)
                for o in available_actions(facts, actor)
            ],
        )


class ArticleImported(msgspec.Struct, kw_only=True):
    """``created`` is false when the same text was imported before (``id`` is that article)."""

    id: UUID
    title: str
    created: bool
    candidates_stored: int
    claims: list[ClaimSummary]

    @classmethod
    def from_result(cls, result: ImportResult, claims: list[QueueItem]) -> ArticleImported:
        return cls(
            id=result.article.id,
            title=result.article.title,
            created=result.created,
            candidates_stored=result.candidates_stored,
            claims=[ClaimSummary.from_item(i) for i in claims],
        )


class RatingOut(msgspec.Struct, kw_only=True):
    label: str
    value: int | None
    """The position on the ClaimReview scale (5 best); none for labels off the scale."""
    position: int

    @classmethod
    def from_model(cls, r: Rating) -> RatingOut:
        return cls(label=r.label, value=r.value, position=r.position)


class UserOut(msgspec.Struct, kw_only=True):
    id: UUID
    display_name: str
    role: str


def close_input_schemas(openapi: Any) -> None:
    """Say in the OpenAPI schema what ``forbid_unknown_fields`` does (Litestar leaves it out), so
    clients and fuzzers know an unknown field is refused: ``additionalProperties: false``. And put
    back the limits Litestar drops (a minimum inside ``X | None``, a list item's length), taken
    from msgspec's own schema of the same Struct, so the description is as strict as the check."""
    schemas = openapi.components.schemas or {}
    for struct in Input.__subclasses__():
        schema = schemas.get(struct.__name__)
        if schema is not None:
            schema.additional_properties = False
            own = msgspec.json.schema(struct)["$defs"][struct.__name__]["properties"]
            for name, prop in (schema.properties or {}).items():
                _restore_limits(prop, own.get(name, {}))


_LIMITS = {"minimum": "minimum", "maxLength": "max_length", "maxItems": "max_items", "pattern": "pattern"}


def _restore_limits(prop: Any, own: dict[str, Any]) -> None:
    for key, attr in _LIMITS.items():
        if key in own and getattr(prop, attr, None) is None:
            setattr(prop, attr, own[key])
    if getattr(prop, "items", None) is not None and isinstance(own.get("items"), dict):
        _restore_limits(prop.items, own["items"])
    branches = [b for b in (getattr(prop, "one_of", None) or []) if hasattr(b, "type")]
    for branch in branches:
        for option in own.get("anyOf", []):
            if option.get("type") == str(getattr(branch.type, "value", branch.type)):
                _restore_limits(branch, option)
