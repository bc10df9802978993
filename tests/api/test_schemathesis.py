"""Fuzzing the API against its own OpenAPI schema (issue 8): no server error, and every response
matches the schema. In-process, through Litestar's test client, with a valid token; a real claim's
id is put into the paths so the handlers get past "not found" and meet the fuzzed bodies."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    allow_header_conformance,
    ignored_auth,
    positive_data_acceptance,
    unsupported_method,
)

from factcheck.app import create_app
from factcheck.settings import Settings
from tests import builders

if TYPE_CHECKING:
    from litestar.testing import TestClient


def _openapi() -> dict[str, Any]:
    """The schema the app serves at /schema/openapi.json; building it opens no database."""
    app = create_app(
        Settings(
            database_url="sqlite+aiosqlite:///:memory:",
            secret_key="schema-only-" + "z" * 32,
            host="127.0.0.1",
            port=8000,
            var_dir=Path("var"),
        )
    )
    return app.openapi_schema.to_schema()


schema = schemathesis.openapi.from_dict(_openapi())

NOT_HERE = [ignored_auth, positive_data_acceptance, unsupported_method, allow_header_conformance]
"""``ignored_auth`` re-sends the request without the token through schemathesis's own transport,
which cannot reach this in-process app (tests/api/test_tokens.py checks every 401 instead).
``positive_data_acceptance`` wants a 2xx for any schema-valid body, but the services' rules
refuse some on purpose (a blank claim, an unknown rating, a precondition: 422, documented).
``unsupported_method`` and ``allow_header_conformance`` send OPTIONS, which Litestar answers for
every route (204, for CORS preflights) with its own Allow list."""


@pytest.fixture
def fuzz_claim(db: Any, checker: Any) -> Any:
    return db.run(lambda s: builders.make_claim(s, state="researching", by=checker))


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
    ],
)
def test_the_api_never_fails_and_matches_its_schema(
    case: Any, client: TestClient, checker_token: dict[str, str], fuzz_claim: Any
) -> None:
    if "claim_id" in (case.path_parameters or {}):
        case.path_parameters["claim_id"] = str(fuzz_claim.id)
    kwargs = case.as_transport_kwargs(base_url="http://testserver.local", headers=checker_token)
    response = client.request(
        kwargs["method"],
        kwargs["url"],
        params=kwargs.get("params"),
        headers=kwargs.get("headers"),
        content=kwargs.get("data") if isinstance(kwargs.get("data"), (bytes, str)) else None,
        json=kwargs.get("json"),
    )
    assert response.status_code < 500, response.text
    case.validate_response(response, excluded_checks=NOT_HERE)
