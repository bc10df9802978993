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
