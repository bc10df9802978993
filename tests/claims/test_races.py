"""No save is lost to a race (issue 12): two signed-in people post at the same moment, as real
concurrent requests to a real server (uvicorn, in a thread, on this test's database). One save
wins; the other is refused as every conflict is (409, "someone else saved first", both texts
shown, nothing lost), never a 500."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import TYPE_CHECKING, Any

import httpx
import pytest
from sqlalchemy import select

from factcheck.claims.models import Claim
from factcheck.verdicts.models import Verdict
from factcheck.verdicts.service import VerdictService
from tests.api.conftest import bearer
from tests.builders import TEST_PASSWORD, make_claim, make_token

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

TRIES = 5


def signed_in(base: str, user: Any) -> httpx.Client:
    """A browser-like client: its own cookies, the CSRF token and the app's own Origin."""
    client = httpx.Client(base_url=base, headers={"Origin": base}, timeout=60)
    client.get("/login")
    token = client.cookies["csrftoken"]
    response = client.post(
        "/login", data={"email": user.email, "password": TEST_PASSWORD, "_csrf_token": token}
    )
    assert response.status_code == 303, response.text
    return client


def form_post(client: httpx.Client, url: str, data: dict[str, str]) -> httpx.Response:
    return client.post(url, data={**data, "_csrf_token": client.cookies["csrftoken"]})


def at_once(*calls: Callable[[], httpx.Response]) -> list[httpx.Response]:
    """Each call in its own thread, released together by a barrier."""
    barrier = threading.Barrier(len(calls))

    def run(call: Callable[[], httpx.Response]) -> httpx.Response:
        barrier.wait()
        return call()

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, calls))


@pytest.fixture
def two_people(server: str, checker: Any, editor: Any) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    first, second = signed_in(server, checker), signed_in(server, editor)
    yield first, second
    first.close()
    second.close()


def test_two_first_saves_of_a_verdict_draft_lose_nothing(two_people, db, checker) -> None:
    first, second = two_people
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    for n in range(TRIES):
        claim = db.run(partial(make_claim, state="researching", text=f"Race {n}", by=checker))
        url = f"/claims/{claim.id}/verdict"
        mine = {"rating": "False", "summary": f"Mine {n}.", "rationale": f"My rationale {n}.", "version": "0"}
        theirs = {
            "rating": "True",
            "summary": f"Theirs {n}.",
            "rationale": f"Their rationale {n}.",
            "version": "0",
        }
        answers = at_once(partial(form_post, first, url, mine), partial(form_post, second, url, theirs))
        assert sorted(a.status_code for a in answers) == [303, 409], [a.text[:300] for a in answers]
        stored = db.scalar(select(Verdict).where(Verdict.claim_id == claim.id))
        winner, loser = (mine, theirs) if stored.summary == mine["summary"] else (theirs, mine)
        refused = next(a for a in answers if a.status_code == 409).text
        assert "Someone else saved this verdict" in refused
        assert winner["summary"] in refused and winner["rationale"] in refused  # theirs, shown
        assert f'value="{loser["summary"]}"' in refused and loser["rationale"] in refused  # yours, kept


def test_two_first_saves_through_the_api_answer_409(server, db, checker, editor) -> None:
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    tokens = [bearer(db.run(lambda s, u=u: make_token(s, u))) for u in (checker, editor)]
    with httpx.Client(base_url=server, timeout=60) as client:
        for n in range(TRIES):
            claim = db.run(partial(make_claim, state="researching", text=f"API race {n}", by=checker))
            url = f"/api/v1/claims/{claim.id}/verdict"

            answers = at_once(
                *(
                    partial(
                        client.put,
                        url,
                        json={"rating": "False", "summary": who, "rationale": who, "version": 0},
                        headers=token,
                    )
                    for token, who in zip(tokens, ("checker", "editor"), strict=True)
                )
            )
            assert sorted(a.status_code for a in answers) == [200, 409], [a.text[:300] for a in answers]
            assert next(a for a in answers if a.status_code == 409).json()["status_code"] == 409


def test_two_edits_of_a_claim_with_the_same_version_lose_nothing(two_people, db, checker) -> None:
    first, second = two_people
    for n in range(TRIES):
        claim = db.run(partial(make_claim, state="researching", text=f"Edit race {n}", by=checker))
        url = f"/claims/{claim.id}/edit"
        common = {"version": str(claim.version), "priority": "normal", "claimant": "John Kerry"}
        mine = {**common, "text": f"My wording {n}", "tags": f"syria, mine-{n}"}
        theirs = {**common, "text": f"Their wording {n}", "tags": f"russia, theirs-{n}"}
        answers = at_once(partial(form_post, first, url, mine), partial(form_post, second, url, theirs))
        assert sorted(a.status_code for a in answers) == [303, 409], [a.text[:300] for a in answers]
        stored = db.scalar(select(Claim.text).where(Claim.id == claim.id))
        loser = theirs if stored == mine["text"] else mine
        refused = next(a for a in answers if a.status_code == 409).text
        assert "Someone else" in refused
        assert stored in refused and loser["text"] in refused  # both wordings on the page
