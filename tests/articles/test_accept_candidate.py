"""Accepting a candidate from the article page: its wording editable, then queued with its Event."""

from __future__ import annotations

from tests.articles.helpers import DUMB_BOMBS, DW_BODY, claim_at, events_of, get_claim, import_article
from tests.conftest import post

HTMX = {"HX-Request": "true"}
WORDING = "Russia is using dumb bombs in Syria"


def test_the_panel_offers_the_wording_to_edit(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    response = as_checker.get(f"/articles/{article.id}/claims/{claim.id}", headers=HTMX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="candidate-panel"')
    assert "<html" not in response.text
    assert f'<textarea id="claim-text" name="text" rows="4" required>{claim.text}</textarea>' in response.text
    assert 'name="version" value="1"' in response.text
    assert response.headers["vary"] == "HX-Request"


def test_without_htmx_the_panel_comes_in_the_whole_page(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    html = as_checker.get(f"/articles/{article.id}/claims/{claim.id}").text
    assert "<html" in html and 'id="article-body"' in html and 'id="claim-text"' in html


def test_accepting_with_new_wording_queues_the_claim_and_records_it(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    response = post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "accept", "text": WORDING, "version": "1"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert response.headers["location"] == f"/articles/{article.id}/claims/{claim.id}"
    stored = get_claim(db, claim.id)
    assert (stored.state, stored.text, stored.quote) == ("queued", WORDING, claim.quote)
    assert events_of(db, claim.id)[-1] == ("accept", "candidate", "queued", None)
    page = as_checker.get(response.headers["location"]).text
    assert "Accepted: the claim is queued for research." in page
    assert f'href="/claims/{claim.id}"' in page


def test_with_htmx_it_answers_with_the_panel_and_refreshes_the_text_out_of_band(
    as_checker, db, checker
) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    response = post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "accept", "text": WORDING, "version": "1"},
        headers=HTMX,
    )
    assert response.status_code == 200
    html = response.text
    assert html.lstrip().startswith('<section id="candidate-panel"')
    assert "Accepted: the claim is queued for research." in html
    assert '<div id="article-body" class="article-body" data-length="' in html
    assert 'hx-swap-oob="true"' in html
    assert html.count('id="article-body"') == 1 and html.count('id="article-claims"') == 1
    assert "<html" not in html


def test_an_empty_wording_is_refused_and_nothing_changes(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    response = post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "accept", "text": "  ", "version": "1"},
    )
    assert response.status_code == 422
    assert "Word the claim to be checked." in response.text
    assert get_claim(db, claim.id).state == "candidate"
    assert len(events_of(db, claim.id)) == 1


def test_a_stale_version_is_refused_with_both_wordings_shown(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    url = f"/articles/{article.id}/claims/{claim.id}"
    post(as_checker, url, {"action": "accept", "text": "Their wording", "version": "1"})
    response = post(as_checker, url, {"action": "accept", "text": WORDING, "version": "1"}, headers=HTMX)
    assert response.status_code == 409
    assert "Someone else changed this claim" in response.text
    assert "Their wording" in response.text and WORDING in response.text
    assert get_claim(db, claim.id).text == "Their wording"


def test_an_unstored_candidate_is_created_and_accepted_in_one_go(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index("US Secretary of State")  # the lede scores under the threshold
    end = DW_BODY.index(".", start) + 1
    response = post(
        as_checker,
        f"/articles/{article.id}/claims",
        {"action": "accept", "quote_start": start, "quote_end": end, "text": "Kerry called for a ceasefire"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    claim = claim_at(db, article.id, "US Secretary of State")
    assert (claim.state, claim.text, claim.quote) == (
        "queued",
        "Kerry called for a ceasefire",
        DW_BODY[start:end],
    )
    assert claim.score is not None and claim.score < 0.5
    assert [e[:3] for e in events_of(db, claim.id)] == [
        ("create", None, "candidate"),
        ("accept", "candidate", "queued"),
    ]


def test_a_claim_of_another_article_is_not_found_here(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    other = import_article(db, checker, body="The ministry said 12,000 homes lost power in March.").article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    response = post(
        as_checker, f"/articles/{other.id}/claims/{claim.id}", {"action": "accept", "text": WORDING}
    )
    assert response.status_code == 404
    assert get_claim(db, claim.id).state == "candidate"


def test_only_accept_and_dismiss_are_decided_here(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    response = post(as_checker, f"/articles/{article.id}/claims/{claim.id}", {"action": "publish"})
    assert response.status_code == 422
    assert get_claim(db, claim.id).state == "candidate"


def test_an_unstored_candidate_opens_a_panel_that_creates_it(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    start = DW_BODY.index("By DW")
    response = as_checker.get(f"/articles/{article.id}/candidates/{start}/{start + 5}", headers=HTMX)
    assert response.status_code == 200
    html = response.text
    assert "not stored" in html
    assert f'hx-post="/articles/{article.id}/claims"' in html
    assert f'name="quote_start" value="{start}"' in html and f'name="quote_end" value="{start + 5}"' in html


def test_there_is_no_candidate_panel_where_there_is_no_candidate(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    assert as_checker.get(f"/articles/{article.id}/candidates/3/9", headers=HTMX).status_code == 404


def test_the_claimant_is_corrected_where_the_claim_is_accepted(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    panel = as_checker.get(f"/articles/{article.id}/claims/{claim.id}", headers=HTMX).text
    assert f'name="claimant" list="claimant-suggestions" autocomplete="off" value="{claim.claimant}"' in panel
    assert '<datalist id="claimant-suggestions">' in panel
    assert '<option value="John Kerry"></option>' in panel  # the people the article names
    post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "accept", "text": WORDING, "claimant": "US Secretary of State John Kerry", "version": "1"},
    )
    stored = get_claim(db, claim.id)
    assert (stored.state, stored.claimant) == ("queued", "US Secretary of State John Kerry")


def test_a_too_long_claimant_is_refused_in_the_panel_keeping_what_was_typed(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    typed = "K" * 400
    response = post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "accept", "text": WORDING, "claimant": typed, "version": "1"},
        headers=HTMX,
    )
    assert response.status_code == 422
    assert 'id="claim-claimant-error"' in response.text and f'value="{typed}"' in response.text
    assert get_claim(db, claim.id).state == "candidate"


def test_dismissing_leaves_the_claimant_alone(as_checker, db, checker) -> None:
    article = import_article(db, checker).article
    claim = claim_at(db, article.id, DUMB_BOMBS)
    post(
        as_checker,
        f"/articles/{article.id}/claims/{claim.id}",
        {"action": "dismiss", "comment": "Opinion.", "version": "1"},
    )
    assert get_claim(db, claim.id).claimant == claim.claimant
