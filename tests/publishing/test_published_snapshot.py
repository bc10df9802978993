"""Readers see what was reviewed (issue #12): a claim reopened for a correction goes back to
research, where its wording, claimant and sources may change; until the correction is published,
the public page, its ClaimReview, the ClaimReview feed, the Atom feed and the corrections log keep
showing what the published revision was approved with."""

from __future__ import annotations

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.evidence.service import EvidenceService
from factcheck.publishing.slugs import encode_id
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of, make_user
from tests.conftest import post
from tests.publishing.helpers import json_ld_of, path_of, publish, reopen

OLD = "Russia is using dumb bombs in Syria"
NEW = "Russia is using unguided bombs over Aleppo"


def _public_views(client, claim) -> dict[str, str]:
    detail = client.get(f"/fact-checks/claim-{encode_id(claim.id)}", follow_redirects=True)
    assert detail.status_code == 200
    return {
        "page": detail.text,
        "list": client.get("/fact-checks").text,
        "claimreview": client.get("/fact-checks/claimreview.json").text,
        "atom": client.get("/fact-checks/feed.xml").text,
    }


def _rework(session, claim, checker):
    """While the claim is back in research: reword it, rename the claimant, add a source."""

    async def go():
        fresh = await ClaimService(session=session).update_claim(
            claim.id, actor_of(checker), version=claim.version, text=NEW, claimant="Sergei Lavrov"
        )
        evidence = EvidenceService(session=session)
        source = await evidence.find_or_create_source(
            url="https://example.org/unreviewed-source", title="An unreviewed source", kind="news_report"
        )
        await evidence.attach(claim.id, actor_of(checker), source=source, stance="refutes", excerpt="No.")
        return fresh

    return go()


def test_a_correction_in_research_does_not_reach_readers(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=OLD))
    claim = db.run(lambda s: reopen(s, claim, editor=editor))
    db.run(lambda s: _rework(s, claim, checker))

    views = _public_views(as_checker, claim)
    for name, body in views.items():
        assert NEW not in body, name
        assert "Sergei Lavrov" not in body, name
        assert "An unreviewed source" not in body, name
        assert "unreviewed-source" not in body, name
    assert OLD in views["page"] and OLD in views["claimreview"] and OLD in views["atom"]
    review = json_ld_of(views["page"])[0]
    assert review["claimReviewed"] == OLD
    assert review["itemReviewed"]["author"]["name"] == "John Kerry"
    # The old address stays the address: the slug is the published wording's.
    assert as_checker.get(path_of(claim), follow_redirects=False).status_code == 200


def test_the_published_correction_shows_the_new_wording_and_sources(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=OLD))
    claim = db.run(lambda s: reopen(s, claim, editor=editor))
    db.run(lambda s: _rework(s, claim, checker))

    async def finish(session):
        await VerdictService(session=session).save_draft(
            claim_id=claim.id,
            author_id=checker.id,
            rating_label="Half true",
            summary="Guided and unguided bombs.",
            rationale="Corrected.",
            correction_note="We named the wrong place.",
        )
        approver = await make_user(session, role="editor")
        claims = ClaimService(session=session)
        for action, who in ((Action.SUBMIT, checker), (Action.APPROVE, approver), (Action.PUBLISH, editor)):
            await claims.apply(claim.id, action, actor_of(who))

    db.run(finish)
    views = _public_views(as_checker, claim)
    assert NEW in views["page"] and NEW in views["claimreview"] and NEW in views["atom"]
    assert "Sergei Lavrov" in views["page"] and "An unreviewed source" in views["page"]
    assert OLD not in views["claimreview"]
    # The corrections log says what the wording was before.
    corrections = as_checker.get("/corrections").text
    assert NEW in corrections and OLD in corrections


def test_the_claim_page_offers_the_edit_while_readers_keep_the_published_wording(
    as_checker, db, checker, editor
) -> None:
    """The desk edits through the form as usual; the reader's page does not move."""
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=OLD))
    claim = db.run(lambda s: reopen(s, claim, editor=editor))
    response = post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"version": str(claim.version), "text": NEW, "claimant": "John Kerry", "tags": ""},
        follow_redirects=False,
    )
    assert response.status_code == 303
    assert NEW in as_checker.get(f"/claims/{claim.id}").text
    page = _public_views(as_checker, claim)["page"]
    assert OLD in page and NEW not in page


def test_the_public_export_filters_by_the_published_claimant(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=OLD))
    claim = db.run(lambda s: reopen(s, claim, editor=editor))
    db.run(lambda s: _rework(s, claim, checker))

    def exported(claimant: str) -> list[str]:
        feed = as_checker.get(
            "/exports/download", params={"format": "claimreview", "claimant": claimant}
        ).json()
        return [r["claimReviewed"] for element in feed["dataFeedElement"] for r in element["item"]]

    assert exported("Kerry") == [OLD]
    assert exported("Lavrov") == []
