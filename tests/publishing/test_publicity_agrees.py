"""What is public and what is under correction is one rule (``workflow.is_public`` /
``under_correction``): the claim page, the public page, the list, the feeds and every export say the
same thing after every step of a published claim's later life."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of
from tests.publishing.helpers import path_of, publish

TEXT = "Iran supports a ceasefire in Syria"

# Each step after the first publication, and what readers should then see: (public, under correction).
PATHS: dict[str, list[tuple[str, tuple[bool, bool]]]] = {
    "reopened, dismissed, re-queued, re-published": [
        ("reopen", (True, True)),
        ("dismiss", (False, False)),
        ("requeue", (True, True)),
        ("start", (True, True)),
        ("republish", (True, False)),
    ],
    "reopened, re-published, reopened, dismissed": [
        ("reopen", (True, True)),
        ("republish", (True, False)),
        ("reopen", (True, True)),
        ("dismiss", (False, False)),
    ],
}


async def _step(session: Any, claim_id: Any, step: str, checker: Any, editor: Any, reviewer: Any) -> None:
    claims = ClaimService(session=session)
    if step == "reopen":
        await claims.apply(claim_id, Action.REOPEN, actor_of(editor), comment="New figures came out.")
    elif step == "dismiss":
        # A withdrawal, once published: an editor's act (workflow.editor_to_withdraw).
        await claims.apply(claim_id, Action.DISMISS, actor_of(editor), comment="Retracted by the outlet.")
    elif step == "requeue":
        await claims.apply(claim_id, Action.REQUEUE, actor_of(checker))
    elif step == "start":
        await claims.apply(claim_id, Action.START, actor_of(checker))
    elif step == "republish":
        await VerdictService(session=session).save_draft(
            claim_id=claim_id,
            author_id=checker.id,
            rating_label="Half true",
            summary="Iran said so, with conditions.",
            rationale="Corrected rationale.",
            correction_note="New figures came out.",
        )
        # The reopen note's writer wrote part of the correction: another editor approves it.
        for action, who in ((Action.SUBMIT, checker), (Action.APPROVE, reviewer), (Action.PUBLISH, editor)):
            await claims.apply(claim_id, action, actor_of(who))


def _what_each_surface_says(client: Any, claim: Any) -> dict[str, tuple[bool, bool]]:
    """(public, under correction) as each surface shows it."""
    said: dict[str, tuple[bool, bool]] = {}
    page = client.get(f"/claims/{claim.id}").text
    said["claim page"] = ('data-public="yes"' in page, "Under correction" in page)
    public = client.get(path_of(claim))
    said["public page"] = (public.status_code == 200, 'id="under-correction"' in public.text)
    listed = client.get("/fact-checks").text
    said["public list"] = (TEXT in listed, TEXT in listed and "under correction" in listed)
    said["atom feed"] = (TEXT in client.get("/fact-checks/feed.xml").text, said["public list"][1])
    said["claimreview feed"] = (
        TEXT in client.get("/fact-checks/claimreview.json").text,
        said["public list"][1],
    )
    rows = list(csv.DictReader(io.StringIO(client.get("/exports/download", params={"format": "csv"}).text)))
    (row,) = [r for r in rows if r["claim"] == TEXT]
    said["csv export"] = (row["public_url"] != "", row["under_correction"] == "yes")
    record = next(
        r
        for r in json.loads(client.get("/exports/download", params={"format": "json"}).text)["claims"]
        if r["text"] == TEXT
    )
    said["json export"] = (record["url"] is not None, record["under_correction"])
    report = client.get("/exports/download", params={"format": "html"}).text
    said["html report"] = (
        "/fact-checks/" in report,
        '<span class="correction-mark">Under correction</span>' in report,
    )
    claimreview = client.get("/exports/download", params={"format": "claimreview"}).text
    said["claimreview export"] = (TEXT in claimreview, said["public list"][1])
    return said


@pytest.mark.parametrize("path", list(PATHS))
def test_every_surface_agrees_on_what_is_public_and_under_correction(
    path, as_editor, db, checker, editor, second_editor
):
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text=TEXT, claimant="John Kerry"))
    steps = [("publish", (True, False)), *PATHS[path]]
    for n, (step, expected) in enumerate(steps):
        if n:
            db.run(lambda s, step=step: _step(s, claim.id, step, checker, editor, second_editor))
        said = _what_each_surface_says(as_editor, claim)
        assert said == dict.fromkeys(said, expected), f"after {step}: {said}"
