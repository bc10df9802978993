"""How long an import takes, from pressing "Import" to the highlighted article page.

    .venv/bin/python benchmarks/article_import.py [--repeat 9] [--json]
    .venv/bin/python benchmarks/article_import.py --database-url postgresql://user:pw@host:5432/empty_db

Each run posts the import form with pasted text (POST /articles: extraction, then the article and
its candidate claims stored in one transaction), follows the redirect and renders the article page
(GET /articles/{id}), through the real app and Litestar's test client, against a fresh database
(SQLite in a temporary folder unless --database-url names an empty one). Every run pastes a text
made new by one line of its own, since the same text again would only lead to the first import.

Two texts: the DW article (seeds/articles/) and a generated article of about 1,000 words (the
one benchmarks/extraction_speed.py uses). Figures are medians of --repeat runs, after one warm-up
run. "page, cold" renders the page with the extraction cache emptied first, as a second app
process would the first time it shows the article. Issue 4's target: import to page under 1 s.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extraction_speed import DW_ARTICLE, article  # noqa: E402
from litestar.testing import TestClient  # noqa: E402

from factcheck.accounts.service import UserService  # noqa: E402
from factcheck.app import create_app  # noqa: E402
from factcheck.articles.candidates import candidates_of  # noqa: E402
from factcheck.cli import upgrade_schema  # noqa: E402
from factcheck.db import make_engine, run_async  # noqa: E402
from factcheck.serving import served  # noqa: E402
from factcheck.settings import Settings, normalise_database_url  # noqa: E402

TARGET_MS = 1000.0
EMAIL, PASSWORD = "bench@example.org", "benchmark-password"


def _settings(database_url: str, var_dir: Path) -> Settings:
    return Settings(
        database_url=normalise_database_url(database_url),
        secret_key="benchmark-secret-key-" + "x" * 32,
        host="127.0.0.1",
        port=8000,
        var_dir=var_dir,
    )


def _make_user(settings: Settings) -> None:
    async def go() -> None:
        from sqlalchemy.ext.asyncio import async_sessionmaker

        engine = make_engine(settings.database_url, pooled=False)
        try:
            async with async_sessionmaker(engine, expire_on_commit=False)() as session:
                users = UserService(session=session)
                if await users.get_by_email(EMAIL) is None:
                    await users.create_user(
                        email=EMAIL, display_name="Bench", role="fact_checker", password=PASSWORD
                    )
        finally:
            await engine.dispose()

    run_async(go())


def _sign_in(client: TestClient) -> str:
    client.get("/login")
    token = client.cookies["csrftoken"]
    response = client.post(
        "/login", data={"email": EMAIL, "password": PASSWORD, "_csrf_token": token}, follow_redirects=False
    )
    assert response.status_code == 303, response.text
    return token


def one_import(client: TestClient, token: str, body: str) -> dict[str, float]:
    """Milliseconds for the import post, the page after it, and the page with a cold cache."""
    started = time.perf_counter()
    response = client.post(
        "/articles", data={"title": "Benchmark", "body": body, "_csrf_token": token}, follow_redirects=False
    )
    posted = time.perf_counter()
    assert response.status_code == 303, response.text[:500]
    page = client.get(response.headers["location"])
    shown = time.perf_counter()
    assert page.status_code == 200 and "<mark" in page.text
    candidates_of.cache_clear()
    cold_started = time.perf_counter()
    assert client.get(response.headers["location"]).status_code == 200
    cold = time.perf_counter() - cold_started
    return {
        "import_ms": (posted - started) * 1000,
        "page_ms": (shown - posted) * 1000,
        "total_ms": (shown - started) * 1000,
        "page_cold_ms": cold * 1000,
    }


def measure(database_url: str, var_dir: Path, repeat: int) -> list[dict[str, Any]]:
    settings = _settings(database_url, var_dir)
    upgrade_schema(settings)
    _make_user(settings)
    texts = {"DW article": DW_ARTICLE.read_text(encoding="utf-8"), "article, 1,000 words": article(1_000)}
    results = []
    with TestClient(app=served(create_app(settings))) as client:
        token = _sign_in(client)
        for name, text in texts.items():
            runs = [
                one_import(client, token, f"{text}\n\nBenchmark run {name} {n} at {time.time_ns()}.")
                for n in range(repeat + 1)
            ][1:]  # the first run warms up imports, templates and connections
            stored = len([c for c in candidates_of(text) if c.score >= 0.5])
            row: dict[str, Any] = {"text": name, "words": len(text.split()), "claims_stored": stored}
            for key in ("import_ms", "page_ms", "total_ms", "page_cold_ms"):
                row[key] = round(statistics.median(r[key] for r in runs), 1)
            results.append(row)
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=9, help="timed runs per text (median)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--database-url", help="an empty database to use instead of a temporary SQLite file")
    args = parser.parse_args(argv)
    logging.getLogger("httpx").setLevel(logging.WARNING)  # the test client logs every request

    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        database_url = args.database_url or f"sqlite:///{Path(tmp) / 'bench.db'}"
        results = measure(database_url, Path(tmp), args.repeat)
    backend = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    if args.json:
        print(json.dumps({"repeat": args.repeat, "database": backend, "results": results}, indent=2))
        return
    print(f"import to page on {backend}, median of {args.repeat} runs (target: {TARGET_MS:.0f} ms in all)")
    header = (
        f"{'text':<22} {'words':>6} {'stored':>6} {'import':>9} {'page':>8} {'total':>8} {'page cold':>10}"
    )
    print(header)
    for r in results:
        print(
            f"{r['text']:<22} {r['words']:>6,} {r['claims_stored']:>6} {r['import_ms']:>7.1f}ms "
            f"{r['page_ms']:>6.1f}ms {r['total_ms']:>6.1f}ms {r['page_cold_ms']:>8.1f}ms"
        )


if __name__ == "__main__":
    main()
