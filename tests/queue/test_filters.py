"""GET /claims: every filter, alone and combined, with the same expectations on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import pytest

from tests.builders import make_article, make_claim, make_user
from tests.queue.helpers import listed

DUMB = "Russia is using dumb bombs in Syria"
IRAN = "Iran supports a ceasefire in Syria"
TURKEY = "Turkey shelled Kurdish positions near Azaz"
REFUGEES = "Nearly 40,000 people fled to the Turkish border"
HOSPITALS = "The bombing of hospitals continued for weeks"


@pytest.fixture
def desk(db, checker, editor):
    """Five claims across states, claimants, tags, priorities and assignees."""
    other = db.run(lambda s: make_user(s, role="fact_checker", name="Olga Other"))
    article = db.run(make_article)

    async def build(s):
        await make_claim(
            s,
            state="published",
            text=DUMB,
            by=checker,
            editor=editor,
            article=article,
            tags=["syria", "weapons"],
            priority="high",
            score=0.9,
        )
        await make_claim(
            s,
            state="queued",
            text=IRAN,
            claimant="John Kerry (citing Iranian officials)",
            by=checker,
            article=article,
            tags=["syria", "iran"],
            score=0.7,
        )
        await make_claim(
            s,
            state="researching",
            text=TURKEY,
            claimant="Ahmet Davutoglu",
            by=other,
            priority="urgent",
            score=0.4,
        )
        await make_claim(s, state="candidate", text=REFUGEES, claimant="The United Nations", priority="low")
        await make_claim(s, state="dismissed", text=HOSPITALS, claimant="Amnesty International", by=checker)

    db.run(build)
    return {"article": article, "other": other}


def shown(client, **params) -> set[str]:
    response = client.get("/claims?" + urlencode(params))
    assert response.status_code == 200, response.text[-400:]
    return set(listed(response.text))


ALL = {DUMB, IRAN, TURKEY, REFUGEES, HOSPITALS}


def test_each_filter_narrows_the_list(as_checker, desk) -> None:
    today = datetime.now(UTC).date()
    cases = [
        ({}, ALL),
        ({"state": "queued"}, {IRAN}),
        ({"state": "published"}, {DUMB}),
        ({"assignee": "mine"}, {DUMB}),  # research assigns whoever starts it
        ({"assignee": str(desk["other"].id)}, {TURKEY}),
        ({"assignee": "none"}, {IRAN, REFUGEES, HOSPITALS}),
        ({"claimant": "John Kerry"}, {DUMB}),
        ({"claimant": "Ahmet Davutoglu"}, {TURKEY}),
        ({"article": str(desk["article"].id)}, {DUMB, IRAN}),
        ({"rating": "Mostly true"}, {DUMB}),
        ({"rating": "False"}, set()),
        ({"tag": "syria"}, {DUMB, IRAN}),
        ({"tag": "iran"}, {IRAN}),
        ({"tag": "nothing-tagged"}, set()),
        ({"priority": "urgent"}, {TURKEY}),
        ({"priority": "low"}, {REFUGEES}),
        ({"from": today.isoformat()}, ALL),
        ({"to": (today - timedelta(days=1)).isoformat()}, set()),
        ({"from": (today + timedelta(days=1)).isoformat()}, set()),
        ({"from": today.isoformat(), "to": today.isoformat()}, ALL),
        ({"q": "bombing"}, {DUMB, HOSPITALS}),
        ({"q": "kerry"}, {DUMB, IRAN}),  # the claimant is searched too
    ]
    for params, expected in cases:
        assert shown(as_checker, **params) == expected, params


def test_filters_combine(as_checker, desk) -> None:
    cases = [
        ({"tag": "syria", "state": "queued"}, {IRAN}),
        ({"tag": "syria", "priority": "high", "q": "bombs"}, {DUMB}),
        ({"article": str(desk["article"].id), "assignee": "none", "q": "ceasefire"}, {IRAN}),
        ({"q": "syria", "tag": "weapons", "rating": "Mostly true", "assignee": "mine"}, {DUMB}),
        ({"q": "bombing", "state": "dismissed", "claimant": "Amnesty International"}, {HOSPITALS}),
        ({"q": "bombing", "state": "queued"}, set()),
    ]
    for params, expected in cases:
        assert shown(as_checker, **params) == expected, params


def test_sorts_order_by_priority_score_and_creation(as_checker, desk) -> None:
    def order(sort: str) -> list[str]:
        return listed(as_checker.get(f"/claims?sort={sort}").text)

    assert order("priority")[:2] == [TURKEY, DUMB]
    assert order("priority")[-1] == REFUGEES
    assert order("score")[:3] == [DUMB, IRAN, TURKEY]
    assert order("created") == [HOSPITALS, REFUGEES, TURKEY, IRAN, DUMB]


def test_the_state_counts_follow_the_other_filters(as_checker, desk) -> None:
    html = as_checker.get("/claims?" + urlencode({"tag": "syria", "state": "queued"})).text
    counts = dict(
        (state, int(n))
        for state, n in __import__("re").findall(
            r'class="badge state-(\w+)">[^<]*</span> <span class="count">(\d+)</span>', html
        )
    )
    assert counts["published"] == 1 and counts["queued"] == 1 and counts["candidate"] == 0
    assert 'id="match-count">1<' in html  # the state filter applies to the list itself


def test_unknown_filter_values_are_explained_and_kept_in_the_form(as_checker, desk) -> None:
    response = as_checker.get(
        "/claims?"
        + urlencode({"state": "lost", "from": "2016-02-30", "rating": "Pants on fire", "claimant": "Kerry"})
    )
    assert response.status_code == 200
    html = response.text
    assert "There is no state called &#39;lost&#39;." in html
    assert "Use a date like" in html
    assert "The rating scale has no &#39;Pants on fire&#39;." in html
    assert 'value="2016-02-30"' in html and 'name="claimant" value="Kerry"' in html


def test_a_filter_of_an_unknown_person_or_article_says_so(as_checker, desk) -> None:
    from uuid import uuid4

    html = as_checker.get(f"/claims?assignee={uuid4()}&article={uuid4()}").text
    assert "No active person has that id." in html and "No such article." in html
    assert listed(html) == []


def test_a_person_picked_as_assignee_stays_picked_in_the_form(as_checker, desk, checker) -> None:
    html = as_checker.get(f"/claims?assignee={checker.id}").text
    assert f'<option value="{checker.id}" selected>' in html
    assert "No active person has that id." not in html
    assignee = html[html.index('<select id="f-assignee"') :]
    assignee = assignee[: assignee.index("</select>")]
    assert assignee.count(" selected") == 1
