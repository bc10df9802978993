"""The rating scale's counts of uses stop at the deployment's ``COUNT_CAP``: each label's count
visits at most the cap + 1 revisions on the index, so the page costs the same at any size, and a
count past the cap is shown as a bound ("2+"), on the page and in the refusal to remove."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import select

from factcheck.app import create_app
from factcheck.errors import Invalid
from factcheck.verdicts import scale
from factcheck.verdicts.models import Rating
from factcheck.verdicts.service import VerdictService
from tests.builders import make_claim
from tests.conftest import post, sign_in

if TYPE_CHECKING:
    from factcheck.settings import Settings

CAP = 2


@pytest.fixture
def app(settings: Settings) -> Any:
    return create_app(replace(settings, count_cap=CAP))


@pytest.fixture
def drafted(db, checker):
    """Three drafts rated "False" (past the cap) and two rated "Unproven" (at it)."""
    db.run(lambda s: VerdictService(session=s).ensure_scale())

    async def draft(s):
        for n, label in enumerate(["False"] * 3 + ["Unproven"] * 2):
            claim = await make_claim(s, state="researching", text=f"Counted {n}", by=checker)
            await VerdictService(session=s).save_draft(
                claim_id=claim.id, author_id=checker.id, rating_label=label, summary="S.", rationale="R."
            )

    db.run(draft)
    return {r.label: r for r in db.run(lambda s: scale.scale_rows(s, CAP))}


def test_a_count_stops_at_the_cap_and_says_so(db, drafted) -> None:
    assert (drafted["False"].uses, drafted["False"].shown) == (2, "2+")
    assert (drafted["Unproven"].uses, drafted["Unproven"].shown) == (2, "2")
    assert (drafted["True"].uses, drafted["True"].shown) == (0, "0")
    exact = {r.label: r.shown for r in db.run(lambda s: scale.scale_rows(s, 3))}
    assert exact["False"] == "3" and exact["Unproven"] == "2"


def test_a_label_past_the_cap_is_not_removed_and_the_refusal_gives_the_bound(db, drafted) -> None:
    false = drafted["False"]
    with pytest.raises(Invalid) as refused:
        db.run(lambda s: scale.remove(s, false.id, scale.Seen(false.label, false.value, false.position), CAP))
    assert refused.value.errors["remove"].startswith("2+ verdict revisions use “False”")
    assert db.scalar(select(Rating.label).where(Rating.id == false.id)) == "False"


def test_the_page_shows_the_bound_with_the_deployments_cap(client, admin, drafted) -> None:
    sign_in(client, admin)
    html = client.get("/admin/ratings").text
    assert 'data-label="Verdict revisions">2+</td>' in html
    assert "2+ verdict revisions use “False”, so it cannot be removed" in html
    assert "2 verdict revisions use “Unproven”" in html
    false = drafted["False"]
    answer = post(
        client,
        f"/admin/ratings/{false.id}",
        {
            "action": "remove",
            "seen_label": "False",
            "seen_value": str(false.value),
            "seen_position": str(false.position),
        },
        follow_redirects=False,
    )
    assert answer.status_code == 422 and "2+ verdict revisions use “False”" in answer.text
