"""A whole claim's life through the API alone, as a partner's script would live it (issue 8)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from factcheck.claims.models import Event


def test_a_claim_from_creation_to_the_public_feed(
    client: Any, db: Any, scale: Any, checker_token: Any, editor_token: Any
) -> None:
    def call(method: str, url: str, token: Any, body: Any = None, expect: int = 200) -> Any:
        response = client.request(method, url, json=body, headers=token)
        assert response.status_code == expect, response.text
        return response.json()

    claim = call(
        "POST",
        "/api/v1/claims",
        checker_token,
        {"text": "Russia is using dumb bombs in Syria", "claimant": "John Kerry", "tags": ["syria"]},
        expect=201,
    )
    url = f"/api/v1/claims/{claim['id']}"
    assert claim["state"] == "candidate"

    def act(action: str, token: Any, comment: str = "") -> Any:
        nonlocal claim
        claim = call(
            "POST", f"{url}/actions/{action}", token, {"version": claim["version"], "comment": comment}
        )
        return claim

    assert act("accept", checker_token)["state"] == "queued"
    assert act("start", checker_token)["state"] == "researching"
    claim = call(
        "POST",
        f"{url}/evidence",
        checker_token,
        {
            "stance": "supports",
            "excerpt": "Amnesty documented unguided bombs.",
            "url": "https://www.amnesty.org/en/latest/news/2015/12/syria-russias-shameful-failure/",
            "title": "Syria: Russia's shameful failure to acknowledge civilian killings",
            "kind": "news_report",
        },
        expect=201,
    )
    assert len(claim["evidence"]) == 1
    submit = next(a for a in claim["actions"] if a["action"] == "submit")
    assert submit["reason"] is not None  # no draft yet: the button the UI shows disabled, and why
    claim = call(
        "PUT",
        f"{url}/verdict",
        checker_token,
        {"rating": "Mostly true", "summary": "Rights groups documented unguided bombs.", "version": 0},
    )
    assert claim["verdicts"][0]["is_draft"] is True
    assert act("submit", checker_token)["state"] == "in_review"
    assert act("approve", editor_token, "Well sourced.")["state"] == "approved"
    assert act("publish", editor_token)["state"] == "published"

    final = call("GET", url, checker_token)
    assert final["state"] == "published" and final["version"] == claim["version"]
    assert final["verdicts"][0]["published_at"] is not None
    actions = db.run(
        lambda s: s.scalars(select(Event.action).where(Event.claim_id == final["id"]).order_by(Event.id))
    )
    assert list(actions) == [
        "create",
        "accept",
        "start",
        "add_source",
        "save_draft",
        "submit",
        "approve",
        "publish",
    ]

    client.cookies.clear()
    feed = client.get("/fact-checks/claimreview.json")
    assert feed.status_code == 200
    assert "Russia is using dumb bombs in Syria" in feed.text
    assert "Mostly true" in feed.text
