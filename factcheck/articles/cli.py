"""`factcheck article-text PATH_OR_URL [--json]`: the text and metadata an import would store.

For operators checking why an import looks wrong. A path is read as an uploaded file would be
(.txt, .md or .html); an address is fetched by the same SSRF-safe fetcher as the web import, and
the page goes through the same main-content extraction. Notes the import form would show (the
encoding a file was read in, text much shorter than the page) go to standard error.
"""

from __future__ import annotations

import asyncio
import json
import re
from pathlib import Path
from typing import Any

import click

from factcheck.articles.fetch import FetchError, fetcher_of
from factcheck.articles.importing import draft_of, read_address, read_upload
from factcheck.articles.intake import MAX_UPLOAD_BYTES, IntakeError
from factcheck.articles.schemas import ImportForm
from factcheck.articles.service import ArticleDraft, check_draft

FIELDS = ("title", "author", "outlet", "published", "url", "language")
"""The metadata printed, in this order, before the text (``--json`` adds ``text``)."""


class Problem(click.ClickException):
    """One line on standard error, "factcheck: ...", and exit status 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"factcheck: {self.format_message()}", err=True)


def _read(source: str, obj: Any) -> Any:
    if re.match(r"[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        return asyncio.run(read_address(source, fetcher_of(obj if isinstance(obj, dict) else {})))
    path = Path(source)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_UPLOAD_BYTES + 1)
    except OSError as error:
        raise Problem(f"cannot read {source}: {error.strerror}.") from None
    return read_upload(path.name, data)


def record_of(draft: ArticleDraft) -> dict[str, str | None]:
    return {
        "text": draft.body,
        "title": draft.title,
        "author": draft.author,
        "outlet": draft.outlet,
        "published": draft.published_on.isoformat() if draft.published_on else None,
        "url": draft.url,
        "language": draft.language,
    }


@click.command("article-text")
@click.argument("source", metavar="PATH_OR_URL")
@click.option("--json", "as_json", is_flag=True, help='One JSON object: "text", "title", "author"...')
@click.pass_context
def article_text_command(ctx: click.Context, source: str, as_json: bool) -> None:
    """Print the text and metadata an import of PATH_OR_URL (a .txt, .md or .html file, or an
    http(s) address) would store, without storing anything."""
    try:
        document = _read(source, ctx.obj)
    except (IntakeError, FetchError) as exc:
        raise Problem(str(exc)) from None
    draft, errors = check_draft(draft_of(ImportForm(), document))
    if errors:
        raise Problem("an import would refuse this: " + " ".join(errors.values()))
    if document.note:
        click.echo(f"note: {document.note}", err=True)
    record = record_of(draft)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2))
        return
    for name in FIELDS:
        click.echo(f"{name + ':':<11}{record[name] or '-'}")
    click.echo("")
    click.echo(draft.body)
