"""The next revision starts from the one sent back, and an unchanged one cannot be resubmitted;
whoever writes the reopen note is a contributor of the correction (issue 12)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factcheck.claims.models import Claim
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State
from factcheck.errors import Invalid
from factcheck.verdicts.models import Verdict
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of, make_claim
from tests.conftest import post


def _send_back(db, claim, editor):
    return db.run(
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment="Cite the UN."
        )
    )


def _revisions(db, claim_id):
    return db.run(lambda s: VerdictService(session=s).revisions(claim_id))


def test_after_changes_are_requested_the_form_holds_the_last_revision(
    as_checker, db, checker, editor
) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _send_back(db, claim, editor)
    new, sent_back = _revisions(db, claim.id)
    assert (new.revision, new.is_draft) == (2, True)
    assert (new.rating_id, new.summary, new.rationale) == (
        sent_back.rating_id,
        sent_back.summary,
        sent_back.rationale,
    )
    assert editor.id not in new.contributors and checker.id in new.contributors
    page = as_checker.get(f"/claims/{claim.id}").text
    form = page[page.index('id="verdict-form"') :]
    assert 'value="Rights groups documented unguided bombs."' in form
    assert "Amnesty International documented **unguided** bombs.</textarea>" in form
    assert '<option value="Mostly true" selected>' in form


def test_an_unchanged_revision_cannot_be_submitted_again(as_checker, db, checker, editor) -> None:
    claim = _send_back(db, db.run(lambda s: make_claim(s, state="in_review", by=checker)), editor)
    response = post(as_checker, f"/claims/{claim.id}/actions/submit", {"version": str(claim.version)})
    assert response.status_code == 422
    assert "identical to the one sent back" in response.text
    assert db.scalar(select(Claim.state).where(Claim.id == claim.id)) == State.RESEARCHING.value
    # Edited, it goes.
    draft = _revisions(db, claim.id)[0]
    saved = post(
        as_checker,
        f"/claims/{claim.id}/verdict",
        {
            "rating": "Mostly true",
            "summary": "Now citing the UN.",
            "rationale": "UN report.",
            "version": draft.version,
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303
    claim = db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.SUBMIT, actor_of(checker)))
    assert claim.state == State.IN_REVIEW.value


def test_a_correction_may_keep_the_published_verdict(db, checker, editor, second_editor) -> None:
    """A correction may change only the wording or sources: "identical" is about a revision sent
    back, not about the published one."""
    claim = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    db.run(
        lambda s: ClaimService(session=s).apply(claim.id, Action.REOPEN, actor_of(editor), comment="Typo.")
    )
    claim = db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.SUBMIT, actor_of(checker)))
    assert claim.state == State.IN_REVIEW.value


def test_the_editor_who_reopens_cannot_approve_the_correction(db, checker, editor, second_editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    claims = lambda s: ClaimService(session=s)  # noqa: E731
    db.run(lambda s: claims(s).apply(claim.id, Action.REOPEN, actor_of(editor), comment="Wrong date."))
    correction = _revisions(db, claim.id)[0]
    assert editor.id in correction.contributors
    db.run(
        lambda s: VerdictService(session=s).save_draft(
            claim_id=claim.id,
            author_id=checker.id,
            rating_label="Half true",
            summary="Corrected.",
            rationale="Corrected.",
            version=correction.version,
        )
    )
    assert editor.id in _revisions(db, claim.id)[0].contributors  # the checker's save keeps the note's writer
    db.run(lambda s: claims(s).apply(claim.id, Action.SUBMIT, actor_of(checker)))
    with pytest.raises(Invalid, match="You wrote part of this verdict"):
        db.run(lambda s: claims(s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    assert db.scalar(select(Claim.state).where(Claim.id == claim.id)) == State.IN_REVIEW.value
    after = db.run(lambda s: claims(s).apply(claim.id, Action.APPROVE, actor_of(second_editor)))
    assert after.state == State.APPROVED.value
    assert (
        db.scalar(
            select(Verdict.revision).where(Verdict.claim_id == claim.id).order_by(Verdict.revision.desc())
        )
        == 2
    )
