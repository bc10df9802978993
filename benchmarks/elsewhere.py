""" "Checked elsewhere" at scale (issue 17): import 100,000 generated ClaimReviews, then time the
lookup and measure its recall on claim pairs (a claim and a reworded copy).

    nice -n 10 .venv/bin/python benchmarks/elsewhere.py                     # SQLite (a temp file)
    nice -n 10 .venv/bin/python benchmarks/elsewhere.py --postgres          # a throwaway PostgreSQL
    nice -n 10 .venv/bin/python benchmarks/elsewhere.py --reviews 100000 --repeat 20 --rounds 3 --json

A fresh database is migrated, the generated reviews are written as one JSON Lines file and
imported through ``factcheck.elsewhere.importer`` (the path `factcheck feeds import` takes; the
import's time is reported). The pairs in ``PAIRS`` are the "right" reviews: each original is
imported among the generated ones (the generator uses the same vocabulary, so they have
neighbours sharing words), and ``checked_elsewhere`` is called with the reworded copy. Recall@3:
how often the original is among the three offered. The lookup is timed over all reworded copies,
``--repeat`` calls each per round; the best round's median is kept (the machine is shared). Target:
under 20 ms median at 100,000 reviews on SQLite and PostgreSQL.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import asyncio
import json
import logging
import os
import platform
import random
import statistics
import tempfile
import time
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker

from factcheck.cli import upgrade_schema
from factcheck.db import make_engine
from factcheck.elsewhere.importer import import_stream
from factcheck.elsewhere.search import checked_elsewhere
from factcheck.settings import Settings, normalise_database_url

TARGET_MS = 20.0

PAIRS: list[tuple[str, str]] = [
    ("Russia is using dumb bombs in Syria", "Russian forces drop unguided dumb bombs on Syria"),
    ("Iran supports a ceasefire in Syria", "Tehran backs a Syrian ceasefire"),
    (
        "Turkey has taken in two and a half million Syrian refugees",
        "2.5 million Syrian refugees live in Turkey",
    ),
    (
        "The United Nations estimates 250,000 people died in the Syrian war",
        "UN says the Syrian war killed 250,000 people",
    ),
    ("Vaccines cause autism in children", "Children develop autism because of vaccines"),
    ("5G masts spread the coronavirus", "The coronavirus is spread by 5G phone masts"),
    ("Drinking bleach cures Covid-19", "Covid-19 can be cured by drinking bleach"),
    ("The Eiffel Tower will be demolished next year", "Paris plans to demolish the Eiffel Tower next year"),
    (
        "Bill Gates wants to implant microchips through vaccines",
        "Vaccines are used by Bill Gates to implant microchips",
    ),
    (
        "Unemployment in Spain fell to its lowest level since 2008",
        "Spanish unemployment is at its lowest since 2008",
    ),
    (
        "Germany closed all its nuclear power plants in 2023",
        "All German nuclear plants were shut down in 2023",
    ),
    (
        "Migrants receive higher pensions than citizens in Italy",
        "In Italy migrants get bigger pensions than Italians",
    ),
    (
        "The Amazon rainforest produces 20 percent of the world's oxygen",
        "20% of the oxygen on Earth comes from the Amazon rainforest",
    ),
    ("Wind turbines kill more birds than cats do", "Cats kill fewer birds than wind turbines"),
    ("The European Union banned curved bananas", "Curved bananas were outlawed by the EU"),
    ("Ukraine's president fled the country in February 2022", "Zelensky fled Ukraine in February 2022"),
    (
        "Brazil's election machines were hacked in 2022",
        "Hackers tampered with Brazilian voting machines in 2022",
    ),
    (
        "Greta Thunberg was photographed eating in front of poor children",
        "Photo shows Greta Thunberg eating in front of hungry children",
    ),
    ("Electric cars produce more emissions than petrol cars", "Petrol cars emit less than electric cars"),
    (
        "India's economy overtook the United Kingdom's in 2022",
        "In 2022 India became a bigger economy than Britain",
    ),
    ("Fluoride in tap water lowers children's IQ", "Tap water fluoridation reduces IQ in children"),
    ("The Pope endorsed Donald Trump for president", "Donald Trump was endorsed by Pope Francis"),
    ("Finland has abolished school subjects", "Finnish schools no longer teach subjects"),
    ("Nigeria's inflation rate reached 30 percent in 2024", "Inflation in Nigeria hit 30% in 2024"),
    ("Sweden never imposed a Covid lockdown", "There was no coronavirus lockdown in Sweden"),
    ("Chemtrails from aircraft are poisoning crops", "Crops are being poisoned by airplane chemtrails"),
    ("France raised the retirement age to 64", "The French pension age went up to 64"),
    ("Eating carrots improves night vision", "Carrots help you see in the dark"),
    ("Kenya banned plastic bags in 2017", "Plastic bags were outlawed in Kenya in 2017"),
    ("The Great Wall of China is visible from space", "You can see China's Great Wall from space"),
]

SUBJECTS = (
    "Russia Iran Turkey Germany France Italy Spain Brazil India Nigeria Kenya Sweden Finland "
    "Ukraine China Canada Mexico Japan Egypt Poland the government the minister the president "
    "the opposition the UN NATO the WHO the EU scientists doctors farmers migrants teachers "
    "police the army "
).split()
VERBS = (
    "banned raised cut doubled halved approved rejected funded closed opened built destroyed "
    "hid announced promised denied tripled exported imported tested "
).split()
OBJECTS = (
    "taxes pensions vaccines refugees bombs schools hospitals fuel prices wages oil gas wheat "
    "bread plastic bags elections ballots airports mosques churches factories bridges masks "
    "drugs weapons tanks satellites rainforest coal subsidies rents loans "
).split()
PLACES = (
    "Syria Aleppo Damascus Kyiv Paris Rome Madrid Lagos Nairobi Delhi Beijing Brussels Geneva "
    "London Berlin Warsaw Cairo Tehran Ankara Moscow Stockholm Helsinki Tokyo Ottawa Lima "
).split()
PUBLISHERS = [
    "AFP Fact Check",
    "Full Fact",
    "PolitiFact",
    "Maldita",
    "Correctiv",
    "Africa Check",
    "Aos Fatos",
    "Boom",
    "Newtral",
    "Pagella Politica",
]
RATINGS = ["False", "Misleading", "True", "Mostly false", "Missing context"]


def generated(n: int, rng: random.Random) -> dict[str, Any]:
    claim = (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.randint(2, 99)} percent of "
        f"{rng.choice(OBJECTS)} and {rng.choice(OBJECTS)} in {rng.choice(PLACES)} "
        f"in {rng.randint(2000, 2026)}"
    )
    return _review(f"https://elsewhere.example/{n}", claim, rng)


def _review(url: str, claim: str, rng: random.Random) -> dict[str, Any]:
    return {
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "datePublished": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
        "author": {"@type": "Organization", "name": rng.choice(PUBLISHERS)},
        "reviewRating": {"@type": "Rating", "alternateName": rng.choice(RATINGS)},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": rng.choice(SUBJECTS)}},
        "inLanguage": "en",
    }


async def run(database_url: str, reviews: int, repeat: int, rounds: int, var: Path) -> dict[str, Any]:
    rng = random.Random(17)
    feed = var / "reviews.jsonl"
    with feed.open("w", encoding="utf-8") as f:
        originals = {rng.randrange(reviews): i for i in range(len(PAIRS))}
        while len(originals) < len(PAIRS):
            originals[rng.randrange(reviews)] = len(originals)
        placed = {i: n for n, i in originals.items()}
        for n in range(reviews):
            if n in originals:
                obj = _review(
                    f"https://elsewhere.example/original/{originals[n]}", PAIRS[originals[n]][0], rng
                )
            else:
                obj = generated(n, rng)
            f.write(json.dumps(obj) + "\n")
    engine = make_engine(database_url, pooled=False)
    sessions = async_sessionmaker(engine, expire_on_commit=False)
    try:
        started = time.perf_counter()
        async with sessions() as session:
            with feed.open("rb") as stream:
                result = await import_stream(session, stream)
        import_s = time.perf_counter() - started
        async with sessions() as session:
            if session.get_bind().dialect.name == "postgresql":
                await session.execute(text("ANALYZE elsewhere_review"))
                await session.commit()
            hits, ranks, missed = 0, [], []
            for i, (_, reworded) in enumerate(PAIRS):
                found = await checked_elsewhere(session, reworded)
                urls = [m.url for m in found]
                target = f"https://elsewhere.example/original/{i}"
                if target in urls:
                    hits += 1
                    ranks.append(urls.index(target) + 1)
                else:
                    missed.append(reworded)
            medians = []
            for _ in range(rounds):
                times = []
                for _, reworded in PAIRS:
                    for _ in range(repeat):
                        t = time.perf_counter()
                        await checked_elsewhere(session, reworded)
                        times.append((time.perf_counter() - t) * 1000)
                medians.append(statistics.median(times))
                p95 = sorted(times)[int(len(times) * 0.95)]
    finally:
        await engine.dispose()
    return {
        "database": make_engine(database_url, pooled=False).dialect.name,
        "reviews": reviews,
        "imported": result.imported,
        "import_s": round(import_s, 1),
        "recall_at_3": f"{hits}/{len(PAIRS)}",
        "ranks": ranks,
        "missed": missed,
        "median_ms": round(min(medians), 2),
        "medians_ms": [round(m, 2) for m in medians],
        "p95_ms_last_round": round(p95, 2),
        "machine": f"{platform.processor() or platform.machine()}, {os.cpu_count()} cores",
        "load": [round(x, 2) for x in os.getloadavg()],
        "placed": len(placed),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviews", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20, help="calls per reworded claim and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", action="store_true", help="a throwaway PostgreSQL cluster")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.INFO)
    with tempfile.TemporaryDirectory() as tmp:
        var = Path(tmp)
        cluster = None
        if args.postgres:
            import psycopg

            from tests.pg import start_cluster

            cluster = start_cluster()
            with psycopg.connect(cluster.admin_dsn, autocommit=True) as conn:
                conn.execute("CREATE DATABASE elsewhere_bench")
            url = normalise_database_url(cluster.url("elsewhere_bench"))
        else:
            url = normalise_database_url(f"sqlite:///{var / 'bench.db'}")
        try:
            upgrade_schema(Settings(database_url=url, secret_key="b" * 40, host="h", port=1, var_dir=var))
            report = asyncio.run(run(url, args.reviews, args.repeat, args.rounds, var))
        finally:
            if cluster is not None:
                cluster.stop()
    if args.json:
        print(json.dumps(report, indent=2))
        return
    flag = "" if report["median_ms"] <= TARGET_MS else " (over the 20 ms target)"
    print(
        f"{report['database']}, {report['reviews']:,} reviews imported in {report['import_s']} s; "
        f"lookup median {report['median_ms']} ms{flag} (rounds {report['medians_ms']}, p95 "
        f"{report['p95_ms_last_round']} ms); recall@3 {report['recall_at_3']} (ranks {report['ranks']}); "
        f"{report['machine']}, load {report['load']}"
    )
    for reworded in report["missed"]:
        print(f"  missed: {reworded!r}")


if __name__ == "__main__":
    main()
