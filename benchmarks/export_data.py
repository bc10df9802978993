"""The data of benchmarks/exports.py: published claims bulk-inserted in the shape the workflow
leaves them (a published verdict revision with a rating, one or two sources with a stance, an
article for most, 2 % corrected), on top of the demo data."""

from __future__ import annotations

import hashlib
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import async_sessionmaker
from uuid_utils.compat import uuid7

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from factcheck.db import make_engine
from factcheck.evidence.models import Evidence, Source
from factcheck.seeding import seed
from factcheck.verdicts.models import Rating, Verdict

BATCH = 5_000

SUBJECTS = ["Russia", "The government", "Iran", "The opposition", "Turkey", "The ministry", "NATO", "The UN"]
CLAIMANTS = [
    "John Kerry",
    "Sergei Lavrov",
    "Ahmet Davutoglu",
    "The United Nations",
    "Russian Defence Ministry",
    "Staffan de Mistura",
    "Bashar al-Assad",
    "Amnesty International",
]
TEMPLATES = [
    "{s} has bombed {n} hospitals in {p} since {y}",
    "{s} said {n} people fled {p} in {y}",
    "{s} is using unguided bombs around {p}",
    "Aid reached {n} families in {p} last month, according to {s}",
    "{s} agreed to a ceasefire in {p} in {y}",
]
PLACES = ["Aleppo", "Homs", "Idlib", "Latakia", "Daraa", "Raqqa", "Hama", "Damascus"]
WEIGHTS = {
    "True": 8,
    "Mostly true": 14,
    "Half true": 18,
    "Mostly false": 20,
    "False": 26,
    "Misleading": 9,
    "Unproven": 5,
}
STANCES = ("supports", "refutes", "context")


def _rows(
    n: int, rng: random.Random, scale: dict[str, Any], author: Any, articles: list[Any], sources: list[Any]
):
    """Yield (claim, verdicts, evidence) rows for ``n`` published claims, oldest first."""
    now = datetime.now(UTC)
    start = now - timedelta(days=3 * 365)
    labels = list(WEIGHTS)
    weights = list(WEIGHTS.values())
    for i in range(n):
        published = start + timedelta(seconds=i * (3 * 365 * 86400) / n)
        created = published - timedelta(days=rng.randint(1, 20))
        claim_id = uuid7()
        claim = {
            "id": claim_id,
            "text": rng.choice(TEMPLATES).format(
                s=rng.choice(SUBJECTS),
                n=f"{rng.randint(2, 900):,}",
                p=rng.choice(PLACES),
                y=rng.randint(2011, 2016),
            ),
            "quote": None,
            "quote_start": None,
            "quote_end": None,
            "claimant": rng.choice(CLAIMANTS),
            "claim_date": (created - timedelta(days=rng.randint(0, 5))).date(),
            "score": round(rng.random(), 3),
            "score_reasons": ["attributed factual assertion"],
            "state": "published",
            "priority": "normal",
            "article_id": rng.choice(articles) if rng.random() < 0.9 else None,
            "assignee_id": author,
            "created_by_id": author,
            "version": 6,
            "created_at": created,
            "updated_at": published,
        }
        rating = rng.choices(labels, weights)[0]
        verdicts = [
            {
                "id": uuid7(),
                "claim_id": claim_id,
                "revision": 1,
                "rating_id": scale[rating],
                "summary": f"{rating}: the record shows a different figure for {rng.choice(PLACES)}.",
                "rationale": "Reports by **rights groups** and the UN differ. " * rng.randint(2, 8),
                "correction_note": None,
                "author_id": author,
                "submitted_at": published - timedelta(hours=5),
                "published_at": published,
                # What a publication records (verdicts/published.py); exports read no sources.
                "published_text": claim["text"],
                "published_claimant": claim["claimant"],
                "published_quote": None,
                "published_claim_date": claim["claim_date"],
                "published_claim_reviewed": None,
                "version": 1,
                "created_at": created,
                "updated_at": published,
            }
        ]
        if rng.random() < 0.02:
            later = published + timedelta(days=rng.randint(1, 30))
            verdicts.append(
                {
                    **verdicts[0],
                    "id": uuid7(),
                    "revision": 2,
                    "rating_id": scale[rng.choices(labels, weights)[0]],
                    "correction_note": "A later report changed the count.",
                    "submitted_at": later - timedelta(hours=2),
                    "published_at": later,
                    "created_at": later,
                    "updated_at": later,
                }
            )
        evidence = [
            {
                "id": uuid7(),
                "claim_id": claim_id,
                "source_id": source,
                "stance": rng.choice(STANCES),
                "excerpt": "The passage of the report that matters.",
                "added_by_id": author,
                "created_at": created,
                "updated_at": created,
            }
            for source in rng.sample(sources, rng.randint(1, 2))
        ]
        yield claim, verdicts, evidence


async def build(database_url: str, n: int) -> None:
    rng = random.Random(7)
    engine = make_engine(database_url, pooled=False)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            await seed(session)
            scale = {r.label: r.id for r in (await session.execute(select(Rating))).scalars()}
            author = await session.scalar(select(User.id).where(User.email == "checker@example.org"))
        now = datetime.now(UTC)
        article_rows = [
            {
                "id": uuid7(),
                "title": f"Syria report {i}: strikes, refugees and the ceasefire talks",
                "outlet": rng.choice(["DW", "Reuters", "AFP", "BBC"]),
                "url": f"https://news.example/syria/{i}",
                "author": None,
                "published_on": date(2016, 1, 1) + timedelta(days=i % 365),
                "body": f"Synthetic article {i}.",
                "language": "en",
                "content_hash": hashlib.sha256(f"benchmark article {i}".encode()).hexdigest(),
                "imported_by_id": author,
                "created_at": now,
                "updated_at": now,
            }
            for i in range(max(1, n // 50))
        ]
        source_rows = [
            {
                "id": uuid7(),
                "url": f"https://reports.example/{i}",
                "title": f"Report {i} on the war in Syria",
                "publisher": rng.choice(["Amnesty International", "Human Rights Watch", "UNHCR", "MSF"]),
                "kind": "news_report",
                "accessed_on": None,
                "archive_url": None,
                "notes": None,
                "created_at": now,
                "updated_at": now,
            }
            for i in range(max(2, n // 10))
        ]
        async with engine.begin() as conn:
            await conn.execute(Article.__table__.insert(), article_rows)
            await conn.execute(Source.__table__.insert(), source_rows)
        articles = [a["id"] for a in article_rows]
        sources = [s["id"] for s in source_rows]
        claims: list[dict[str, Any]] = []
        verdicts: list[dict[str, Any]] = []
        evidence: list[dict[str, Any]] = []

        async def flush() -> None:
            async with engine.begin() as conn:
                await conn.execute(Claim.__table__.insert(), claims)
                await conn.execute(Verdict.__table__.insert(), verdicts)
                await conn.execute(Evidence.__table__.insert(), evidence)
            claims.clear()
            verdicts.clear()
            evidence.clear()

        for claim, claim_verdicts, claim_evidence in _rows(n, rng, scale, author, articles, sources):
            claims.append(claim)
            verdicts.extend(claim_verdicts)
            evidence.extend(claim_evidence)
            if len(claims) >= BATCH:
                await flush()
        if claims:
            await flush()
        async with engine.begin() as conn:
            await conn.execute(text("ANALYZE"))
    finally:
        await engine.dispose()
