"""The claim page's fixed query count: a claim with dozens of sources, revisions sent back and
hundreds of events costs the same queries as a small one."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    with queries() as few:
        response = as_editor.get(f"/claims/{small}?timeline=all")
    assert response.status_code == 200
    with queries() as many:
        response = as_editor.get(f"/claims/{big}?timeline=all")
    assert response.status_code == 200
    assert response.text.count('class="evidence stance-') == 50
    assert "Comment 99" in response.text and "Fix 18" in response.text
    assert len(many) == len(few), "\n".join(many.statements)
