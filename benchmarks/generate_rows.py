"""The generated rows (``generate.py``; issue 18), made a chunk of claims at a time and a column at
a time: every random value of a chunk is drawn in bulk by numpy, ids and times stay numpy arrays
(16 bytes, microseconds) until ``bulk_load.encode`` spells them for the database, and only what is
text (claims, article bodies, names) is built value by value.

The same seed gives the same rows, ids included: each chunk draws from its own generator, seeded
from the run's seed and the chunk's number, so the rows do not depend on which process made them.
"""

from __future__ import annotations

import numpy as np
from bulk_load import Days, Ids, Times
from generate_pools import (
    DAY,
    HOUR,
    MINUTE,
    STANCES,
    Generator,
    Table,
    World,
    before_now,
    pick,
    uuid7s,
    weighted,
    zipf,
)
from generate_trail import (
    PATH_LENGTH,
    STATES,
    STEPS,
    Claims,
    trail,
    verdicts,
)
from generate_words import (
    CLAIMS_PER_ARTICLE,
    EVIDENCE_BY_STATE,
    FIRST,
    LAST,
    ORGS,
    OUTLETS,
    PLACES,
    QUALIFIERS,
    RATING_WEIGHTS,
    STATE_SHARES,
    SUBJECTS,
    TIMES,
    UNITS,
    VERBS,
)

from factcheck.articles.models import content_hash
from factcheck.claims.models import PRIORITIES
from factcheck.claims.workflow import State

EVIDENCE_LO = np.array([EVIDENCE_BY_STATE[s][0] for s in STATES])
EVIDENCE_HI = np.array([EVIDENCE_BY_STATE[s][1] for s in STATES])
WITH_VERDICT = np.array([s in (State.IN_REVIEW, State.APPROVED, State.PUBLISHED) for s in STATES])
RESEARCHING = STATES.index(State.RESEARCHING)
ASSIGNED = np.array([s not in (State.CANDIDATE, State.QUEUED, State.DISMISSED) for s in STATES])
QUEUED = STATES.index(State.QUEUED)
EXCERPTS = [f"{q.capitalize()}: {s}." for q in QUALIFIERS for s in SUBJECTS]
REASONS = ('["a number", "attributed"]', "[]")
TAGS_PER_CLAIM = np.array((0, 1, 1, 2, 2, 3))


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
    steps = PATH_LENGTH[state]
    times = np.empty((n, STEPS + 1), dtype=np.int64)
    times[:, 0] = starts
    for k in range(1, STEPS + 1):
        last = times[:, k - 1]
        times[:, k] = before_now(rng, last, last + (rng.uniform(0.5, 72, n) * HOUR).astype(np.int64), now)
    updated = times[every, steps]
    researched = times[every, np.minimum(2, steps)]
    researcher = world.checkers[pick(rng, len(world.checkers), n)]
    editor = world.editors[pick(rng, len(world.editors), n)]
    assigned = ASSIGNED[state] | ((state == QUEUED) & (rng.random(n) < 0.3))
    with_verdict = WITH_VERDICT[state] | ((state == RESEARCHING) & (rng.random(n) < 0.5))
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
        "score_reasons": [REASONS[m] for m in manual],
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
    n_tags = TAGS_PER_CLAIM[pick(rng, len(TAGS_PER_CLAIM), n)]
    tagged = np.repeat(every, n_tags)
    tag = np.argsort(rng.random((n, len(world.tags))), axis=1)[:, :3]
    tag_of = tag[tagged, np.arange(len(tagged)) - np.repeat(np.cumsum(n_tags) - n_tags, n_tags)]
    tags = {"claim_id": Ids(claim_ids[tagged]), "tag_id": Ids(world.tags[tag_of])}

    # Evidence: distinct sources, added once research started.
    n_evidence = rng.integers(EVIDENCE_LO[state], EVIDENCE_HI[state] + 1)
    owner = np.repeat(every, n_evidence)
    source = _distinct(rng, owner, len(world.sources))
    base = researched[owner]
    added = before_now(rng, base, base + rng.integers(1, 601, len(owner)) * MINUTE, now)
    stance = pick(rng, len(STANCES), len(owner))
    excerpt = pick(rng, len(QUALIFIERS), len(owner)) * len(SUBJECTS) + zipf(rng, len(SUBJECTS), len(owner))
    evidence = {
        "id": Ids(uuid7s(rng, added)),
        "claim_id": Ids(claim_ids[owner]),
        "source_id": Ids(world.sources.ids[source]),
        "stance": [STANCES[s] for s in stance.tolist()],
        "excerpt": [EXCERPTS[e] for e in excerpt.tolist()],
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
    tables += verdicts(world, rng, claim, with_verdict, rating, owner, source, evidence)
    tables += trail(world, rng, claim, staff[importer[article_of]], n_evidence, owner, added)
    return tables
