"""View-models for the article pages: templates get plain rows and segments, never models or queries.

The article page shows the body with every candidate highlighted. The body is cut into segments
at every highlight boundary, each carrying its offsets into ``article.body``; together they are the
body, character for character, so the browser can turn a selection back into offsets.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import pairwise
from typing import TYPE_CHECKING
from uuid import UUID

from factcheck.articles.service import ArticleSummary
from factcheck.claims.similarity import SimilarClaim
from factcheck.claims.triage import TriageForm
from factcheck.claims.workflow import Action, Option, State

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from factcheck.articles.models import Article
    from factcheck.claims.models import Claim
    from factcheck.extraction import Candidate

UNDECIDED = frozenset({State.CANDIDATE})
SET_ASIDE = frozenset({State.DISMISSED})


def strength(score: float | None, threshold: float) -> int:
    """0 for a candidate below the organisation's threshold (shown faintly), then 1 to 3 by score."""
    if score is None:
        return 2
    if score < threshold:
        return 0
    if score >= 0.8:
        return 3
    return 2 if score >= (threshold + 0.8) / 2 else 1


@dataclass(frozen=True, slots=True)
class Mark:
    """A highlighted passage: an extractor candidate, a stored claim, or both at the same offsets."""

    start: int | None
    """None for a claim of the article entered without a quote: listed, but not in the text."""
    end: int | None
    quote: str
    claimant: str | None
    score: float | None
    reasons: tuple[str, ...]
    strength: int
    claim_id: UUID | None = None
    claim_text: str | None = None
    state: State | None = None
    panel_url: str = ""
    version: int | None = None
    """The stored claim's version, which the side list's triage checkboxes post back."""
    mention: bool = False
    """Another place the article makes this point (issue 14): highlighted with it, listed once."""

    @property
    def key(self) -> str:
        return f"claim-{self.claim_id}" if self.claim_id else f"span-{self.start}-{self.end}"

    @property
    def accepted(self) -> bool:
        """Queued or later: taken up by the team, so it has a claim page worth opening."""
        return self.state is not None and self.state not in UNDECIDED | SET_ASIDE

    @property
    def css(self) -> str:
        classes = [f"s{self.strength}"]
        if self.state is None:
            classes.append("unstored")
        elif self.accepted:
            classes.append("accepted")
        classes.append(f"is-{self.state.value if self.state else 'proposed'}")
        if self.mention:
            classes.append("mention")
        return " ".join(classes)


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    text: str
    mark: Mark | None = None
    last: bool = False
    """The mark's last piece: where its claimant is shown."""


def marks_for(
    article_id: UUID, candidates: Sequence[Candidate], claims: Iterable[Claim], threshold: float
) -> list[Mark]:
    """One mark per candidate, joined with the stored claim at the same offsets, plus one per
    stored claim elsewhere in the text (made from a selection, or by hand)."""
    by_span: dict[tuple[int, int], Claim] = {}
    others: list[Claim] = []
    for claim in claims:
        if claim.quote_start is None or claim.quote_end is None:
            others.append(claim)
            continue
        span = (claim.quote_start, claim.quote_end)
        if span in by_span:
            others.append(claim)
        else:
            by_span[span] = claim
    marks = []
    spans = set()
    for c in candidates:
        spans.add((c.start, c.end))
        claim = by_span.get((c.start, c.end))
        mark = (
            _claim_mark(article_id, claim, threshold, c)
            if claim
            else Mark(
                start=c.start,
                end=c.end,
                quote=c.text,
                claimant=c.claimant,
                score=c.score,
                reasons=c.reasons,
                strength=strength(c.score, threshold),
                panel_url=f"/articles/{article_id}/candidates/{c.start}/{c.end}",
            )
        )
        marks.append(mark)
        marks += [
            replace(mark, start=m.start, end=m.end, quote=m.text, mention=True)
            for m in c.mentions
            if (m.start, m.end) not in by_span
        ]
    for span, claim in by_span.items():
        if span not in spans:
            marks.append(_claim_mark(article_id, claim, threshold))
    marks += [_claim_mark(article_id, claim, threshold) for claim in others]
    marks.sort(key=lambda m: (m.start is None, m.start or 0, -(m.end or 0)))
    return marks


def _claim_mark(article_id: UUID, claim: Claim, threshold: float, candidate: Candidate | None = None) -> Mark:
    score = claim.score if claim.score is not None else (candidate.score if candidate else None)
    return Mark(
        start=claim.quote_start,
        end=claim.quote_end,
        quote=claim.quote or "",
        claimant=claim.claimant,
        score=score,
        reasons=tuple(claim.score_reasons or (candidate.reasons if candidate else ())),
        # A claim the team made or took up is never faint, whatever the extractor thought of it.
        strength=max(1, strength(score, threshold)),
        claim_id=claim.id,
        claim_text=claim.text,
        state=State(claim.state),
        panel_url=f"/articles/{article_id}/claims/{claim.id}",
        version=claim.version,
    )


def segments_of(body: str, marks: Sequence[Mark]) -> list[Segment]:
    """The body cut at every mark boundary. Where marks overlap, a piece shows the innermost one,
    and a stored claim before a bare candidate: the more specific highlight wins."""
    placed = [m for m in marks if m.start is not None and m.end is not None and m.end > m.start]
    bounds = sorted({0, len(body), *(m.start for m in placed), *(m.end for m in placed)})
    starting: dict[int, list[Mark]] = {}
    for m in placed:
        starting.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    pieces: list[Segment] = []
    for a, b in pairwise(bounds):
        active = [m for m in active if m.end > a] + starting.get(a, [])
        top = min(active, key=lambda m: (m.claim_id is None, m.end - m.start), default=None)
        pieces.append(Segment(start=a, end=b, text=body[a:b], mark=top))
    # Each mark's claimant goes after its last visible piece (a mention's after its own).
    last_piece: dict[tuple[str, int | None], int] = {}
    for i, piece in enumerate(pieces):
        if piece.mark is not None:
            last_piece[piece.mark.key, piece.mark.start] = i
    ends = set(last_piece.values())
    return [
        Segment(p.start, p.end, p.text, p.mark, last=i in ends) if i in ends else p
        for i, p in enumerate(pieces)
    ]


@dataclass(frozen=True, slots=True)
class ArticleHeader:
    id: UUID
    title: str
    outlet: str | None
    author: str | None
    url: str | None
    published_on: date | None
    imported_by: str | None
    imported_at: datetime
    length: int

    @classmethod
    def of(cls, article: Article) -> ArticleHeader:
        return cls(
            id=article.id,
            title=article.title,
            outlet=article.outlet,
            author=article.author,
            url=article.url,
            published_on=article.published_on,
            imported_by=article.imported_by.display_name if article.imported_by else None,
            imported_at=article.created_at,
            length=len(article.body),
        )


ORDER_BY_TEXT = "text"
ORDER_BY_SCORE = "score"
SIDE_ORDERS = {ORDER_BY_TEXT: "In text order", ORDER_BY_SCORE: "By score"}
"""How the side list of claims and candidates can be ordered (``?order=`` on the article page)."""


def _by_score(marks: list[Mark]) -> list[Mark]:
    return sorted(marks, key=lambda m: (m.score is None, -(m.score or 0.0), m.start))


@dataclass(frozen=True, slots=True)
class ArticlePage:
    article: ArticleHeader
    segments: list[Segment]
    marks: list[Mark]
    threshold: float
    order: str = ORDER_BY_TEXT

    @property
    def claims(self) -> list[Mark]:
        claims = [m for m in self.marks if m.claim_id is not None and not m.mention]
        return _by_score(claims) if self.order == ORDER_BY_SCORE else claims

    @property
    def proposals(self) -> list[Mark]:
        """Candidates the extractor found that no claim was made of: below the threshold, mostly."""
        proposals = [m for m in self.marks if m.claim_id is None and not m.mention]
        return _by_score(proposals) if self.order == ORDER_BY_SCORE else proposals

    @property
    def triage(self) -> ArticleTriage:
        return ArticleTriage(path=f"/articles/{self.article.id}/triage")

    @property
    def originals(self) -> list[tuple[str, str]]:
        """(id, wording) of the claims offered as what a duplicate repeats: those accepted."""
        return [(str(m.claim_id), m.claim_text) for m in self.claims if m.accepted]

    @property
    def triagable(self) -> bool:
        """Some listed claim waits for a decision: the triage bar is shown."""
        return any(self.triage.selectable_mark(m) for m in self.claims)

    @property
    def named(self) -> list[str]:
        """The people and organisations the article names as speakers, most quoted first: the
        suggestions for a claim's claimant."""
        counts: dict[str, int] = {}
        for m in self.marks:
            if m.claimant and not m.mention:
                counts[m.claimant] = counts.get(m.claimant, 0) + 1
        return sorted(counts, key=lambda name: (-counts[name], name))

    @property
    def orders(self) -> list[tuple[str, str, str, bool]]:
        """(value, label, href, current) for the side list's order links."""
        base = f"/articles/{self.article.id}"
        return [
            (value, label, base if value == ORDER_BY_TEXT else f"{base}?order={value}", value == self.order)
            for value, label in SIDE_ORDERS.items()
        ]

    @classmethod
    def build(
        cls,
        article: Article,
        candidates: Sequence[Candidate],
        claims: Iterable[Claim],
        threshold: float,
        order: str | None = None,
    ) -> ArticlePage:
        marks = marks_for(article.id, candidates, claims, threshold)
        return cls(
            article=ArticleHeader.of(article),
            segments=segments_of(article.body, marks),
            marks=marks,
            threshold=threshold,
            order=order if order in SIDE_ORDERS else ORDER_BY_TEXT,
        )


@dataclass(frozen=True, slots=True)
class CandidatePanel:
    """The panel that opens on a highlight: accept it (wording editable) or dismiss it (with a reason).

    ``post_url`` is where both forms go: the claim's own URL when it is stored, else the article's
    claims, which creates it from its offsets and decides it in one go."""

    article_id: UUID
    mark: Mark | None
    """None when there is nothing to show but the problem (a selection that was no passage)."""
    post_url: str
    accept: Option | None = None
    dismiss: Option | None = None
    version: int | None = None
    text: str = ""
    claimant: str = ""
    """Who made it, as the form shows it: correctable where the decision is made."""
    comment: str = ""
    errors: dict[str, str] = field(default_factory=dict)
    problem: str | None = None
    message: str | None = None
    similar: list[SimilarClaim] = field(default_factory=list)
    """Claims worded like this one, from any article: "Checked before?" (issue 4)."""

    @property
    def duplicate_url(self) -> str | None:
        """Where "Duplicate of this" posts: a stored claim this user may dismiss now."""
        mark = self.mark
        if mark is None or mark.claim_id is None or self.dismiss is None or not self.dismiss.enabled:
            return None
        return f"/claims/{mark.claim_id}/duplicate-of"

    @property
    def claim_url(self) -> str | None:
        mark = self.mark
        return f"/claims/{mark.claim_id}" if mark is not None and mark.claim_id and mark.accepted else None


@dataclass(frozen=True, slots=True)
class ArticleTriage(TriageForm):
    """The side list's triage bar: the queue's, posting to the article's own address."""

    def selectable_mark(self, mark: Mark) -> bool:
        return mark.state is not None and mark.state.value in self.selectable and mark.version is not None


def decision_options(options: Iterable[Option]) -> dict[Action, Option]:
    return {o.transition.action: o for o in options if o.transition.action in (Action.ACCEPT, Action.DISMISS)}


@dataclass(frozen=True, slots=True)
class ArticleListPage:
    rows: list[ArticleSummary]
    total: int
    limit: int
