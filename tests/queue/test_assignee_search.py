"""The assignee filter at a desk of any size (issue 18): every active person in a menu up to
``PEOPLE_LISTED``, and past it a search for a person, resolved by the server to the same
``assignee=<id>`` the menu sends. A small limit here; the same code at 50 or 1,000."""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import pytest

from factcheck.accounts.people import MAX_TYPED
from factcheck.accounts.service import UserService
from factcheck.claims.queue import SUGGESTED
from tests.big_desk import LIMIT, big_desk_app, make_olga, people
from tests.builders import make_claim, make_user
from tests.client import people_menu_statement, statements
from tests.queue.helpers import listed

if TYPE_CHECKING:
    from factcheck.settings import Settings


@pytest.fixture
def app(settings: Settings) -> Any:
    return big_desk_app(settings)


@pytest.fixture
def olga(db) -> Any:
    return make_olga(db)


@pytest.fixture
def big_desk(db, checker, olga) -> None:
    """More active people than the limit: the checker, Olga and LIMIT - 1 others. Olga researches
    one claim, the checker another."""
    people(db, LIMIT - 1)
    db.run(lambda s: make_claim(s, state="researching", text="Olga's claim", by=olga))
    db.run(lambda s: make_claim(s, state="researching", text="The checker's claim", by=checker))


def assignee_menu(html: str) -> str:
    menu = html[html.index('<select id="f-assignee"') :]
    return menu[: menu.index("</select>")]


def person_field(html: str) -> str | None:
    found = re.search(r'<input type="search" id="f-person"[^>]*>', html)
    return found.group(0) if found else None


def links(html: str) -> dict[str, str]:
    """The people offered: name to link."""
    return {
        unescape(name): unescape(href)
        for href, name in re.findall(r'<li><a href="([^"]+)">([^<]*)</a> <span class="muted">', html)
    }


# --- a small desk: the menu of today -------------------------------------------------------------


def test_a_small_desk_lists_everyone_in_the_menu_and_reads_at_most_limit_plus_one(
    as_checker, app, db, checker
) -> None:
    others = people(db, LIMIT - 1)  # the checker and two others: exactly the limit
    as_checker.get("/claims")
    with statements(app) as sent:
        html = as_checker.get("/claims").text
    menu = assignee_menu(html)
    for person in [checker, *others]:
        assert f'<option value="{person.id}">{person.display_name}</option>' in menu
    assert person_field(html) is None
    sql, parameters = people_menu_statement(sent)
    assert "LIMIT" in sql and LIMIT + 1 in tuple(parameters), (sql, parameters)


def test_a_small_desk_takes_a_typed_name_too(as_checker, db, checker, olga) -> None:
    """A link or bookmark made on a big desk still works on a small one."""
    db.run(lambda s: make_claim(s, state="researching", text="Olga's claim", by=olga))
    html = as_checker.get("/claims?person=OLGA+OTHER").text
    assert listed(html) == ["Olga's claim"] and person_field(html) is None
    assert f'<option value="{olga.id}" selected>Olga Other</option>' in assignee_menu(html)
    html = as_checker.get("/claims?person=Zed").text
    assert 'value="Zed"' in person_field(html) and "No active person is called “Zed”" in html


def test_a_big_desk_costs_the_queries_of_a_small_one(as_checker, app, db, checker, queries) -> None:
    db.run(lambda s: make_claim(s, by=checker))
    as_checker.get("/claims")
    with queries() as small:
        as_checker.get("/claims")
        as_checker.get("/claims/board")
    people(db, LIMIT * 3)
    with statements(app) as sent, queries() as big:
        assert person_field(as_checker.get("/claims").text) is not None
    with queries() as board:
        as_checker.get("/claims/board")
    assert len(big) + len(board) == len(small)
    _, parameters = people_menu_statement(sent)
    assert LIMIT + 1 in tuple(parameters)  # never every person, however many


# --- a big desk: the search ----------------------------------------------------------------------


def test_a_big_desk_gets_a_labelled_search_and_no_menu_of_people(as_checker, big_desk, olga) -> None:
    html = as_checker.get("/claims").text
    menu = assignee_menu(html)
    assert re.findall(r'<option value="([^"]*)"', menu) == ["", "mine", "none"]
    field = person_field(html)
    assert field is not None and 'name="person"' in field
    assert '<label for="f-person">Find an assignee</label>' in html
    assert 'hx-get="/claims/people"' in field


@pytest.mark.parametrize("typed", ["olga other", "OLGA OTHER", "  Olga Other ", "Olga@Test.Example"])
def test_typing_a_name_or_address_filters_by_that_person(as_checker, big_desk, olga, typed) -> None:
    html = as_checker.get("/claims?" + urlencode({"person": typed})).text
    assert listed(html) == ["Olga's claim"]
    assert f'<option value="{olga.id}" selected>Olga Other</option>' in assignee_menu(html)
    assert 'value=""' in person_field(html)  # the menu shows her; the search is empty again
    # The page's own links keep the filter as the menu sends it.
    assert f"assignee={olga.id}" in unescape(html) and "person=" not in unescape(html)


def test_a_typed_name_filters_the_board_too(as_checker, big_desk, olga) -> None:
    html = as_checker.get("/claims/board?person=olga@test.example").text
    assert "Olga&#39;s claim" in html and "The checker&#39;s claim" not in html
    assert f'<option value="{olga.id}" selected>Olga Other</option>' in assignee_menu(html)


def test_a_person_chosen_by_id_on_a_big_desk_shows_by_name(as_checker, big_desk, olga) -> None:
    html = as_checker.get(f"/claims?assignee={olga.id}").text
    assert listed(html) == ["Olga's claim"]
    assert f'<option value="{olga.id}" selected>Olga Other</option>' in assignee_menu(html)


def test_an_unknown_name_says_so_keeps_the_text_and_filters_by_no_one(as_checker, big_desk) -> None:
    html = as_checker.get("/claims?person=Zed+Nobody").text
    assert html.count("No active person is called “Zed Nobody”: type a name or an e-mail address.") == 1
    field = person_field(html)
    assert 'value="Zed Nobody"' in field and 'aria-invalid="true"' in field
    assert sorted(listed(html)) == ["Olga's claim", "The checker's claim"]


def test_a_part_of_a_name_offers_the_people_it_could_mean(as_checker, big_desk, olga) -> None:
    html = as_checker.get("/claims?state=researching&person=other").text  # a word of her name
    assert "No one is called “other” exactly: pick a person" in html
    assert 'value="other"' in person_field(html)
    assert links(html) == {"Olga Other": f"/claims?state=researching&assignee={olga.id}"}


def test_a_name_two_people_share_offers_both(as_checker, big_desk, db) -> None:
    sams = [db.run(lambda s, i=i: make_user(s, name="Sam Lee", email=f"sam{i}@test.example")) for i in (1, 2)]
    html = as_checker.get("/claims?person=sam+lee").text
    assert "2 people are called “sam lee”: pick one." in html
    offered = re.findall(r'<li><a href="([^"]+)">Sam Lee</a> <span class="muted">([^<]+)</span>', html)
    assert sorted(offered) == sorted((f"/claims?assignee={s.id}", s.email) for s in sams)
    assert sorted(listed(html)) == ["Olga's claim", "The checker's claim"]


def test_a_name_longer_than_the_field_is_kept_as_the_field_holds_it(as_checker, big_desk) -> None:
    """Only a hand-made address can send more than the field's maxlength: it is cut to it."""
    html = as_checker.get("/claims?" + urlencode({"person": "y" * (MAX_TYPED + 100)})).text
    field = person_field(html)
    assert field is not None and f'value="{"y" * MAX_TYPED}"' in field
    assert f'maxlength="{MAX_TYPED}"' in field


def test_me_or_nobody_wins_over_a_name_left_in_the_field(as_checker, big_desk) -> None:
    html = as_checker.get("/claims?assignee=mine&person=Zed").text
    assert listed(html) == ["The checker's claim"]
    assert "Zed" not in html


def test_a_typed_name_is_escaped(as_checker, big_desk) -> None:
    html = as_checker.get("/claims?" + urlencode({"person": '<script>alert("x")</script>'})).text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_a_deactivated_person_is_never_offered_nor_found(as_checker, big_desk, db, olga) -> None:
    db.run(lambda s: UserService(session=s).set_active(olga.id, False))
    assert "Olga" not in suggestions(as_checker, "olg")
    html = as_checker.get("/claims?person=Olga+Other").text
    assert "No active person is called “Olga Other”" in html
    html = as_checker.get(f"/claims?assignee={olga.id}").text  # an old link: her claims, and why
    assert "No active person has that id." in html and str(olga.id) not in assignee_menu(html)


def test_a_deactivated_person_is_not_in_a_small_desks_menu(as_checker, checker, olga, db) -> None:
    db.run(lambda s: UserService(session=s).set_active(olga.id, False))
    menu = assignee_menu(as_checker.get("/claims").text)
    assert str(olga.id) not in menu and str(checker.id) in menu


# --- the suggestions as one types ----------------------------------------------------------------


def suggestions(client, typed: str, **params: str) -> str:
    response = client.get("/claims/people?" + urlencode({"person": typed, **params}))
    assert response.status_code == 200, response.text[-300:]
    return response.text


def test_the_suggestions_match_a_name_a_word_of_it_or_an_address(as_checker, big_desk, olga) -> None:
    for typed in ("Olg", "oth", "OLGA@"):
        assert links(suggestions(as_checker, typed)) == {"Olga Other": f"/claims?assignee={olga.id}"}
    said = suggestions(as_checker, "zz")
    assert links(said) == {} and "No active person’s name or e-mail address starts with “zz”." in said
    assert suggestions(as_checker, "  ").strip() == ""


def test_the_suggestions_lead_to_the_view_they_were_asked_from(as_checker, big_desk, olga) -> None:
    html = suggestions(as_checker, "olga", view="/claims/board", tag="syria", q="bombs", after="x")
    assert links(html) == {"Olga Other": f"/claims/board?q=bombs&assignee={olga.id}&tag=syria"}
    elsewhere = suggestions(as_checker, "olga", view="https://evil.example/")
    assert links(elsewhere) == {"Olga Other": f"/claims?assignee={olga.id}"}


def test_the_suggestions_are_bounded(as_checker, big_desk, db) -> None:
    people(db, SUGGESTED + 2, prefix="Twin")
    assert len(links(suggestions(as_checker, "twin"))) == SUGGESTED


def test_the_suggestions_escape_names_and_read_no_pattern(as_checker, big_desk, db) -> None:
    db.run(lambda s: make_user(s, name="<script>alert(1)</script>", email="x@test.example"))
    db.run(lambda s: make_user(s, name="100% Sure", email="sure@test.example"))
    html = suggestions(as_checker, "<scr")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert list(links(suggestions(as_checker, "100%"))) == ["100% Sure"]
    assert links(suggestions(as_checker, "%")) == {}  # a % is a character, not "anything"


def test_the_suggestions_are_for_signed_in_staff_only(client, big_desk) -> None:
    response = client.get("/claims/people?person=olga", follow_redirects=False)
    assert response.status_code == 303 and "Olga" not in response.text
