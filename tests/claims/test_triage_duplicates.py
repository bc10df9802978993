"""Triage in bulk with "duplicate of …" (issue #15): the desk says which claim the ticked ones repeat,
and every dismissed claim is linked to it (the single route's ``link_duplicate``), shown on both pages.
A bad choice is refused in the form with the choices kept and nothing written."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Claim, Event
from factcheck.claims.triage import DismissReason
from factcheck.claims.workflow import Action, State
from tests.builders import make_claim
from tests.conftest import post

ORIGINAL = "Unemployment fell to 4 percent last year"


def _pick(claim) -> str:
    return f"{claim.id}:{claim.version}"


def _dismiss_as_duplicate(client, claims, original: str, **extra):
    data = {
        "claim": [_pick(c) for c in claims],
        "action": Action.DISMISS.value,
        "reason": DismissReason.DUPLICATE.value,
        "original": original,
        "next": "/claims?state=candidate",
        **extra,
    }
    return post(client, "/claims/triage", data, follow_redirects=False)


def _state_and_link(db, claim) -> tuple[str, object]:
    row = db.run(lambda s: s.execute(select(Claim.state, Claim.duplicate_of_id).where(Claim.id == claim.id)))
    return tuple(row.one())


def test_the_queue_asks_which_claim_they_repeat(as_checker, db, checker) -> None:
    db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    html = as_checker.get("/claims").text
    assert '<input id="triage-original" name="original"' in html
    assert '<label for="triage-original">' in html


def test_the_queue_offers_the_claims_not_in_triage_as_what_a_duplicate_repeats(
    as_checker, db, checker
) -> None:
    long = "<b>Bombs</b> fell on " + "the old city " * 10
    queued = db.run(lambda s: make_claim(s, state=State.QUEUED, text=long, by=checker))
    candidate = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text="A candidate", by=checker))
    html = as_checker.get("/claims").text
    offered = html.split('<datalist id="triage-originals">', 1)[1].split("</datalist>", 1)[0]
    assert offered == (
        f'<option value="/claims/{queued.id}">&lt;b&gt;Bombs&lt;/b&gt; fell on '
        + "the old city " * 4
        + "the...</option>"
    )
    assert str(candidate.id) not in offered


def test_bulk_duplicates_are_linked_to_the_claim_they_repeat_on_both_pages(as_checker, db, checker) -> None:
    original = db.run(lambda s: make_claim(s, state=State.QUEUED, text=ORIGINAL, by=checker))
    repeats = [
        db.run(lambda s, i=i: make_claim(s, state=State.CANDIDATE, text=f"Repeat {i}", by=checker))
        for i in range(2)
    ]
    response = _dismiss_as_duplicate(
        as_checker, repeats, f"http://testserver/claims/{original.id}", note="same"
    )
    assert response.status_code == 303 and response.headers["location"] == "/claims?state=candidate"
    for claim in repeats:
        assert _state_and_link(db, claim) == (State.DISMISSED, original.id)
        note = db.scalar(
            select(Event.comment).where(Event.claim_id == claim.id, Event.action == Action.DISMISS.value)
        )
        assert note == f"Duplicate of another claim: “{ORIGINAL}”: same"
        page = as_checker.get(f"/claims/{claim.id}").text
        assert f'Duplicate of <a href="/claims/{original.id}">{ORIGINAL}</a>' in page
    listing = as_checker.get(f"/claims/{original.id}").text
    assert "Repeated by 2 claims dismissed as duplicates" in listing
    for claim in repeats:
        assert f'<a href="/claims/{claim.id}">{claim.text}</a>' in listing


def test_a_duplicate_of_a_duplicate_links_to_the_claim_they_all_repeat(as_checker, db, checker) -> None:
    original = db.run(lambda s: make_claim(s, state=State.QUEUED, text=ORIGINAL, by=checker))
    first = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text="First repeat", by=checker))
    _dismiss_as_duplicate(as_checker, [first], str(original.id))
    later = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text="Later repeat", by=checker))
    _dismiss_as_duplicate(as_checker, [later], f"/claims/{first.id}")
    assert _state_and_link(db, later) == (State.DISMISSED, original.id)


def _refused(client, db, claims, original: str, expected: str) -> None:
    response = _dismiss_as_duplicate(client, claims, original)
    assert response.status_code == 422
    html = response.text
    assert expected in html
    # What they chose is kept: the ticks, the reason, what they typed.
    for claim in claims:
        assert f'value="{_pick(claim)}" id="pick-{claim.id}" checked' in html
    assert f'<option value="{DismissReason.DUPLICATE.value}" selected>' in html
    assert 'id="triage-original" name="original"' in html and 'aria-invalid="true"' in html
    for claim in claims:
        assert _state_and_link(db, claim) == (State.CANDIDATE, None)
    assert db.scalar(select(Event.id).where(Event.action == Action.DISMISS.value)) is None


def test_duplicate_of_needs_a_claim(as_checker, db, checker) -> None:
    claims = [db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker)) for _ in range(2)]
    _refused(as_checker, db, claims, "", "Say which claim they repeat")
    _refused(as_checker, db, claims, "<b>no address</b>", "Say which claim they repeat")
    html = _dismiss_as_duplicate(as_checker, claims, "<b>no address</b>").text
    assert "<b>no address</b>" not in html and 'value="&lt;b&gt;no address&lt;/b&gt;"' in html


def test_duplicate_of_a_claim_that_does_not_exist_is_refused(as_checker, db, checker) -> None:
    claims = [db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker)) for _ in range(2)]
    _refused(as_checker, db, claims, "/claims/00000000-0000-7000-8000-000000000000", "no longer exists")


def test_duplicate_of_one_of_the_dismissed_claims_is_refused(as_checker, db, checker) -> None:
    claims = [db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker)) for _ in range(2)]
    _refused(as_checker, db, claims, f"/claims/{claims[1].id}", "cannot be one of the claims being dismissed")


def test_duplicate_of_a_claim_that_repeats_one_of_them_is_refused(as_checker, db, checker) -> None:
    """No loop: B already repeats A, so A (being dismissed) cannot become a repeat of B."""
    a = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text="Claim A", by=checker))
    b = db.run(lambda s: make_claim(s, state=State.CANDIDATE, text="Claim B", by=checker))
    post(as_checker, f"/claims/{b.id}/duplicate-of", {"original": str(a.id), "version": str(b.version)})
    assert _state_and_link(db, b) == (State.DISMISSED, a.id)
    response = _dismiss_as_duplicate(as_checker, [a], f"/claims/{b.id}")
    assert response.status_code == 422
    assert "cannot be one of the claims being dismissed" in response.text
    assert _state_and_link(db, a) == (State.CANDIDATE, None)


def test_another_reason_ignores_the_claim_field(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    response = _dismiss_as_duplicate(as_checker, [claim], "whatever", reason=DismissReason.OPINION.value)
    assert response.status_code == 303
    assert _state_and_link(db, claim) == (State.DISMISSED, None)
