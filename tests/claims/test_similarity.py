"""Similar claims (issue 4): found on the full-text index, by stem, from every article, ranked by
how much of the wording they share, with their state and published rating; on the claim page and
in the article page's panel before a candidate is accepted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import text as sql_text

from factcheck.claims.similar_terms import SIMILAR_ALL_OF, SIMILAR_BUDGET, Term, TermChoice, choose_terms
from factcheck.claims.similarity import SimilarClaim, significant_words, similar_claims
from tests.articles.helpers import DUMB_BOMBS, DW_BODY, claim_at, import_article
from tests.builders import make_article, make_claim
from tests.conftest import post

HTMX = {"HX-Request": "true"}


def _similar(db: Any, text: str, exclude: Any = None) -> list[SimilarClaim]:
    return db.run(lambda s: similar_claims(s, text, exclude=exclude))


async def _analyse(session: Any) -> None:
    await session.execute(sql_text("ANALYZE claim"))
    await session.commit()


def _texts(found: list[SimilarClaim]) -> list[str]:
    return [s.text for s in found]


def test_words_match_by_stem(db, checker) -> None:
    db.run(lambda s: make_claim(s, text="Bombs intensified over Kharkiv", by=checker))
    assert _texts(_similar(db, "The bombing intensifies")) == ["Bombs intensified over Kharkiv"]


def test_claims_from_other_articles_are_found_with_state_and_rating(db, checker, editor) -> None:
    first = db.run(lambda s: make_article(s, body="First report. " * 20, title="First"))
    second = db.run(lambda s: make_article(s, body="Second report. " * 20, title="Second"))
    checked = db.run(
        lambda s: make_claim(
            s,
            state="published",
            text="Russia is using dumb bombs in Syria",
            by=checker,
            editor=editor,
            article=first,
        )
    )
    new = db.run(
        lambda s: make_claim(
            s, text="Russia is using unguided dumb bombs in Aleppo", by=checker, article=second
        )
    )
    found = _similar(db, new.text, exclude=new.id)
    assert [(s.id, s.state, s.rating) for s in found] == [(checked.id, "published", "Mostly true")]


def test_the_claim_itself_is_not_listed(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, text="Wheat exports to Egypt halved this year", by=checker))
    assert _texts(_similar(db, claim.text)) == [claim.text]
    assert _similar(db, claim.text, exclude=claim.id) == []


def test_a_near_duplicate_ranks_above_a_claim_sharing_one_word(db, checker) -> None:
    db.run(lambda s: make_claim(s, text="Unemployment fell", by=checker))
    db.run(lambda s: make_claim(s, text="Unemployment in Kilis doubled last year", by=checker))
    found = _similar(db, "Unemployment in Kilis doubled")
    assert _texts(found) == ["Unemployment in Kilis doubled last year", "Unemployment fell"]
    assert found[0].score > found[1].score


def test_unrelated_claims_are_not_listed(db, checker) -> None:
    db.run(lambda s: make_claim(s, text="Measles cases rose in Lagos last winter", by=checker))
    db.run(lambda s: make_claim(s, text="Fuel prices in Lagos doubled, officials claimed", by=checker))
    assert _similar(db, "Cholera outbreaks spread in Yemen") == []
    assert _similar(db, "the of and to in") == []
    assert _similar(db, "") == []


def test_search_syntax_and_quotes_in_the_wording_are_plain_words(db, checker) -> None:
    tricky = (
        "He said \"NEAR(bombs shells)\" OR -markets AND *prices* ^ {text}: 'quoted' \\ it's x² 日本語"
        ' "unbalanced'
    )
    db.run(lambda s: make_claim(s, text=tricky, claimant='"O\'Brien" OR', by=checker))
    assert _texts(_similar(db, tricky)) == [tricky]
    assert _texts(_similar(db, 'markets" OR "prices NEAR bombs')) == [tricky]
    assert _similar(db, "\"'\\ * : ^ {} ( ) -") == []


def test_rare_words_make_the_query_and_common_ones_must_come_together() -> None:
    rare, rarer = Term("kilis", 40), Term("ceasefire", 900)
    common = [Term(f"common{i}", SIMILAR_BUDGET + i) for i in range(5)]
    assert choose_terms([*common, rare, rarer]) == TermChoice((rare, rarer), tuple(common[:SIMILAR_ALL_OF]))


def test_when_every_word_is_common_the_claims_must_share_the_rarest_of_them() -> None:
    terms = [Term(f"word{i}", SIMILAR_BUDGET + 1 + i) for i in range(6)]
    assert choose_terms(terms) == TermChoice((), tuple(terms[:SIMILAR_ALL_OF]))
    assert choose_terms(terms[:1]) == TermChoice(tuple(terms[:1]), (), ranked=False)


def test_near_duplicates_made_of_common_words_are_found(db, db_kind, checker, monkeypatch) -> None:
    """With a budget of 2 claims, every word here is too common to query alone: the claims
    holding all of the rarest ones are found, and the one holding a single word is not."""
    import factcheck.claims.similar_terms as search

    monkeypatch.setattr(search, "SIMILAR_BUDGET", 2)
    monkeypatch.setattr(search, "SQLITE_DF_CAP", 3)
    for i in range(4):
        db.run(
            lambda s, i=i: make_claim(s, text=f"Refugees crossed the border at Kilis, report {i}", by=checker)
        )
    db.run(lambda s: make_claim(s, text="Refugees and migrants and asylum seekers", by=checker))
    if db_kind == "postgres":
        db.run(_analyse)  # the planner's statistics are where the frequencies come from
    words = significant_words("Refugees crossed the border at Kilis")
    terms = db.run(lambda s: search.term_frequencies(s, words))
    assert search.choose_terms(terms).any_of == ()
    found = _similar(db, "Refugees crossed the border at Kilis")
    assert len(found) == 4 and all(s.text.startswith("Refugees crossed the border at Kilis") for s in found)


def test_the_claim_page_lists_similar_claims_from_other_articles(as_checker, db, checker, editor) -> None:
    other = db.run(lambda s: make_article(s, body="Another report. " * 20, title="Other"))
    db.run(
        lambda s: make_claim(
            s,
            state="published",
            text="Grain shipments from Odesa doubled",
            by=checker,
            editor=editor,
            article=other,
        )
    )
    claim = db.run(
        lambda s: make_claim(s, text="Grain shipments from Odesa have doubled since May", by=checker)
    )
    html = as_checker.get(f"/claims/{claim.id}").text
    similar = html.split("Similar claims", 1)[1].split("</section>", 1)[0]
    assert "Grain shipments from Odesa doubled" in similar and "Mostly true" in similar
    assert "since May" not in similar


def test_the_accept_panel_shows_claims_checked_before(as_checker, db, checker, editor) -> None:
    checked = db.run(
        lambda s: make_claim(
            s, state="published", text="Russia is using <b>dumb bombs</b> in Syria", by=checker, editor=editor
        )
    )
    article = import_article(db, checker).article
    candidate = claim_at(db, article.id, DUMB_BOMBS)
    panel = as_checker.get(f"/articles/{article.id}/claims/{candidate.id}", headers=HTMX).text
    before = panel.split("Checked before?", 1)[1].split("</div>", 1)[0]
    assert f'href="/claims/{checked.id}"' in before
    assert "Russia is using &lt;b&gt;dumb bombs&lt;/b&gt; in Syria" in before
    assert "Published" in before and "Mostly true" in before
    assert panel.index("Checked before?") < panel.index('class="stacked decide accept-form"')


def test_candidates_nobody_decided_on_are_not_listed_as_checked_before(as_checker, db, checker) -> None:
    """An earlier import of the same sentence left a candidate: it is similar, but not a check."""
    import_article(db, checker, body=DW_BODY + "\n\nAn earlier copy.")
    article = import_article(db, checker).article
    candidate = claim_at(db, article.id, DUMB_BOMBS)
    panel = as_checker.get(f"/articles/{article.id}/claims/{candidate.id}", headers=HTMX).text
    assert "Checked before?" not in panel
    page = as_checker.get(f"/claims/{candidate.id}").text
    assert candidate.text in page.split("Similar claims", 1)[1].split("</section>", 1)[0]


def test_the_accept_panel_costs_the_same_queries_however_many_claims_are_similar(
    as_checker, db, checker, queries
) -> None:
    article = import_article(db, checker).article
    candidate = claim_at(db, article.id, DUMB_BOMBS)
    url = f"/articles/{article.id}/claims/{candidate.id}"
    as_checker.get(url, headers=HTMX)
    with queries() as before:
        as_checker.get(url, headers=HTMX)
    for i in range(5):
        db.run(
            lambda s, i=i: make_claim(
                s, state="queued", text=f"Russia is using dumb bombs in Syria, report {i}", by=checker
            )
        )
    with queries() as after:
        assert "Checked before?" in as_checker.get(url, headers=HTMX).text
    assert len(after) == len(before)


def _searches(statements: list[str]) -> list[str]:
    return [s for s in statements if "fts" in s.lower()]


def test_similar_claims_are_searched_only_for_the_whole_page(as_checker, db, checker, queries) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker, text="Iran supports a ceasefire"))
    with queries() as whole:
        page = as_checker.get(f"/claims/{claim.id}").text
    assert 'id="similar-claims"' in page and _searches(whole.statements)
    with queries() as fragment:
        answer = post(as_checker, f"/claims/{claim.id}/comments", {"body": "Ask the ministry."}, headers=HTMX)
    assert answer.status_code == 200 and "Ask the ministry." in answer.text
    assert 'id="similar-claims"' not in answer.text
    assert _searches(fragment.statements) == []
