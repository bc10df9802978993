"""What happens to a chunk's claims after they are made (``generate_rows.py``; issue 18): the
workflow path each took, its verdict, the editor's approval, and the audit trail and comments."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
from bulk_load import Days, Ids, Times
from generate_pools import (
    HOSTS,
    KINDS,
    MINUTE,
    US,
    Generator,
    Table,
    World,
    pick,
    source_titles,
    uuid7s,
    zipf,
)
from generate_words import (
    FILL_EVENTS_TO,
    PATHS,
    SOURCE_PUBLISHERS,
    STATE_SHARES,
    SUMMARIES,
)

from factcheck.claims.models import EventKind
from factcheck.claims.workflow import Action, State
from factcheck.verdicts.models import Decision

if TYPE_CHECKING:
    from collections.abc import Sequence

# --- the workflow paths as codes (a column of events is a column of small integers until encoded) ----

STATES = list(STATE_SHARES)
STEPS = max(len(p) for p in PATHS.values())
PATH_LENGTH = np.array([len(PATHS[s]) for s in STATES])
ACTIONS = [a.value for a in Action] + [k.value for k in EventKind]
STATE_NAMES = [s.value for s in State]
NONE = -1


def _step_table(part: int, convert: Any) -> np.ndarray:
    """(state, step) -> the code of the path step's action, source or target (-1: no step)."""
    table = np.full((len(STATES), STEPS), NONE)
    for i, state in enumerate(STATES):
        for k, step in enumerate(PATHS[state]):
            table[i, k] = convert(step[part])
    return table


STEP_ACTION = _step_table(0, lambda a: ACTIONS.index(a.value))
STEP_FROM = _step_table(1, lambda s: STATE_NAMES.index(s.value))
STEP_TO = _step_table(2, lambda s: STATE_NAMES.index(s.value))
BY_EDITOR = [ACTIONS.index(a.value) for a in (Action.APPROVE, Action.PUBLISH)]
DISMISS = ACTIONS.index(Action.DISMISS.value)
COMMENTS = [f"Checked {p}: {s}" for p in SOURCE_PUBLISHERS for s in SUMMARIES]
COMMENTS_PER_CLAIM = np.array((0, 0, 0, 1, 1, 2))


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


def verdicts(
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
        f'"url": "https://{HOSTS[p]}.example/r{world.run}/{s}", "title": "{title}", '
        f'"publisher": "{SOURCE_PUBLISHERS[p]}", "kind": "{KINDS[k]}", "accessed_on": "{day}", '
        '"archive_url": null}'
        for r, s, p, title, k, day in zip(
            rows.tolist(),
            at.tolist(),
            publisher,
            source_titles(pool, at),
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


_ACTION_NAMES = _lookup(ACTIONS)
_STATE_LOOKUP = _lookup(STATE_NAMES)
_EVENT_COMMENTS = _lookup(["Not checkable: an opinion.", "A report"])
_CREATE, _ADD_SOURCE, _EDIT, _ASSIGN = (
    ACTIONS.index(k.value) for k in (EventKind.CREATE, EventKind.ADD_SOURCE, EventKind.EDIT, EventKind.ASSIGN)
)
_CANDIDATE = STATE_NAMES.index(State.CANDIDATE.value)


def trail(
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
    for k in range(STEPS):
        c = np.flatnonzero(claim.steps > k)
        action = STEP_ACTION[claim.state[c], k]
        by_editor = np.isin(action, BY_EDITOR)[:, None]
        actor = np.where(by_editor, claim.editor[c], claim.researcher[c])
        from_, to = STEP_FROM[claim.state[c], k], STEP_TO[claim.state[c], k]
        comment = np.where(action == DISMISS, 0, -1)
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
    c = np.repeat(every, COMMENTS_PER_CLAIM[pick(rng, len(COMMENTS_PER_CLAIM), n)])
    when = starts[c] + (rng.random(len(c)) * span[c]).astype(np.int64)
    body = zipf(rng, len(SOURCE_PUBLISHERS), len(c)) * len(SUMMARIES) + pick(rng, len(SUMMARIES), len(c))
    comments = {
        "id": Ids(uuid7s(rng, when)),
        "claim_id": Ids(claim.ids[c]),
        "author_id": Ids(staff[pick(rng, len(staff), len(c))]),
        "body": [COMMENTS[b] for b in body.tolist()],
        "created_at": Times(when),
        "updated_at": Times(when),
    }
    return [("events", "claim_event", events), ("comments", "comment", comments)]
