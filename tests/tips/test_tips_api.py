"""POST /api/v1/tips: token-authenticated, the public form's rules (issue #16)."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Claim, Origin
from factcheck.tips.models import TipContact
from factcheck.tips.service import MAX_SAID
from tests.builders import make_token


def _auth(db, user) -> dict[str, str]:
    return {"Authorization": f"Bearer {db.run(lambda s: make_token(s, user))}"}


def test_a_partner_sends_a_tip_with_a_token(client, db, editor) -> None:
    headers = _auth(db, editor)
    body = {
        "said": "Iran supports a ceasefire",
        "where_seen": "https://news.example/1",
        "email": "r@test.example",
    }
    response = client.post("/api/v1/tips", json=body, headers=headers)
    assert response.status_code == 201, response.text
    data = response.json()
    assert data["grouped"] is False and data["tip_count"] == 1 and data["status_path"].startswith("/tips/")
    assert "email" not in data and "r@test.example" not in response.text
    assert db.scalar(select(Claim.origin)) == Origin.READER_TIP
    assert db.scalar(select(TipContact.email)) == "r@test.example"
    again = client.post("/api/v1/tips", json={**body, "email": None}, headers=headers).json()
    assert again["grouped"] is True and again["tip_count"] == 2 and again["claim_id"] == data["claim_id"]


def test_without_a_token_it_is_refused(client, db) -> None:
    response = client.post("/api/v1/tips", json={"said": "x", "where_seen": "y"})
    assert response.status_code == 401 and db.count(Claim) == 0


def test_the_same_rules_as_the_form(client, db, editor) -> None:
    headers = _auth(db, editor)
    too_long = client.post(
        "/api/v1/tips", json={"said": "x" * (MAX_SAID + 1), "where_seen": "y"}, headers=headers
    )
    assert too_long.status_code == 400
    empty = client.post("/api/v1/tips", json={"said": "A claim", "where_seen": " "}, headers=headers)
    assert empty.status_code == 422 and "where_seen" in empty.json()["extra"]
    bad_email = client.post(
        "/api/v1/tips", json={"said": "A claim", "where_seen": "TV", "email": "nope"}, headers=headers
    )
    assert bad_email.status_code == 422
    assert db.count(Claim) == 0


def test_the_api_shares_the_forms_allowance_per_address(client, db, editor) -> None:
    """Tips sent through the API and through the form from one address count against one
    allowance (``tips.allowance``): the API cannot be used to get round the form's limit."""
    from factcheck.tips.allowance import MAX_TIPS_PER_HOUR
    from factcheck.tips.models import Tip
    from tests.conftest import post

    headers = _auth(db, editor)
    for i in range(MAX_TIPS_PER_HOUR - 1):
        body = {"said": f"Partner tip {i} about the budget", "where_seen": "https://news.example/2"}
        assert client.post("/api/v1/tips", json=body, headers=headers).status_code == 201
    form = {"said": "Form tip about the budget", "where_seen": "TV"}
    assert post(client, "/tips/new", form, follow_redirects=False).status_code == 303  # the last slot
    over = client.post(
        "/api/v1/tips", json={"said": "One more about the budget", "where_seen": "TV"}, headers=headers
    )
    assert over.status_code == 429, over.text
    assert "try again in" in over.json()["detail"] and int(over.headers["Retry-After"]) > 0
    refused_by_form = post(client, "/tips/new", form, follow_redirects=False).status_code
    assert refused_by_form == 429
    assert db.count(Tip) == MAX_TIPS_PER_HOUR


def test_a_tip_the_api_refuses_gives_its_slot_back(client, db, editor) -> None:
    from factcheck.tips.allowance import MAX_TIPS_PER_HOUR

    headers = _auth(db, editor)
    for _ in range(MAX_TIPS_PER_HOUR + 1):
        refused = client.post("/api/v1/tips", json={"said": "A claim", "where_seen": " "}, headers=headers)
        assert refused.status_code == 422
    ok = {"said": "A claim about the budget", "where_seen": "TV"}
    assert client.post("/api/v1/tips", json=ok, headers=headers).status_code == 201
