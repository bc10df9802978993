"""What makes a published revision a correction: ``Verdict.corrects_revision``, recorded as it is
published, names the published revision it corrects. The corrections log reads it (and its
partial index) instead of searching every published revision for an earlier one."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.transparency import paths
from factcheck.verdicts.models import Verdict
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of, add_source, make_claim
from tests.publishing.helpers import publish, publish_correction


def _published(db, claim) -> list[tuple[int, int | None]]:
    """(revision, corrects_revision) of the claim's published revisions, oldest first."""

    async def go(session):
        rows = await session.execute(
            select(Verdict.revision, Verdict.corrects_revision)
            .where(Verdict.claim_id == claim.id, Verdict.published_at.is_not(None))
            .order_by(Verdict.revision)
        )
        return [tuple(row) for row in rows]

    return db.run(go)


def test_a_first_publication_corrects_nothing_and_each_correction_names_the_one_before(
    db, checker, editor
) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="Corrected twice"))
    assert _published(db, claim) == [(1, None)]
    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor, note="First correction."))
    [(first, none), (second, corrects)] = _published(db, claim)
    assert (none, corrects) == (None, first) and second > first
    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor, note="Second correction."))
    assert [corrects for _, corrects in _published(db, claim)] == [None, first, second]


def test_revisions_sent_back_before_the_first_publication_make_no_correction(
    client, db, checker, editor
) -> None:
    """Revision 2 is published first (revision 1 was sent back): a later revision number alone
    does not make a correction, so the log must not list it."""

    async def sent_back_then_published(session):
        claim = await make_claim(session, state="researching", text="Sent back once", by=checker)
        await add_source(session, claim, by=checker)
        verdicts = VerdictService(session=session)
        await verdicts.ensure_scale()
        claims = ClaimService(session=session)
        for summary in ("First try.", "Second try."):
            await verdicts.save_draft(
                claim_id=claim.id,
                author_id=checker.id,
                rating_label="Mostly true",
                summary=summary,
                rationale="R.",
            )
            await claims.apply(claim.id, Action.SUBMIT, actor_of(checker))
            if summary == "First try.":
                await claims.apply(claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment="Tighten it.")
        await claims.apply(claim.id, Action.APPROVE, actor_of(editor))
        return await claims.apply(claim.id, Action.PUBLISH, actor_of(editor))

    claim = db.run(sent_back_then_published)
    assert _published(db, claim) == [(2, None)]
    log = client.get(paths.CORRECTIONS).text.split('id="log-title"', 1)[1]
    assert "Sent back once" not in log
