"""The public tip form: a tip becomes a candidate claim from a reader; bad input, rate limits and
the honeypot are refused with a clear message and what was typed kept (issue #16)."""

from __future__ import annotations

from sqlalchemy import select, update

from factcheck.claims.models import Claim, Event, Origin
from factcheck.claims.workflow import State
from factcheck.notifications.models import Kind, Notification
from factcheck.tips.allowance import MAX_TIPS_PER_HOUR
from factcheck.tips.models import Tip, TipContact
from factcheck.tips.service import MAX_SAID
from tests.builders import make_claim
from tests.conftest import csrf_token, sign_in

TIP = {"said": "Russia is using dumb bombs in Syria", "where_seen": "https://social.example/post/1"}


def send(client, data, **kwargs):
    return client.post(
        "/tips/new", data={**data, "_csrf_token": csrf_token(client)}, follow_redirects=False, **kwargs
    )


def test_the_form_needs_no_account_and_every_public_page_links_to_it(client) -> None:
    page = client.get("/tips/new")
    assert page.status_code == 200 and 'name="said"' in page.text and 'name="where_seen"' in page.text
    assert 'href="/tips/new"' in client.get("/fact-checks").text


def test_a_tip_becomes_a_candidate_claim_from_a_reader(client, db, editor) -> None:
    response = send(client, {**TIP, "email": "reader@test.example"})
    assert response.status_code == 303 and response.headers["location"].startswith("/tips/")
    claim = db.scalar(select(Claim))
    assert claim.state == State.CANDIDATE and claim.origin == Origin.READER_TIP and claim.tip_count == 1
    assert claim.text == TIP["said"] and claim.created_by_id is None
    tip = db.scalar(select(Tip))
    assert tip.where_seen == TIP["where_seen"] and len(tip.token) >= 32
    assert db.scalar(select(TipContact.email)) == "reader@test.example"
    assert db.scalar(select(Notification.kind).where(Notification.user_id == editor.id)) == Kind.TIP


def test_the_same_words_are_grouped_onto_one_claim_with_a_count(client, db, editor) -> None:
    send(client, TIP)
    send(client, {**TIP, "said": "  russia is using DUMB bombs in Syria! "})
    assert db.count(Claim) == 1 and db.count(Tip) == 2
    assert db.scalar(select(Claim.tip_count)) == 2
    # The desk hears once, not once per reader.
    assert db.count(Notification) == 1


def test_a_tip_grouped_onto_a_claim_in_work_moves_no_state_in_its_timeline(client, db, editor) -> None:
    # A grouped tip's event said "-> Queued" on a queued claim, as if the tip had moved it there
    # (seen by the session-18 review): it records the state it found, as both ends.
    send(client, TIP)
    claim_id = db.scalar(select(Claim.id))

    async def queue_it(session) -> None:
        await session.execute(update(Claim).where(Claim.id == claim_id).values(state=State.QUEUED.value))
        await session.commit()

    db.run(queue_it)
    send(client, {**TIP, "said": "Russia is using dumb bombs in Syria."})
    tips = db.run(
        lambda session: _all(session, select(Event.from_state, Event.to_state).order_by(Event.created_at))
    )
    assert tips == [(None, State.CANDIDATE.value), (State.QUEUED.value, State.QUEUED.value)]
    sign_in(client, editor)
    page = client.get(f"/claims/{claim_id}").text
    assert page.count('class="transition"') == 1 and "→ Queued" not in page


async def _all(session, statement) -> list:
    return [tuple(row) for row in (await session.execute(statement)).all()]


def test_a_missing_field_is_refused_with_the_typed_text_kept(client, db) -> None:
    response = send(client, {"said": "The <b>moon</b> is cheese", "where_seen": ""})
    assert response.status_code == 422
    assert "Tell us where you saw it" in response.text
    assert "The &lt;b&gt;moon&lt;/b&gt; is cheese" in response.text
    assert db.count(Claim) == 0 and db.count(Tip) == 0


def test_a_tip_too_long_is_refused(client, db) -> None:
    response = send(client, {**TIP, "said": "x" * (MAX_SAID + 1)})
    assert response.status_code == 422 and "Keep it under" in response.text
    assert db.count(Claim) == 0


def test_a_bad_email_is_refused_and_kept(client, db) -> None:
    response = send(client, {**TIP, "email": "not-an-address"})
    assert response.status_code == 422 and "does not look like an email" in response.text
    assert 'value="not-an-address"' in response.text and db.count(Claim) == 0


def test_the_honeypot_field_refuses_bots(client, db) -> None:
    response = send(client, {**TIP, "website": "http://spam.example"})
    assert response.status_code == 422 and "meant to stay empty" in response.text
    assert db.count(Claim) == 0


def test_a_tip_without_the_csrf_token_is_refused(client, db) -> None:
    client.get("/tips/new")
    response = client.post("/tips/new", data=TIP, follow_redirects=False)
    assert response.status_code == 403 and db.count(Claim) == 0


def test_an_oversized_request_is_refused(client, db) -> None:
    response = send(client, {**TIP, "where_seen": "y" * 20_000})
    assert response.status_code in (413, 422) and db.count(Claim) == 0


def test_too_many_tips_from_one_address_are_refused_for_a_while(client, db) -> None:
    for i in range(MAX_TIPS_PER_HOUR):
        assert send(client, {**TIP, "said": f"Claim number {i} about bombs"}).status_code == 303
    response = send(client, {**TIP, "said": "One more claim about bombs"})
    assert response.status_code == 429 and "try again in" in response.text
    assert "One more claim about bombs" in response.text
    assert db.count(Tip) == MAX_TIPS_PER_HOUR


def test_published_fact_checks_like_the_tip_are_offered_first(client, db, checker, editor) -> None:
    published = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    db.run(lambda s: make_claim(s, state="researching", by=checker, text="Russia is using dumb bombs daily"))
    page = client.get("/tips/new", params={"said": "Is Russia using dumb bombs in Syria?"})
    assert "We may have checked this already" in page.text
    assert published.text in page.text and "/fact-checks/" in page.text
    assert "dumb bombs daily" not in page.text  # unpublished work is never shown
    fragment = client.get(
        "/tips/similar", params={"said": "russia dumb bombs syria"}, headers={"HX-Request": "true"}
    )
    assert published.text in fragment.text and "<html" not in fragment.text


def test_the_readers_address_is_the_claims_first_appearance(client, db) -> None:
    send(client, TIP)
    assert db.scalar(select(Claim.first_appearance_url)) == TIP["where_seen"]


def test_a_description_is_no_first_appearance_until_a_reader_gives_an_address(client, db) -> None:
    send(client, {**TIP, "where_seen": "A leaflet at the station"})
    assert db.scalar(select(Claim.first_appearance_url)) is None
    send(client, {**TIP, "where_seen": "javascript:alert(1)"})  # not a web address: not an appearance
    assert db.scalar(select(Claim.first_appearance_url)) is None
    send(client, TIP)
    send(client, {**TIP, "where_seen": "https://later.example/copy"})  # the first address stays
    assert db.scalar(select(Claim.first_appearance_url)) == TIP["where_seen"]
    assert db.count(Claim) == 1 and db.scalar(select(Claim.tip_count)) == 4
