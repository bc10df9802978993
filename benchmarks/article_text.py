"""How much of a saved news page an import keeps that is article, and how much article it keeps.

    .venv/bin/python benchmarks/article_text.py [--repeat 5] [--pages] [--json]

Runs the import's extraction (``read_document(bytes, "html")``, as an upload of the page does) on
every page of benchmarks/data/pages/ (NAME.html, with NAME.txt the article text expected; see
build.py there) and, for comparison, the hand-written parser the import used before issue 19
(factcheck/articles/html.py), loaded from git history for this run only: it is no longer in the
package. trafilatura's precision and recall modes are measured too.

Kept text is compared with the expected text by word shingles: lower-cased word 4-grams, counted
as multisets. Precision is the share of the kept shingles that are in the expected text, recall
the share of the expected shingles kept, F1 their harmonic mean. Figures are micro-averaged over
all pages (shingles summed); --pages adds each page's. Time per page is the median of --repeat
runs over all pages, divided by the number of pages.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import statistics
import subprocess
import sys
import time
import types
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from factcheck.articles.intake import decode, read_document  # noqa: E402
from factcheck.articles.maintext import page_text  # noqa: E402

if TYPE_CHECKING:
    from collections.abc import Callable

PAGES = ROOT / "benchmarks" / "data" / "pages"
OLD_PARSER = "factcheck/articles/html.py"
SHINGLE = 4
_WORD = re.compile(r"\w+")


def shingles(text: str) -> Counter[tuple[str, ...]]:
    words = _WORD.findall(text.casefold())
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(max(0, len(words) - SHINGLE + 1)))


def old_parser() -> Callable[[str], str]:
    """The hand-written parser from the last commit that had it, as a module of this run only."""
    deleted = subprocess.run(
        ["git", "log", "-1", "--format=%H", "--diff-filter=D", "--", OLD_PARSER],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    revision = f"{deleted}^" if deleted else "HEAD"
    source = subprocess.run(
        ["git", "show", f"{revision}:{OLD_PARSER}"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    module = types.ModuleType("old_html_parser")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, OLD_PARSER, "exec"), module.__dict__)

    def run(data: bytes) -> str:
        return module.html_to_document(decode(data).text).text

    return run


def new_extraction(data: bytes) -> str:
    return read_document(data, "html").text


def trafilatura_mode(favor: str) -> Callable[[bytes], str]:
    return lambda data: page_text(decode(data).text, favor=favor).text


def score(kept: str, expected: str) -> tuple[int, int, int]:
    k, e = shingles(kept), shingles(expected)
    return sum((k & e).values()), sum(k.values()), sum(e.values())


def prf(common: int, kept: int, expected: int) -> dict[str, float]:
    p = common / kept if kept else 0.0
    r = common / expected if expected else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def measure(name: str, extract: Callable[[bytes], str], pages: list[tuple[str, bytes, str]], repeat: int):
    per_page = {}
    totals = [0, 0, 0]
    for page, data, expected in pages:
        try:
            kept = extract(data)
        except Exception as exc:  # a refused page keeps nothing
            kept = ""
            print(f"  {name}: {page}: {type(exc).__name__}: {exc}", file=sys.stderr)
        counts = score(kept, expected)
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        per_page[page] = prf(*counts)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _, data, _ in pages:
            with contextlib.suppress(Exception):  # a refused page takes its time too
                extract(data)
        runs.append((time.perf_counter() - start) / len(pages))
    return {"name": name, **prf(*totals), "ms_per_page": statistics.median(runs) * 1000, "pages": per_page}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--pages", action="store_true", help="each page's figures too")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pages = [
        (path.stem, path.read_bytes(), path.with_suffix(".txt").read_text(encoding="utf-8"))
        for path in sorted(PAGES.glob("*.html"))
    ]
    systems = [
        ("old parser (html.py)", old_parser()),
        ("import (trafilatura)", new_extraction),
        ("trafilatura, favor_precision", trafilatura_mode("precision")),
        ("trafilatura, favor_recall", trafilatura_mode("recall")),
    ]
    results = [measure(name, fn, pages, args.repeat) for name, fn in systems]
    if args.json:
        print(json.dumps({"pages": len(pages), "results": results}, indent=2))
        return
    languages = Counter(name.split("-", 1)[0] for name, _, _ in pages)
    print(f"{len(pages)} pages ({', '.join(f'{n} {lang}' for lang, n in sorted(languages.items()))})")
    print(f"{'':32} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/page':>8}")
    for r in results:
        print(
            f"{r['name']:32} {r['precision']:9.3f} {r['recall']:7.3f} {r['f1']:6.3f} {r['ms_per_page']:8.1f}"
        )
    if args.pages:
        print(f"\nF1 per page: {' | '.join(r['name'] for r in results)}")
        for page, *_ in pages:
            cells = "  ".join(f"{r['pages'][page]['f1']:.2f}" for r in results)
            print(f"{page:48} {cells}")


if __name__ == "__main__":
    main()
