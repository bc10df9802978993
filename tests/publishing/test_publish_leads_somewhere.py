"""After publishing, the claim page says so and links to the public page; Markdown headings in a
rationale render as headings on the public page, the claim page and the printable report (#15)."""

from __future__ import annotations

from factcheck.web.markdown import render_markdown
from tests.builders import make_claim
from tests.publishing.helpers import path_of, publish

RATIONALE = (
    "# What we found\n\nAmnesty documented **unguided** bombs.\n\n## What we could not check\n\nThe dates."
)


def test_markdown_headings_sit_below_the_page_headings() -> None:
    html = render_markdown(RATIONALE)
    assert "<h3>What we found</h3>" in html and "<h4>What we could not check</h4>" in html
    assert "<h1>" not in html and "<h2>" not in html
    assert "<h6>Deep</h6>" in render_markdown("###### Deep")


def test_the_claim_page_of_a_published_claim_links_to_its_public_page(
    as_checker, db, checker, editor
) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, rationale=RATIONALE))
    html = as_checker.get(f"/claims/{claim.id}").text
    assert 'id="published-link" role="status"><strong>Published.</strong>' in html
    assert f'<a href="{path_of(claim)}" id="public-link">' in html
    assert f'data-copy="{path_of(claim)}"' in html
    assert "<h3>What we found</h3>" in html  # the published rationale stays on the internal page
    assert as_checker.get(path_of(claim)).status_code == 200


def test_a_claim_never_published_has_no_public_link(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    assert 'id="published-link"' not in as_checker.get(f"/claims/{claim.id}").text


def test_rationale_headings_on_the_public_page_and_in_the_report(
    client, as_editor, db, checker, editor
) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, rationale=RATIONALE))
    public = client.get(path_of(claim)).text
    assert "<h3>What we found</h3>" in public and "<h4>What we could not check</h4>" in public
    report = as_editor.get("/exports/download", params={"format": "html"}).text
    assert "<h3>What we found</h3>" in report
    assert ".rationale h3" in report  # styled: print.css is inlined into the report


def test_public_pages_carry_open_graph_and_twitter_card_tags(client, db, checker, editor) -> None:
    claim = db.run(
        lambda s: publish(
            s, by=checker, editor=editor, text="Kerry said <b>dumb</b> bombs", summary="Rights & wrongs."
        )
    )
    html = client.get(path_of(claim)).text
    title = "Mostly true: Kerry said &lt;b&gt;dumb&lt;/b&gt; bombs"
    assert f'<meta property="og:title" content="{title}">' in html
    assert f'<meta name="twitter:title" content="{title}">' in html
    assert '<meta property="og:description" content="Rights &amp; wrongs.">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert '<meta property="og:type" content="article">' in html
    assert f'<meta property="og:url" content="http://testserver.local{path_of(claim)}">' in html


def test_the_csv_has_the_sources_themselves(as_checker, db, checker, editor) -> None:
    import csv
    import io

    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    text = as_checker.get("/exports/download", params={"format": "csv"}).text
    rows = {r["claim_id"]: r for r in csv.DictReader(io.StringIO(text))}
    cell = rows[str(claim.id)]["source_list"]
    assert rows[str(claim.id)]["sources"] == "1"
    assert cell.startswith("supports: ") and "https://" in cell, cell
