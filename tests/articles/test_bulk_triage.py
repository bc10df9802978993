"""Triage in bulk on the article page (issue #15): tick several of the article's candidates in the
side list, accept them or dismiss them with one preset reason, in one transaction; each refused one
is named."""

from __future__ import annotations

from factcheck.claims.service import ClaimService
from factcheck.claims.triage import DismissReason
from factcheck.claims.workflow import Action, State
from tests.articles.helpers import claims_of, events_of, get_claim, import_article
from tests.builders import actor_of, make_claim
from tests.conftest import post

HTMX = {"HX-Request": "true"}


def _pick(claim) -> str:
    return f"{claim.id}:{claim.version}"


def _candidates(db, checker):
    article = import_article(db, checker).article
    candidates = [c for c in claims_of(db, article.id) if c.state == State.CANDIDATE]
    assert len(candidates) >= 3
    return article, candidates


def test_the_side_list_offers_checkboxes_and_the_triage_bar(as_checker, db, checker) -> None:
    article, candidates = _candidates(db, checker)
    html = as_checker.get(f"/articles/{article.id}").text
    assert f'<form method="post" action="/articles/{article.id}/triage"' in html
    assert f'hx-post="/articles/{article.id}/triage"' in html
    for claim in candidates:
        assert f'name="claim" value="{_pick(claim)}"' in html
    for reason in DismissReason:
        assert f'<option value="{reason.value}">{reason.label}</option>' in html


def test_several_candidates_are_accepted_without_javascript(as_checker, db, checker) -> None:
    article, candidates = _candidates(db, checker)
    response = post(
        as_checker,
        f"/articles/{article.id}/triage",
        {"claim": [_pick(c) for c in candidates[:2]], "action": Action.ACCEPT.value},
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == f"/articles/{article.id}"
    assert [get_claim(db, c.id).state for c in candidates[:3]] == [
        State.QUEUED,
        State.QUEUED,
        State.CANDIDATE,
    ]
    page = as_checker.get(response.headers["location"]).text
    assert '<p class="notice" role="status">2 claims accepted.</p>' in page
    # Accepted claims are offered as what a duplicate repeats; candidates are not.
    offered = page.split('<datalist id="article-triage-originals">', 1)[1].split("</datalist>", 1)[0]
    assert [f'<option value="/claims/{c.id}">' in offered for c in candidates[:3]] == [True, True, False]
    # Accepted claims are no longer offered for triage.
    assert f'value="{candidates[0].id}:' not in page


def test_dismissing_with_htmx_answers_with_the_panel_and_the_list(as_checker, db, checker) -> None:
    article, candidates = _candidates(db, checker)
    response = post(
        as_checker,
        f"/articles/{article.id}/triage",
        {
            "claim": [_pick(c) for c in candidates[:2]],
            "action": Action.DISMISS.value,
            "reason": DismissReason.OPINION.value,
        },
        headers=HTMX,
    )
    assert response.status_code == 200
    assert 'id="candidate-panel"' in response.text and "2 claims dismissed." in response.text
    assert 'id="article-claims" class="card article-claims" hx-swap-oob="true"' in response.text
    for claim in candidates[:2]:
        assert get_claim(db, claim.id).state == State.DISMISSED
        assert events_of(db, claim.id)[-1] == (
            Action.DISMISS.value,
            State.CANDIDATE.value,
            State.DISMISSED.value,
            DismissReason.OPINION.label,
        )


def test_each_refused_claim_is_named_and_the_others_go_through(as_checker, db, checker) -> None:
    article, candidates = _candidates(db, checker)
    moved, stale, fresh = candidates[:3]
    db.run(lambda s: ClaimService(session=s).apply(moved.id, Action.ACCEPT, actor_of(checker)))
    response = post(
        as_checker,
        f"/articles/{article.id}/triage",
        {
            "claim": [_pick(get_claim(db, moved.id)), f"{stale.id}:0", _pick(fresh)],
            "action": Action.ACCEPT.value,
        },
        headers=HTMX,
    )
    text = response.text
    assert "1 claim accepted. 2 not:" in text
    assert f"“{moved.text[:20]}" in text and "it cannot be accepted now" in text
    assert f"“{stale.text[:20]}" in text and "someone else changed it" in text
    assert get_claim(db, fresh.id).state == State.QUEUED
    assert get_claim(db, stale.id).state == State.CANDIDATE


def test_nothing_ticked_or_no_reason_is_refused_and_nothing_written(as_checker, db, checker) -> None:
    article, candidates = _candidates(db, checker)
    empty = post(as_checker, f"/articles/{article.id}/triage", {"action": Action.ACCEPT.value}, headers=HTMX)
    assert empty.status_code == 422 and "Select at least one claim first." in empty.text
    no_reason = post(
        as_checker,
        f"/articles/{article.id}/triage",
        {"claim": [_pick(candidates[0])], "action": Action.DISMISS.value, "reason": "<script>"},
        headers=HTMX,
    )
    assert no_reason.status_code == 422 and "Choose why they are dismissed." in no_reason.text
    assert "<script>" not in no_reason.text.split("</head>")[-1]
    assert get_claim(db, candidates[0].id).state == State.CANDIDATE


def test_a_claim_of_another_article_is_not_triaged_from_here(as_checker, db, checker) -> None:
    article, _ = _candidates(db, checker)
    other = db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    post(
        as_checker, f"/articles/{article.id}/triage", {"claim": [_pick(other)], "action": Action.ACCEPT.value}
    )
    assert get_claim(db, other.id).state == State.CANDIDATE


def test_duplicates_are_linked_to_the_claim_they_repeat(as_checker, db, checker) -> None:
    article, candidates = _candidates(db, checker)
    original = db.run(lambda s: make_claim(s, state=State.QUEUED, text="The claim they repeat", by=checker))
    html = as_checker.get(f"/articles/{article.id}").text
    assert '<input id="article-triage-original" name="original"' in html
    response = post(
        as_checker,
        f"/articles/{article.id}/triage",
        {
            "claim": [_pick(c) for c in candidates[:2]],
            "action": Action.DISMISS.value,
            "reason": DismissReason.DUPLICATE.value,
            "original": f"/claims/{original.id}",
        },
        headers=HTMX,
    )
    assert response.status_code == 200 and "2 claims dismissed." in response.text
    for claim in candidates[:2]:
        stored = get_claim(db, claim.id)
        assert stored.state == State.DISMISSED and stored.duplicate_of_id == original.id
    listing = as_checker.get(f"/claims/{original.id}").text
    assert "Repeated by 2 claims dismissed as duplicates" in listing


def test_a_bad_duplicate_choice_is_refused_in_the_form_with_the_ticks_kept(as_checker, db, checker) -> None:
    article, candidates = _candidates(db, checker)
    picked = candidates[:2]
    data = {
        "claim": [_pick(c) for c in picked],
        "action": Action.DISMISS.value,
        "reason": DismissReason.DUPLICATE.value,
        "original": f"/claims/{picked[0].id}",
    }
    for headers in (HTMX, {}):
        response = post(as_checker, f"/articles/{article.id}/triage", data, headers=headers)
        assert response.status_code == 422
        assert "cannot be one of the claims being dismissed" in response.text
        for claim in picked:
            assert f'value="{_pick(claim)}" id="pick-{claim.id}" checked' in response.text
        assert f'value="/claims/{picked[0].id}"' in response.text
        assert f'<option value="{DismissReason.DUPLICATE.value}" selected>' in response.text
    assert [get_claim(db, c.id).state for c in picked] == [State.CANDIDATE, State.CANDIDATE]
