"""`factcheck seed`: the demo data on the DW article, idempotent."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from factcheck.accounts.models import User
from factcheck.articles.models import Article
from factcheck.claims.models import Claim, Event
from factcheck.claims.workflow import State
from factcheck.db.models import Approval, Evidence, Source, Tag, Verdict
from factcheck.seeding import seed

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

TABLES = (User, Article, Claim, Event, Evidence, Source, Verdict, Approval, Tag)


def _counts(db) -> dict[str, int]:
    return {m.__tablename__: db.count(m) for m in TABLES}


def test_seed_twice_adds_nothing(db) -> None:
    first = db.run(seed)
    after_first = _counts(db)
    second = db.run(seed)
    assert first.claims_added >= 7 and first.articles_added == 1
    assert second.claims_added == 0 and second.articles_added == 0
    assert _counts(db) == after_first


def test_seed_has_a_claim_in_every_state(db) -> None:
    db.run(seed)

    async def states(session: AsyncSession) -> set[str]:
        return set((await session.execute(select(Claim.state))).scalars())

    assert db.run(states) == {s.value for s in State}


def test_seed_has_the_running_examples_with_their_claimants(db) -> None:
    db.run(seed)

    async def by_text(session: AsyncSession) -> dict[str, Claim]:
        return {c.text: c for c in (await session.execute(select(Claim))).scalars()}

    claims = db.run(by_text)
    dumb = claims["Russia is using dumb bombs in Syria"]
    iran = claims["Iran supports a ceasefire in Syria"]
    assert dumb.claimant == "John Kerry"
    assert "Iranian officials" in iran.claimant and "John Kerry" in iran.claimant
    assert dumb.state == "published"


def test_seeded_quotes_point_at_their_words_in_the_article(db) -> None:
    db.run(seed)

    async def rows(session: AsyncSession) -> list[tuple[str, int, int, str]]:
        result = await session.execute(
            select(Claim.quote, Claim.quote_start, Claim.quote_end, Article.body).join(Article)
        )
        return [tuple(r) for r in result]

    for quote, start, end, body in db.run(rows):
        assert body[start:end] == quote


def test_seeded_claims_have_sources_and_verdicts_where_their_state_calls_for_them(db) -> None:
    db.run(seed)

    async def facts(session: AsyncSession) -> list[tuple[str, int, int, int]]:
        claims = (await session.execute(select(Claim))).scalars().all()
        out = []
        for c in claims:
            n_sources = len((await session.execute(select(Evidence).where(Evidence.claim_id == c.id))).all())
            verdicts = (
                (await session.execute(select(Verdict).where(Verdict.claim_id == c.id))).scalars().all()
            )
            published = sum(1 for v in verdicts if v.published_at)
            out.append((c.state, n_sources, len(verdicts), published))
        return out

    for state, n_sources, n_verdicts, n_published in db.run(facts):
        if state in ("in_review", "approved", "published"):
            assert n_sources >= 1 and n_verdicts >= 1, state
        if state == "published":
            assert n_published == 1
        if state in ("candidate", "queued"):
            assert n_verdicts == 0, state
        if state == "dismissed":  # never researched, or published and then withdrawn
            assert n_verdicts == 0 or (n_sources >= 1 and n_published == 1), state


def test_every_seeded_transition_left_an_event(db) -> None:
    db.run(seed)

    async def last_events(session: AsyncSession) -> list[tuple[str, str | None]]:
        rows = []
        for claim in (await session.execute(select(Claim))).scalars():
            last = (
                await session.execute(
                    # The last state change (sources and drafts added after it leave Events too).
                    select(Event)
                    .where(Event.claim_id == claim.id, Event.to_state.is_not(None))
                    .order_by(Event.id.desc())
                    .limit(1)
                )
            ).scalar_one()
            rows.append((claim.state, last.to_state))
        return rows

    for state, to_state in db.run(last_events):
        assert state == to_state


def test_seeded_sources_and_drafts_left_their_events(db) -> None:
    """The seeds call the verbs the claim page calls, so their work shows on the timeline."""
    db.run(seed)

    async def kinds(session: AsyncSession) -> set[str]:
        return set((await session.execute(select(Event.action))).scalars())

    assert {"add_source", "save_draft"} <= db.run(kinds)
