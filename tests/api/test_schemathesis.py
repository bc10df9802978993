"""Fuzzing the API against its own OpenAPI schema (issues 8 and 12): every schemathesis check, none
excluded. Against the app as a real server (so the checks that re-send a request, without the
token or with another method, reach it), with a valid token; a real claim's id is put into the
paths so the handlers get past "not found" and meet the fuzzed bodies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import PositiveDataAcceptanceConfig, SchemathesisConfig
from schemathesis.core.parameters import ParameterLocation

from factcheck.app import create_app
from factcheck.settings import Settings
from tests import builders


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


REFUSALS_OF_VALID_INPUT = {"422"}
"""What a request the schema allows may still be refused for, and says so in the schema: a rule
of the service the schema cannot state (an unknown rating, a blank text, a workflow
precondition, an article that does not exist: 422, documented on every operation that can
answer it)."""
FILTER_REFUSALS = {("GET", "/api/v1/claims"): {"400"}}
"""``GET /api/v1/claims`` answers 400 (documented) for filters that are each well formed but do
not go together or cannot be read (``from`` after ``to``, a broken page cursor, search syntax)."""


def _config(raw: dict[str, Any]) -> SchemathesisConfig:
    """``positive_data_acceptance`` accepts, besides its defaults, the refusals each operation
    documents; every other check runs as shipped."""
    default = PositiveDataAcceptanceConfig().expected_statuses
    operations = []
    for path, methods in raw["paths"].items():
        for method, operation in methods.items():
            documented = set(operation.get("responses", {}))
            accepted = documented & (
                REFUSALS_OF_VALID_INPUT | FILTER_REFUSALS.get((method.upper(), path), set())
            )
            if accepted:
                operations.append(
                    {
                        "include-path": path,
                        "include-method": method.upper(),
                        "checks": {
                            "positive_data_acceptance": {"expected-statuses": [*default, *sorted(accepted)]}
                        },
                    }
                )
    return SchemathesisConfig.from_dict({"operations": operations})


_raw = _openapi()
schema = schemathesis.openapi.from_dict(_raw, config=_config(_raw))

load_all_checks()
EVERY_CHECK = CHECKS.get_all()


def test_every_check_is_run() -> None:
    # The ones that once were left out among them: none is excluded (issue 12).
    names = {check.__name__ for check in EVERY_CHECK}
    once_left_out = {
        "ignored_auth",
        "positive_data_acceptance",
        "unsupported_method",
        "allow_header_conformance",
    }
    assert once_left_out <= names


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
def test_the_api_passes_every_check(
    case: Any, server: str, checker_token: dict[str, str], fuzz_claim: Any
) -> None:
    meta = case.meta
    # A negative case stays negative: its broken id is not replaced, its missing token not added.
    if "claim_id" in (case.path_parameters or {}) and not (
        meta and meta.is_negative_at(ParameterLocation.PATH)
    ):
        case.path_parameters["claim_id"] = str(fuzz_claim.id)
    token = {} if meta and meta.is_negative_at(ParameterLocation.HEADER) else checker_token
    response = case.call(base_url=server, headers=token)
    case.validate_response(response, checks=EVERY_CHECK, headers=token)
