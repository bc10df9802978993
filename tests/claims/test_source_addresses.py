"""A source's address and its archived copy are web addresses, whichever way they come in:
the claim page's form, the API, or the seeds' service (issue 12)."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from factcheck.errors import Invalid
from factcheck.evidence.models import Source
from factcheck.evidence.service import EvidenceService
from tests.api.conftest import bearer
from tests.builders import make_claim, make_token
from tests.conftest import post

EVIL = "javascript:alert(document.domain)"


def test_the_form_refuses_a_javascript_archive_address(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(
        as_checker,
        f"/claims/{claim.id}/evidence",
        {
            "url": "https://example.org/report",
            "title": "A report",
            "kind": "news_report",
            "stance": "supports",
            "archive_url": EVIL,
        },
    )
    assert response.status_code == 422
    assert "http:// or https://" in response.text
    assert 'value="javascript:alert(document.domain)"' in response.text  # what was typed is kept
    assert f'href="{EVIL}"' not in response.text
    assert db.scalar(select(func.count()).select_from(Source)) == 0


def test_the_api_refuses_a_javascript_archive_address(client: Any, db: Any, checker: Any) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    token = bearer(db.run(lambda s: make_token(s, checker)))
    response = client.post(
        f"/api/v1/claims/{claim.id}/evidence",
        json={"stance": "supports", "url": "https://example.org/r", "title": "R", "archive_url": EVIL},
        headers=token,
    )
    assert response.status_code in (400, 422), response.text
    assert db.scalar(select(func.count()).select_from(Source)) == 0


def test_the_service_the_seeds_use_refuses_it_too(db) -> None:
    with pytest.raises(Invalid) as refused:
        db.run(
            lambda s: EvidenceService(session=s).find_or_create_source(
                url="https://example.org/r", title="R", archive_url=EVIL
            )
        )
    assert "archive_url" in refused.value.errors
