"""Tips sent at the same moment, as real concurrent requests to a real server (uvicorn, in a
thread, on this test's database): identical words make one claim however they race, and one
address cannot slip past the tip limit by sending many at once (issue #16)."""

from __future__ import annotations

from functools import partial

import httpx
from sqlalchemy import delete, func, select

from factcheck.claims.models import Claim
from factcheck.tips.allowance import MAX_TIPS_PER_HOUR
from factcheck.tips.models import Tip, TipAllowance
from factcheck.tips.service import group_key
from tests.claims.test_races import at_once

TRIES = 3


def reader(base: str) -> httpx.Client:
    """A browser without an account: its own CSRF cookie and the site's own Origin."""
    client = httpx.Client(base_url=base, headers={"Origin": base}, timeout=60)
    assert client.get("/tips/new").status_code == 200
    return client


def send_tip(client: httpx.Client, said: str) -> httpx.Response:
    data = {
        "said": said,
        "where_seen": "https://social.example/post/9",
        "_csrf_token": client.cookies["csrftoken"],
    }
    return client.post("/tips/new", data=data)


def test_two_identical_tips_at_the_same_moment_make_one_claim(server, db) -> None:
    first, second = reader(server), reader(server)
    try:
        for n in range(TRIES):
            db.run(_clear_allowances)  # both readers share one address: keep the limit out of it
            said = f"Russia dropped {n} dumb bombs on Aleppo"
            answers = at_once(
                partial(send_tip, first, said), partial(send_tip, second, f"  {said.upper()}! ")
            )
            assert [a.status_code for a in answers] == [303, 303], [a.text[:300] for a in answers]
            counts = db.run(partial(_claims_with_words, said))
            assert counts == [2], "the same words made more than one claim, or lost a tip"
            # Each reader follows their own tip on the one claim.
            assert answers[0].headers["location"] != answers[1].headers["location"]
    finally:
        first.close()
        second.close()


async def _claims_with_words(said: str, session) -> list[int]:
    """Each claim these words made, with its count of tips (counted and stored)."""
    claims = (await session.scalars(select(Claim).where(Claim.tip_key == group_key(said)))).all()
    tips = [await session.scalar(select(func.count()).where(Tip.claim_id == c.id)) for c in claims]
    assert [c.tip_count for c in claims] == tips
    return tips


async def _clear_allowances(session) -> None:
    await session.execute(delete(TipAllowance))
    await session.commit()


def test_tips_sent_at_once_from_one_address_stop_at_the_limit(server, db) -> None:
    extra = 3
    readers = [reader(server) for _ in range(MAX_TIPS_PER_HOUR + extra)]
    try:
        answers = at_once(
            *(partial(send_tip, r, f"Claim {i} about the ceasefire in Syria") for i, r in enumerate(readers))
        )
    finally:
        for r in readers:
            r.close()
    codes = sorted(a.status_code for a in answers)
    assert codes == [303] * MAX_TIPS_PER_HOUR + [429] * extra, [a.text[:200] for a in answers]
    assert db.count(Tip) == MAX_TIPS_PER_HOUR
    refused = next(a for a in answers if a.status_code == 429).text
    assert "try again in" in refused and "about the ceasefire in Syria" in refused  # what they typed, kept
