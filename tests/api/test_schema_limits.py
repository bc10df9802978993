"""The OpenAPI description is as strict as the server (issue 12): each limit is declared once,
where the service checks it, and the schema reads it from there."""

from __future__ import annotations

from typing import Any

from factcheck.articles.service import FIELD_LIMITS, MAX_BODY_CHARS
from factcheck.claims.models import PRIORITIES
from factcheck.claims.queue import Sort
from factcheck.claims.service import MAX_CLAIM_TEXT, MAX_CLAIMANT, MAX_TAG
from factcheck.claims.workflow import State
from factcheck.evidence.models import SOURCE_PUBLISHER_MAX, SOURCE_TITLE_MAX
from factcheck.verdicts.service import MAX_RATIONALE, MAX_SUMMARY
from factcheck.web_address import URL_PATTERN
from tests.api.test_schemathesis import _openapi
from tests.builders import make_claim
from tests.conftest import post

SPEC = _openapi()
BODIES = SPEC["components"]["schemas"]


def _branch(prop: dict[str, Any], kind: str) -> dict[str, Any]:
    return next((b for b in prop.get("oneOf", [prop]) if b.get("type") == kind), prop)


def test_request_bodies_carry_the_services_limits() -> None:
    claim = BODIES["ClaimCreate"]["properties"]
    assert claim["text"]["maxLength"] == MAX_CLAIM_TEXT
    assert _branch(claim["claimant"], "string")["maxLength"] == MAX_CLAIMANT
    assert claim["tags"]["items"]["maxLength"] == MAX_TAG
    assert claim["priority"] == {"$ref": "#/components/schemas/Priority"}
    assert BODIES["Priority"]["enum"] == list(PRIORITIES)
    assert _branch(claim["quote_start"], "integer")["minimum"] == 0
    assert _branch(claim["quote_end"], "integer")["minimum"] == 0
    article = BODIES["ArticleImport"]["properties"]
    assert article["body"]["maxLength"] == MAX_BODY_CHARS
    assert article["title"]["maxLength"] == FIELD_LIMITS["title"]
    verdict = BODIES["VerdictDraft"]["properties"]
    assert (
        verdict["summary"]["maxLength"] == MAX_SUMMARY and verdict["rationale"]["maxLength"] == MAX_RATIONALE
    )
    evidence = BODIES["EvidenceCreate"]["properties"]
    assert _branch(evidence["archive_url"], "string")["pattern"] == URL_PATTERN
    assert _branch(evidence["title"], "string")["maxLength"] == SOURCE_TITLE_MAX
    assert _branch(evidence["publisher"], "string")["maxLength"] == SOURCE_PUBLISHER_MAX


def test_the_list_parameters_say_what_they_accept() -> None:
    params = {p["name"]: p["schema"] for p in SPEC["paths"]["/api/v1/claims"]["get"]["parameters"]}
    assert BODIES["State"]["enum"] == [s.value for s in State]
    assert "#/components/schemas/State" in str(params["state"])
    assert BODIES["Sort"]["enum"] == [s.value for s in Sort]
    assert "#/components/schemas/Priority" in str(params["priority"])
    assert _branch(params["from"], "string")["format"] == "date"
    assert _branch(params["to"], "string")["format"] == "date"


def test_a_tag_over_the_limit_is_refused_by_the_service_too(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"version": str(claim.version), "text": claim.text, "tags": "x" * (MAX_TAG + 1)},
    )
    assert response.status_code == 422 and f"under {MAX_TAG} characters" in response.text


def test_options_on_the_claims_list_allows_get(client: Any, checker_token: Any) -> None:
    response = client.options("/api/v1/claims", headers=checker_token)
    allowed = {m.strip() for m in response.headers["allow"].split(",")}
    assert {"GET", "POST"} <= allowed
