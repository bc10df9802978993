"""GET /articles: the imported articles, newest first, with their claim counts."""

from __future__ import annotations

from tests.articles.helpers import claims_of, import_article


def test_it_lists_articles_newest_first(as_checker, db, checker) -> None:
    for n in range(3):
        import_article(
            db, checker, body=f"Report {n}: the ministry said {n},000 homes lost power.", title=f"Story {n}"
        )
    html = as_checker.get("/articles").text
    positions = [html.index(f"Story {n}") for n in (2, 1, 0)]
    assert positions == sorted(positions)


def test_each_row_links_to_the_article_and_counts_its_claims(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    n = len(claims_of(db, article.id))
    html = as_checker.get("/articles").text
    assert f'href="/articles/{article.id}"' in html
    assert f'<span class="count">{n}</span> <span class="muted">({n} to review)</span>' in html
    assert "by Fact-checker" in html or f"by {checker.display_name}" in html


def test_an_empty_list_says_how_to_import(as_checker) -> None:
    html = as_checker.get("/articles").text
    assert 'href="/articles/new"' in html and "No articles yet." in html


def test_the_header_links_to_the_articles(as_checker) -> None:
    assert '<a href="/articles" aria-current="page">Articles</a>' in as_checker.get("/articles").text


def test_titles_are_escaped(as_checker, db, checker) -> None:
    import_article(
        db, checker, body="The ministry said 12,000 homes lost power.", title="<script>x()</script>"
    )
    html = as_checker.get("/articles").text
    assert "<script>x()" not in html and "&lt;script&gt;x()" in html


def test_the_list_costs_the_same_queries_for_2_or_20_articles(as_checker, db, checker, queries) -> None:
    for n in range(2):
        import_article(db, checker, body=f"Report {n}: the ministry said {n},000 homes lost power.")
    as_checker.get("/articles")  # warm up
    with queries() as few:
        as_checker.get("/articles")
    for n in range(2, 20):
        import_article(db, checker, body=f"Report {n}: the ministry said {n},000 homes lost power.")
    with queries() as many:
        as_checker.get("/articles")
    assert len(few) == len(many)
    assert len(few) <= 4  # session read and write, user, articles with their counts and importer
