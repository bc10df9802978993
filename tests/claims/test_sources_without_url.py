"""A source with no address (an interview, a phone call, a document not online), described instead;
errors next to the field inside the Sources card (issue #15)."""

from __future__ import annotations

import re

from sqlalchemy import select

from factcheck.evidence.models import Evidence, Source, SourceKind
from tests.builders import make_claim
from tests.conftest import post

HTMX = {"HX-Request": "true"}
INTERVIEW = {
    "url": "",
    "title": "Interview with a doctor in Aleppo",
    "kind": SourceKind.INTERVIEW.value,
    "notes": "Phone interview on 6 February 2016 by our reporter; recording kept on the desk drive.",
    "stance": "supports",
    "excerpt": "Three hospitals were hit that week.",
}


def _sources_card(html: str) -> str:
    start = html.index('id="evidence"')
    return html[start : html.index("</section>", start)]


def test_an_interview_is_recorded_without_a_url_with_its_description(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/evidence", INTERVIEW, follow_redirects=False)
    assert response.status_code == 303
    source = db.scalar(select(Source).join(Evidence).where(Evidence.claim_id == claim.id))
    assert (source.url, source.kind, source.notes) == (None, "interview", INTERVIEW["notes"])
    card = _sources_card(as_checker.get(f"/claims/{claim.id}").text)
    assert '<span class="source-title">Interview with a doctor in Aleppo</span>' in card
    assert "recording kept on the desk drive" in card


def test_two_interviews_are_two_sources(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    post(as_checker, f"/claims/{claim.id}/evidence", INTERVIEW)
    post(as_checker, f"/claims/{claim.id}/evidence", {**INTERVIEW, "title": "Second interview"})
    assert db.count(Source) == 2


def test_without_a_url_a_description_is_required_and_the_error_is_beside_the_field(
    as_checker, db, checker
) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/evidence", {**INTERVIEW, "notes": ""}, headers=HTMX)
    assert response.status_code == 422
    card = _sources_card(response.text)
    notes = re.search(
        r'<textarea id="source-notes".*?</textarea>\s*(<p class="field-error"[^>]*>[^<]*</p>)', card, re.S
    )
    assert notes and "describe the source" in notes.group(1)
    assert 'value="Interview with a doctor in Aleppo"' in card  # what was typed is kept
    assert '<details class="add-evidence" open>' in card
    assert db.count(Evidence) == 0


def test_a_news_report_still_needs_its_url(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(
        as_checker,
        f"/claims/{claim.id}/evidence",
        {**INTERVIEW, "kind": SourceKind.NEWS_REPORT.value},
        headers=HTMX,
    )
    assert response.status_code == 422
    card = _sources_card(response.text)
    assert "Only an interview, phone call or offline document may be recorded without one" in card
    assert db.count(Source) == 0


def test_the_form_stays_open_after_an_add_for_the_next_source(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/evidence", INTERVIEW, headers=HTMX)
    assert response.status_code == 200
    card = _sources_card(response.text)
    assert '<details class="add-evidence" open>' in card
    assert 'id="source-title" name="title" value=""' in card  # empty, ready for the next one
