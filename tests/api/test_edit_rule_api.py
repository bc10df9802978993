"""The API asks the same edit rule as the pages (issue 12): a published claim's sources change
only through a correction."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from factcheck.evidence.models import Evidence
from tests.builders import make_claim


def test_adding_a_source_to_a_published_claim_is_409(
    client: Any, db: Any, checker: Any, editor: Any, checker_token: Any
) -> None:
    claim = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    before = db.scalar(select(func.count()).select_from(Evidence))
    response = client.post(
        f"/api/v1/claims/{claim.id}/evidence",
        json={"stance": "refutes", "url": "https://example.org/late", "title": "Late"},
        headers=checker_token,
    )
    assert response.status_code == 409, response.text
    assert "reopens it for a correction" in response.json()["detail"]
    assert db.scalar(select(func.count()).select_from(Evidence)) == before
