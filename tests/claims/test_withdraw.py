"""Withdrawing a published fact-check is an editor's act (``workflow.editor_to_withdraw``): a
dismissal once a revision was published takes the fact-check off the public site, so a fact-checker
alone cannot; the form says what it does and that its note is shown to readers."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from factcheck.claims.models import Claim, Event, Withdrawal
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from tests.api.conftest import bearer
from tests.builders import actor_of, make_claim, make_token
from tests.conftest import post
from tests.publishing.helpers import path_of, publish, reopen

REFUSAL = "Only an editor can withdraw a published fact-check; ask one, or finish the correction."
NOTE_LABEL = "Withdrawal note: what readers are told and why"


def _reopened(db, checker, editor) -> Claim:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    return db.run(lambda s: reopen(s, claim, editor=editor))


def _dismiss(client, claim: Claim, comment: str = "We got it wrong."):
    return post(
        client,
        f"/claims/{claim.id}/actions/dismiss",
        {"version": str(claim.version), "comment": comment},
        follow_redirects=False,
    )


def _state(db, claim: Claim) -> str:
    return db.scalar(select(Claim.state).where(Claim.id == claim.id))


def test_a_fact_checker_cannot_withdraw_a_published_fact_check(
    as_checker, client, db, checker, editor
) -> None:
    claim = _reopened(db, checker, editor)
    response = _dismiss(as_checker, claim)
    assert response.status_code == 422 and REFUSAL in response.text
    assert _state(db, claim) == "researching"
    assert client.get(path_of(claim)).status_code == 200  # still public, under correction
    assert db.scalar(select(Event.id).where(Event.claim_id == claim.id, Event.action == "dismiss")) is None


def test_an_editor_withdraws_it_and_the_note_is_recorded(as_editor, db, checker, editor) -> None:
    claim = _reopened(db, checker, editor)
    response = _dismiss(as_editor, claim, "Our source retracted the report.")
    assert response.status_code == 303
    assert _state(db, claim) == "dismissed"
    comment = db.scalar(select(Event.comment).where(Event.claim_id == claim.id, Event.action == "dismiss"))
    assert comment == "Our source retracted the report."


def test_each_withdrawal_names_the_dismissal_written_with_it(db, checker, editor) -> None:
    claim = _reopened(db, checker, editor)
    claims = lambda s: ClaimService(session=s)  # noqa: E731
    for note in ("Retracted.", "Retracted again."):
        if note != "Retracted.":
            db.run(lambda s: claims(s).apply(claim.id, Action.REQUEUE, actor_of(checker)))
        db.run(lambda s, n=note: claims(s).apply(claim.id, Action.DISMISS, actor_of(editor), comment=n))

    async def named(session):
        rows = await session.execute(
            select(Withdrawal.note, Event.comment)
            .join(Event, Event.id == Withdrawal.event_id)
            .where(Withdrawal.claim_id == claim.id)
            .order_by(Event.id)
        )
        return [tuple(row) for row in rows]

    assert db.run(named) == [("Retracted.", "Retracted."), ("Retracted again.", "Retracted again.")]


def test_a_dismissal_cannot_name_two_withdrawals(db, checker, editor) -> None:
    """One dismissal withdraws once: the database refuses a second withdrawal naming it (the
    corrections log would list it twice)."""
    claim = _reopened(db, checker, editor)
    db.run(
        lambda s: ClaimService(session=s).apply(claim.id, Action.DISMISS, actor_of(editor), comment="Gone.")
    )

    async def withdraw_it_again(session):
        [first] = (await session.scalars(select(Withdrawal))).all()
        session.add(
            Withdrawal(claim_id=claim.id, event_id=first.event_id, verdict_id=first.verdict_id, note="Again.")
        )
        await session.commit()

    with pytest.raises(IntegrityError):
        db.run(withdraw_it_again)
    assert db.count(Withdrawal) == 1


def test_a_fact_checker_sees_the_button_disabled_with_the_reason(as_checker, db, checker, editor) -> None:
    claim = _reopened(db, checker, editor)
    html = as_checker.get(f"/claims/{claim.id}").text
    form = html.split('class="action action-dismiss', 1)[1].split("</form>", 1)[0]
    assert "disabled" in form and REFUSAL in form
    assert "Withdraw the fact-check" in form


def test_the_withdraw_form_says_it_withdraws_and_that_readers_see_the_note(
    as_editor, db, checker, editor
) -> None:
    claim = _reopened(db, checker, editor)
    form = as_editor.get(f"/claims/{claim.id}").text.split('class="action action-dismiss', 1)[1]
    form = form.split("</form>", 1)[0]
    assert NOTE_LABEL in form and "This withdraws the published fact-check" in form
    assert ">Withdraw the fact-check</button>" in form and "disabled" not in form


def test_a_dismissal_of_a_claim_never_published_keeps_its_reason(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    form = as_checker.get(f"/claims/{claim.id}").text.split('class="action action-dismiss', 1)[1]
    form = form.split("</form>", 1)[0]
    assert ">Reason</label>" in form and NOTE_LABEL not in form and "withdraws" not in form
    assert _dismiss(as_checker, claim).status_code == 303


def test_a_re_queued_withdrawal_is_withdrawn_again_only_by_an_editor(as_checker, db, checker, editor) -> None:
    claim = _reopened(db, checker, editor)
    claims = lambda s: ClaimService(session=s)  # noqa: E731
    db.run(lambda s: claims(s).apply(claim.id, Action.DISMISS, actor_of(editor), comment="Retracted."))
    claim = db.run(lambda s: claims(s).apply(claim.id, Action.REQUEUE, actor_of(checker)))
    response = _dismiss(as_checker, claim)
    assert response.status_code == 422 and REFUSAL in response.text
    assert _state(db, claim) == "queued"


def test_the_api_refuses_a_fact_checker_the_same_way(client, db, checker, editor) -> None:
    claim = _reopened(db, checker, editor)
    token = bearer(db.run(lambda s: make_token(s, checker)))
    read = client.get(f"/api/v1/claims/{claim.id}", headers=token).json()
    [dismiss] = [a for a in read["actions"] if a["action"] == "dismiss"]
    assert dismiss == {"action": "dismiss", "label": "Withdraw the fact-check", "reason": REFUSAL}
    response = client.post(
        f"/api/v1/claims/{claim.id}/actions/dismiss",
        json={"version": claim.version, "comment": "Gone."},
        headers=token,
    )
    assert response.status_code == 422 and response.json()["detail"] == REFUSAL
    assert _state(db, claim) == "researching"


def test_the_board_shows_a_fact_checker_the_withdrawal_disabled(as_checker, db, checker, editor) -> None:
    claim = _reopened(db, checker, editor)
    html = as_checker.get("/claims/board").text
    card = html.split(f'id="card-{claim.id}"', 1)[1].split("</article>", 1)[0]
    move = card.split("Withdraw the fact-check", 1)[1].split("</details>", 1)[0]
    assert "Withdrawal note: what readers are told and why" in move
    assert '<button type="submit" disabled>' in move
    response = post(
        as_checker,
        f"/claims/board/{claim.id}/actions/dismiss",
        {"version": str(claim.version), "comment": "Gone."},
        follow_redirects=False,
    )
    assert response.status_code == 422 and _state(db, claim) == "researching"
