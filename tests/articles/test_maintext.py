"""Main-content extraction (factcheck/articles/maintext.py): the article kept, the furniture dropped,
the page's metadata read, and a page without article text refused with what to do instead."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.articles.importing import draft_of
from factcheck.articles.intake import Document, read_document
from factcheck.articles.maintext import NoArticleText, page_text
from factcheck.articles.schemas import ImportForm
from tests.articles.pages import (
    FURNITURE,
    HEADLINE,
    JS_SHELL,
    PAYWALL_STUB,
    QUOTE,
    SUBHEADING,
    VIDEO_PAGE,
    expected_body,
    news_page,
)


def test_the_article_is_kept_paragraph_by_paragraph() -> None:
    assert page_text(news_page()).text == expected_body()


@pytest.mark.parametrize("furniture", FURNITURE)
def test_page_furniture_is_dropped(furniture: str) -> None:
    assert furniture in news_page()
    assert furniture not in page_text(news_page()).text


def test_the_headline_is_the_title_not_the_first_line_of_the_body() -> None:
    page = page_text(news_page())
    assert page.title == HEADLINE
    assert HEADLINE not in page.text


def test_a_quotation_and_an_in_text_heading_are_paragraphs_of_their_own() -> None:
    paragraphs = page_text(news_page()).text.split("\n\n")
    assert QUOTE in paragraphs and SUBHEADING in paragraphs


def test_the_pages_metadata_is_read() -> None:
    page = page_text(news_page())
    assert (page.author, page.outlet, page.published, page.url, page.language) == (
        "Jane Doe",
        "World News Daily",
        date(2016, 2, 12),
        "https://news.example.org/world/kerry-dumb-bombs",
        "en",
    )


@pytest.mark.parametrize(
    ("lang", "head", "language"),
    [
        ("de-AT", "", "de"),
        ("", '<meta property="og:locale" content="es_ES">', "es"),
        ("", '<meta http-equiv="content-language" content="fr">', "fr"),
        ("", "", None),
    ],
)
def test_the_language_is_the_one_the_page_declares(lang: str, head: str, language: str | None) -> None:
    assert page_text(news_page(lang=lang, head=head)).language == language


def test_the_date_without_meta_tags_comes_from_the_time_element() -> None:
    page = news_page().replace('<meta property="article:published_time" content="2016-02-12T08:30:00Z">', "")
    html = page.replace("12 February 2016</p>", '<time datetime="2016-02-11">11 February 2016</time></p>')
    assert page_text(html).published == date(2016, 2, 11)


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        (JS_SHELL, "It may be behind a paywall, built by JavaScript in the browser, or a video."),
        (VIDEO_PAGE, "This is a video page: it has no article text to check."),
        (PAYWALL_STUB, "the rest is behind a paywall"),
        ("", "The file has no web page in it."),
    ],
)
def test_a_page_without_article_text_is_refused_with_what_to_do(html: str, reason: str) -> None:
    with pytest.raises(NoArticleText) as refused:
        page_text(html)
    assert reason in str(refused.value)
    assert str(refused.value).endswith("Nothing was stored; paste the article's text instead.")


def test_a_paywalled_page_that_carries_the_whole_article_is_kept() -> None:
    head = '<script type="application/ld+json">{"isAccessibleForFree": false}</script>'
    assert page_text(news_page(head=head)).text == expected_body()


def test_text_much_shorter_than_the_page_comes_with_a_notice() -> None:
    comments = "".join(
        f'<div class="comment"><p>Reader {i} thinks the talks in Munich were a waste of everyone’s time '
        f"and says so at length, with examples from {i} earlier summits and their broken promises.</p></div>"
        for i in range(30)
    )
    page = page_text(news_page().replace("</section></main>", comments + "</section></main>"))
    assert page.text == expected_body()
    assert page.notice is not None and "kept 109 of the 1,075 words shown on the page" in page.notice
    assert "If part of the article is missing, paste its text instead." in page.notice
    assert page_text(news_page()).notice is None


def test_the_notice_reaches_the_document_an_import_reads() -> None:
    comments = "".join(f"<p>Comment {i}: " + "blah " * 20 + "</p>" for i in range(30))
    html = news_page("Le café était fermé.").replace("</section></main>", comments + "</section></main>")
    document = read_document(
        html.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252"), "html"
    )
    assert "Le café était fermé." in document.text
    assert document.note is not None and "If part of the article is missing" in document.note


def test_a_non_utf8_page_without_a_declared_charset_is_read_and_the_user_told() -> None:
    html = news_page("Le café était fermé.").replace('<meta charset="utf-8">', "")
    document = read_document(html.encode("cp1252"), "html")
    assert document.text.endswith("Le café était fermé.")
    assert document.note is not None and "read as Windows-1252" in document.note


def test_the_pages_metadata_fills_only_the_fields_left_empty() -> None:
    document = Document(
        text="Body.",
        title="Page title",
        author="Page author",
        outlet="Page outlet",
        published=date(2016, 2, 12),
        url="https://news.example.org/a",
        language="de",
    )
    typed = ImportForm(title="Typed title", author="Typed author", published="2016-02-13", language="fr")
    draft = draft_of(typed, document)
    assert (draft.title, draft.author, draft.published_on, draft.language) == (
        "Typed title",
        "Typed author",
        date(2016, 2, 13),
        "fr",
    )
    assert (draft.outlet, draft.url) == ("Page outlet", "https://news.example.org/a")
    empty = draft_of(ImportForm(), document)
    assert (empty.title, empty.author, empty.published_on, empty.language) == (
        "Page title",
        "Page author",
        date(2016, 2, 12),
        "de",
    )
