"""Each API route, and what bad input gets: always a 4xx JSON error, nothing half-written."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from factcheck.claims.models import Claim, Priority
from factcheck.claims.workflow import State
from factcheck.evidence.models import SourceKind, Stance
from tests import builders

BAD = {"status_code", "detail", "extra"}


def test_list_filters_and_pages_with_keyset_cursors(
    client: Any, db: Any, checker: Any, checker_token: Any
) -> None:
    for i in range(3):
        db.run(lambda s, i=i: builders.make_claim(s, text=f"Claim {i}", by=checker, tags=["syria"]))
    db.run(lambda s: builders.make_claim(s, text="Other", claimant="Someone", by=checker))
    seen = []
    after = None
    while True:
        params = {"claimant": "John Kerry", "tag": "syria", "sort": "created"} | (
            {"after": after} if after else {}
        )
        page = client.get("/api/v1/claims", params=params, headers=checker_token).json()
        seen += [item["text"] for item in page["items"]]
        for item in page["items"]:
            assert {"id", "state", "version"} <= item.keys()
        after = page["next"]
        if after is None:
            break
    assert sorted(seen) == ["Claim 0", "Claim 1", "Claim 2"]
    assert page["counts"]["candidate"] == 3


def test_list_refuses_a_filter_it_cannot_read(client: Any, checker_token: Any) -> None:
    # A state the schema does not list is refused before the queue reads anything (issue 12).
    response = client.get("/api/v1/claims", params={"state": "nonsense"}, headers=checker_token)
    assert response.status_code == 400
    assert set(response.json()) == BAD
    response = client.get("/api/v1/claims", params={"after": "x"}, headers=checker_token)
    assert response.status_code == 400
    assert {"after"} <= response.json()["extra"].keys()


def test_a_broken_cursor_is_named_as_sent_and_not_said_to_show_the_first_page(
    client: Any, checker_token: Any
) -> None:
    # The queue's page shows its first page for a broken link and says so; the API refuses it, so
    # its 400 must not say "showing the first page" (found by the session-18 review).
    for name in ("after", "before"):
        response = client.get("/api/v1/claims", params={name: "garbage"}, headers=checker_token)
        assert response.status_code == 400
        extra = response.json()["extra"]
        assert set(extra) == {name}, extra
        assert "ask for the first page again" in extra[name]
        assert "showing the first page" not in response.text


def test_a_filter_refused_is_named_as_the_client_sent_it(client: Any, checker_token: Any) -> None:
    # The 400 names the query parameter (`state`, `from`), never the handler's own argument.
    for name, value in (("state", "nonsense"), ("from", "yesterday"), ("to", "%C2%AB")):
        response = client.get("/api/v1/claims", params={name: value}, headers=checker_token)
        assert response.status_code == 400
        body = response.json()
        assert set(body["extra"]) == {name}, body
        assert "claim_state" not in response.text and "created_" not in response.text


def test_a_nul_in_a_text_filter_is_refused_not_a_500(client: Any, checker_token: Any) -> None:
    # PostgreSQL cannot hold a NUL in text: found by the schemathesis test (`rating=%00...`).
    for name in ("rating", "claimant", "tag", "q"):
        response = client.get("/api/v1/claims", params={name: "a\x00b"}, headers=checker_token)
        assert response.status_code == 400, response.text
        assert set(response.json()["extra"]) == {name}


def test_a_nul_in_a_body_is_refused_and_named(client: Any, db: Any, checker: Any, checker_token: Any) -> None:
    # A 500 on PostgreSQL and a stored NUL on SQLite before (found by the schemathesis test).
    response = client.post("/api/v1/claims", json={"text": "A\x00claim"}, headers=checker_token)
    assert response.status_code == 422, response.text
    assert set(response.json()["extra"]) == {"text"}
    claim = db.run(lambda s: builders.make_claim(s, state=State.RESEARCHING, by=checker))
    response = client.put(
        f"/api/v1/claims/{claim.id}/verdict",
        json={"rating": "", "summary": "", "rationale": "one\x00two", "version": None},
        headers=checker_token,
    )
    assert response.status_code == 422, response.text
    assert set(response.json()["extra"]) == {"rationale"}


def test_get_a_claim_with_its_sources_and_revisions(
    client: Any, db: Any, checker: Any, checker_token: Any
) -> None:
    claim = db.run(lambda s: builders.make_claim(s, state="in_review", by=checker))
    body = client.get(f"/api/v1/claims/{claim.id}", headers=checker_token).json()
    assert body["state"] == "in_review" and body["version"] == claim.version
    assert len(body["evidence"]) == 1 and body["evidence"][0]["source"]["url"].startswith("https://")
    assert body["verdicts"][0]["rating"] == "Mostly true"


def test_a_missing_claim_is_404(client: Any, checker_token: Any) -> None:
    response = client.get(f"/api/v1/claims/{uuid4()}", headers=checker_token)
    assert response.status_code == 404
    assert response.json() == {"status_code": 404, "detail": "No such claim.", "extra": {}}
    response = client.post(
        f"/api/v1/claims/{uuid4()}/actions/accept", json={"version": 1}, headers=checker_token
    )
    assert response.status_code == 404


def test_malformed_json_is_400(client: Any, db: Any, checker_token: Any) -> None:
    response = client.post(
        "/api/v1/claims", content=b'{"text": ', headers={**checker_token, "content-type": "application/json"}
    )
    assert response.status_code == 400
    assert set(response.json()) == BAD
    assert db.count(Claim) == 0


def test_unknown_fields_are_400(client: Any, db: Any, checker_token: Any) -> None:
    response = client.post("/api/v1/claims", json={"text": "x", "txet": "y"}, headers=checker_token)
    assert response.status_code == 400
    assert "txet" in response.json()["detail"]
    assert db.count(Claim) == 0


def test_wrong_types_are_400(client: Any, db: Any, checker_token: Any) -> None:
    response = client.post("/api/v1/claims", json={"text": 5}, headers=checker_token)
    assert response.status_code == 400
    assert "text" in response.json()["extra"]
    response = client.post("/api/v1/claims", json=["text"], headers=checker_token)
    assert response.status_code == 400
    assert db.count(Claim) == 0


def test_a_refused_claim_is_422_with_the_field(client: Any, db: Any, checker_token: Any) -> None:
    response = client.post("/api/v1/claims", json={"text": "  ", "priority": "urgent"}, headers=checker_token)
    assert response.status_code == 422
    assert response.json()["extra"].keys() == {"text"}
    # A priority the schema does not list is a malformed request (issue 12: the schema says so).
    response = client.post(
        "/api/v1/claims", json={"text": "A claim", "priority": "asap"}, headers=checker_token
    )
    assert response.status_code == 400
    assert db.count(Claim) == 0


def test_a_forbidden_action_is_403_with_the_workflows_reason(
    client: Any, db: Any, checker: Any, checker_token: Any
) -> None:
    claim = db.run(lambda s: builders.make_claim(s, state="in_review", by=checker))
    response = client.post(
        f"/api/v1/claims/{claim.id}/actions/approve", json={"version": claim.version}, headers=checker_token
    )
    assert response.status_code == 403
    assert response.json()["detail"] == "A fact-checker may not approve."


def test_a_stale_version_is_409(client: Any, db: Any, checker: Any, checker_token: Any) -> None:
    claim = db.run(lambda s: builders.make_claim(s, by=checker))
    response = client.post(
        f"/api/v1/claims/{claim.id}/actions/accept",
        json={"version": claim.version - 1},
        headers=checker_token,
    )
    assert response.status_code == 409
    assert set(response.json()) == BAD
    assert client.get(f"/api/v1/claims/{claim.id}", headers=checker_token).json()["state"] == "candidate"


def test_an_unknown_action_is_400(client: Any, db: Any, checker: Any, checker_token: Any) -> None:
    claim = db.run(lambda s: builders.make_claim(s, by=checker))
    response = client.post(
        f"/api/v1/claims/{claim.id}/actions/fly", json={"version": 1}, headers=checker_token
    )
    assert response.status_code == 400


def test_importing_an_article_runs_the_extractor(client: Any, checker_token: Any) -> None:
    body = builders.DW_ARTICLE.read_text(encoding="utf-8")
    response = client.post(
        "/api/v1/articles",
        json={"title": "Kerry on Syria", "body": body, "outlet": "DW"},
        headers=checker_token,
    )
    assert response.status_code == 201, response.text
    imported = response.json()
    assert imported["created"] is True
    assert imported["candidates_stored"] == len(imported["claims"]) > 0
    assert all(c["state"] == "candidate" for c in imported["claims"])
    again = client.post(
        "/api/v1/articles", json={"title": "Again", "body": body}, headers=checker_token
    ).json()
    assert again["created"] is False and again["id"] == imported["id"]


def test_ratings_and_users(client: Any, scale: Any, checker: Any, editor: Any, checker_token: Any) -> None:
    ratings = client.get("/api/v1/ratings", headers=checker_token).json()
    assert ratings[0] == {"label": "True", "value": 5, "position": 0}
    users = client.get("/api/v1/users", headers=checker_token).json()
    assert {u["role"] for u in users} == {"fact_checker", "editor"}
    assert all(set(u) == {"id", "display_name", "role"} for u in users)


def test_the_schema_offers_the_domains_choices(client: Any) -> None:
    schemas = client.get("/schema/openapi.json").json()["components"]["schemas"]

    def choices(body: str, field: str) -> list[str]:
        prop = schemas[body]["properties"][field]
        if "$ref" in prop:  # the domain's enum, declared once as a component
            prop = schemas[prop["$ref"].rsplit("/", 1)[-1]]
        return prop["enum"]

    assert choices("EvidenceCreate", "stance") == [s.value for s in Stance]
    assert choices("EvidenceCreate", "kind") == [k.value for k in SourceKind]
    assert choices("ClaimCreate", "priority") == [p.value for p in Priority]
