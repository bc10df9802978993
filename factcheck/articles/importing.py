"""What the user gave (pasted text, a file, an address) to the article an import stores.

One path for the import form and for ``factcheck article-text``, so the command shows exactly what
an import would store. The page's metadata fills only the fields the user left empty: a field the
user typed is never overwritten.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.articles.intake import (
    MAX_UPLOAD_BYTES,
    Document,
    IntakeError,
    first_line,
    kind_of_file,
    kind_of_media_type,
    read_document,
)
from factcheck.articles.models import DEFAULT_LANGUAGE
from factcheck.articles.service import ArticleDraft
from factcheck.errors import Invalid

if TYPE_CHECKING:
    from factcheck.articles.fetch import UrlFetcher
    from factcheck.articles.schemas import ImportForm


def read_upload(filename: str, data: bytes) -> Document:
    """An uploaded (or local) .txt, .md or .html file; raises ``IntakeError``."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise IntakeError(f"Files of up to {MAX_UPLOAD_BYTES // (1024 * 1024)} MB, please.")
    return read_document(data, kind_of_file(filename))


async def read_address(address: str, fetcher: UrlFetcher) -> Document:
    """The page at ``address``, fetched by the SSRF-safe ``fetcher`` (trafilatura never fetches);
    raises ``FetchError`` or ``IntakeError``."""
    fetched = await fetcher.fetch(address)
    return read_document(
        fetched.content, kind_of_media_type(fetched.media_type), charset=fetched.charset, url=fetched.url
    )


def draft_of(form: ImportForm, document: Document) -> ArticleDraft:
    """The article to store: what the user typed, and the document's metadata where they typed
    nothing. Raises ``Invalid`` when the typed date is not a date."""
    try:
        published_on = form.published_on() or document.published
    except ValueError:
        raise Invalid(
            "The article was not imported; see below. Nothing was stored.",
            {"published": "Give the date as YYYY-MM-DD."},
        ) from None
    return ArticleDraft(
        title=form.title.strip() or document.title or first_line(document.text) or "",
        body=document.text,
        outlet=form.outlet.strip() or document.outlet,
        url=form.url.strip() or document.url,
        author=form.author.strip() or document.author,
        published_on=published_on,
        language=form.language.strip() or document.language or DEFAULT_LANGUAGE,
    )
