"""`factcheck feeds import | add | refresh`, run as an operator runs them, on both databases."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.elsewhere.models import ElsewhereFeed, ElsewhereReview
from tests.elsewhere.helpers import data_feed, review
from tests.test_cli import factcheck


def _env(settings) -> dict[str, str]:
    return {"DATABASE_URL": settings.database_url, "VAR_DIR": str(settings.var_dir)}


def test_feeds_import_reads_a_file_and_reports(settings, db, tmp_path) -> None:
    path = tmp_path / "feed.json"
    path.write_bytes(data_feed([review(1, "Imported by the command"), review(2, "And another")]))
    result = factcheck("feeds", "import", str(path), env=_env(settings))
    assert result.returncode == 0, result.stderr
    assert "2 reviews imported." in result.stdout
    assert db.count(ElsewhereReview) == 2
    assert db.scalar(select(ElsewhereFeed.name)) == "feed.json"


def test_feeds_import_of_a_file_that_is_not_a_feed_imports_nothing(settings, db, tmp_path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes")
    result = factcheck("feeds", "import", str(path), env=_env(settings))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "nothing imported: This is not JSON" in result.stderr
    assert db.count(ElsewhereReview) == 0


def test_feeds_add_refuses_a_private_address(settings, db) -> None:
    result = factcheck("feeds", "add", "http://192.168.1.10/feed.json", env=_env(settings))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "private or local network" in result.stderr
    assert db.count(ElsewhereReview) == 0


def test_feeds_refresh_reports_each_feed(settings, db) -> None:
    added = factcheck("feeds", "add", "--no-fetch", "http://127.0.0.1:9/feed.json", env=_env(settings))
    assert added.returncode == 0, added.stderr
    result = factcheck("feeds", "refresh", env=_env(settings))
    assert result.returncode == 1
    assert "http://127.0.0.1:9/feed.json: nothing imported:" in result.stderr
    assert "private or local network" in db.scalar(select(ElsewhereFeed.last_error))
