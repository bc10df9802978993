"""The claim page's fixed query count: a claim with dozens of sources, revisions sent back and
hundreds of events costs the same queries as a small one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from factcheck.claims.service import ClaimService
from factcheck.claims.work import ClaimWork
from factcheck.claims.workflow import Action
from factcheck.evidence.service import EvidenceService
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of, make_claim

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

from tests.claims.workflow_snapshot import read_back


def test_the_claim_page_costs_the_same_queries_with_many_sources_revisions_and_events(
    as_editor, db, checker, editor, second_editor, queries
) -> None:
    """Two claims in the same state, one with a source and a revision, the other with dozens of
    sources, several revisions sent back by both editors, and hundreds of events and comments."""

    async def grow(session: AsyncSession, claim_id: UUID, sources: int, rounds: int, chatter: int) -> None:
        work, claims = ClaimWork(session), ClaimService(session=session)
        for i in range(sources):
            await EvidenceService(session=session).add_evidence(
                claim_id,
                actor_of(checker),
                stance="supports",
                excerpt=f"Excerpt {i}",
                url=f"https://example.org/{claim_id}/{i}",
                title=f"Report {i}",
            )
        for i in range(rounds):
            await VerdictService(session=session).save_draft(
                claim_id=claim_id,
                author_id=actor_of(checker).id,
                rating_label="Mostly true",
                summary=f"Summary {i}",
                rationale=f"Rationale {i}",
            )
            await claims.apply(claim_id, Action.SUBMIT, actor_of(checker))
            reviewer = editor if i % 2 else second_editor
            await claims.apply(claim_id, Action.REQUEST_CHANGES, actor_of(reviewer), comment=f"Fix {i}")
        for i in range(chatter):
            await work.add_comment(claim_id, actor_of(editor if i % 2 else checker), f"Comment {i}")
            await work.assign(
                claim_id,
                actor_of(checker),
                (editor if i % 2 else checker).id,
                version=(await claims.get_claim(claim_id)).version,
            )
        await VerdictService(session=session).save_draft(
            claim_id=claim_id,
            author_id=actor_of(checker).id,
            rating_label="False",
            summary="Final",
            rationale="Final",
        )
        await claims.apply(claim_id, Action.SUBMIT, actor_of(checker))

    db.run(lambda s: VerdictService(session=s).ensure_scale())

    def in_review(text: str, sources: int, rounds: int, chatter: int) -> UUID:
        claim = db.run(lambda s: make_claim(s, state="researching", text=text, by=checker))
        db.run(lambda s: grow(s, claim.id, sources, rounds, chatter))
        return claim.id

    small = in_review("Russia is using dumb bombs in Syria, says Kerry", sources=1, rounds=0, chatter=1)
    big = in_review("Russia is using dumb bombs in Syria, Kerry says", sources=50, rounds=19, chatter=100)
    assert db.run(lambda s: read_back(s, big)).state == "in_review"

    # The whole timeline (?timeline=all) is the worst case; the default page shows its latest part.
    as_editor.get(f"/claims/{small}?timeline=all")  # warm-up: the session and settings are read once
    # and each claim's notices read, so neither view counts the one write that marks them read
    # (test_read_on_opening.py counts that write).
    as_editor.get(f"/claims/{big}")
    with queries() as few:
        response = as_editor.get(f"/claims/{small}?timeline=all")
    assert response.status_code == 200
    with queries() as many:
        response = as_editor.get(f"/claims/{big}?timeline=all")
    assert response.status_code == 200
    assert response.text.count('class="evidence stance-') == 50
    assert "Comment 99" in response.text and "Fix 18" in response.text
    assert len(many) == len(few), "\n".join(many.statements)


def test_opening_a_claim_marks_its_notices_read_in_one_statement_however_many(
    as_checker, db, checker, editor, queries
) -> None:
    """The claim page with one unread notice about it and the page with forty cost the same
    queries: one UPDATE marks them all read (test_read_on_opening.py has what the user sees)."""
    from factcheck.notifications.models import Notification

    def noticed(text: str, mentions: int) -> UUID:
        claim = db.run(lambda s: make_claim(s, state="queued", text=text, by=editor))

        async def mention(session: AsyncSession) -> None:
            for i in range(mentions):
                await ClaimWork(session).add_comment(
                    claim.id, actor_of(editor), f"@{checker.display_name} look ({i})"
                )

        db.run(mention)
        return claim.id

    warm = noticed("The wall was paid for twice, says the mayor", 1)
    one = noticed("Russia is using dumb bombs in Syria, says Kerry", 1)
    forty = noticed("Russia is using dumb bombs in Syria, Kerry says", 40)
    as_checker.get(f"/claims/{warm}")  # warm-up: the session and settings are read once
    with queries() as few:
        assert as_checker.get(f"/claims/{one}").status_code == 200
    with queries() as many:
        assert as_checker.get(f"/claims/{forty}").status_code == 200
    assert len(many) == len(few), "\n".join(many.statements)
    updates = [q for q in many.statements if q.lstrip().upper().startswith("UPDATE NOTIFICATION")]
    assert len(updates) == 1, updates
    unread = db.scalar(
        select(func.count())
        .select_from(Notification)
        .where(Notification.user_id == checker.id, Notification.read_at.is_(None))
    )
    assert unread == 0


def test_the_claim_page_costs_the_same_queries_with_one_withdrawal_or_several(
    as_editor, db, checker, editor, queries
) -> None:
    """The timeline tells each withdrawal with its note, read beside the events in one query
    (test_timeline.py has what the user sees): five withdrawals cost what one does."""
    from tests.publishing.helpers import publish, reopen

    def withdrawn(text: str, times: int) -> UUID:
        claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=text))
        db.run(lambda s: reopen(s, claim, editor=editor))
        for i in range(times):
            if i:
                db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.REQUEUE, actor_of(checker)))
            db.run(
                lambda s, note=f"Withdrawn, note {i}": ClaimService(session=s).apply(
                    claim.id, Action.DISMISS, actor_of(editor), comment=note
                )
            )
        return claim.id

    warm = withdrawn("The wall was paid for twice, says the mayor", 1)
    once = withdrawn("Russia is using dumb bombs in Syria, says Kerry", 1)
    five = withdrawn("Russia is using dumb bombs in Syria, Kerry says", 5)
    as_editor.get(f"/claims/{warm}")  # warm-up: the session and settings are read once
    with queries() as few:
        assert as_editor.get(f"/claims/{once}").status_code == 200
    with queries() as many:
        response = as_editor.get(f"/claims/{five}")
    assert response.status_code == 200
    assert response.text.count("withdrew the published fact-check") == 5
    assert "Withdrawn, note 4" in response.text
    assert len(many) == len(few), "\n".join(many.statements)
