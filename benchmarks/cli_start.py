"""What a `factcheck` command costs to start, for one or more source trees (before/after).

Each command runs as the tests run it, `python -m factcheck.cli ...` in a new process, with the
tree first on PYTHONPATH, against a SQLite database of its own made at the start (schema at head,
one admin, the demo data). Runs alternate between the trees, so load on the machine falls on
both alike; each figure is the CPU (user + system) and the wall time of the process.

    .venv/bin/python -P benchmarks/cli_start.py --tree /tmp/speed22-base --tree $PWD --runs 7

A "before" tree: `git archive main factcheck migrations alembic.ini seeds templates schemas |
tar -x -C /tmp/speed22-base`.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ARTICLE = Path(__file__).resolve().parent.parent / "seeds" / "articles" / "dw-kerry-syria-ceasefire.txt"

COMMANDS: dict[str, list[str]] = {
    "import factcheck.cli": ["-c", "import factcheck.cli"],
    "factcheck --help": ["-m", "factcheck.cli", "--help"],
    "factcheck extract FILE": ["-m", "factcheck.cli", "extract", str(ARTICLE)],
    "factcheck user list": ["-m", "factcheck.cli", "user", "list"],
    "factcheck db upgrade (at head)": ["-m", "factcheck.cli", "db", "upgrade"],
    "factcheck seed (again)": ["-m", "factcheck.cli", "seed"],
}


def run(tree: Path, env: dict[str, str], args: list[str], stdin: str = "") -> tuple[float, float]:
    """CPU seconds (user + system) and wall seconds of one process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-P", *args], cwd=tree, env=env, input=stdin, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{tree}: {' '.join(args)} failed: {done.stderr[-2000:]}")
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def prepare(tree: Path, var_dir: Path) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(tree), "VAR_DIR": str(var_dir), "DATABASE_URL": ""}
    run(tree, env, ["-m", "factcheck.cli", "db", "upgrade"])
    run(
        tree,
        env,
        ["-m", "factcheck.cli", "user", "create", "a@example.org", "--role", "admin"],
        "a long password\n",
    )
    run(tree, env, ["-m", "factcheck.cli", "seed"])
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tree", action="append", type=Path, required=True, help="a source tree (repeat)")
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    trees = [tree.resolve() for tree in options.tree]
    with tempfile.TemporaryDirectory(prefix="cli_start.") as tmp:
        envs = [prepare(tree, Path(tmp) / str(i)) for i, tree in enumerate(trees)]
        figures: dict[tuple[str, int], list[tuple[float, float]]] = {}
        for _ in range(options.runs):
            for name, args in COMMANDS.items():
                for i, tree in enumerate(trees):
                    figures.setdefault((name, i), []).append(run(tree, envs[i], args))
    print(f"{options.runs} runs each, load average {os.getloadavg()[0]:.1f} at the end")
    print("| command | " + " | ".join(f"`{tree}`: CPU median / best, wall median" for tree in trees) + " |")
    print("| --- |" + " --- |" * len(trees))
    for name in COMMANDS:
        cells = []
        for i in range(len(trees)):
            cpu = [c for c, _ in figures[(name, i)]]
            wall = [w for _, w in figures[(name, i)]]
            cells.append(f"{statistics.median(cpu):.2f} / {min(cpu):.2f} s, {statistics.median(wall):.2f} s")
        print(f"| `{name}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
