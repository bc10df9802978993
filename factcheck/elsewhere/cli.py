"""`factcheck feeds add URL | import FILE | refresh`: ClaimReview from other organisations."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import factcheck.db.models  # noqa: F401 - every model mapped (feeds refer to users)
from factcheck.cli import run_in_session
from factcheck.elsewhere import feeds
from factcheck.elsewhere.parse import FeedError
from factcheck.errors import Invalid
from factcheck.settings import ConfigError, Settings

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.elsewhere.importer import ImportResult


class _Failed(click.ClickException):
    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: {self.format_message()}", err=True)


def _run(work: Any) -> Any:
    try:
        settings = Settings.from_env()
    except ConfigError as exc:
        raise _Failed(str(exc)) from None

    try:
        return run_in_session(settings, work)
    except Invalid as exc:
        raise _Failed(" ".join(exc.errors.values()) or exc.detail) from None
    except FeedError as exc:
        raise _Failed(f"nothing imported: {exc}") from None


def _progress(result: ImportResult) -> None:
    click.echo(f"\r{result.imported:,} reviews read, {result.skipped:,} skipped", err=True, nl=False)


@click.group("feeds")
def feeds_command() -> None:
    """ClaimReview feeds of other fact-checkers, offered as "checked elsewhere"."""


@feeds_command.command("add")
@click.argument("url")
@click.option("--no-fetch", is_flag=True, help="Only register it; the next refresh imports it.")
def feeds_add(url: str, no_fetch: bool) -> None:
    """Register a feed URL (a DataFeed of ClaimReview, a JSON array or JSON Lines) and import it."""

    async def work(session: AsyncSession) -> str:
        feed = await feeds.add_feed(session, url)
        if no_fetch:
            return f"registered {feed.url}"
        result = await feeds.refresh_feed(session, feed, feeds.FEED_FETCHER, progress=_progress)
        return f"registered {feed.url}: {result.summary()}"

    click.echo(_run(work))


@feeds_command.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def feeds_import(file: Path) -> None:
    """Import a file of ClaimReview (streamed: it may hold hundreds of thousands)."""

    async def work(session: AsyncSession) -> str:
        feed = await feeds.file_feed(session, file.name)
        with file.open("rb") as stream:
            result = await feeds.import_file(session, stream, feed.id, progress=_progress)
        return result.summary()

    click.echo(_run(work))


@feeds_command.command("refresh")
def feeds_refresh() -> None:
    """Fetch every registered feed URL again; one feed's failure does not stop the others."""

    async def work(session: AsyncSession) -> int:
        failed = 0
        for feed in await feeds.url_feeds(session):
            try:
                result = await feeds.refresh_feed(session, feed, feeds.FEED_FETCHER)
                click.echo(f"{feed.url}: {result.summary()}")
            except FeedError as exc:
                failed += 1
                click.echo(f"{feed.url}: nothing imported: {exc}", err=True)
        return failed

    if _run(work):
        raise SystemExit(1)
