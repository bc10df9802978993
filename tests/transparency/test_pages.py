"""The transparency pages: public, generated from the settings and data, with the admin's texts."""

from __future__ import annotations

import json
import re
from itertools import pairwise

import pytest
from sqlalchemy import select

from factcheck.accounts.models import OrganisationSettings, User
from factcheck.accounts.service import OrganisationService
from factcheck.claims.workflow import State
from factcheck.transparency import paths
from factcheck.transparency.models import FundingSource, TransparencySettings
from factcheck.verdicts.models import Rating
from factcheck.verdicts.service import DEFAULT_DEFINITIONS, VerdictService
from tests.conftest import post, sign_in
from tests.publishing.helpers import json_ld_of, publish, publish_correction

PUBLIC_PAGES = [paths.ABOUT, paths.METHODOLOGY, paths.RATINGS, paths.CORRECTIONS, paths.ARCHIVE]


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_each_page_is_public_and_linked_from_the_footer(path, client) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    footer = response.text.split('<footer class="site-footer">', 1)[1]
    for linked in PUBLIC_PAGES:
        assert f'href="{linked}"' in footer


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_each_page_carries_the_organisation_with_its_policies(path, client) -> None:
    [org] = json_ld_of(client.get(path).text)
    assert org["@type"] == "Organization"
    assert org["publishingPrinciples"].endswith(paths.METHODOLOGY)
    assert org["correctionsPolicy"].endswith(paths.CORRECTIONS)
    assert org["ethicsPolicy"].endswith(paths.METHODOLOGY)


def test_the_public_fact_check_list_footer_links_the_pages(client) -> None:
    assert f'href="{paths.METHODOLOGY}"' in client.get("/fact-checks").text


def test_claimreview_author_points_at_the_policies(client, db, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor))
    feed = client.get("/fact-checks/claimreview.json").json()
    author = feed["dataFeedElement"][0]["item"][0]["author"]
    assert author["publishingPrinciples"] == "http://testserver.local" + paths.METHODOLOGY
    assert author["correctionsPolicy"] == "http://testserver.local" + paths.CORRECTIONS


def test_the_default_methodology_is_written_from_the_settings(client, db) -> None:
    db.run(lambda s: OrganisationService(session=s).ensure(approvals_needed=2, min_sources=3))
    html = client.get(paths.METHODOLOGY).text
    assert "at least 3 sources" in html
    assert "2 editors" in html
    assert "An editor never approves a verdict they wrote" in html
    for state in State:
        assert state.in_plain_words in html
    # The app serves the tip form (issue 16), so the default invites tips.
    prose = html.split('class="prose"', 1)[1].split("</div>", 1)[0]
    assert 'href="/tips/new"' in prose and ">send a tip</a>" in prose


def test_the_methodology_skips_no_heading_level(client, as_admin) -> None:
    """Its sections are h2 under the page's h1, the default's and the admin's alike (they were h5)."""

    def levels() -> list[int]:
        html = client.get(paths.METHODOLOGY).text.split('<main id="main">', 1)[1].split("</main>", 1)[0]
        return [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]

    for text in (None, "# Our way\n\nWe check.\n\n## Sources\n\nTwo at least."):
        if text is not None:
            post(as_admin, "/admin/transparency", {"methodology": text})
        found = levels()
        assert found[:2] == [1, 2], found
        assert all(b <= a + 1 for a, b in pairwise(found)), found


def test_the_admin_methodology_replaces_the_default_and_is_sanitised(as_admin, client) -> None:
    text = "# Our way\n\nWe check **everything** twice.\n\n<script>alert(1)</script>"
    response = post(as_admin, "/admin/transparency", {"methodology": text}, follow_redirects=False)
    assert response.status_code == 303, response.text
    html = client.get(paths.METHODOLOGY).text
    assert "<h2>Our way</h2>" in html and "<strong>everything</strong>" in html
    assert "<script>alert" not in html
    assert "An editor never approves" not in html


def test_ratings_page_lists_the_scale_in_order_with_definitions_and_counts(
    client, db, checker, editor
) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor, text="One claim", rating="False"))
    db.run(lambda s: publish(s, by=checker, editor=editor, text="Two claim", rating="False"))
    html = client.get(paths.RATINGS).text
    positions = [html.index(f'<span class="rating-label">{label}</span>') for label in DEFAULT_DEFINITIONS]
    assert positions == sorted(positions)
    assert DEFAULT_DEFINITIONS["Misleading"] in html
    assert re.search(r"False</span>\s*<span class=\"muted\"><a [^>]*>2 published fact-checks", html)
    assert re.search(r"True</span>\s*<span class=\"muted\"><a [^>]*>0 published fact-checks", html)


def test_the_admin_changes_a_rating_definition(as_admin, client, db) -> None:
    scale = db.run(lambda s: VerdictService(session=s).ensure_scale())
    false = next(r for r in scale if r.label == "False")
    response = post(
        as_admin, "/admin/transparency", {f"definition-{false.id}": "Plainly wrong."}, follow_redirects=False
    )
    assert response.status_code == 303
    assert db.scalar(select(Rating.definition).where(Rating.id == false.id)) == "Plainly wrong."
    assert "Plainly wrong." in client.get(paths.RATINGS).text


def test_bad_admin_input_is_refused_whole_with_what_was_typed_kept(as_admin, db) -> None:
    scale = db.run(lambda s: VerdictService(session=s).ensure_scale())
    false = next(r for r in scale if r.label == "False")
    response = post(
        as_admin,
        "/admin/transparency",
        {
            "methodology": "Kept text",
            "funding": "Good funder | 10 %\n | 20 %",
            f"definition-{false.id}": "x" * 1001,
        },
    )
    assert response.status_code == 422
    assert "Kept text" in response.text and "Good funder | 10 %" in response.text
    assert "Line 2 has no funder" in response.text
    assert "at most 1,000 characters" in response.text
    assert db.count(TransparencySettings) == 0 and db.count(FundingSource) == 0
    assert db.scalar(select(Rating.definition).where(Rating.id == false.id)) == DEFAULT_DEFINITIONS["False"]


def test_the_transparency_admin_is_for_admins_only(client, editor) -> None:
    sign_in(client, editor)
    assert client.get("/admin/transparency").status_code == 403
    assert post(client, "/admin/transparency", {"methodology": "x"}).status_code == 403


def test_about_shows_organisation_funding_and_listed_team(as_admin, client, db, admin, editor) -> None:
    db.run(lambda s: OrganisationService(session=s).ensure(name="Desk <Check>", url="https://desk.example"))
    post(
        as_admin,
        "/admin/transparency",
        {
            "contact": "desk@desk.example",
            "legal_form": "Non-profit association",
            "funding": "Open Fund | 60 %\nReaders | 40 %",
        },
    )
    post(as_admin, "/account/listing", {"listed": "on", "bio": "Runs the desk."})
    html = client.get(paths.ABOUT).text
    assert "Desk &lt;Check&gt;" in html
    assert "Non-profit association" in html and "desk@desk.example" in html
    assert html.index("Open Fund") < html.index("Readers") and "60 %" in html
    assert "Runs the desk." in html and admin.display_name in html
    assert editor.display_name not in html  # not listed: never chose to be
    [org] = json_ld_of(html)
    assert [f["name"] for f in org["funder"]] == ["Open Fund", "Readers"]
    assert db.scalar(select(User.listed_on_about).where(User.id == admin.id)) is True


def test_a_bio_too_long_is_refused_with_the_text_kept(as_checker, db, checker) -> None:
    response = post(as_checker, "/account/listing", {"listed": "on", "bio": "b" * 501})
    assert response.status_code == 422 and "b" * 501 in response.text
    assert db.scalar(select(User.listed_on_about).where(User.id == checker.id)) is False


def test_corrections_log_lists_published_corrections_with_earlier_wording(
    client, db, checker, editor
) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="Corrected claim"))
    db.run(lambda s: publish(s, by=checker, editor=editor, text="Never corrected claim"))
    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor, note="New HRW report."))
    html = client.get(paths.CORRECTIONS).text
    assert "When we get something wrong" in html  # the default policy
    log = html.split('id="log-title"', 1)[1]
    assert "Corrected claim" in log and "Never corrected claim" not in log
    assert "New HRW report." in log
    assert "Half true" in log and "Both guided and unguided" in log  # now
    assert "Mostly true" in log and "Rights groups documented unguided bombs." in log  # before
    assert "/fact-checks/corrected-claim-" in log
    feed = client.get(paths.CORRECTIONS_FEED)
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert "Corrected: Corrected claim" in feed.text and "New HRW report." in feed.text


def test_corrections_policy_is_admin_written(as_admin, client) -> None:
    post(as_admin, "/admin/transparency", {"corrections_policy": "We fix errors within *24 hours*."})
    html = client.get(paths.CORRECTIONS).text
    assert "<em>24 hours</em>" in html and "When we get something wrong" not in html


def test_archive_groups_every_published_fact_check_by_month(client, db, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor, text="Archived claim"))
    db.run(
        lambda s: __import__("tests.builders").builders.make_claim(s, text="Unpublished claim", by=checker)
    )
    html = client.get(paths.ARCHIVE).text
    assert "Archived claim" in html and "Unpublished claim" not in html
    assert re.search(r'<h2 id="month-\d{4}-\d{2}-title">\w+ \d{4}</h2>', html)


def test_an_archive_cut_at_its_limit_says_so_and_points_to_every_fact_check(
    client, db, checker, editor, monkeypatch
) -> None:
    """A desk that has published more than ``ARCHIVE_LIMIT`` sees the most recent ones and is told
    where the rest are; under the limit nothing is said."""
    from factcheck.transparency import service

    for text in ("First claim", "Second claim", "Third claim"):
        db.run(lambda s, text=text: publish(s, by=checker, editor=editor, text=text))
    whole = db.run(lambda s: service.archive(s))
    assert whole.complete and sum(len(m.items) for m in whole.months) == 3
    assert "most recently" not in client.get(paths.ARCHIVE).text
    cut = db.run(lambda s: service.archive(s, limit=2))
    assert not cut.complete
    assert [fc.text for m in cut.months for fc in m.items] == ["Third claim", "Second claim"]
    monkeypatch.setattr(service, "ARCHIVE_LIMIT", 2)
    html = client.get(paths.ARCHIVE).text
    assert "lists the 2 fact-checks published or corrected most recently" in html
    assert '<a href="/fact-checks">Every fact-check</a>' in html
    assert "Third claim" in html and "First claim" not in html


def test_the_rating_migration_gave_defaults_definitions(db) -> None:
    assert json.dumps(DEFAULT_DEFINITIONS)  # the same text the migration writes for old scales
    scale = db.run(lambda s: VerdictService(session=s).ensure_scale())
    assert {r.label: r.definition for r in scale} == DEFAULT_DEFINITIONS
    assert db.count(OrganisationSettings) >= 0


def test_the_default_methodology_invites_tips_once_the_tip_form_exists() -> None:
    from factcheck.transparency.texts import TIPS_PATH, default_methodology

    with_tips = default_methodology(approvals_needed=1, min_sources=1, tips_open=True)
    assert f"]({TIPS_PATH})" in with_tips and "approved by\nan editor" in with_tips
    assert TIPS_PATH not in default_methodology(approvals_needed=1, min_sources=1, tips_open=False)
