"""ClaimReview: every object we export satisfies the JSON Schema written from schema.org's and
Google's documentation; the DataFeed and the Atom feed carry every public fact-check."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date, datetime
from typing import Any

import jsonschema
import pytest

from factcheck.publishing.claimreview import claim_reviewed, claimant_entity, json_ld, suggest_short
from factcheck.settings import ROOT
from tests.builders import make_article, make_claim
from tests.publishing.helpers import json_ld_of, path_of, publish, publish_correction, publish_tip

SCHEMA = json.loads((ROOT / "schemas" / "claimreview.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
LONG_TEXT = (
    "The United Nations has estimated that 250,000 people have been killed in Syria since the conflict "
    "began in March 2011, and that millions more have fled the country"
)

TIPPED = "Turkey shelled Kurdish positions in northern Syria"
TIP_URL = "https://social.example/posts/42"


def assert_valid(review: dict[str, Any]) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in VALIDATOR.iter_errors(review)]
    assert errors == [], review
    rating = review["reviewRating"]
    if "ratingValue" in rating:
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    for when in _dates(review):
        (datetime if "T" in when else date).fromisoformat(when.replace("Z", "+00:00"))  # a real date


def _dates(value: Any) -> list[str]:
    if isinstance(value, dict):
        found = [v for k, v in value.items() if k.startswith("date") and isinstance(v, str)]
        return found + [d for v in value.values() for d in _dates(v)]
    if isinstance(value, list):
        return [d for v in value for d in _dates(v)]
    return []


def feed_reviews(client) -> list[dict[str, Any]]:
    feed = client.get("/fact-checks/claimreview.json").json()
    return [review for element in feed["dataFeedElement"] for review in element["item"]]


@pytest.fixture
def variety(db, checker, editor) -> list[Any]:
    """Published fact-checks of every shape: on and off the scale, long, by an organisation, with
    and without an article, corrected, and under correction."""
    article = db.run(make_article)
    return [
        db.run(lambda s: publish(s, by=checker, editor=editor, article=article, claim_date=date(2016, 2, 4))),
        db.run(
            lambda s: publish(
                s, by=checker, editor=editor, text="Iran supports a ceasefire", rating="Unproven"
            )
        ),
        db.run(
            lambda s: publish(
                s, by=checker, editor=editor, text="Sanctions stopped the bombing", rating="Misleading"
            )
        ),
        db.run(
            lambda s: publish(s, by=checker, editor=editor, text=LONG_TEXT, claimant="The United Nations")
        ),
        db.run(
            lambda s: publish(
                s, by=checker, editor=editor, text="Nobody said it", claimant=None, rating="True"
            )
        ),
        db.run(lambda s: publish(s, by=checker, editor=editor, text="Flatly wrong", rating="False")),
        db.run(lambda s: publish_tip(s, by=checker, editor=editor, said=TIPPED, where_seen=TIP_URL)),
    ]


def test_every_exported_claimreview_matches_the_schema(
    client, db, checker, editor, variety, as_editor
) -> None:
    db.run(lambda s: publish_correction(s, variety[0], by=checker, editor=editor))
    reviews = feed_reviews(client)
    assert len(reviews) == len(variety)
    for claim in variety:
        reviews += json_ld_of(client.get(path_of(claim)).text)
    export = as_editor.get("/exports/download", params={"format": "claimreview"}).json()
    reviews += [r for element in export["dataFeedElement"] for r in element["item"]]
    assert len(reviews) == 3 * len(variety)
    for review in reviews:
        assert_valid(review)


def test_a_rating_off_the_scale_carries_alternate_name_only(client, variety) -> None:
    by_label = {r["reviewRating"]["alternateName"]: r["reviewRating"] for r in feed_reviews(client)}
    assert set(by_label["Misleading"]) == {"@type", "alternateName", "ratingExplanation"}
    assert set(by_label["Unproven"]) == {"@type", "alternateName", "ratingExplanation"}
    assert by_label["Mostly true"] | {} == {
        "@type": "Rating",
        "alternateName": "Mostly true",
        "ratingValue": 4,
        "bestRating": 5,
        "worstRating": 1,
        "ratingExplanation": "Rights groups documented unguided bombs.",
    }
    assert by_label["False"]["ratingValue"] == 1 and by_label["True"]["ratingValue"] == 5


def test_the_claim_reviewed_is_short_and_says_nothing_of_the_rating(client, variety) -> None:
    reviews = feed_reviews(client)
    long_one = next(r for r in reviews if r["claimReviewed"].startswith("The United Nations"))
    assert len(long_one["claimReviewed"]) <= 75 and long_one["claimReviewed"].endswith("…")
    for review in reviews:
        assert review["reviewRating"]["alternateName"].lower() not in review["claimReviewed"].lower()


def test_the_claim_names_its_author_when_and_where_it_was_made(client, variety) -> None:
    review = next(
        r for r in feed_reviews(client) if r["claimReviewed"] == "Russia is using dumb bombs in Syria"
    )
    assert review["itemReviewed"] == {
        "@type": "Claim",
        "author": {"@type": "Person", "name": "John Kerry"},
        "datePublished": "2016-02-04",
        "appearance": {
            "@type": "CreativeWork",
            "headline": "Kerry calls on Russia to end Syria bombing",
            "publisher": {"@type": "Organization", "name": "DW"},
        },
    }
    un = next(r for r in feed_reviews(client) if r["claimReviewed"].startswith("The United Nations"))
    assert un["itemReviewed"]["author"] == {"@type": "Organization", "name": "The United Nations"}
    assert review["author"]["@type"] == "Organization"


def test_a_readers_address_is_the_claims_first_appearance(client, variety, as_editor) -> None:
    """A tip that said where the claim was seen (a web address): ClaimReview's firstAppearance,
    in the public feed and in the staff's export alike."""
    export = as_editor.get("/exports/download", params={"format": "claimreview"}).json()
    exported = [r for element in export["dataFeedElement"] for r in element["item"]]
    for reviews in (feed_reviews(client), exported):
        tipped = next(r for r in reviews if r["claimReviewed"] == TIPPED)
        first = {"@type": "CreativeWork", "url": TIP_URL}
        assert tipped["itemReviewed"]["firstAppearance"] == first
        assert tipped["itemReviewed"]["appearance"] == first
        others = [r for r in reviews if r["claimReviewed"] != TIPPED]
        assert all("firstAppearance" not in r["itemReviewed"] for r in others)
    tipped_claim = next(c for c in variety if c.text == TIPPED)
    on_page = json_ld_of(client.get(path_of(tipped_claim)).text)[0]
    assert on_page["itemReviewed"]["firstAppearance"] == {"@type": "CreativeWork", "url": TIP_URL}


def test_a_correction_carries_its_date_modified(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    [before] = feed_reviews(client)
    assert "dateModified" not in before
    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor))
    [after] = feed_reviews(client)
    assert after["reviewRating"]["alternateName"] == "Half true"
    assert after["datePublished"] == before["datePublished"] and "dateModified" in after


def test_the_feed_is_a_schema_org_data_feed(client, db, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(
        lambda s: make_claim(s, state="approved", text="Approved, not published", by=checker, editor=editor)
    )
    response = client.get("/fact-checks/claimreview.json")
    assert response.headers["content-type"].startswith("application/ld+json")
    feed = response.json()
    assert feed["@context"] == "https://schema.org" and feed["@type"] == "DataFeed"
    [element] = feed["dataFeedElement"]
    assert element["@type"] == "DataFeedItem" and element["item"][0]["@type"] == "ClaimReview"


def test_the_atom_feed_lists_published_fact_checks(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    response = client.get("/fact-checks/feed.xml")
    assert response.headers["content-type"].startswith("application/atom+xml")
    atom = "{http://www.w3.org/2005/Atom}"
    root = ET.fromstring(response.content)
    [entry] = root.findall(f"{atom}entry")
    assert entry.findtext(f"{atom}title") == "Mostly true: Russia is using dumb bombs in Syria"
    assert entry.findtext(f"{atom}id") == f"urn:uuid:{claim.id}"
    assert entry.find(f"{atom}link").get("href") == f"http://testserver.local{path_of(claim)}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia is using dumb bombs in Syria", "Russia is using dumb bombs in Syria"),
        ("  spaced\n out  ", "spaced out"),
        (LONG_TEXT, "The United Nations has estimated that 250,000 people have been killed in…"),
    ],
)
def test_short_claim(text: str, expected: str) -> None:
    assert claim_reviewed(text, None) == expected
    assert len(claim_reviewed(text, None)) <= 75


def test_the_fact_checkers_short_wording_wins_and_is_never_cut() -> None:
    mine = "UN: 250,000 killed in Syria since March 2011"
    assert claim_reviewed(LONG_TEXT, mine) == mine
    assert claim_reviewed(LONG_TEXT, "   ") != "   "


def test_a_long_claim_is_shortened_at_the_end_of_a_clause_not_mid_phrase() -> None:
    text = (
        "Kerry said Russia is using dumb bombs in Syria, killing civilians in Aleppo, "
        "and that the ceasefire talks will resume in Geneva on 25 February"
    )
    assert (
        suggest_short(text) == "Kerry said Russia is using dumb bombs in Syria, killing civilians in Aleppo"
    )
    assert claim_reviewed(text, None) == suggest_short(text)
    assert suggest_short(LONG_TEXT) is None  # "250,000" is no clause end


@pytest.mark.parametrize(
    ("claimant", "entity"),
    [
        ("John Kerry", {"@type": "Person", "name": "John Kerry"}),
        ("John Kerry (citing Iranian officials)", {"@type": "Person", "name": "John Kerry"}),
        ("Russian Defence Ministry", {"@type": "Organization", "name": "Russian Defence Ministry"}),
        ("The United Nations", {"@type": "Organization", "name": "The United Nations"}),
    ],
)
def test_claimant_entity(claimant: str, entity: dict[str, str]) -> None:
    assert claimant_entity(claimant) == entity


def test_json_ld_cannot_end_its_script_block() -> None:
    text = json_ld({"claimReviewed": "</script><!-- & more"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"claimReviewed": "</script><!-- & more"}


@pytest.mark.parametrize("articles_kept", [4096, 1])
def test_the_exports_feed_items_are_the_reviews_the_pages_build(
    db, checker, editor, variety, articles_kept, monkeypatch
) -> None:
    """The ClaimReview export writes its items as JSON text from encoded parts (issue 18: speed);
    each is the item ``ClaimReviews.feed_item`` builds, encoded, for every shape of fact-check,
    also when the articles' parts kept are fewer than the articles (one: forgotten at each new one)."""
    from factcheck.publishing import claimreview_feed
    from factcheck.publishing.claimreview import ClaimReviews, dumps
    from factcheck.publishing.claimreview_feed import PUBLIC_COLUMNS, FeedItems
    from factcheck.publishing.export_queries import ExportFilters, public_export_query
    from factcheck.publishing.raw_values import untyped, values_for
    from factcheck.publishing.service import load_publisher, load_scale
    from tests.publishing.helpers import make_export_desk

    monkeypatch.setattr(claimreview_feed, "_ARTICLES_KEPT", articles_kept)
    db.run(lambda s: publish_correction(s, variety[0], by=checker, editor=editor))
    db.run(make_export_desk)

    async def both(session: Any) -> tuple[list[str], list[str]]:
        reviews = ClaimReviews(await load_publisher(session), await load_scale(session), "https://d.example")
        query = public_export_query(ExportFilters()).order_by("claim_id")
        typed = [dumps(reviews.feed_item(row)) for row in await session.execute(query)]
        values = values_for(session.get_bind().dialect.name)
        text = list(FeedItems(reviews, values).lines(list(await session.execute(untyped(query)))))
        return typed, text

    typed, text = db.run(both)
    assert len(typed) == len(variety) + 5
    assert text == typed
    assert tuple(public_export_query(ExportFilters()).selected_columns.keys()) == PUBLIC_COLUMNS
