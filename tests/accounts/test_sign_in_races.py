"""Failed sign-ins sent at the same moment, as real concurrent requests to a real server (uvicorn, in
a thread, on this test's database): one address cannot get more guesses than the limit by sending
them all at once (the attempt is counted by one conditional UPDATE before the password is checked)."""

from __future__ import annotations

from functools import partial

import httpx

from factcheck.security.throttle import MAX_FAILURES
from tests.builders import TEST_PASSWORD
from tests.claims.test_races import at_once

EXTRA = 4


def _browser(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, headers={"Origin": base}, timeout=60)
    assert client.get("/login").status_code == 200
    return client


def _attempt(client: httpx.Client, email: str, password: str) -> httpx.Response:
    data = {"email": email, "password": password, "_csrf_token": client.cookies["csrftoken"]}
    return client.post("/login", data=data)


def test_failed_sign_ins_sent_at_once_stop_at_the_limit(server, checker) -> None:
    browsers = [_browser(server) for _ in range(MAX_FAILURES + EXTRA)]
    try:
        answers = at_once(
            *(partial(_attempt, b, checker.email, f"guess {i}") for i, b in enumerate(browsers))
        )
        codes = sorted(a.status_code for a in answers)
        assert codes == [401] * MAX_FAILURES + [429] * EXTRA, codes
        # The right password from the same address waits too.
        assert _attempt(browsers[0], checker.email, TEST_PASSWORD).status_code == 429
    finally:
        for b in browsers:
            b.close()
