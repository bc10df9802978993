"""ClaimService.apply: the only way a claim changes state; each change and its Event land together."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from factcheck.accounts.models import OrganisationSettings
from factcheck.claims.models import Claim, Event
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.errors import Invalid, NotAllowed, StaleEdit, WrongState
from factcheck.verdicts.models import Approval
from tests.builders import actor_of, add_source, make_claim, set_approvals_needed


def _events(db, claim_id) -> list[tuple[str, str | None, str | None]]:
    async def q(session: AsyncSession):
        rows = await session.execute(
            select(Event.action, Event.from_state, Event.to_state)
            .where(Event.claim_id == claim_id)
            .order_by(Event.id)
        )
        return [tuple(r) for r in rows]

    return db.run(q)


def test_each_transition_writes_its_event(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))
    db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.START, actor_of(checker)))
    assert _events(db, claim.id) == [
        ("create", None, "candidate"),
        ("accept", "candidate", "queued"),
        ("start", "queued", "researching"),
    ]


def test_start_assigns_the_claim_to_whoever_starts_it(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    assert claim.assignee_id == checker.id


def test_a_refused_action_changes_nothing(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    before = _events(db, claim.id)
    with pytest.raises(Invalid):
        db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.SUBMIT, actor_of(checker)))
    assert db.scalar(select(Claim.state).where(Claim.id == claim.id)) == "researching"
    assert _events(db, claim.id) == before


def test_fact_checker_cannot_approve(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    with pytest.raises(NotAllowed):
        db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(checker)))


def test_editor_cannot_approve_own_verdict(db, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=editor))
    with pytest.raises(Invalid, match="another editor"):
        db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))


def _co_written(db, *, first, then) -> Claim:
    """A claim in review whose verdict ``first`` saved, then ``then`` saved after them and submitted."""
    from factcheck.verdicts.service import VerdictService

    claim = db.run(lambda s: make_claim(s, state="researching", by=then))

    async def co_write(s: AsyncSession) -> None:
        await add_source(s, claim, by=then)
        verdicts = VerdictService(session=s)
        await verdicts.ensure_scale()
        draft = await verdicts.save_draft(
            claim_id=claim.id, author_id=first.id, rating_label="False", summary="s", rationale="r"
        )
        await verdicts.save_draft(
            claim_id=claim.id,
            author_id=then.id,
            rating_label="Mostly true",
            summary="Rights groups documented unguided bombs.",
            rationale="r",
            version=draft.version,
        )
        await ClaimService(session=s).apply(claim.id, Action.SUBMIT, actor_of(then))

    db.run(co_write)
    return claim


def test_editor_cannot_approve_a_verdict_they_wrote_part_of(db, checker, editor, second_editor) -> None:
    """The editor saved the draft first; the fact-checker saved it after them and submitted it: the
    editor is not its last saver (its author) but still wrote part of it."""
    claim = _co_written(db, first=editor, then=checker)
    with pytest.raises(Invalid, match="wrote part of this verdict"):
        db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(second_editor)))
    assert db.scalar(select(Claim.state).where(Claim.id == claim.id)) == "approved"


def test_the_dashboard_does_not_ask_a_co_writer_to_review(db, checker, editor, second_editor) -> None:
    from factcheck.accounts.roles import Role
    from factcheck.claims.queue.dashboard import load_dashboard

    claim = _co_written(db, first=editor, then=checker)

    async def review_lists(s: AsyncSession) -> list[list[object]]:
        return [
            [c.id for c in (await load_dashboard(s, who.id, Role.EDITOR)).review or []]
            for who in (editor, second_editor)
        ]

    assert db.run(review_lists) == [[], [claim.id]]


def test_publish_before_approval_is_a_wrong_state(db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    with pytest.raises(WrongState):
        db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.PUBLISH, actor_of(editor)))


def test_the_organisations_quorum_needs_that_many_editors(db, checker, editor, second_editor) -> None:
    async def two_approvals(session: AsyncSession) -> None:
        session.add(
            OrganisationSettings(name="Desk", approvals_needed=2, min_sources=1, extractor_threshold=0.5)
        )
        await session.commit()

    db.run(two_approvals)
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    after_one = db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    assert after_one.state == "in_review"
    after_two = db.run(
        lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(second_editor))
    )
    assert after_two.state == "approved"
    assert db.count(Approval) == 2


def test_a_quorum_lowered_meanwhile_is_completed_by_the_editor_who_approved(db, checker, editor) -> None:
    """2 approvals needed, one given, then the organisation needs 1: the claim stayed in review
    ("1 of 1 needed") and its one approver was refused as "already approved"."""

    db.run(lambda s: set_approvals_needed(s, 2))
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    after_one = db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    assert after_one.state == "in_review"
    db.run(lambda s: set_approvals_needed(s, 1))
    done = db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor)))
    assert done.state == "approved"
    assert db.count(Approval) == 1


def test_a_stale_version_is_refused(db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    db.run(
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.ACCEPT, actor_of(checker), version=claim.version
        )
    )
    with pytest.raises(StaleEdit):
        db.run(
            lambda s: ClaimService(session=s).apply(
                claim.id, Action.START, actor_of(checker), version=claim.version
            )
        )


def test_two_people_moving_the_same_claim_at_once_lose_nothing(db, checker, editor) -> None:
    """Both read version N; the second commit is refused rather than overwriting the first."""
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))

    async def race(session: AsyncSession) -> str:
        from factcheck.db import make_engine

        other_engine = make_engine(db.url, pooled=False)
        try:
            async with AsyncSession(other_engine, expire_on_commit=False) as other:
                mine = ClaimService(session=session)
                theirs = ClaimService(session=other)
                loaded_mine = await mine.get_claim(claim.id)
                loaded_theirs = await theirs.get_claim(claim.id)
                assert loaded_mine.version == loaded_theirs.version
                await theirs.apply(claim.id, Action.START, actor_of(editor))
                try:
                    await mine.apply(claim.id, Action.DISMISS, actor_of(checker), comment="dup")
                except StaleEdit:
                    return "refused"
                return "overwrote"
        finally:
            await other_engine.dispose()

    assert db.run(race) == "refused"
    assert db.scalar(select(Claim.state).where(Claim.id == claim.id)) == "researching"
