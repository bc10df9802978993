"""What the generated rows are drawn with and point at (``generate.py``; issue 18): numpy draws in
bulk, UUIDv7s and times as numpy arrays (16 bytes, microseconds since 1970), the pool of sources,
and the world a chunk of claims points at (users, tags, ratings, sources)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

import numpy as np
from bulk_load import Days, Ids, Times
from generate_words import PLACES, QUALIFIERS, SOURCE_PUBLISHERS, SUBJECTS, YEARS

from factcheck.evidence.models import SourceKind, Stance

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


HOSTS = [p.lower().replace(" ", "") for p in SOURCE_PUBLISHERS]
KINDS = [k.value for k in SourceKind]
STANCES = [s.value for s in Stance]


def _source_urls(run: int, first: int, publisher: list[int]) -> list[str]:
    return [f"https://{HOSTS[p]}.example/r{run}/{i}" for i, p in enumerate(publisher, start=first)]


def source_titles(pool: Sources, at: np.ndarray) -> list[str]:
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
            "title": source_titles(pool, at),
            "publisher": [SOURCE_PUBLISHERS[p] for p in publisher],
            "kind": [KINDS[k] for k in pool.kind[at].tolist()],
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


def _plain(words: Sequence[str]) -> None:
    """Words that JSON, COPY and SQL take as they are (no quote, backslash, tab or newline)."""
    for word in words:
        if not word.isascii() or any(c in word for c in '"\\\t\n\r'):
            raise ValueError(f"{word!r}: the generator writes its JSON as plain text")


for _words in (SOURCE_PUBLISHERS, SUBJECTS, PLACES, QUALIFIERS, STANCES, KINDS):
    _plain(_words)
