"""What the database keeps for the queue (migration 3b8e1f2a6c4d), on both engines: claims per state
in ``claim_state_count``, each claim's latest rating, and the generated sort keys."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update

from factcheck.claims.models import Claim, claim_state_count
from factcheck.claims.queue import state_counts
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State
from factcheck.verdicts.models import Rating, Verdict
from factcheck.verdicts.service import DEFAULT_SCALE, VerdictService
from tests.builders import actor_of, make_claim
from tests.queue.helpers import many_claims

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


async def _kept_and_counted(session: AsyncSession) -> tuple[dict[State, int], dict[State, int]]:
    counted = dict.fromkeys(State, 0)
    for state, n in await session.execute(select(Claim.state, func.count()).group_by(Claim.state)):
        counted[State(state)] = n
    return await state_counts(session), counted


def test_counts_per_state_follow_inserts_moves_and_deletes(db, checker) -> None:
    async def go(session: AsyncSession) -> list[tuple[dict[State, int], dict[State, int]]]:
        seen = [await _kept_and_counted(session)]
        made = await many_claims(session, 12, by=checker)  # one INSERT of many rows
        seen.append(await _kept_and_counted(session))
        service = ClaimService(session=session)
        for claim in made[:5]:
            await service.apply(claim.id, Action.ACCEPT, actor_of(checker))
        await service.apply(made[5].id, Action.DISMISS, actor_of(checker), comment="Opinion.")
        seen.append(await _kept_and_counted(session))
        # A bulk move in one statement, and a bulk delete.
        await session.execute(
            update(Claim).where(Claim.id.in_([c.id for c in made[6:9]])).values(state=State.QUEUED.value)
        )
        await session.execute(delete(Claim).where(Claim.id.in_([c.id for c in made[:2]])))
        await session.commit()
        seen.append(await _kept_and_counted(session))
        # A rolled-back change leaves the counts as they were.
        await session.execute(delete(Claim))
        await session.rollback()
        seen.append(await _kept_and_counted(session))
        return seen

    seen = db.run(go)
    for kept, counted in seen:
        assert kept == counted
    assert seen[1][0][State.CANDIDATE] == 12
    assert seen[2][0][State.QUEUED] == 5 and seen[2][0][State.DISMISSED] == 1
    assert seen[3][0][State.QUEUED] == 6 and seen[3][0][State.CANDIDATE] == 3


def test_the_counts_table_has_a_row_for_every_state(db) -> None:
    async def go(session: AsyncSession) -> set[str]:
        return set(await session.scalars(select(claim_state_count.c.state)))

    assert db.run(go) == {s.value for s in State}


def test_a_claim_carries_the_rating_of_its_latest_verdict_revision(db, checker) -> None:
    async def go(session: AsyncSession) -> list[Any]:
        verdicts = VerdictService(session=session)
        await verdicts.ensure_scale(DEFAULT_SCALE)
        ids = {r.label: r.id for r in await session.scalars(select(Rating))}
        claim_id = (await make_claim(session, state="researching", by=checker)).id
        other_id = (
            await make_claim(session, state="researching", by=checker, text="Iran supports a ceasefire")
        ).id

        async def latest(claim_id: Any) -> Any:
            session.expire_all()
            return await session.scalar(select(Claim.latest_rating_id).where(Claim.id == claim_id))

        seen = [await latest(claim_id)]
        draft_version = (
            await verdicts.save_draft(
                claim_id=claim_id, author_id=checker.id, rating_label="False", summary="s", rationale="r"
            )
        ).version
        seen.append(await latest(claim_id))
        await verdicts.save_draft(
            claim_id=claim_id,
            author_id=checker.id,
            rating_label="Misleading",
            summary="s",
            rationale="r",
            version=draft_version,
        )
        seen.append(await latest(claim_id))
        # A newer revision decides, whatever the older ones say; removing it brings the older back.
        session.add(Verdict(claim_id=claim_id, revision=2, author_id=checker.id, rating_id=ids["True"]))
        await session.commit()
        seen.append(await latest(claim_id))
        await session.execute(
            update(Verdict).where(Verdict.claim_id == claim_id, Verdict.revision == 2).values(rating_id=None)
        )
        await session.commit()
        seen.append(await latest(claim_id))
        await session.execute(delete(Verdict).where(Verdict.claim_id == claim_id, Verdict.revision == 2))
        await session.commit()
        seen.append(await latest(claim_id))
        seen.append(await latest(other_id))  # untouched by another claim's verdicts
        return [seen, ids]

    seen, ids = db.run(go)
    assert seen == [None, ids["False"], ids["Misleading"], ids["True"], None, ids["Misleading"], None]


def test_sort_keys_are_generated_from_priority_and_score(db, checker) -> None:
    async def go(session: AsyncSession) -> list[tuple[str, float | None, int, float]]:
        for priority, score in (("low", 0.2), ("urgent", None), ("high", 0.9), ("normal", 0.0)):
            await make_claim(session, by=checker, text=f"{priority} claim", priority=priority, score=score)
        rows = await session.execute(
            select(Claim.priority, Claim.score, Claim.priority_rank, Claim.score_rank).order_by(
                Claim.priority_rank
            )
        )
        return [tuple(r) for r in rows]

    assert db.run(go) == [
        ("low", 0.2, 0, 0.2),
        ("normal", 0.0, 1, 0.0),
        ("high", 0.9, 2, 0.9),
        ("urgent", None, 3, -1.0),
    ]
