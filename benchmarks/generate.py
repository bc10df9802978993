"""Fill a database with realistic claims for benchmarks and demos (issue 6).

    .venv/bin/python benchmarks/generate.py --claims 100000 [--seed 1] [--now 2026-11-25T12:00:00Z]

The database is the one ``DATABASE_URL`` names (or the default SQLite file), migrated to head
first. The claims come with articles (whose bodies hold the quoted words at the claims' offsets),
users of every role, tags, sources, evidence (3 per claim on average), verdict revisions with
ratings, editors' approvals, comments and the audit trail (10 events per claim on average), all
consistent with the workflow: a published claim has a submitted, approved and published verdict
and the events that took it there.

The organisation and the rating scale go in through the services; everything else is bulk-loaded
in one transaction (``bulk_load.py``: ``executemany`` on SQLite, ``COPY`` on PostgreSQL, the insert
triggers' work done once at the end), the rows made by ``--workers`` processes, 5,000 claims a
chunk. The same ``--seed`` and ``--now`` give the same rows, ids included, whatever the number of
workers; without ``--now`` the dates are relative to the moment of the run. Running it again adds
another batch (its unique names carry the number of claims already there).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import sys
import time
from bisect import bisect
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import accumulate, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import async_sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bulk_load, next to this file

from bulk_load import UnknownTrigger, encode, loader_for  # noqa: F401 (UnknownTrigger: for callers)

from factcheck.accounts.models import User
from factcheck.accounts.roles import Role
from factcheck.accounts.service import OrganisationService
from factcheck.articles.models import Article, content_hash
from factcheck.claims.models import PRIORITIES, Claim, Comment, Event, Tag, claim_tag
from factcheck.claims.workflow import Action, State
from factcheck.cli import upgrade_schema
from factcheck.db import make_engine
from factcheck.evidence.models import Evidence, Source, SourceKind, Stance
from factcheck.security.passwords import hash_password
from factcheck.settings import Settings
from factcheck.verdicts.models import Approval, Decision, Verdict
from factcheck.verdicts.service import VerdictService

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sqlalchemy.ext.asyncio import AsyncSession

BENCH_PASSWORD = "bench-password-2026"
"""Every generated user's password (the benchmarks sign in with it)."""
CHUNK = 5_000
CLAIMS_PER_ARTICLE = 50
YEARS = 3

STATE_SHARES = {
    State.CANDIDATE: 0.24,
    State.QUEUED: 0.14,
    State.RESEARCHING: 0.10,
    State.IN_REVIEW: 0.05,
    State.APPROVED: 0.03,
    State.PUBLISHED: 0.36,
    State.DISMISSED: 0.08,
}
PATHS: dict[State, tuple[tuple[Action, State, State], ...]] = {
    State.CANDIDATE: (),
    State.QUEUED: ((Action.ACCEPT, State.CANDIDATE, State.QUEUED),),
    State.RESEARCHING: (
        (Action.ACCEPT, State.CANDIDATE, State.QUEUED),
        (Action.START, State.QUEUED, State.RESEARCHING),
    ),
    State.IN_REVIEW: (
        (Action.ACCEPT, State.CANDIDATE, State.QUEUED),
        (Action.START, State.QUEUED, State.RESEARCHING),
        (Action.SUBMIT, State.RESEARCHING, State.IN_REVIEW),
    ),
    State.APPROVED: (
        (Action.ACCEPT, State.CANDIDATE, State.QUEUED),
        (Action.START, State.QUEUED, State.RESEARCHING),
        (Action.SUBMIT, State.RESEARCHING, State.IN_REVIEW),
        (Action.APPROVE, State.IN_REVIEW, State.APPROVED),
    ),
    State.PUBLISHED: (
        (Action.ACCEPT, State.CANDIDATE, State.QUEUED),
        (Action.START, State.QUEUED, State.RESEARCHING),
        (Action.SUBMIT, State.RESEARCHING, State.IN_REVIEW),
        (Action.APPROVE, State.IN_REVIEW, State.APPROVED),
        (Action.PUBLISH, State.APPROVED, State.PUBLISHED),
    ),
    State.DISMISSED: ((Action.DISMISS, State.CANDIDATE, State.DISMISSED),),
}
EVIDENCE_BY_STATE = {  # (min, max) sources: 3 per claim on average over the state mix above
    State.CANDIDATE: (0, 0),
    State.QUEUED: (0, 2),
    State.RESEARCHING: (1, 5),
    State.IN_REVIEW: (2, 7),
    State.APPROVED: (2, 7),
    State.PUBLISHED: (3, 9),
    State.DISMISSED: (0, 2),
}
FILL_EVENTS_TO = 9
RATING_WEIGHTS = {
    "True": 8,
    "Mostly true": 12,
    "Half true": 15,
    "Mostly false": 18,
    "False": 25,
    "Misleading": 14,
    "Unproven": 8,
}

# --- words ---------------------------------------------------------------------------------------

FIRST = (
    "John Sergei Angela Ahmet Hassan Maria Li Olena Emmanuel Recep Bashar Ursula Joe Vladimir Narendra "
    "Jacinda Boris Kamala Xi Pedro Giorgia Olaf Rishi Justin Fumio Luiz Cyril Mette Sanna Viktor Andrzej "
    "Kaja Antonio Mark Leila Amina Tedros Ngozi Kristalina Staffan Ban Kofi Sigrid Ilham Nikol Maia"
).split()
LAST = (
    "Kerry Lavrov Merkel Davutoglu Rouhani Zakharova Wei Kuleba Macron Erdogan Assad Leyen Biden Putin "
    "Modi Ardern Johnson Harris Jinping Sanchez Meloni Scholz Sunak Trudeau Kishida Silva Ramaphosa "
    "Frederiksen Marin Orban Duda Kallas Guterres Rutte Haddad Mohammed Ghebreyesus Okonjo Georgieva "
    "Mistura Moon Annan Kaag Aliyev Pashinyan Sandu"
).split()
ORGS = (
    "The United Nations|The World Bank|The IMF|Amnesty International|Human Rights Watch|UNHCR|"
    "The Red Cross|The Syrian Observatory for Human Rights|NATO|The European Commission|WHO|UNICEF|"
    "The Kremlin|The White House|The Pentagon|The Foreign Office|The Interior Ministry|The central bank|"
    "Eurostat|The OECD|Doctors Without Borders|The Turkish government|The Iranian foreign ministry|"
    "A government spokesperson|Opposition leaders|Local officials|Activists|Rescue workers"
).split("|")
PLACES = (
    "Syria Aleppo Idlib Homs Damascus Raqqa Turkey Azaz Kilis Gaziantep Iran Tehran Russia Moscow Iraq "
    "Mosul Lebanon Beirut Jordan Amman Ukraine Kyiv Kharkiv Odesa Donetsk Germany Berlin Munich Geneva "
    "Brussels France Paris Greece Lesbos Italy Lampedusa Yemen Sanaa Libya Tripoli Egypt Cairo Israel "
    "Gaza Afghanistan Kabul Sudan Khartoum Ethiopia Tigray Nigeria Lagos Brazil Amazon India Delhi"
).split()
SUBJECTS = (
    "airstrikes|barrel bombs|cluster munitions|dumb bombs|guided missiles|artillery shelling|drone attacks|"
    "refugees|displaced families|asylum seekers|migrants|civilian casualties|child deaths|hospital attacks|"
    "food prices|fuel prices|wheat exports|grain shipments|aid convoys|humanitarian corridors|"
    "unemployment|inflation|the budget deficit|public debt|military spending|defence budgets|"
    "vaccination rates|measles cases|cholera outbreaks|malnutrition|school closures|power cuts|"
    "carbon emissions|coal imports|gas deliveries|oil revenues|arms sales|sanctions|ceasefire violations|"
    "peace talks|prisoner exchanges|border crossings|detentions|executions|election turnout|"
    "voter registrations|press freedom|internet shutdowns|journalists killed|protests|arrests"
).split("|")
VERBS = (
    "rose|fell|doubled|tripled|halved|increased|decreased|reached a record|dropped to a low|"
    "surged|collapsed|stabilised|exceeded expectations|missed targets|were underreported|were exaggerated"
).split("|")
TIMES = (
    "last year|this year|since 2015|since the ceasefire|over the past decade|in the first quarter|"
    "in February|during the winter|since the talks began|in the last six months|over two weeks|"
    "before the election|after the sanctions|since the war began"
).split("|")
UNITS = "percent|people|families|tonnes|million dollars|billion euros|attacks|cases|deaths|children".split(
    "|"
)
QUALIFIERS = (
    "according to official figures|the government said|a report found|monitors said|data show|"
    "officials claimed|an investigation revealed|researchers estimate|aid agencies warned|"
    "witnesses reported|satellite images show|leaked documents suggest"
).split("|")
OUTLETS = "DW|Reuters|AFP|AP|BBC|Al Jazeera|The Guardian|Le Monde|Der Spiegel|El País|Kyiv Independent".split(
    "|"
)
TAGS = sorted(
    {s.split()[-1] for s in SUBJECTS}
    | {p.lower() for p in PLACES[:30]}
    | {"economy", "health", "war", "migration", "elections", "climate", "energy", "human rights"}
)
SOURCE_PUBLISHERS = (
    "UN OCHA|UNHCR|World Bank|IMF|Eurostat|Amnesty International|Human Rights Watch|Reuters|AP|"
    "Ministry of Defence|Ministry of Health|Central Statistics Office|OECD|WHO|ICRC|Airwars|ACLED"
).split("|")
SUMMARIES = (
    "The figures do not support the claim.|Official data confirm the number.|The number is roughly right "
    "but the comparison is misleading.|No evidence was found for this.|The claim leaves out key context.|"
    "Independent monitors report a similar figure.|The quote is accurate but the statistic is outdated."
).split("|")


def zipf_choice(rng: random.Random, items: Sequence[str], s: float = 1.1) -> str:
    """A few items often, most rarely, as words are in real text."""
    return weighted(rng, items, _zipf_weights(len(items), s))


def weighted(rng: random.Random, items: Sequence[Any], cum_weights: Sequence[float]) -> Any:
    """``rng.choices(items, cum_weights=cum_weights)[0]`` (the same draw) without its overhead."""
    return items[bisect(cum_weights, rng.random() * cum_weights[-1], 0, len(cum_weights) - 1)]


_CUM: dict[tuple[float, ...], list[float]] = {}


def cumulative(weights: Sequence[float]) -> list[float]:
    key = tuple(weights)
    if key not in _CUM:
        _CUM[key] = list(accumulate(weights))
    return _CUM[key]


_ZIPF: dict[tuple[int, float], list[float]] = {}


def _zipf_weights(n: int, s: float) -> list[float]:
    if (n, s) not in _ZIPF:
        total, cum = 0.0, []
        for k in range(1, n + 1):
            total += 1 / k**s
            cum.append(total)
        _ZIPF[(n, s)] = cum
    return _ZIPF[(n, s)]


def claim_text(rng: random.Random) -> str:
    place = zipf_choice(rng, PLACES)
    subject = zipf_choice(rng, SUBJECTS)
    n = rng.choice([rng.randint(2, 99), rng.randint(100, 9_999), rng.randint(10_000, 500_000)])
    unit = rng.choice(UNITS)
    match rng.randrange(5):
        case 0:
            return f"{subject.capitalize()} in {place} {rng.choice(VERBS)} {rng.choice(TIMES)}"
        case 1:
            return f"{n:,} {unit} were affected by {subject} in {place} {rng.choice(TIMES)}"
        case 2:
            other = zipf_choice(rng, PLACES)
            return f"{place} had more {subject} than {other} {rng.choice(TIMES)}, {rng.choice(QUALIFIERS)}"
        case 3:
            return f"{subject.capitalize()} {rng.choice(VERBS)} by {rng.randint(2, 90)} percent in {place}"
        case _:
            return f"There were {n:,} {unit} linked to {subject} near {place} {rng.choice(TIMES)}"


def claimant_name(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.1:
        return None
    if roll < 0.35:
        return zipf_choice(rng, ORGS)
    return f"{zipf_choice(rng, FIRST, 0.9)} {zipf_choice(rng, LAST, 0.9)}"


# --- ids and times ---------------------------------------------------------------------------------


def uuid7(rng: random.Random, when: datetime) -> UUID:
    """A UUIDv7 for ``when`` with random bits from ``rng``, so a seed gives the same ids."""
    ms = int(when.timestamp() * 1000) & ((1 << 48) - 1)
    value = (ms << 80) | (0x7 << 76) | (rng.getrandbits(12) << 64) | (0b10 << 62) | rng.getrandbits(62)
    return UUID(int=value)


@dataclass
class World:
    """What later rows point at: users by role, articles, tags, sources, ratings."""

    rng: random.Random
    now: datetime
    run: int
    checkers: list[UUID] = field(default_factory=list)
    editors: list[UUID] = field(default_factory=list)
    tags: list[UUID] = field(default_factory=list)
    sources: list[UUID] = field(default_factory=list)
    source_records: dict[UUID, tuple[str, ...]] = field(default_factory=dict)
    """What a published revision records of each source (``published_sources``, without the stance
    and excerpt): the values of ``SOURCE_RECORD`` (a tuple: there are 1.5 sources a claim)."""
    ratings: dict[str, UUID] = field(default_factory=dict)

    @property
    def staff(self) -> list[UUID]:
        return self.checkers + self.editors


def audit(when: datetime, updated: datetime | None = None) -> dict[str, datetime]:
    return {"created_at": when, "updated_at": updated or when}


# --- the generator -------------------------------------------------------------------------------


async def prepare(
    session: AsyncSession, world: World, n_users: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Organisation and rating scale (through the services, committed); the rows of the users and
    of the tags not there yet (for the bulk load)."""
    await OrganisationService(session=session).ensure(name="The Benchmark Desk", approvals_needed=1)
    for rating in await VerdictService(session=session).ensure_scale():
        world.ratings[rating.label] = rating.id
    rng, run, now = world.rng, world.run, world.now
    password = hash_password(BENCH_PASSWORD)
    users = []
    for i in range(n_users):
        role = Role.ADMIN if i == 0 else Role.EDITOR if i % 6 == 1 else Role.FACT_CHECKER
        when = now - timedelta(days=YEARS * 366 + rng.randint(1, 60))
        uid = uuid7(rng, when)
        users.append(
            {
                "id": uid,
                "email": f"bench{run}-{i}@bench.example",
                "display_name": f"{rng.choice(FIRST)} {rng.choice(LAST)} ({role.label} {i})",
                "role": role.value,
                "password_hash": password,
                "is_active": True,
                **audit(when),
            }
        )
        (world.editors if role != Role.FACT_CHECKER else world.checkers).append(uid)
    await session.commit()
    existing = set(await session.scalars(select(Tag.name)))
    tags = []
    for name in TAGS:
        if name in existing:
            continue
        tid = uuid7(rng, now - timedelta(days=YEARS * 365))
        tags.append({"id": tid, "name": name, **audit(now - timedelta(days=YEARS * 365))})
        world.tags.append(tid)
    world.tags += list(await session.scalars(select(Tag.id).where(Tag.name.in_(existing))))
    return users, tags


SOURCE_RECORD = ("url", "title", "publisher", "kind", "accessed_on")
SOURCES_AT_ONCE = 50_000


def make_sources(world: World, first: int, n: int) -> list[dict[str, Any]]:
    """Sources ``first`` to ``first + n`` of the pool (made and loaded a batch at a time)."""
    rng, now = world.rng, world.now
    rows = []
    kinds = [k.value for k in SourceKind]
    for i in range(first, first + n):
        when = now - timedelta(seconds=rng.randint(0, YEARS * 365 * 86400))
        publisher = rng.choice(SOURCE_PUBLISHERS)
        sid = uuid7(rng, when)
        rows.append(
            {
                "id": sid,
                "url": f"https://{publisher.lower().replace(' ', '')}.example/r{world.run}/{i}",
                "title": f"{publisher}: {zipf_choice(rng, SUBJECTS)} in {zipf_choice(rng, PLACES)}",
                "publisher": publisher,
                "kind": rng.choice(kinds),
                "accessed_on": (when + timedelta(days=rng.randint(0, 30))).date(),
                **audit(when),
            }
        )
        world.sources.append(sid)
        row = rows[-1]
        world.source_records[sid] = (*(row[k] for k in SOURCE_RECORD[:-1]), row["accessed_on"].isoformat())
    return rows


@dataclass
class Chunk:
    articles: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    tags: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    verdicts: list[dict[str, Any]] = field(default_factory=list)
    approvals: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    comments: list[dict[str, Any]] = field(default_factory=list)


def make_chunk(world: World, starts: list[datetime]) -> Chunk:
    """Claims created at ``starts`` (ascending), grouped into articles, with everything around them."""
    rng = world.rng
    chunk = Chunk()
    states = list(STATE_SHARES)
    shares = cumulative(list(STATE_SHARES.values()))
    ratings = list(RATING_WEIGHTS)
    rating_weights = list(RATING_WEIGHTS.values())
    for first in range(0, len(starts), CLAIMS_PER_ARTICLE):
        group = starts[first : first + CLAIMS_PER_ARTICLE]
        article_time = group[0] - timedelta(minutes=rng.randint(5, 600))
        article_id = uuid7(rng, article_time)
        importer = rng.choice(world.staff)
        texts = [claim_text(rng) for _ in group]
        # The article's body holds every quote, so the claims' offsets point at their words.
        paragraphs, offsets, at = [], [], 0
        for text in texts:
            lead = f"{rng.choice(QUALIFIERS).capitalize()}, reporters in {zipf_choice(rng, PLACES)} wrote. "
            quote = f"{text}."
            offsets.append((at + len(lead), at + len(lead) + len(quote), quote))
            paragraph = lead + quote + " " + rng.choice(QUALIFIERS).capitalize() + "."
            paragraphs.append(paragraph)
            at += len(paragraph) + 2
        body = "\n\n".join(paragraphs) + f"\n\nReporting by the desk (ref {article_id.hex[-12:]})."
        chunk.articles.append(
            {
                "id": article_id,
                "title": texts[0][:200],
                "outlet": rng.choice(OUTLETS),
                "url": f"https://news.example/r{world.run}/{article_id.hex}",
                "published_on": article_time.date(),
                "body": body,
                "language": "en",
                "content_hash": content_hash(body),
                "imported_by_id": importer,
                **audit(article_time),
            }
        )
        for created, text, (q_start, q_end, quote) in zip(group, texts, offsets, strict=True):
            add_claim(
                world,
                chunk,
                created,
                text,
                article_id if rng.random() < 0.85 else None,
                importer,
                (q_start, q_end, quote),
                weighted(rng, states, shares),
                ratings,
                rating_weights,
            )
    # Not every event is a transition: edits and assignments fill the trail. Published claims
    # carry about 12 events already (their path and sources), so the others are filled to about 9
    # and the mean is about 10. Comments (not events) come on top.
    for claim in chunk.claims:
        missing = FILL_EVENTS_TO - claim.pop("_events")
        span = max(1.0, (claim["updated_at"] - claim["created_at"]).total_seconds())
        for _ in range(max(0, missing + rng.randint(-2, 2)) if missing > 0 else 0):
            when = claim["created_at"] + timedelta(seconds=rng.random() * span)
            chunk.events.append(
                event(claim["id"], rng.choice(world.staff), rng.choice(("edit", "assign")), when)
            )
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            when = claim["created_at"] + timedelta(seconds=rng.random() * span)
            chunk.comments.append(
                {
                    "id": uuid7(rng, when),
                    "claim_id": claim["id"],
                    "author_id": rng.choice(world.staff),
                    "body": f"Checked {zipf_choice(rng, SOURCE_PUBLISHERS)}: {rng.choice(SUMMARIES)}",
                    **audit(when),
                }
            )
    chunk.events.sort(key=lambda e: e["created_at"])
    return chunk


def event(claim_id: UUID, actor: UUID | None, action: str, when: datetime, **more: Any) -> dict[str, Any]:
    return {
        "claim_id": claim_id,
        "actor_id": actor,
        "action": action,
        "from_state": more.get("from_state"),
        "to_state": more.get("to_state"),
        "comment": more.get("comment"),
        **audit(when),
    }


def add_claim(
    world: World,
    chunk: Chunk,
    created: datetime,
    text: str,
    article_id: UUID | None,
    creator: UUID,
    quote: tuple[int, int, str],
    state: State,
    ratings: list[str],
    rating_weights: list[int],
) -> None:
    rng, now = world.rng, world.now
    claim_id = uuid7(rng, created)
    researcher = rng.choice(world.checkers)
    path = PATHS[state]
    # Each step of the workflow some hours or days after the last; never in the future, and a
    # step that would be is put somewhere between the last one and now (clamped to now, thousands
    # of recent claims would share one instant: ties no real desk has, which every newest-first
    # order then sorts).
    times = [created]
    for _ in path:
        times.append(before_now(rng, times[-1], times[-1] + timedelta(hours=rng.uniform(0.5, 72)), now))
    updated = times[-1]
    assignee = researcher if state not in (State.CANDIDATE, State.QUEUED, State.DISMISSED) else None
    if state == State.QUEUED and rng.random() < 0.3:
        assignee = researcher
    manual = article_id is None
    n_events = 1
    chunk.events.append(event(claim_id, creator, "create", created, to_state=State.CANDIDATE.value))
    editor = rng.choice(world.editors)
    for (action, source, target), when in zip(path, times[1:], strict=True):
        actor = editor if action in (Action.APPROVE, Action.PUBLISH) else researcher
        comment = "Not checkable: an opinion." if action == Action.DISMISS else None
        chunk.events.append(
            event(
                claim_id,
                actor,
                action.value,
                when,
                from_state=source.value,
                to_state=target.value,
                comment=comment,
            )
        )
        n_events += 1
    lo, hi = EVIDENCE_BY_STATE[state]
    evidence_from = len(chunk.evidence)
    for source_id in rng.sample(world.sources, rng.randint(lo, hi)):
        when = times[min(2, len(times) - 1)] + timedelta(minutes=rng.randint(1, 600))
        when = before_now(rng, times[min(2, len(times) - 1)], when, now)
        chunk.evidence.append(
            {
                "id": uuid7(rng, when),
                "claim_id": claim_id,
                "source_id": source_id,
                "stance": rng.choice([s.value for s in Stance]),
                "excerpt": f"{rng.choice(QUALIFIERS).capitalize()}: {zipf_choice(rng, SUBJECTS)}.",
                "added_by_id": researcher,
                **audit(when),
            }
        )
        chunk.events.append(event(claim_id, researcher, "add_source", when, comment="A report"))
        n_events += 1
    evidence = chunk.evidence[evidence_from:]
    with_verdict = state in (State.IN_REVIEW, State.APPROVED, State.PUBLISHED) or (
        state == State.RESEARCHING and rng.random() < 0.5
    )
    label = weighted(rng, ratings, cumulative(rating_weights)) if with_verdict else ""
    priority = weighted(rng, PRIORITIES, cumulative((20, 55, 20, 5)))
    q_start, q_end, quote_text = quote
    chunk.claims.append(
        {
            "id": claim_id,
            "text": text,
            "quote": quote_text if not manual else None,
            "quote_start": q_start if not manual else None,
            "quote_end": q_end if not manual else None,
            "claimant": claimant_name(rng),
            "claim_date": (created - timedelta(days=rng.randint(0, 5))).date(),
            "score": None if manual else round(rng.uniform(0.5, 1.0), 3),
            "score_reasons": [] if manual else ["a number", "attributed"],
            "state": state.value,
            "priority": priority,
            "article_id": article_id,
            "assignee_id": assignee,
            "created_by_id": creator,
            "version": 1 + len(path),
            # What the verdict triggers keep (revision 1 is the latest); the bulk load takes them over.
            "latest_rating_id": world.ratings[label] if with_verdict else None,
            **audit(created, updated),
            "_events": n_events,
        }
    )
    for tag_id in rng.sample(world.tags, rng.choice((0, 1, 1, 2, 2, 3))):
        chunk.tags.append({"claim_id": claim_id, "tag_id": tag_id})
    if with_verdict:
        add_verdicts(world, chunk, chunk.claims[-1], times, researcher, editor, label, evidence)


def add_verdicts(
    world: World,
    chunk: Chunk,
    claim: dict[str, Any],
    times: list[datetime],
    author: UUID,
    editor: UUID,
    label: str,
    evidence: list[dict[str, Any]],
) -> None:
    rng = world.rng
    claim_id = claim["id"]
    drafted = times[min(2, len(times) - 1)] + timedelta(minutes=30)
    submitted = times[3] if len(times) > 3 else None
    approved = times[4] if len(times) > 4 else None
    published = times[5] if len(times) > 5 else None
    verdict_id = uuid7(rng, drafted)
    chunk.verdicts.append(
        {
            "id": verdict_id,
            "claim_id": claim_id,
            "revision": 1,
            "rating_id": world.ratings[label],
            "summary": rng.choice(SUMMARIES),
            "rationale": " ".join(rng.choice(SUMMARIES) for _ in range(4)),
            "author_id": author,
            "submitted_at": submitted,
            "published_at": published,
            # What a publication records (verdicts/published.py): the wording and the sources.
            "published_text": claim["text"] if published else None,
            "published_claimant": claim["claimant"] if published else None,
            "published_quote": claim["quote"] if published else None,
            "published_claim_date": claim["claim_date"] if published else None,
            "published_claim_reviewed": None,
            "published_sources": [
                {
                    "stance": e["stance"],
                    "excerpt": e["excerpt"],
                    **dict(zip(SOURCE_RECORD, world.source_records[e["source_id"]], strict=True)),
                    "archive_url": None,
                }
                for e in evidence
            ]
            if published
            else None,
            "version": 2,
            **audit(drafted, published or submitted or drafted),
        }
    )
    if approved is not None:
        chunk.approvals.append(
            {
                "id": uuid7(rng, approved),
                "verdict_id": verdict_id,
                "editor_id": editor,
                "decision": Decision.APPROVE.value,
                **audit(approved),
            }
        )


def before_now(rng: random.Random, last: datetime, when: datetime, now: datetime) -> datetime:
    """``when``, or if it is in the future, a moment between ``last`` and ``now``."""
    if when <= now:
        return when
    return last + (now - last) * rng.uniform(0.05, 0.95)


def claim_times(rng: random.Random, now: datetime, n: int) -> list[datetime]:
    """Creation times over the last few years, more of them recently (the desk grew)."""
    span = YEARS * 365 * 86400
    return sorted(now - timedelta(seconds=span * (1 - rng.random() ** 0.7)) for _ in range(n))


def chunk_tables(chunk: Chunk) -> tuple[tuple[str, Any, list[dict[str, Any]]], ...]:
    """A chunk's rows in the order they go in (each table after those it points at)."""
    return (
        ("articles", Article.__table__, chunk.articles),
        ("claims", Claim.__table__, chunk.claims),
        ("claim tags", claim_tag, chunk.tags),
        ("evidence", Evidence.__table__, chunk.evidence),
        ("verdicts", Verdict.__table__, chunk.verdicts),
        ("approvals", Approval.__table__, chunk.approvals),
        ("events", Event.__table__, chunk.events),
        ("comments", Comment.__table__, chunk.comments),
    )


LOADED = (User.__table__, Tag.__table__, Source.__table__, *(t for _, t, _ in chunk_tables(Chunk())))
"""The tables the bulk load writes (benchmarks/bulk_load.py)."""

Encoded = list[tuple[str, str, tuple[str, ...], Any, int]]
"""A chunk's tables: (label, table, columns, rows as the loader takes them, how many)."""
_JOB: tuple[World, int, str] | None = None
"""What a chunk's job reads: the world, the seed and the dialect (inherited by forked workers)."""


def chunk_job(task: tuple[int, list[datetime]]) -> Encoded:
    """Chunk ``index``'s rows, encoded for the loader. Each chunk has its own random generator,
    seeded from the run's seed and its number, so the data does not depend on how many processes
    made it, nor in which order they finished."""
    assert _JOB is not None
    world, seed, dialect = _JOB
    index, starts = task
    world.rng = random.Random(f"{seed}/{world.run}/{index}")
    chunk = make_chunk(world, starts)
    return [
        (label, table.name, *encode(table, rows, dialect), len(rows))
        for label, table, rows in chunk_tables(chunk)
        if rows
    ]


def _in_order(tasks: list[tuple[int, list[datetime]]], workers: int) -> Iterator[Encoded]:
    """The jobs' results in the order of ``tasks``, from a pool of ``workers`` forked processes
    (in this process when 0), with at most ``workers + 1`` results waiting, so memory stays flat."""
    if workers == 0:
        yield from map(chunk_job, tasks)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pending: deque[Any] = deque()
        queue = iter(tasks)
        for task in islice(queue, workers + 1):
            pending.append(pool.apply_async(chunk_job, (task,)))
        while pending:
            result = pending.popleft().get()
            for task in islice(queue, 1):
                pending.append(pool.apply_async(chunk_job, (task,)))
            yield result


async def generate(
    settings: Settings,
    n_claims: int,
    seed: int,
    now: datetime,
    quiet: bool = False,
    workers: int | None = None,
) -> dict[str, int]:
    global _JOB
    upgrade_schema(settings)
    engine = make_engine(settings.database_url, pooled=False)
    dialect = engine.dialect.name
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    started = time.perf_counter()
    workers = default_workers() if workers is None else workers

    def say(message: str) -> None:
        if not quiet:
            print(f"[{time.perf_counter() - started:6.1f}s] {message}", flush=True)

    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            run = await session.scalar(select(func.count()).select_from(Claim)) or 0
            world = World(rng=rng, now=now, run=run)
            users, tags = await prepare(session, world, n_users=max(12, min(200, n_claims // 2500)))
    finally:
        await engine.dispose()
    n_sources = max(100, n_claims * 3 // 2)
    times = claim_times(rng, now, n_claims)
    tasks = [(index, times[start : start + CHUNK]) for index, start in enumerate(range(0, n_claims, CHUNK))]
    _JOB = (world, seed, dialect)
    loader = loader_for(settings.database_url, dialect, [table.name for table in LOADED])
    try:
        await loader.start()
        for table, rows in ((User.__table__, users), (Tag.__table__, tags)):
            if rows:
                await loader.load(table.name, *encode(table, rows, dialect))
        for first in range(0, n_sources, SOURCES_AT_ONCE):
            sources = make_sources(world, first, min(SOURCES_AT_ONCE, n_sources - first))
            await loader.load(Source.__table__.name, *encode(Source.__table__, sources, dialect))
        del sources
        say(f"users, tags and {n_sources:,} sources")
        for done, encoded in enumerate(_in_order(tasks, workers), start=1):
            for label, name, columns, payload, n in encoded:
                await loader.load(name, columns, payload)
                counts[label] = counts.get(label, 0) + n
            if done % 20 == 0 or done == len(tasks):
                say(f"{min(n_claims, done * CHUNK):,} claims loaded")
        await loader.finish()
        say("indexes, full text, counts and triggers back")
    except BaseException:
        await loader.abort()
        raise
    await loader.analyse()
    say("analysed")
    counts["seconds"] = round(time.perf_counter() - started)
    return counts


def default_workers() -> int:
    """Processes making chunks: one per core, the loader's process and the database sharing them."""
    return max(1, len(os.sched_getaffinity(0)))


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, required=True, help="how many claims to add")
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    parser.add_argument(
        "--now", type=datetime.fromisoformat, default=None, help="the generation time (ISO 8601)"
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="processes making the rows (default: one per core; 0: in this process)",
    )
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.claims < 1:
        parser.error("--claims must be at least 1")
    now = args.now or datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    settings = Settings.from_env()
    counts = asyncio.run(
        generate(settings, args.claims, args.seed, now, quiet=args.quiet, workers=args.workers)
    )
    print(" ".join(f"{k}={v:,}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
