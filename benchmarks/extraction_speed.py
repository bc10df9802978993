"""How fast `extract()` is, in milliseconds per 1,000 words.

    .venv/bin/python benchmarks/extraction_speed.py [--repeat 30] [--json] [--cpu]

The texts are made here, deterministically: the DW article (seeds/articles/) and
synthetic news and debate paragraphs, varied and repeated to about 1,000, 10,000 and
50,000 words, plus one 10,000-word transcript with no paragraph breaks (the worst case
for sentence segmentation). Each text is extracted once to warm up, then timed with
timeit; the figures are the median and the best of `--repeat` runs. Issue 14's target: a
1,000-word article in under 10 ms (best of 30). The shipped model's load time, once per
process, is printed too (target: under 200 ms).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
import timeit
from pathlib import Path

from factcheck.extraction import extract

DW_ARTICLE = Path(__file__).parents[1] / "seeds" / "articles" / "dw-kerry-syria-ceasefire.txt"
TARGET_MS_PER_1000_WORDS = 10.0

SUBJECTS = [
    "The ministry",
    "Senator Alvarez",
    "The United Nations",
    "Police in the capital",
    "The central bank",
    "Prime Minister Karin Olsen",
    "Aid workers",
    "The company",
]
SENTENCES = [
    "{subject} said {number} people had been displaced since {month}.",
    "“We have built {number} new homes in {year} alone,” said {subject}.",
    "Unemployment rose to {percent} percent last year, the highest rate since {year}.",
    "{subject} accused the government of hiding the true cost of the project.",
    "Is that really the kind of leadership this country deserves?",
    "I think we can do much better than this, and we will.",
    "According to {subject}, exports fell by {percent} percent in {month}.",
    "Thank you all for coming out tonight.",
    "The storm knocked out power to {number} homes across the region.",
    "Officials said the bridge would reopen in the spring.",
]
MONTHS = ["January", "March", "June", "September", "November"]


def synthetic_paragraph(rng: random.Random) -> str:
    """Three to five sentences of varied news and debate prose."""
    return " ".join(
        rng.choice(SENTENCES).format(
            subject=rng.choice(SUBJECTS),
            number=f"{rng.randint(2, 90) * 1000:,}",
            percent=f"{rng.randint(1, 30)}.{rng.randint(0, 9)}",
            month=rng.choice(MONTHS),
            year=rng.randint(1990, 2023),
        )
        for _ in range(rng.randint(3, 5))
    )


def article(words: int, seed: int = 4) -> str:
    """The DW article, then synthetic paragraphs, until the text has `words` words;
    the DW article comes back every few thousand words, like a long live blog."""
    rng = random.Random(seed)
    dw = DW_ARTICLE.read_text(encoding="utf-8")
    paragraphs = [dw]
    count = len(dw.split())
    while count < words:
        paragraph = dw if rng.random() < 0.05 else synthetic_paragraph(rng)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return _cut_to_words("\n\n".join(paragraphs), words)


def transcript(words: int, seed: int = 5) -> str:
    """One long paragraph, as a pasted transcript or PDF gives it."""
    rng = random.Random(seed)
    parts: list[str] = []
    count = 0
    while count < words:
        parts.append(synthetic_paragraph(rng))
        count += len(parts[-1].split())
    return _cut_to_words(" ".join(parts), words)


def _cut_to_words(text: str, words: int) -> str:
    """The text up to the end of the sentence holding its `words`-th word."""
    position, seen = 0, 0
    for seen, token in enumerate(text.split(), start=1):
        position = text.index(token, position) + len(token)
        if seen >= words and token.endswith((".", "?", "”")):
            break
    return text[:position]


def time_ms(text: str, repeat: int, cpu: bool = False) -> tuple[float, float]:
    """Median and best wall time (or CPU time of this process, with `cpu`) of one
    `extract(text)` call, in milliseconds. Each call starts afresh: the per-text caches
    are emptied at the start of every extraction (`lexicon.forget_texts`)."""
    extract(text)  # warm up: imports, regex compilation, the model and word caches
    timer = time.process_time if cpu else time.perf_counter
    runs = timeit.repeat(lambda: extract(text), number=1, repeat=repeat, timer=timer)
    return statistics.median(runs) * 1000, min(runs) * 1000


def model_load_ms() -> float:
    """Wall time of reading the shipped weights (`checkworthiness.json`) into a Model."""
    from factcheck.extraction.model import shipped_model

    shipped_model.cache_clear()
    started = time.perf_counter()
    shipped_model()
    return (time.perf_counter() - started) * 1000


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per text")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--cpu", action="store_true", help="time CPU time (time.process_time): steadier on a loaded machine"
    )
    args = parser.parse_args(argv)

    texts = {
        "DW article": DW_ARTICLE.read_text(encoding="utf-8"),
        "article, 1,000 words": article(1_000),
        "article, 10,000 words": article(10_000),
        "article, 50,000 words": article(50_000),
        "transcript, 10,000 words, one paragraph": transcript(10_000),
    }
    load_ms = model_load_ms()
    results = []
    for name, text in texts.items():
        words = len(text.split())
        ms, best = time_ms(text, args.repeat, cpu=args.cpu)
        results.append(
            {
                "text": name,
                "words": words,
                "candidates": len(extract(text)),
                "ms": round(ms, 2),
                "best_ms": round(best, 2),
                "ms_per_1000_words": round(ms * 1000 / words, 2),
            }
        )
    if args.json:
        print(
            json.dumps(
                {"repeat": args.repeat, "model_load_ms": round(load_ms, 1), "results": results}, indent=2
            )
        )
        return
    print(
        f"extract(), {args.repeat} runs (target: {TARGET_MS_PER_1000_WORDS:.0f} ms per 1,000 words, best run)"
    )
    print(f"model load: {load_ms:.1f} ms (once per process)")
    print(
        f"{'text':<42} {'words':>7} {'candidates':>10} {'median ms':>10} {'best ms':>8} {'ms/1000 words':>14}"
    )
    for r in results:
        sizes = f"{r['words']:>7,} {r['candidates']:>10,}"
        times = f"{r['ms']:>10.1f} {r['best_ms']:>8.1f}"
        print(f"{r['text']:<42} {sizes} {times} {r['ms_per_1000_words']:>14.1f}")


if __name__ == "__main__":
    main()
