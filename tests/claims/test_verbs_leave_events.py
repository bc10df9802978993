"""Every verb on a claim leaves its Event, whoever calls it: the pages, the API, the seeds and the
test builders all call the same verbs (``EvidenceService``, ``VerdictService``, ``ClaimService``)."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Event
from factcheck.claims.workflow import State, path_to, transitions_from
from factcheck.verdicts.service import VerdictService
from tests.builders import add_source, make_claim


def _actions(db, claim_id) -> list[str]:
    return list(
        db.run(
            lambda s: s.scalars(select(Event.action).where(Event.claim_id == claim_id).order_by(Event.id))
        ).all()
    )


def test_attaching_a_source_leaves_an_event(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    db.run(lambda s: add_source(s, claim, by=checker))
    assert _actions(db, claim.id)[-1] == "add_source"


def test_saving_a_draft_leaves_an_event_and_only_while_researching(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))

    async def save(session):
        await VerdictService(session=session).ensure_scale()
        return await VerdictService(session=session).save_draft(
            claim_id=claim.id, author_id=checker.id, rating_label="False", summary="No.", rationale=""
        )

    db.run(save)
    assert _actions(db, claim.id)[-1] == "save_draft"


def test_the_seeded_paths_walk_the_workflow_table() -> None:
    for state in State:
        reached = State.CANDIDATE
        for action in path_to(state):
            reached = next(t.target for t in transitions_from(reached) if t.action is action)
        assert reached is state
