"""POST /articles with a file: .txt, .md and .html are read as article text; the rest is refused."""

from __future__ import annotations

from factcheck.articles.models import Article
from factcheck.claims.models import Claim
from tests.articles.helpers import DUMB_BOMBS, DW_BODY, articles, claims_of
from tests.conftest import csrf_token

HTML_PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Kerry calls on Russia to end Syria bombing</title>
<meta name="author" content="DW staff"><meta property="og:site_name" content="DW">
<style>p { color: red }</style><script>alert("from the head")</script></head>
<body><nav>Home | World</nav>
<article><h1>Kerry calls on Russia to end Syria bombing</h1>
<p>Kerry accused Russia of using “dumb bombs” in the campaign which has been stepped up around
the Syrian city of Aleppo.</p>
<script>document.cookie = "stolen"</script>
<p>The United Nations has estimated that in the last few days nearly 40,000 newly displaced people
have gathered in several border areas of northern Syria.</p>
<p>Writing &lt;script&gt; in a story is just text.</p>
</article><footer>© DW</footer></body></html>"""


def _upload(client, name: str, content: bytes, media_type: str = "application/octet-stream", **fields):
    return client.post(
        "/articles",
        data={"_csrf_token": csrf_token(client), **fields},
        files={"file": (name, content, media_type)},
        follow_redirects=False,
    )


def _nothing_stored(db) -> None:
    assert db.count(Article) == 0
    assert db.count(Claim) == 0


def test_a_txt_file_is_imported_with_its_candidates(as_checker, db) -> None:
    response = _upload(as_checker, "dw.txt", DW_BODY.encode("utf-8"), "text/plain", title="Kerry")
    assert response.status_code == 303
    [article] = articles(db)
    assert article.body == DW_BODY and article.title == "Kerry"
    assert any(c.quote.startswith(DUMB_BOMBS) for c in claims_of(db, article.id))


def test_a_txt_file_without_a_title_takes_its_first_line(as_checker, db) -> None:
    _upload(as_checker, "dw.txt", DW_BODY.encode("utf-8"))
    [article] = articles(db)
    assert article.title.startswith("US Secretary of State John Kerry")


def test_a_markdown_file_is_read_as_text(as_checker, db) -> None:
    markdown = (
        "# Kerry calls on Russia\n\n*By* **DW**\n\n"
        "Kerry accused Russia of using “dumb bombs”, [DW reported](https://www.dw.com/).\n"
    )
    response = _upload(as_checker, "story.md", markdown.encode())
    assert response.status_code == 303
    [article] = articles(db)
    assert article.title == "Kerry calls on Russia"
    assert article.body == (
        "Kerry calls on Russia\n\nBy DW\n\nKerry accused Russia of using “dumb bombs”, DW reported."
    )


def test_an_html_file_is_reduced_to_its_article_text(as_checker, db) -> None:
    response = _upload(as_checker, "page.html", HTML_PAGE.encode(), "text/html")
    assert response.status_code == 303
    [article] = articles(db)
    assert article.title == "Kerry calls on Russia to end Syria bombing"
    assert article.author == "DW staff" and article.outlet == "DW"
    assert article.body.startswith("Kerry accused Russia")  # the headline is the title, not the body
    assert "Writing <script> in a story is just text." in article.body


def test_scripts_styles_and_site_chrome_are_dropped_from_html(as_checker, db) -> None:
    _upload(as_checker, "page.html", HTML_PAGE.encode(), "text/html")
    [article] = articles(db)
    for dropped in ("alert", "document.cookie", "color: red", "Home | World", "© DW"):
        assert dropped not in article.body


def test_text_in_windows_1252_is_decoded_and_the_user_told(as_checker, db) -> None:
    text = "Café owners in Zürich said 1,200 jobs were lost – “a disaster”."
    response = _upload(as_checker, "old.txt", text.encode("cp1252"), title="Old file")
    assert response.status_code == 303
    [article] = articles(db)
    assert article.body == text
    assert "read as Windows-1252" in as_checker.get(response.headers["location"]).text


def test_text_in_utf16_with_a_byte_order_mark_is_decoded(as_checker, db) -> None:
    text = "Café owners said 1,200 jobs were lost."
    _upload(as_checker, "utf16.txt", text.encode("utf-16"), title="UTF-16")
    [article] = articles(db)
    assert article.body == text


def test_a_binary_file_renamed_txt_is_refused(as_checker, db) -> None:
    binary = bytes(range(256)) * 64
    response = _upload(as_checker, "photo.txt", binary, title="Kept title")
    assert response.status_code == 422
    assert "does not contain text" in response.text
    assert 'value="Kept title"' in response.text
    _nothing_stored(db)


def test_a_pdf_renamed_txt_is_refused_by_name(as_checker, db) -> None:
    response = _upload(as_checker, "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    assert response.status_code == 422
    assert "This is a PDF document, not text." in response.text
    _nothing_stored(db)


def test_a_file_of_another_kind_is_refused(as_checker, db) -> None:
    response = _upload(as_checker, "report.docx", b"PK\x03\x04...")
    assert response.status_code == 422
    assert "reads .txt, .md and .html files, not .docx" in response.text
    _nothing_stored(db)


def test_an_empty_file_is_refused(as_checker, db) -> None:
    response = _upload(as_checker, "empty.txt", b"")
    assert response.status_code == 422
    assert "The article has no text." in response.text
    _nothing_stored(db)


def test_a_20_mb_upload_gets_a_friendly_page_and_stores_nothing(as_checker, db) -> None:
    response = _upload(as_checker, "huge.txt", b"The ministry said 12,000 homes lost power. " * 480_000)
    assert response.status_code == 413
    assert "text/html" in response.headers["content-type"]
    assert "choose a smaller file, or paste the article&#39;s text" in response.text
    assert '<form method="post" action="/articles"' in response.text
    assert "Traceback" not in response.text
    _nothing_stored(db)


def test_the_form_tells_the_browser_the_upload_limit(as_checker) -> None:
    assert 'data-max-upload="5242880"' in as_checker.get("/articles/new").text
