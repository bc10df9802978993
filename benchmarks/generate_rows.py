"""The generated rows (``generate.py``; issue 18), made a chunk of claims at a time and a column at
a time: every random value of a chunk is drawn in bulk by numpy, ids and times stay numpy arrays
(16 bytes, microseconds) until ``bulk_load.encode`` spells them for the database, and only what is
text (claims, article bodies, names) is built value by value.

The same seed gives the same rows, ids included: each chunk draws from its own generator, seeded
from the run's seed and the chunk's number, so the rows do not depend on which process made them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np
from bulk_load import Days, Ids, Times
from generate_words import (
    CLAIMS_PER_ARTICLE,
    EVIDENCE_BY_STATE,
    FILL_EVENTS_TO,
    FIRST,
    LAST,
    ORGS,
    OUTLETS,
    PATHS,
    PLACES,
    QUALIFIERS,
    RATING_WEIGHTS,
    SOURCE_PUBLISHERS,
    STATE_SHARES,
    SUBJECTS,
    SUMMARIES,
    TIMES,
    UNITS,
    VERBS,
    YEARS,
)

from factcheck.articles.models import content_hash
from factcheck.claims.models import PRIORITIES
from factcheck.claims.workflow import Action, State
from factcheck.evidence.models import SourceKind, Stance
from factcheck.verdicts.models import Decision

if TYPE_CHECKING:
    from collections.abc import Sequence

US = 1_000_000
MINUTE = 60 * US
HOUR = 60 * MINUTE
DAY = 24 * HOUR

Generator = np.random.Generator
Table = tuple[str, str, dict[str, Any]]
"""A chunk's table: (label, table name, columns by name)."""


def uuid7s(rng: Generator, when: np.ndarray) -> np.ndarray:
    """UUIDv7s (one 16-byte row each) for the microsecond times ``when``, random bits from ``rng``."""
    out = np.empty((len(when), 16), dtype=np.uint8)
    ms = (when // 1000).astype(">u8")
    out[:, :6] = ms.view(np.uint8).reshape(-1, 8)[:, 2:]
    out[:, 6:] = rng.integers(0, 256, (len(when), 10), dtype=np.uint8)
    out[:, 6] = (out[:, 6] & 0x0F) | 0x70  # version 7
    out[:, 8] = (out[:, 8] & 0x3F) | 0x80  # RFC 4122 variant
    return out


def id_matrix(ids: Sequence[bytes]) -> np.ndarray:
    return np.frombuffer(b"".join(ids), dtype=np.uint8).reshape(-1, 16).copy()


@cache
def _cumulative(weights: tuple[float, ...]) -> np.ndarray:
    return np.cumsum(np.array(weights, dtype=float))


@cache
def _zipf(n: int, s: float) -> tuple[float, ...]:
    return tuple(1 / k**s for k in range(1, n + 1))


def weighted(rng: Generator, weights: Sequence[float], size: int) -> np.ndarray:
    """Indexes drawn with the given relative weights."""
    cum = _cumulative(tuple(weights))
    return np.minimum(np.searchsorted(cum, rng.random(size) * cum[-1], side="right"), len(cum) - 1)


def zipf(rng: Generator, n: int, size: int, s: float = 1.1) -> np.ndarray:
    """Indexes of ``n`` items, a few often and most rarely, as words are in real text."""
    return weighted(rng, _zipf(n, s), size)


def pick(rng: Generator, n: int, size: int) -> np.ndarray:
    return rng.integers(0, n, size)


def before_now(rng: Generator, last: np.ndarray, when: np.ndarray, now: int) -> np.ndarray:
    """``when``, or where it is in the future, a moment between ``last`` and ``now`` (never on it:
    thousands of claims sharing one instant would be ties no real desk has)."""
    between = last + ((now - last) * rng.uniform(0.05, 0.95, len(when))).astype(np.int64)
    return np.where(when <= now, when, between)


def claim_times(rng: Generator, now: int, n: int) -> np.ndarray:
    """Creation times over the last few years, more of them recently (the desk grew)."""
    span = YEARS * 365 * DAY
    return np.sort(now - (span * (1 - rng.random(n) ** 0.7)).astype(np.int64))


# --- the pools later rows point at ------------------------------------------------------------------


@dataclass
class Sources:
    """The pool of sources, drawn up front (evidence points at any of them); their text is made
    by the chunk jobs, a slice each."""

    ids: np.ndarray
    when: np.ndarray
    publisher: np.ndarray
    subject: np.ndarray
    place: np.ndarray
    kind: np.ndarray
    accessed: np.ndarray
    """Days since 1970."""

    def __len__(self) -> int:
        return len(self.when)


def source_pool(rng: Generator, now: int, n: int) -> Sources:
    when = now - rng.integers(0, YEARS * 365 * 86400 + 1, n) * US
    return Sources(
        ids=uuid7s(rng, when),
        when=when,
        publisher=pick(rng, len(SOURCE_PUBLISHERS), n),
        subject=zipf(rng, len(SUBJECTS), n),
        place=zipf(rng, len(PLACES), n),
        kind=pick(rng, len(SourceKind), n),
        accessed=when // DAY + rng.integers(0, 31, n),
    )


_HOSTS = [p.lower().replace(" ", "") for p in SOURCE_PUBLISHERS]
_KINDS = [k.value for k in SourceKind]


def _source_urls(run: int, first: int, publisher: list[int]) -> list[str]:
    return [f"https://{_HOSTS[p]}.example/r{run}/{i}" for i, p in enumerate(publisher, start=first)]


def _source_titles(pool: Sources, at: np.ndarray) -> list[str]:
    return [
        f"{SOURCE_PUBLISHERS[p]}: {SUBJECTS[s]} in {PLACES[c]}"
        for p, s, c in zip(
            pool.publisher[at].tolist(), pool.subject[at].tolist(), pool.place[at].tolist(), strict=True
        )
    ]


def source_rows(pool: Sources, run: int, first: int, end: int) -> Table:
    """Sources ``first`` to ``end`` of the pool."""
    at = np.arange(first, end)
    publisher = pool.publisher[at].tolist()
    return (
        "sources",
        "source",
        {
            "id": Ids(pool.ids[at]),
            "url": _source_urls(run, first, publisher),
            "title": _source_titles(pool, at),
            "publisher": [SOURCE_PUBLISHERS[p] for p in publisher],
            "kind": [_KINDS[k] for k in pool.kind[at].tolist()],
            "accessed_on": Days(pool.accessed[at]),
            "created_at": Times(pool.when[at]),
            "updated_at": Times(pool.when[at]),
        },
    )


@dataclass
class World:
    """What the chunks point at: users by role, tags, sources, ratings (ids as 16-byte rows)."""

    now: int
    """The generation time, microseconds since 1970."""
    run: int
    checkers: np.ndarray
    editors: np.ndarray
    tags: np.ndarray
    ratings: np.ndarray
    """One row per label of ``RATING_WEIGHTS``, in its order."""
    sources: Sources

    @property
    def staff(self) -> np.ndarray:
        return np.concatenate([self.checkers, self.editors])


# --- a chunk of claims ------------------------------------------------------------------------------

STATES = list(STATE_SHARES)
_STEPS = max(len(p) for p in PATHS.values())
_PATH_LENGTH = np.array([len(PATHS[s]) for s in STATES])
_ACTIONS = [a.value for a in Action] + ["create", "add_source", "edit", "assign"]
_STATE_NAMES = [s.value for s in State]
_NONE = -1


def _step_table(part: int, convert: Any) -> np.ndarray:
    """(state, step) -> the code of the path step's action, source or target (-1: no step)."""
    table = np.full((len(STATES), _STEPS), _NONE)
    for i, state in enumerate(STATES):
        for k, step in enumerate(PATHS[state]):
            table[i, k] = convert(step[part])
    return table


_STEP_ACTION = _step_table(0, lambda a: _ACTIONS.index(a.value))
_STEP_FROM = _step_table(1, lambda s: _STATE_NAMES.index(s.value))
_STEP_TO = _step_table(2, lambda s: _STATE_NAMES.index(s.value))
_BY_EDITOR = [_ACTIONS.index(a.value) for a in (Action.APPROVE, Action.PUBLISH)]
_DISMISS = _ACTIONS.index(Action.DISMISS.value)
_EVIDENCE_LO = np.array([EVIDENCE_BY_STATE[s][0] for s in STATES])
_EVIDENCE_HI = np.array([EVIDENCE_BY_STATE[s][1] for s in STATES])
_WITH_VERDICT = np.array([s in (State.IN_REVIEW, State.APPROVED, State.PUBLISHED) for s in STATES])
_RESEARCHING = STATES.index(State.RESEARCHING)
_ASSIGNED = np.array([s not in (State.CANDIDATE, State.QUEUED, State.DISMISSED) for s in STATES])
_QUEUED = STATES.index(State.QUEUED)
_RATINGS = list(RATING_WEIGHTS)
_STANCES = [s.value for s in Stance]
_EXCERPTS = [f"{q.capitalize()}: {s}." for q in QUALIFIERS for s in SUBJECTS]
_COMMENTS = [f"Checked {p}: {s}" for p in SOURCE_PUBLISHERS for s in SUMMARIES]
_REASONS = ('["a number", "attributed"]', "[]")
_TAGS_PER_CLAIM = np.array((0, 1, 1, 2, 2, 3))
_COMMENTS_PER_CLAIM = np.array((0, 0, 0, 1, 1, 2))


def _texts(rng: Generator, n: int) -> list[str]:
    """Claim wordings from five templates."""
    place = zipf(rng, len(PLACES), n).tolist()
    subject = zipf(rng, len(SUBJECTS), n).tolist()
    ranges = np.stack(
        [rng.integers(2, 100, n), rng.integers(100, 10_000, n), rng.integers(10_000, 500_001, n)]
    )
    number = ranges[pick(rng, 3, n), np.arange(n)].tolist()
    draws = zip(
        pick(rng, 5, n).tolist(),
        place,
        subject,
        number,
        pick(rng, len(UNITS), n).tolist(),
        pick(rng, len(VERBS), n).tolist(),
        pick(rng, len(TIMES), n).tolist(),
        zipf(rng, len(PLACES), n).tolist(),
        pick(rng, len(QUALIFIERS), n).tolist(),
        rng.integers(2, 91, n).tolist(),
        strict=True,
    )
    texts = []
    for template, p, s, number, unit, verb, when, other, qualifier, percent in draws:
        place_, subject_ = PLACES[p], SUBJECTS[s]
        if template == 0:
            text = f"{subject_.capitalize()} in {place_} {VERBS[verb]} {TIMES[when]}"
        elif template == 1:
            text = f"{number:,} {UNITS[unit]} were affected by {subject_} in {place_} {TIMES[when]}"
        elif template == 2:
            text = f"{place_} had more {subject_} than {PLACES[other]} {TIMES[when]}, {QUALIFIERS[qualifier]}"
        elif template == 3:
            text = f"{subject_.capitalize()} {VERBS[verb]} by {percent} percent in {place_}"
        else:
            text = f"There were {number:,} {UNITS[unit]} linked to {subject_} near {place_} {TIMES[when]}"
        texts.append(text)
    return texts


def _claimants(rng: Generator, n: int) -> list[str | None]:
    roll = rng.random(n).tolist()
    org = zipf(rng, len(ORGS), n).tolist()
    first = zipf(rng, len(FIRST), n, 0.9).tolist()
    last = zipf(rng, len(LAST), n, 0.9).tolist()
    return [
        None if r < 0.1 else ORGS[o] if r < 0.35 else f"{FIRST[f]} {LAST[la]}"
        for r, o, f, la in zip(roll, org, first, last, strict=True)
    ]


def _distinct(rng: Generator, owners: np.ndarray, pool: int) -> np.ndarray:
    """An index into ``pool`` for each of ``owners`` (ascending), none twice for one owner."""
    chosen = pick(rng, pool, len(owners))
    while True:
        key = owners.astype(np.int64) * pool + chosen
        order = np.argsort(key, kind="stable")
        twice = order[1:][key[order][1:] == key[order][:-1]]
        if not len(twice):
            return chosen
        chosen[twice] = pick(rng, pool, len(twice))


def make_chunk(world: World, rng: Generator, starts: np.ndarray) -> list[Table]:
    """Claims created at ``starts`` (ascending), grouped into articles, with everything around them."""
    n, now, staff = len(starts), world.now, world.staff
    every = np.arange(n)

    # Articles, each quoting the claims made from it (its body holds every quote at its offsets).
    firsts = np.arange(0, n, CLAIMS_PER_ARTICLE)
    article_of = every // CLAIMS_PER_ARTICLE
    article_time = starts[firsts] - rng.integers(5, 601, len(firsts)) * MINUTE
    article_ids = uuid7s(rng, article_time)
    importer = pick(rng, len(staff), len(firsts))
    texts = _texts(rng, n)
    leads = zip(
        pick(rng, len(QUALIFIERS), n).tolist(),
        zipf(rng, len(PLACES), n).tolist(),
        pick(rng, len(QUALIFIERS), n).tolist(),
        strict=True,
    )
    bodies: list[list[str]] = [[] for _ in firsts]
    quote_start, quote_end, quotes, at = [], [], [], 0
    for i, (text, (lead_q, place, tail_q)) in enumerate(zip(texts, leads, strict=True)):
        if i % CLAIMS_PER_ARTICLE == 0:
            at = 0
        lead = f"{QUALIFIERS[lead_q].capitalize()}, reporters in {PLACES[place]} wrote. "
        quote = f"{text}."
        quote_start.append(at + len(lead))
        quote_end.append(at + len(lead) + len(quote))
        quotes.append(quote)
        paragraph = f"{lead}{quote} {QUALIFIERS[tail_q].capitalize()}."
        bodies[i // CLAIMS_PER_ARTICLE].append(paragraph)
        at += len(paragraph) + 2
    article_hex = article_ids.tobytes().hex()
    body_texts = [
        "\n\n".join(paragraphs) + f"\n\nReporting by the desk (ref {article_hex[32 * a + 20 : 32 * a + 32]})."
        for a, paragraphs in enumerate(bodies)
    ]
    articles = {
        "id": Ids(article_ids),
        "title": [texts[f][:200] for f in firsts.tolist()],
        "outlet": [OUTLETS[o] for o in pick(rng, len(OUTLETS), len(firsts)).tolist()],
        "url": [
            f"https://news.example/r{world.run}/{article_hex[32 * a : 32 * a + 32]}"
            for a in range(len(firsts))
        ],
        "published_on": Days(article_time // DAY),
        "body": body_texts,
        "language": ["en"] * len(firsts),
        "content_hash": [content_hash(body) for body in body_texts],
        "imported_by_id": Ids(staff[importer]),
        "created_at": Times(article_time),
        "updated_at": Times(article_time),
    }

    # Claims: a state from the mix, and the workflow path that took them there, each step some
    # hours or days after the last and never in the future.
    claim_ids = uuid7s(rng, starts)
    in_article = rng.random(n) < 0.85
    state = weighted(rng, list(STATE_SHARES.values()), n)
    steps = _PATH_LENGTH[state]
    times = np.empty((n, _STEPS + 1), dtype=np.int64)
    times[:, 0] = starts
    for k in range(1, _STEPS + 1):
        last = times[:, k - 1]
        times[:, k] = before_now(rng, last, last + (rng.uniform(0.5, 72, n) * HOUR).astype(np.int64), now)
    updated = times[every, steps]
    researched = times[every, np.minimum(2, steps)]
    researcher = world.checkers[pick(rng, len(world.checkers), n)]
    editor = world.editors[pick(rng, len(world.editors), n)]
    assigned = _ASSIGNED[state] | ((state == _QUEUED) & (rng.random(n) < 0.3))
    with_verdict = _WITH_VERDICT[state] | ((state == _RESEARCHING) & (rng.random(n) < 0.5))
    rating = weighted(rng, list(RATING_WEIGHTS.values()), n)
    claimants = _claimants(rng, n)
    claim_date = starts // DAY - rng.integers(0, 6, n)
    scores = np.round(rng.uniform(0.5, 1.0, n), 3).tolist()
    manual = (~in_article).tolist()
    claims = {
        "id": Ids(claim_ids),
        "text": texts,
        "quote": [None if m else q for m, q in zip(manual, quotes, strict=True)],
        "quote_start": [None if m else q for m, q in zip(manual, quote_start, strict=True)],
        "quote_end": [None if m else q for m, q in zip(manual, quote_end, strict=True)],
        "claimant": claimants,
        "claim_date": Days(claim_date),
        "score": [None if m else s for m, s in zip(manual, scores, strict=True)],
        "score_reasons": [_REASONS[m] for m in manual],
        "state": [STATES[s].value for s in state.tolist()],
        "priority": [PRIORITIES[p] for p in weighted(rng, (20, 55, 20, 5), n).tolist()],
        "article_id": Ids(article_ids[article_of], in_article),
        "assignee_id": Ids(researcher, assigned),
        "created_by_id": Ids(staff[importer[article_of]]),
        "version": (1 + steps).tolist(),
        # What the verdict triggers keep (revision 1 is the latest); the bulk load takes them over.
        "latest_rating_id": Ids(world.ratings[rating], with_verdict),
        "created_at": Times(starts),
        "updated_at": Times(updated),
    }

    # Tags: up to three distinct ones a claim.
    n_tags = _TAGS_PER_CLAIM[pick(rng, len(_TAGS_PER_CLAIM), n)]
    tagged = np.repeat(every, n_tags)
    tag = np.argsort(rng.random((n, len(world.tags))), axis=1)[:, :3]
    tag_of = tag[tagged, np.arange(len(tagged)) - np.repeat(np.cumsum(n_tags) - n_tags, n_tags)]
    tags = {"claim_id": Ids(claim_ids[tagged]), "tag_id": Ids(world.tags[tag_of])}

    # Evidence: distinct sources, added once research started.
    n_evidence = rng.integers(_EVIDENCE_LO[state], _EVIDENCE_HI[state] + 1)
    owner = np.repeat(every, n_evidence)
    source = _distinct(rng, owner, len(world.sources))
    base = researched[owner]
    added = before_now(rng, base, base + rng.integers(1, 601, len(owner)) * MINUTE, now)
    stance = pick(rng, len(_STANCES), len(owner))
    excerpt = pick(rng, len(QUALIFIERS), len(owner)) * len(SUBJECTS) + zipf(rng, len(SUBJECTS), len(owner))
    evidence = {
        "id": Ids(uuid7s(rng, added)),
        "claim_id": Ids(claim_ids[owner]),
        "source_id": Ids(world.sources.ids[source]),
        "stance": [_STANCES[s] for s in stance.tolist()],
        "excerpt": [_EXCERPTS[e] for e in excerpt.tolist()],
        "added_by_id": Ids(researcher[owner]),
        "created_at": Times(added),
        "updated_at": Times(added),
    }

    tables = [
        ("articles", "article", articles),
        ("claims", "claim", claims),
        ("claim tags", "claim_tag", tags),
    ]
    tables.append(("evidence", "evidence", evidence))
    claim = Claims(claim_ids, state, steps, times, updated, researcher, editor, claims)
    tables += _verdicts(world, rng, claim, with_verdict, rating, owner, source, evidence)
    tables += _trail(world, rng, claim, staff[importer[article_of]], n_evidence, owner, added)
    return tables


@dataclass
class Claims:
    """What a chunk's verdicts and audit trail take from its claims (one entry per claim)."""

    ids: np.ndarray
    state: np.ndarray
    steps: np.ndarray
    times: np.ndarray
    """(claim, step): when each step of the claim's path happened (column 0: its creation)."""
    updated: np.ndarray
    researcher: np.ndarray
    editor: np.ndarray
    columns: dict[str, Any]


def _lookup(names: Sequence[str | None]) -> np.ndarray:
    """Codes to names; code -1 is None."""
    return np.array([*names, None], dtype=object)


def _verdicts(
    world: World,
    rng: Generator,
    claim: Claims,
    with_verdict: np.ndarray,
    rating: np.ndarray,
    owner: np.ndarray,
    source: np.ndarray,
    evidence: dict[str, Any],
) -> list[Table]:
    """Revision 1 of each verdict; published ones record the wording and the sources as a
    publication does (verdicts/published.py); an approval for each approved one."""
    v = np.flatnonzero(with_verdict)
    steps = claim.steps[v]
    drafted = claim.times[v, np.minimum(2, steps)] + 30 * MINUTE
    submitted, approved, published = (claim.times[v, k] for k in (3, 4, 5))
    was_submitted, was_approved, was_published = steps >= 3, steps >= 4, steps >= 5
    ids = uuid7s(rng, drafted)
    m = len(v)
    rationale = pick(rng, len(SUMMARIES), (m, 4)).tolist()
    columns = claim.columns
    kept = [c if p else -1 for c, p in zip(v.tolist(), was_published.tolist(), strict=True)]
    verdicts = {
        "id": Ids(ids),
        "claim_id": Ids(claim.ids[v]),
        "revision": [1] * m,
        "rating_id": Ids(world.ratings[rating[v]]),
        "summary": [SUMMARIES[s] for s in pick(rng, len(SUMMARIES), m).tolist()],
        "rationale": [" ".join(SUMMARIES[s] for s in four) for four in rationale],
        "author_id": Ids(claim.researcher[v]),
        "submitted_at": Times(submitted, was_submitted),
        "published_at": Times(published, was_published),
        "published_text": [None if c < 0 else columns["text"][c] for c in kept],
        "published_claimant": [None if c < 0 else columns["claimant"][c] for c in kept],
        "published_quote": [None if c < 0 else columns["quote"][c] for c in kept],
        "published_claim_date": Days(columns["claim_date"].values[v], was_published),
        "published_claim_reviewed": [None] * m,
        "published_sources": _published_sources(world, v[was_published], owner, source, evidence, kept),
        "version": [2] * m,
        "created_at": Times(drafted),
        "updated_at": Times(np.where(was_published, published, np.where(was_submitted, submitted, drafted))),
    }
    a = np.flatnonzero(was_approved)
    approvals = {
        "id": Ids(uuid7s(rng, approved[a])),
        "verdict_id": Ids(ids[a]),
        "editor_id": Ids(claim.editor[v[a]]),
        "decision": [Decision.APPROVE.value] * len(a),
        "created_at": Times(approved[a]),
        "updated_at": Times(approved[a]),
    }
    return [("verdicts", "verdict", verdicts), ("approvals", "approval", approvals)]


def _published_sources(
    world: World,
    published: np.ndarray,
    owner: np.ndarray,
    source: np.ndarray,
    evidence: dict[str, Any],
    kept: list[int],
) -> list[str | None]:
    """The JSON a publication records of its sources (stance, excerpt and the source's fields),
    written as text: every word of the vocabulary is plain JSON (checked below)."""
    first = np.searchsorted(owner, published)
    end = np.searchsorted(owner, published, side="right")
    rows = np.concatenate(
        [np.arange(f, e) for f, e in zip(first.tolist(), end.tolist(), strict=True)] or [[]]
    )
    rows = rows.astype(np.int64)
    pool, at = world.sources, source[rows]
    accessed = np.datetime_as_string(pool.accessed[at].astype("datetime64[D]")).tolist()
    publisher = pool.publisher[at].tolist()
    stance, excerpt = evidence["stance"], evidence["excerpt"]
    items = [
        f'{{"stance": "{stance[r]}", "excerpt": "{excerpt[r]}", '
        f'"url": "https://{_HOSTS[p]}.example/r{world.run}/{s}", "title": "{title}", '
        f'"publisher": "{SOURCE_PUBLISHERS[p]}", "kind": "{_KINDS[k]}", "accessed_on": "{day}", '
        '"archive_url": null}'
        for r, s, p, title, k, day in zip(
            rows.tolist(),
            at.tolist(),
            publisher,
            _source_titles(pool, at),
            pool.kind[at].tolist(),
            accessed,
            strict=True,
        )
    ]
    by_claim = iter(zip(first.tolist(), end.tolist(), strict=True))
    out: list[str | None] = []
    done = 0
    for c in kept:
        if c < 0:
            out.append(None)
            continue
        f, e = next(by_claim)
        out.append("[" + ", ".join(items[done : done + e - f]) + "]")
        done += e - f
    return out


_ACTION_NAMES = _lookup(_ACTIONS)
_STATE_LOOKUP = _lookup(_STATE_NAMES)
_EVENT_COMMENTS = _lookup(["Not checkable: an opinion.", "A report"])
_CREATE, _ADD_SOURCE, _EDIT, _ASSIGN = (_ACTIONS.index(a) for a in ("create", "add_source", "edit", "assign"))
_CANDIDATE = _STATE_NAMES.index(State.CANDIDATE.value)


def _trail(
    world: World,
    rng: Generator,
    claim: Claims,
    creator: np.ndarray,
    n_evidence: np.ndarray,
    owner: np.ndarray,
    added: np.ndarray,
) -> list[Table]:
    """The audit trail (its creation, each workflow step, each source added, then edits and
    assignments: published claims carry about 12 events already, the others are filled to about 9
    and the mean is about 10) and the comments, which come on top."""
    n = len(claim.ids)
    every = np.arange(n)
    staff = world.staff
    starts = claim.times[:, 0]
    parts: list[
        tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]
    ] = []
    # (claim, actor, action, from state, to state, comment, when); codes -1 are None
    none = np.full(n, -1)
    parts.append((every, creator, np.full(n, _CREATE), none, np.full(n, _CANDIDATE), none, starts))
    for k in range(_STEPS):
        c = np.flatnonzero(claim.steps > k)
        action = _STEP_ACTION[claim.state[c], k]
        by_editor = np.isin(action, _BY_EDITOR)[:, None]
        actor = np.where(by_editor, claim.editor[c], claim.researcher[c])
        from_, to = _STEP_FROM[claim.state[c], k], _STEP_TO[claim.state[c], k]
        comment = np.where(action == _DISMISS, 0, -1)
        parts.append((c, actor, action, from_, to, comment, claim.times[c, k + 1]))
    m = len(owner)
    parts.append(
        (
            owner,
            claim.researcher[owner],
            np.full(m, _ADD_SOURCE),
            np.full(m, -1),
            np.full(m, -1),
            np.full(m, 1),
            added,
        )
    )
    missing = FILL_EVENTS_TO - (1 + claim.steps + n_evidence)
    extra = np.where(missing > 0, np.maximum(0, missing + rng.integers(-2, 3, n)), 0)
    span = np.maximum(US, claim.updated - starts)
    c = np.repeat(every, extra)
    when = starts[c] + (rng.random(len(c)) * span[c]).astype(np.int64)
    action = np.where(rng.random(len(c)) < 0.5, _EDIT, _ASSIGN)
    m = len(c)
    parts.append(
        (c, staff[pick(rng, len(staff), m)], action, np.full(m, -1), np.full(m, -1), np.full(m, -1), when)
    )
    claim_of, actor, action, from_, to, comment, when = (
        np.concatenate(column) for column in zip(*parts, strict=True)
    )
    order = np.argsort(when, kind="stable")
    events = {
        "claim_id": Ids(claim.ids[claim_of[order]]),
        "actor_id": Ids(actor[order]),
        "action": _ACTION_NAMES[action[order]].tolist(),
        "from_state": _STATE_LOOKUP[from_[order]].tolist(),
        "to_state": _STATE_LOOKUP[to[order]].tolist(),
        "comment": _EVENT_COMMENTS[comment[order]].tolist(),
        "created_at": Times(when[order]),
        "updated_at": Times(when[order]),
    }
    c = np.repeat(every, _COMMENTS_PER_CLAIM[pick(rng, len(_COMMENTS_PER_CLAIM), n)])
    when = starts[c] + (rng.random(len(c)) * span[c]).astype(np.int64)
    body = zipf(rng, len(SOURCE_PUBLISHERS), len(c)) * len(SUMMARIES) + pick(rng, len(SUMMARIES), len(c))
    comments = {
        "id": Ids(uuid7s(rng, when)),
        "claim_id": Ids(claim.ids[c]),
        "author_id": Ids(staff[pick(rng, len(staff), len(c))]),
        "body": [_COMMENTS[b] for b in body.tolist()],
        "created_at": Times(when),
        "updated_at": Times(when),
    }
    return [("events", "claim_event", events), ("comments", "comment", comments)]


def _plain(words: Sequence[str]) -> None:
    """Words that JSON, COPY and SQL take as they are (no quote, backslash, tab or newline)."""
    for word in words:
        if not word.isascii() or any(c in word for c in '"\\\t\n\r'):
            raise ValueError(f"{word!r}: the generator writes its JSON as plain text")


for _words in (SOURCE_PUBLISHERS, SUBJECTS, PLACES, QUALIFIERS, _STANCES, _KINDS):
    _plain(_words)
