"""`factcheck export`: the same reports from the command line; bad filters get one line, status 2."""

from __future__ import annotations

import csv
import io
import json
import os
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner

from factcheck.cli import main
from tests.builders import make_claim
from tests.publishing.helpers import publish

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def run(settings):
    env = {"DATABASE_URL": settings.database_url, "VAR_DIR": str(settings.var_dir)}

    def invoke(*args: str):
        return CliRunner().invoke(main, ["export", *args], env=env, catch_exceptions=False)

    return invoke


def test_export_writes_csv_to_standard_output(run, db, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: make_claim(s, state="queued", text="Still queued", by=checker))
    result = run("--format", "csv", "--state", "published")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["claim"], r["rating"]) for r in rows] == [
        ("Russia is using dumb bombs in Syria", "Mostly true")
    ]
    # Outside a request, links use the organisation's url (or HOST:PORT when it has none).
    assert rows[0]["public_url"].startswith("http://127.0.0.1:8000/fact-checks/russia-is-using-dumb-bombs")


def test_export_writes_the_file_named_by_out(run, db, checker, editor, tmp_path: Path) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor))
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "reviews.jsonld"
    result = run("--format", "claimreview", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "wrote 1 row(s)" in result.stderr
    feed = json.loads(out.read_text(encoding="utf-8"))
    assert feed["dataFeedElement"][0]["item"][0]["claimReviewed"] == "Russia is using dumb bombs in Syria"
    assert [p.name for p in out.parent.iterdir()] == ["reviews.jsonld"]  # no partial file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--since", "2016-03-01", "--until", "2016-02-01"],
            "The end date 2016-02-01 is before the start date",
        ),
        (["--state", "pending"], "Unknown state 'pending'"),
        (["--rating", "Pants on fire"], "Unknown rating 'Pants on fire'"),
        (["--since", "4 Feb 2016"], "'4 Feb 2016' is not a date"),
        (["--article", "nope"], "'nope' is not an article id"),
        (["--format", "pdf"], "Unknown format 'pdf'"),
        (["--out", "/no/such/folder/report.csv"], "its folder does not exist"),
    ],
    ids=["until-before-since", "state", "rating", "date", "article", "format", "out"],
)
def test_filters_that_make_no_sense_get_one_line_and_status_2(run, args, message, tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    result = run("--format", "csv", "--out", str(out), *args)
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("factcheck: ") and message in lines[0], result.stderr
    assert result.stdout == "" and not out.exists()  # never an empty file that looks like a result


def test_export_starts_without_the_web_app_litestar_numpy_or_alembic(settings, db, tmp_path: Path) -> None:
    """Start-up was most of an export's time and memory (issue 18): ``factcheck export`` imports
    the models and the export, not the web app, the migrations, the other commands, nor what
    advanced-alchemy would load for its Litestar, NumPy, attrs and msgspec integrations. The
    export it writes is the same (tests/publishing/test_export_bytes.py covers its bytes)."""
    import subprocess
    import sys

    from factcheck.settings import ROOT
    from tests.publishing.helpers import make_export_desk

    db.run(make_export_desk)
    out, loaded = tmp_path / "report.csv", tmp_path / "modules.json"
    command = (
        "import json, sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main(['export', '--format', 'csv', '--out', {str(out)!r}])\n"
        "finally:\n"
        f"    open({str(loaded)!r}, 'w').write(json.dumps([m for m, v in sys.modules.items() if v]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", command],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": settings.database_url, "VAR_DIR": str(settings.var_dir)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "wrote 7 row(s)" in result.stderr, result.stderr[-2000:]
    imported = json.loads(loaded.read_text())
    assert "factcheck.publishing.exports" in imported
    heavy = {"litestar", "numpy", "attrs", "cattrs", "msgspec", "alembic", "rich", "jinja2", "markdown_it"}
    ours = ("factcheck.app", "factcheck.web.", "factcheck.articles.cli", "factcheck.notifications.cli")
    assert sorted(m for m in imported if m.split(".")[0] in heavy or (m + ".").startswith(ours)) == []


def test_the_garbage_collector_pauses_for_the_exports_imports_only() -> None:
    """Imports make objects that live as long as the process: the collector is not run over them
    as they come, and runs again afterwards, whatever happened inside."""
    import gc

    from factcheck.lean_imports import lean_imports

    assert gc.isenabled()
    with lean_imports():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(ImportError), lean_imports():
        import factcheck.no_such_module  # type: ignore[import-not-found]  # noqa: F401
    assert gc.isenabled()
    gc.disable()
    try:
        with lean_imports():
            pass
        assert not gc.isenabled(), "a collector paused by someone else stays paused"
    finally:
        gc.enable()
