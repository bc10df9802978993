"""The `factcheck` command: bad configuration stops with one clear line, never a traceback."""

from __future__ import annotations

import importlib
import json
import os
import socket
import subprocess
import sys
import tomllib
from typing import TYPE_CHECKING

import click
import pytest

from factcheck.cli import LAZY_COMMANDS
from factcheck.settings import ROOT
from factcheck.verdicts.service import DEFAULT_SCALE
from tests.pg import free_port

if TYPE_CHECKING:
    from pathlib import Path


def factcheck(*args: str, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck.cli", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_serve_with_an_unreachable_database_says_so_in_one_line(tmp_path: Path) -> None:
    url = f"postgresql://fc:secret@127.0.0.1:{free_port()}/factcheck"
    line = _one_line(factcheck("serve", env={"DATABASE_URL": url, "VAR_DIR": str(tmp_path)}))
    assert line.startswith("factcheck: cannot reach the database at postgresql+asyncpg://fc:***@127.0.0.1")
    assert "secret" not in line


def test_serve_on_a_port_in_use_says_so_in_one_line(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = _one_line(factcheck("serve", env={"PORT": str(port), "VAR_DIR": str(tmp_path)}))
    assert line == f"factcheck: port {port} on 127.0.0.1 is already in use; stop the other server or set PORT"


def test_a_database_url_of_another_kind_is_refused_in_one_line(tmp_path: Path) -> None:
    line = _one_line(
        factcheck("db", "upgrade", env={"DATABASE_URL": "mysql://x@y/z", "VAR_DIR": str(tmp_path)})
    )
    assert "DATABASE_URL must name sqlite or postgresql" in line


def test_a_port_that_is_not_a_number_is_refused_in_one_line(tmp_path: Path) -> None:
    line = _one_line(factcheck("serve", env={"PORT": "eighty", "VAR_DIR": str(tmp_path)}))
    assert "PORT must be a number" in line


def test_db_upgrade_then_seed_twice_on_the_default_sqlite_file(tmp_path: Path) -> None:
    env = {"VAR_DIR": str(tmp_path / "var"), "DATABASE_URL": ""}
    upgraded = factcheck("db", "upgrade", env=env)
    assert upgraded.returncode == 0, upgraded.stderr
    assert (tmp_path / "var" / "factcheck.db").exists()
    first = factcheck("seed", env=env)
    assert first.returncode == 0, first.stderr
    demo = tomllib.loads((ROOT / "seeds" / "demo.toml").read_text(encoding="utf-8"))
    assert f"{len(demo['articles'])} article(s) and {len(demo['claims'])} claim(s) added" in first.stdout
    assert "admin@example.org" in first.stdout and "demo-admin-pass" in first.stdout
    second = factcheck("seed", env=env)
    assert "0 article(s) and 0 claim(s) added" in second.stdout


def test_serve_brings_the_schema_up_to_date_and_serves(tmp_path: Path) -> None:
    import sqlite3
    import time
    import urllib.request

    port = free_port()
    env = {**os.environ, "VAR_DIR": str(tmp_path / "var"), "PORT": str(port), "DATABASE_URL": ""}
    proc = subprocess.Popen([sys.executable, "-m", "factcheck.cli", "serve"], cwd=ROOT, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/login", timeout=2) as response:
                    assert response.status == 200
                    assert "Sign in" in response.read().decode()
                    break
            except OSError:
                assert proc.poll() is None, "the server exited"
                assert time.monotonic() < deadline, "the server did not answer within 60 s"
                time.sleep(0.2)
    finally:
        proc.terminate()
        proc.wait(timeout=15)
    # A fresh database, never seeded, gets the default rating scale: verdicts can be drafted.
    with sqlite3.connect(tmp_path / "var" / "factcheck.db") as db:
        labels = [label for (label,) in db.execute("SELECT label FROM rating ORDER BY position")]
    assert labels == [label for label, _ in DEFAULT_SCALE]


def test_help_lists_every_command_without_importing_their_modules() -> None:
    """`factcheck --help` took 1.6 s of CPU when listing a command imported its module (the
    article importer's parsers, the models, the mail and feed code); the list now comes from
    `LAZY_COMMANDS`, and the database layer waits for a command that reads settings."""
    command = (
        "import json, sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    print(json.dumps(sorted(m for m, v in sys.modules.items() if v)), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", command], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    listed = [line.split()[0] for line in result.stdout.split("Commands:\n")[1].splitlines()]
    assert listed == [
        "article-text",
        "db",
        "export",
        "extract",
        "feeds",
        "mail",
        "seed",
        "serve",
        "token",
        "user",
    ]
    imported = json.loads(result.stderr)
    assert [m for m in imported if m.startswith("factcheck.")] == [
        "factcheck.cli",
        "factcheck.errors",
        "factcheck.settings",
    ]
    assert [
        m for m in imported if m.split(".")[0] in ("sqlalchemy", "alembic", "litestar", "advanced_alchemy")
    ] == []


@pytest.mark.parametrize("name", sorted(LAZY_COMMANDS))
def test_help_summarises_each_command_as_its_own_help_does(name: str) -> None:
    listed = LAZY_COMMANDS[name]
    command = getattr(importlib.import_module(listed.module), listed.name)
    assert (
        command.name == name and not command.hidden and not command.deprecated and command.short_help is None
    )
    stand_in = click.Command(name, help=listed.summary)
    for width in (3, 20, 45, 60, 78, 200):
        assert stand_in.get_short_help_str(width) == command.get_short_help_str(width)
