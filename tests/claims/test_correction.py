"""Reopening a published verdict for a correction."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Claim
from factcheck.verdicts.models import Verdict
from tests.builders import make_claim
from tests.conftest import post


def test_reopen_needs_a_comment(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    response = post(
        as_editor, f"/claims/{claim.id}/actions/reopen", {"version": str(claim.version), "comment": ""}
    )
    assert response.status_code == 422
    assert db.scalar(select(Claim.state)) == "published"


def test_reopen_keeps_the_published_revision_and_starts_a_correction(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    response = post(
        as_editor,
        f"/claims/{claim.id}/actions/reopen",
        {"version": str(claim.version), "comment": "The HRW report was updated."},
        follow_redirects=False,
    )
    assert response.status_code == 303
    revisions = db.run(lambda s: _revisions(s, claim.id))
    assert [(v.revision, v.published_at is not None, v.is_draft) for v in revisions] == [
        (2, False, True),
        (1, True, False),
    ]
    assert revisions[0].correction_note == "The HRW report was updated."
    html = as_editor.get(f"/claims/{claim.id}").text
    assert "Under correction" in html and 'data-state="researching"' in html


async def _revisions(session, claim_id):
    return list(
        (
            await session.execute(
                select(Verdict).where(Verdict.claim_id == claim_id).order_by(Verdict.revision.desc())
            )
        ).scalars()
    )
