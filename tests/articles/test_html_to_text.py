"""HTML to article text (factcheck/articles/html.py): the story kept, scripts and site chrome dropped."""

from __future__ import annotations

from datetime import date

from factcheck.articles.html import html_to_document


def test_scripts_and_styles_are_dropped_with_their_content() -> None:
    doc = html_to_document(
        "<p>Before.</p><script>var x = '<p>not text</p>';</script><style>p{}</style><p>After.</p>"
    )
    assert doc.text == "Before.\n\nAfter."


def test_escaped_markup_in_the_text_stays_as_text() -> None:
    assert html_to_document("<p>Writing &lt;script&gt; is &amp; stays text.</p>").text == (
        "Writing <script> is & stays text."
    )


def test_the_article_element_is_preferred_over_the_rest_of_the_page() -> None:
    story = "The ministry said 12,000 homes lost power in March. " * 5
    doc = html_to_document(
        f"<header>Site menu</header><aside>Ads</aside><article><p>{story}</p></article><div>Related</div>"
    )
    assert doc.text == story.strip()


def test_a_short_article_element_is_a_teaser_and_the_page_is_kept() -> None:
    doc = html_to_document("<article>Teaser</article><p>The story itself.</p>")
    assert doc.text == "Teaser\n\nThe story itself."


def test_blocks_become_paragraphs_and_br_a_line_break() -> None:
    doc = html_to_document(
        "<h1>Title</h1><p>One   line\nwrapped.<br>Next line.</p><ul><li>a</li><li>b</li></ul>"
    )
    assert doc.text == "Title\n\nOne line wrapped.\nNext line.\n\na\n\nb"


def test_metadata_comes_from_title_and_meta_tags() -> None:
    doc = html_to_document(
        '<html><head><title> Page  title </title><meta property="og:title" content="Story title">'
        '<meta name="author" content="A. Writer"><meta property="og:site_name" content="DW">'
        '<meta property="article:published_time" content="2016-02-05T09:00:00+01:00"></head>'
        "<body><p>Text.</p></body></html>"
    )
    assert (doc.title, doc.author, doc.site_name, doc.published) == (
        "Story title",
        "A. Writer",
        "DW",
        date(2016, 2, 5),
    )


def test_an_svg_title_is_not_the_page_title() -> None:
    doc = html_to_document("<title>Real</title><p>x<svg><title>Icon</title></svg></p>")
    assert doc.title == "Real" and doc.text == "x"


def test_broken_markup_does_not_lose_the_text() -> None:
    assert html_to_document("<p>Unclosed <b>bold <i>italic</p><p>Next").text == "Unclosed bold italic\n\nNext"
