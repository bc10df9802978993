"""The claim page's assign form at a desk of any size (issue 18): every active person in a menu up
to ``PEOPLE_LISTED``, and past it a field for a name or e-mail address that the server resolves to
the person's id (``factcheck.claims.assigning``). A small limit here; the same code at 50 or 1,000."""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import pytest
from sqlalchemy import select

from factcheck.accounts.people import SUGGESTED
from factcheck.accounts.service import UserService
from factcheck.claims.models import Claim, Event
from tests.big_desk import LIMIT, big_desk_app, make_olga, people
from tests.builders import make_claim, make_user
from tests.client import people_menu_statement, post, statements

if TYPE_CHECKING:
    from factcheck.settings import Settings


@pytest.fixture
def app(settings: Settings) -> Any:
    return big_desk_app(settings)


@pytest.fixture
def olga(db) -> Any:
    return make_olga(db)


@pytest.fixture
def claim(db, checker) -> Any:
    """A queued claim nobody researches yet."""
    return db.run(lambda s: make_claim(s, state="queued", by=checker))


@pytest.fixture
def big_desk(db, checker, olga) -> list[Any]:
    """More active people than the limit: the checker, Olga and LIMIT others."""
    return people(db, LIMIT)


def assign_form(html: str) -> str:
    form = html[html.index('id="assign-form"') :]
    return form[: form.index("</form>")]


def start_menu(html: str) -> str:
    """The "Who researches it" menu, beside "Start research"."""
    menu = html[html.index('<select id="start-assignee"') :]
    return menu[: menu.index("</select>")]


def person_field(html: str) -> str | None:
    found = re.search(r'<input type="search" id="assign-person"[^>]*>', html)
    return found.group(0) if found else None


def offered(html: str) -> dict[str, str]:
    """The people offered to pick: name to the id their button posts."""
    return {
        unescape(name): uid
        for uid, name in re.findall(
            r'<button type="submit" name="assignee" value="([^"]+)" class="person-pick">([^<]*) <span', html
        )
    }


def assign(client, claim_id: Any, db, headers: dict[str, str] | None = None, **fields: str) -> Any:
    """The assign form posted with the claim's current version."""
    version = db.scalar(select(Claim.version).where(Claim.id == claim_id))
    data = {"version": str(version), **fields}
    return post(client, f"/claims/{claim_id}/assignee", data, headers=headers or {}, follow_redirects=False)


def assignee(db, claim_id: Any) -> Any:
    return db.scalar(select(Claim.assignee_id).where(Claim.id == claim_id))


# --- a small desk: the menu of today -------------------------------------------------------------


def test_a_small_desk_lists_everyone_in_the_menu_and_reads_at_most_limit_plus_one(
    as_checker, app, db, checker, claim
) -> None:
    others = people(db, LIMIT - 1)  # the checker and two others: exactly the limit
    as_checker.get(f"/claims/{claim.id}")
    with statements(app) as sent:
        html = as_checker.get(f"/claims/{claim.id}").text
    form = assign_form(html)
    assert '<select id="assignee" name="assignee">' in form and person_field(html) is None
    for person in [checker, *others]:
        assert f'<option value="{person.id}">{person.display_name}</option>' in form
    starting = start_menu(html)
    assert f'<option value="{others[0].id}">' in starting and f'value="{checker.id}"' not in starting
    sql, parameters = people_menu_statement(sent)
    assert "LIMIT" in sql and LIMIT + 1 in tuple(parameters), (sql, parameters)
    assign(as_checker, claim.id, db, assignee=str(others[1].id))
    assert assignee(db, claim.id) == others[1].id


def test_a_big_desk_costs_the_queries_of_a_small_one(as_checker, app, db, claim, queries) -> None:
    as_checker.get(f"/claims/{claim.id}")
    with queries() as small:
        as_checker.get(f"/claims/{claim.id}")
    people(db, LIMIT * 3)
    with statements(app) as sent, queries() as big:
        html = as_checker.get(f"/claims/{claim.id}").text
    assert person_field(html) is not None
    assert len(big) == len(small), "\n".join(big.statements)
    _, parameters = people_menu_statement(sent)
    assert LIMIT + 1 in tuple(parameters)  # never every person, however many
    assert "Person " not in html


# --- a big desk: a name or an address -----------------------------------------------------------


def test_a_big_desk_gets_a_labelled_field_me_and_nobody_but_no_menu(as_checker, big_desk, db, claim) -> None:
    html = as_checker.get(f"/claims/{claim.id}").text
    form = assign_form(html)
    assert '<select id="assignee"' not in form
    assert '<label for="assign-person">Assign to (name or e-mail address)</label>' in form
    assert f'hx-get="/claims/{claim.id}/assignee"' in person_field(html)
    assert ">Assign to me</button>" in html and ">Unassign</button>" not in html  # nobody on it yet
    assign(as_checker, claim.id, db, assignee="me")
    html = as_checker.get(f"/claims/{claim.id}").text
    assert ">Unassign</button>" in html and ">Assign to me</button>" not in html
    assert assign(as_checker, claim.id, db, assignee="").status_code == 303
    assert assignee(db, claim.id) is None


@pytest.mark.parametrize("typed", ["olga other", "OLGA OTHER", "  Olga Other ", "Olga@Test.Example"])
def test_a_typed_name_or_address_assigns_that_person(as_checker, big_desk, db, olga, claim, typed) -> None:
    response = assign(as_checker, claim.id, db, person=typed)
    assert response.status_code == 303
    assert assignee(db, claim.id) == olga.id
    assert db.scalar(select(Event.comment).where(Event.action == "assign")) == "Olga Other"


def test_with_htmx_the_details_come_back_with_the_assignee(as_checker, big_desk, db, olga, claim) -> None:
    response = assign(as_checker, claim.id, db, person="olga other", headers={"HX-Request": "true"})
    assert response.status_code == 200 and 'id="claim-meta" hx-swap-oob="true"' in response.text
    assert '<dd class="assignee">Olga Other</dd>' in response.text
    assert 'value=""' in person_field(response.text)


def test_an_unknown_name_says_so_keeps_the_text_and_writes_nothing(as_checker, big_desk, db, claim) -> None:
    events = db.count(Event)
    response = assign(as_checker, claim.id, db, person="Zed Nobody")
    assert response.status_code == 422
    html = response.text
    assert "No active person is called “Zed Nobody”: type a name or an e-mail address." in assign_form(html)
    field = person_field(html)
    assert 'value="Zed Nobody"' in field and 'aria-invalid="true"' in field
    assert assignee(db, claim.id) is None and db.count(Event) == events
    empty = assign(as_checker, claim.id, db, person="  ")
    assert empty.status_code == 422 and "Type a person’s name or e-mail address" in empty.text
    assert assignee(db, claim.id) is None and db.count(Event) == events


def test_a_name_two_people_share_offers_both_and_one_is_picked(as_checker, big_desk, db, claim) -> None:
    sams = [db.run(lambda s, i=i: make_user(s, name="Sam Lee", email=f"sam{i}@test.example")) for i in (1, 2)]
    events = db.count(Event)
    response = assign(as_checker, claim.id, db, person="sam lee", headers={"HX-Request": "true"})
    assert response.status_code == 422 and 'id="claim-meta" hx-swap-oob="true"' in response.text
    form = assign_form(response.text)
    assert "2 people are called “sam lee”: pick one." in form and 'value="sam lee"' in form
    buttons = re.findall(r'name="assignee" value="([^"]+)" class="person-pick">Sam Lee <span', form)
    assert sorted(buttons) == sorted(str(s.id) for s in sams)
    assert assignee(db, claim.id) is None and db.count(Event) == events
    # The button posts the person's id beside what was typed: the id wins.
    assign(as_checker, claim.id, db, person="sam lee", assignee=str(sams[1].id))
    assert assignee(db, claim.id) == sams[1].id


def test_a_part_of_a_name_offers_the_people_it_could_mean(as_checker, big_desk, db, olga, claim) -> None:
    html = assign(as_checker, claim.id, db, person="oth").text
    assert "No one is called “oth” exactly: pick a person" in html
    assert offered(assign_form(html)) == {"Olga Other": str(olga.id)}


def test_a_stale_form_with_a_name_is_refused_keeping_it(as_checker, big_desk, db, olga, claim) -> None:
    version = claim.version
    assign(as_checker, claim.id, db, assignee="me")
    response = post(
        as_checker, f"/claims/{claim.id}/assignee", {"version": str(version), "person": "olga other"}
    )
    assert response.status_code == 409 and 'value="olga other"' in person_field(response.text)
    assert assignee(db, claim.id) != olga.id


def test_a_deactivated_person_is_never_offered_nor_accepted(
    as_checker, big_desk, db, olga, checker, claim
) -> None:
    assign(as_checker, claim.id, db, assignee=str(olga.id))
    db.run(lambda s: UserService(session=s).set_active(olga.id, False))
    assert "Olga" not in suggestions(as_checker, claim.id, "olg")
    html = assign(as_checker, claim.id, db, person="Olga Other").text
    assert "No active person is called “Olga Other”" in html
    response = assign(as_checker, claim.id, db, assignee=str(olga.id))
    assert response.status_code == 422 and "Choose an active user." in response.text
    # "Who researches it" offers Me, and the person already on it only while they are active.
    assert str(olga.id) not in start_menu(as_checker.get(f"/claims/{claim.id}").text)


def test_who_researches_it_on_a_big_desk_offers_me_and_the_one_on_it(
    as_checker, big_desk, db, olga, claim
) -> None:
    assign(as_checker, claim.id, db, assignee=str(olga.id))
    menu = start_menu(as_checker.get(f"/claims/{claim.id}").text)
    assert re.findall(r"<option value=\"([^\"]*)\"", menu) == ["me", str(olga.id)]


def test_a_typed_name_and_a_persons_name_are_escaped(as_checker, big_desk, db, claim) -> None:
    db.run(lambda s: make_user(s, name="<script>alert(1)</script>", email="x@test.example"))
    html = suggestions(as_checker, claim.id, "<scr")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    html = assign(as_checker, claim.id, db, person='<script>alert("x")</script>').text
    assert "<script>alert" not in html
    assert 'value="&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;"' in person_field(html)


# --- the suggestions as one types ----------------------------------------------------------------


def suggestions(client, claim_id: Any, typed: str) -> str:
    response = client.get(f"/claims/{claim_id}/assignee?" + urlencode({"person": typed}))
    assert response.status_code == 200, response.text[-300:]
    return response.text


def test_the_suggestions_are_buttons_posting_the_persons_id(as_checker, big_desk, olga, claim) -> None:
    for typed in ("Olg", "oth", "OLGA@"):
        assert offered(suggestions(as_checker, claim.id, typed)) == {"Olga Other": str(olga.id)}
    said = suggestions(as_checker, claim.id, "zz")
    assert offered(said) == {} and "No active person’s name or e-mail address starts with “zz”." in said
    assert suggestions(as_checker, claim.id, "  ").strip() == ""


def test_the_suggestions_are_bounded(as_checker, big_desk, db, claim) -> None:
    people(db, SUGGESTED + 2, prefix="Twin")
    assert len(offered(suggestions(as_checker, claim.id, "twin"))) == SUGGESTED


def test_the_suggestions_are_for_signed_in_staff_only(client, big_desk, claim) -> None:
    response = client.get(f"/claims/{claim.id}/assignee?person=olga", follow_redirects=False)
    assert response.status_code == 303 and "Olga" not in response.text
