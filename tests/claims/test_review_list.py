"""The dashboard's "Waiting for my review" list asks the workflow's review rule in SQL
(``claims/review.py``); whatever the newsroom did, the list and the buttons of the claim page
(``workflow.available_actions``) agree for every editor."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from factcheck.accounts.roles import Role
from factcheck.claims.models import Claim
from factcheck.claims.queue.dashboard import LIST_LIMIT, load_dashboard
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State, available_actions
from factcheck.verdicts.service import DEFAULT_SCALE, VerdictService
from tests.builders import actor_of, add_source, make_claim, make_user, set_approvals_needed

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

PEOPLE = 4  # a fact-checker and three editors
EDITORS = (1, 2, 3)

claims = st.lists(
    st.fixed_dictionaries(
        {
            # Who saved the draft, in order (the last one submits it).
            "savers": st.lists(st.integers(0, PEOPLE - 1), min_size=1, max_size=3),
            "approvers": st.sets(st.sampled_from(EDITORS), max_size=2),
            "submitted": st.booleans(),
        }
    ),
    min_size=1,
    max_size=4,
)


async def _newsroom(session: AsyncSession, plan: list[dict[str, Any]]) -> tuple[list[Any], list[Claim]]:
    # Each example starts from no claims (the dashboard lists at most LIST_LIMIT).
    await session.execute(delete(Claim))
    await session.commit()
    people = [await make_user(session, role=Role.FACT_CHECKER)]
    people += [await make_user(session, role=Role.EDITOR) for _ in EDITORS]
    await set_approvals_needed(session, 3)
    await VerdictService(session=session).ensure_scale(DEFAULT_SCALE)
    made = []
    for n, step in enumerate(plan):
        claim = await make_claim(session, state="researching", text=f"Claim {n}", by=people[0])
        await add_source(session, claim, by=people[0])
        for saver in step["savers"]:
            await VerdictService(session=session).save_draft(
                claim_id=claim.id,
                author_id=people[saver].id,
                rating_label="Mostly true",
                summary=f"Saved by {saver}.",
                rationale="",
            )
        claims_ = ClaimService(session=session)
        if step["submitted"]:
            claim = await claims_.apply(claim.id, Action.SUBMIT, actor_of(people[step["savers"][-1]]))
            for approver in sorted(step["approvers"]):
                if approver not in step["savers"]:
                    claim = await claims_.apply(claim.id, Action.APPROVE, actor_of(people[approver]))
        made.append(claim)
    return people, made


async def _both_views(session: AsyncSession, people: list[Any], made: list[Claim]) -> list[tuple[set, set]]:
    service = ClaimService(session=session)
    found = []
    for who in EDITORS:
        user = people[who]
        dashboard = await load_dashboard(session, user.id, Role(user.role))
        listed = {c.id for c in dashboard.review or []}
        buttons = set()
        for claim in made:
            fresh = await service.get_claim(claim.id)
            options = available_actions(await service.facts(fresh), actor_of(user))
            if any(o.transition.action is Action.APPROVE and o.enabled for o in options):
                buttons.add(claim.id)
        found.append((listed, buttons))
    return found


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plan=claims, need=st.integers(1, 3))
def test_waiting_for_my_review_lists_exactly_what_the_editor_may_approve(db, plan, need) -> None:
    """``need``: the approvals the organisation needs once the newsroom worked (3 while it did)."""
    assert len(plan) <= LIST_LIMIT

    async def go(session: AsyncSession) -> list[tuple[set, set]]:
        people, made = await _newsroom(session, plan)
        await set_approvals_needed(session, need)
        return await _both_views(session, people, made)

    for listed, buttons in db.run(go):
        assert listed == buttons


def test_an_editor_who_saved_part_of_a_revision_does_not_see_it_waiting(db) -> None:
    plan = [{"savers": [1, 0], "approvers": set(), "submitted": True}]

    async def go(session: AsyncSession) -> list[tuple[set, set]]:
        people, made = await _newsroom(session, plan)
        assert made[0].state == State.IN_REVIEW
        return await _both_views(session, people, made)

    first, second, third = db.run(go)
    assert first == (set(), set())  # editor 1 wrote part of it
    assert len(second[0]) == 1 and second == third and second[0] == second[1]


def test_an_editor_who_approved_sees_it_waiting_once_the_need_is_lowered_to_what_it_has(db) -> None:
    """Editor 2 approved when 3 were needed; the organisation then needs 1: editor 2's Approve
    completes it, so it waits for them as for the others (it was listed for nobody who approved)."""
    plan = [{"savers": [0], "approvers": {2}, "submitted": True}]

    async def go(session: AsyncSession) -> list[tuple[set, set]]:
        people, made = await _newsroom(session, plan)
        await set_approvals_needed(session, 1)
        return await _both_views(session, people, made)

    views = db.run(go)
    assert all(len(listed) == 1 and listed == buttons for listed, buttons in views)
