"""Claims per tag and state, kept by triggers (migration 0c4e7a9d2b61) on both engines: exact after
every way a figure moves (a link made, changed or removed, a claim moving, a claim or a tag
deleted, a rollback), under concurrent writers, and what the queue's tag filter shows."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from factcheck.app import create_app
from factcheck.claims.models import Claim, Tag, claim_tag, claim_tag_state_count
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State
from factcheck.db import make_engine
from tests.builders import actor_of
from tests.claims.test_races import at_once, form_post, signed_in
from tests.queue.helpers import listed, many_claims
from tests.queue.test_caps import CAP, match_count, tab_counts, view

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.settings import Settings

Pairs = dict[tuple[Any, str], int]


async def tag_counts(session: AsyncSession) -> tuple[Pairs, Pairs]:
    """(tag id, state): claims, as ``claim_tag_state_count`` keeps them (rows at 0 left out: a
    figure never reached has no row) and as counting the links finds them."""
    kept = claim_tag_state_count.c
    rows = await session.execute(select(kept.tag_id, kept.state, kept.claims))
    counted = await session.execute(
        select(claim_tag.c.tag_id, Claim.state, func.count())
        .join(Claim, Claim.id == claim_tag.c.claim_id)
        .group_by(claim_tag.c.tag_id, Claim.state)
    )
    return {(t, s): n for t, s, n in rows if n != 0}, {(t, s): n for t, s, n in counted}


async def _tag_id(session: AsyncSession, name: str) -> Any:
    return await session.scalar(select(Tag.id).where(Tag.name == name))


def test_counts_per_tag_and_state_follow_every_change(db, checker) -> None:
    async def go(session: AsyncSession) -> list[tuple[str, Pairs, Pairs]]:
        seen: list[tuple[str, Pairs, Pairs]] = []

        async def step(name: str) -> None:
            await session.commit()
            seen.append((name, *await tag_counts(session)))

        service = ClaimService(session=session)
        both = await many_claims(session, 6, by=checker, prefix="both", tags=["syria", "russia"])
        one = await many_claims(session, 4, by=checker, prefix="one", tags=["syria"])
        await step("claims made with their tags")
        for claim in both[:3]:
            await service.apply(claim.id, Action.ACCEPT, actor_of(checker))
        await service.apply(one[0].id, Action.DISMISS, actor_of(checker), comment="Opinion.")
        await step("claims moved one by one")
        edited = await service.get_claim(both[4].id)
        await service.update_claim(
            edited.id, actor_of(checker), version=edited.version, tags=["iran", "syria"]
        )
        await step("a claim's tags edited (one link removed, one made)")
        await session.execute(
            update(Claim).where(Claim.id.in_([c.id for c in both[2:6]])).values(state=State.RESEARCHING.value)
        )
        await step("claims moved in one statement")
        iran, russia, syria = [await _tag_id(session, n) for n in ("iran", "russia", "syria")]
        await session.execute(insert(claim_tag), [{"claim_id": c.id, "tag_id": iran} for c in one])
        await step("links made in one statement")
        await session.execute(
            update(claim_tag)
            .where(claim_tag.c.tag_id == iran, claim_tag.c.claim_id == one[1].id)
            .values(tag_id=russia)
        )
        await step("a link changed")
        await session.execute(
            delete(claim_tag).where(
                claim_tag.c.tag_id == syria, claim_tag.c.claim_id.in_([c.id for c in one[2:]])
            )
        )
        await step("links removed in one statement")
        await session.execute(delete(Claim).where(Claim.id.in_([both[0].id, both[5].id, one[1].id])))
        await step("claims deleted (their links with them)")
        await session.execute(delete(Tag).where(Tag.id == russia))
        await step("a tag deleted (its links with it)")
        await session.execute(update(Claim).values(state=State.QUEUED.value))
        await session.execute(delete(claim_tag))
        await session.rollback()
        seen.append(("rolled back", *await tag_counts(session)))
        return seen

    seen = db.run(go)
    for name, kept, counted in seen:
        assert kept == counted, name
    assert seen[0][1] and all(n > 0 for _, kept, _ in seen for n in kept.values())
    assert len({tuple(sorted(kept.items(), key=str)) for _, kept, _ in seen}) >= 8  # each step moved a figure


async def _backend(session: AsyncSession, dialect: str) -> int | None:
    return await session.scalar(text("SELECT pg_backend_pid()")) if dialect == "postgresql" else None


async def _waiting(url: str, pid: int | None) -> None:
    """Until the backend ``pid``'s statement waits for a lock held by another (PostgreSQL: seen in
    pg_stat_activity; SQLite's second writer waits on the file lock, which it cannot report)."""
    if pid is None:
        await asyncio.sleep(0.2)
        return
    engine = make_engine(url, pooled=False)
    try:
        for _ in range(600):
            async with engine.connect() as conn:
                waiting = await conn.scalar(
                    text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
                    {"pid": pid},
                )
            if waiting:
                return
            await asyncio.sleep(0.05)
        raise AssertionError("the second writer never waited")
    finally:
        await engine.dispose()


def test_a_link_and_a_move_of_its_claim_at_the_same_time_count_once(db, db_kind, checker) -> None:
    """Two sessions at once, each order: one links (or unlinks) a tag to a claim while the other
    moves the claim. Whichever waits for the other reads what the other did; neither counts the
    link in the state the claim left."""

    async def race(session: AsyncSession) -> list[tuple[str, Pairs, Pairs]]:
        claims = [c.id for c in await many_claims(session, 3, by=checker, prefix="raced", tags=["kept"])]
        tag = await _tag_id(session, "kept")
        other = await many_claims(session, 1, by=checker, prefix="other", tags=["other"])
        new_tag = await _tag_id(session, "other")
        await session.commit()
        engine = make_engine(db.url, pooled=False)
        makers = async_sessionmaker(engine, expire_on_commit=False)
        results = []

        def move(claim: Any) -> Callable[[AsyncSession], Awaitable[Any]]:
            return lambda s: s.execute(
                update(Claim).where(Claim.id == claim).values(state=State.QUEUED.value)
            )

        def link(claim: Any) -> Callable[[AsyncSession], Awaitable[Any]]:
            return lambda s: s.execute(insert(claim_tag).values(claim_id=claim, tag_id=new_tag))

        def unlink(claim: Any) -> Callable[[AsyncSession], Awaitable[Any]]:
            return lambda s: s.execute(
                delete(claim_tag).where(claim_tag.c.claim_id == claim, claim_tag.c.tag_id == tag)
            )

        cases = [
            ("link, then the move waits", claims[0], link, move),
            ("move, then the link waits", claims[1], move, link),
            ("move, then the unlink waits", claims[2], move, unlink),
        ]
        try:
            for name, claim, first_write, second_write in cases:
                async with makers() as first, makers() as second:
                    pid = await _backend(second, db_kind)
                    await first_write(claim)(first)
                    waiting = asyncio.ensure_future(second_write(claim)(second))
                    await _waiting(db.url, pid)
                    await first.commit()
                    await waiting
                    await second.commit()
                results.append((name, *await tag_counts(session)))
                await session.rollback()  # no snapshot kept into the next case
        finally:
            await engine.dispose()
        assert other  # the other tag's own claim keeps its count throughout
        return results

    for name, kept, counted in db.run(race):
        assert kept == counted, name


def test_concurrent_requests_keep_the_tag_counts_exact(server, db, checker, editor) -> None:
    """Real requests at once, each its own transaction touching the same (tag, state) figures:
    new claims with tags, tag edits, and claims moving."""

    async def build(session: AsyncSession) -> tuple[list[Any], list[Any]]:
        edited = await many_claims(session, 4, by=checker, prefix="edited", tags=["syria"])
        moved = await many_claims(session, 4, by=checker, prefix="moved", tags=["syria", "russia"])
        return edited, moved

    edited, moved = db.run(build)
    clients = [signed_in(server, checker), signed_in(server, editor)]
    try:
        calls = [
            partial(
                form_post,
                clients[i % 2],
                f"/claims/{claim.id}/edit",
                {"version": str(claim.version), "priority": "normal", "tags": f"russia, iran-{i}"},
            )
            for i, claim in enumerate(edited)
        ]
        calls += [
            partial(form_post, clients[i % 2], f"/claims/{c.id}/actions/accept", {"version": str(c.version)})
            for i, c in enumerate(moved)
        ]
        calls += [
            partial(
                form_post,
                clients[i % 2],
                "/claims",
                {"text": f"New {i}", "claimant": "", "tags": "syria, russia"},
            )
            for i in range(4)
        ]
        answers = at_once(*calls)
    finally:
        for client in clients:
            client.close()
    assert [a.status_code for a in answers] == [303] * len(calls), [
        a.text[:300] for a in answers if a.status_code != 303
    ]
    kept, counted = db.run(tag_counts)
    assert kept == counted
    assert sum(kept.values()) == 4 * 2 + 4 * 2 + 4 * 2


@pytest.fixture
def app(settings: Settings) -> Any:
    return create_app(replace(settings, count_cap=CAP))


@pytest.fixture
def tagged(db, checker) -> None:
    """Tag "big": 6 candidates and 3 queued (9, past the cap); 2 claims without it."""

    async def build(session: AsyncSession) -> None:
        await many_claims(session, 6, by=checker, prefix="big", tags=["big"])
        for claim in await many_claims(session, 3, by=checker, prefix="moved", tags=["big", "small"]):
            await ClaimService(session=session).apply(claim.id, Action.ACCEPT, actor_of(checker))
        await many_claims(session, 2, by=checker, prefix="untagged")

    db.run(build)


def test_a_tag_alone_is_counted_exactly_past_the_cap(as_checker, tagged) -> None:
    html = view(as_checker, tag="big")
    assert match_count(html) == "9"
    assert tab_counts(html)[:3] == ["9", "6", "3"]
    assert len(listed(html)) == 9
    queued = view(as_checker, tag="big", state=State.QUEUED.value)
    assert match_count(queued) == "3" and tab_counts(queued)[:3] == ["9", "6", "3"]
    assert sorted(listed(queued)) == ["moved 0", "moved 1", "moved 2"]
    assert match_count(view(as_checker, tag="nothing")) == "0"
    # With another filter the tag's kept counts do not answer: counted up to the cap as before.
    assert match_count(view(as_checker, tag="big", claimant="")) == "9"
    assert match_count(view(as_checker, tag="big", priority="normal")) == f"{CAP}+"


def test_the_tag_filter_reads_the_kept_counts(as_checker, db, tagged) -> None:
    """The figures come from ``claim_tag_state_count``, not from counting the tag's claims."""

    async def tamper(session: AsyncSession) -> None:
        kept = claim_tag_state_count.c
        tag = await _tag_id(session, "big")
        await session.execute(
            update(claim_tag_state_count)
            .where(kept.tag_id == tag, kept.state == State.CANDIDATE.value)
            .values(claims=1234)
        )
        await session.commit()

    db.run(tamper)
    assert tab_counts(view(as_checker, tag="big"))[:3] == ["1,237", "1,234", "3"]
