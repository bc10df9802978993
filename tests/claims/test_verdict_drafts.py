"""Verdict drafts, revisions and their comparison."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.verdicts.models import Verdict
from factcheck.verdicts.service import VerdictService
from tests.builders import add_source, make_claim
from tests.conftest import post


def _researching(db, checker):
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    return claim


def _draft(rating="False", summary="Not so.", rationale="Because **bold**.", version="0") -> dict[str, str]:
    return {"rating": rating, "summary": summary, "rationale": rationale, "version": version}


def test_a_saved_draft_survives_a_reload(as_checker, db, checker) -> None:
    claim = _researching(db, checker)
    assert (
        post(as_checker, f"/claims/{claim.id}/verdict", _draft(), follow_redirects=False).status_code == 303
    )
    html = as_checker.get(f"/claims/{claim.id}").text
    assert 'value="Not so."' in html and '<option value="False" selected>' in html
    assert "Because **bold**." in html  # the raw Markdown in the form
    assert "<strong>bold</strong>" in html  # and its rendered preview


def test_an_unknown_rating_is_refused_and_the_text_kept(as_checker, db, checker) -> None:
    claim = _researching(db, checker)
    response = post(as_checker, f"/claims/{claim.id}/verdict", _draft(rating="Pants on fire"))
    assert response.status_code == 422 and "Unknown rating" in response.text
    assert 'value="Not so."' in response.text
    assert db.count(Verdict) == 0


def test_a_one_megabyte_rationale_gets_a_clear_message(as_checker, db, checker) -> None:
    claim = _researching(db, checker)
    response = post(as_checker, f"/claims/{claim.id}/verdict", _draft(rationale="x" * 1_000_000))
    assert response.status_code == 422 and "keep it under" in response.text
    assert db.count(Verdict) == 0


def test_markdown_in_the_rationale_is_rendered_safely(as_checker, db, checker) -> None:
    claim = _researching(db, checker)
    post(
        as_checker,
        f"/claims/{claim.id}/verdict",
        _draft(rationale="<script>alert(1)</script> [x](javascript:alert(2))"),
    )
    html = as_checker.get(f"/claims/{claim.id}").text
    assert "<script>alert(1)" not in html and 'href="javascript' not in html


def test_a_second_save_from_a_stale_form_is_refused_showing_both_texts(as_checker, db, checker) -> None:
    claim = _researching(db, checker)
    post(as_checker, f"/claims/{claim.id}/verdict", _draft(summary="First save."))
    stale = post(
        as_checker,
        f"/claims/{claim.id}/verdict",
        _draft(summary="Second save, from an old form.", version="0"),
    )
    assert stale.status_code == 409
    assert "Someone else saved this verdict" in stale.text
    assert "First save." in stale.text and 'value="Second save, from an old form."' in stale.text
    assert db.scalar(select(Verdict.summary)) == "First save."


def test_submit_freezes_the_revision_and_changes_start_a_new_one(
    as_checker, as_editor_client, db, checker, editor
) -> None:
    claim = _researching(db, checker)
    db.run(lambda s: add_source(s, claim, by=checker))
    post(as_checker, f"/claims/{claim.id}/verdict", _draft(summary="First."))
    version = db.scalar(select(type(claim).version).where(type(claim).id == claim.id))
    assert (
        post(
            as_checker,
            f"/claims/{claim.id}/actions/submit",
            {"version": str(version)},
            follow_redirects=False,
        ).status_code
        == 303
    )
    first = db.scalar(select(Verdict).where(Verdict.revision == 1))
    assert first.submitted_at is not None
    version = db.scalar(select(type(claim).version).where(type(claim).id == claim.id))
    sent_back = post(
        as_editor_client,
        f"/claims/{claim.id}/actions/request_changes",
        {"version": str(version), "comment": "Cite the UN."},
        follow_redirects=False,
    )
    assert sent_back.status_code == 303
    # The new revision starts as a copy of the one sent back (version 1 of revision 2).
    post(as_checker, f"/claims/{claim.id}/verdict", _draft(summary="Second.", version="1"))
    assert [v.summary for v in db.run(lambda s: VerdictService(session=s).revisions(claim.id))] == [
        "Second.",
        "First.",
    ]
    compare = as_checker.get(f"/claims/{claim.id}/revisions/compare", params={"a": 1, "b": 2})
    assert compare.status_code == 200
    assert "<del>First.</del>" in compare.text and "<ins>Second.</ins>" in compare.text


def test_comparing_a_revision_that_does_not_exist_is_404(as_checker, db, checker) -> None:
    claim = _researching(db, checker)
    assert as_checker.get(f"/claims/{claim.id}/revisions/compare", params={"a": 1, "b": 7}).status_code == 404


def test_the_draft_cannot_be_edited_once_submitted(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/verdict", _draft(version="1"))
    assert response.status_code == 409 and "being researched" in response.text
