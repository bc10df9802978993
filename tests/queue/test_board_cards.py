"""What a board's card shows and what is read for it: the card's words and ids made once in Python
(``board_page._card``), and its facts read only where the viewer's role has a move."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from uuid import uuid4

from sqlalchemy import select, update

from factcheck.accounts.roles import Role
from factcheck.claims.board_page import moving_states
from factcheck.claims.models import Claim
from factcheck.claims.queue._firsts import first_of_each_state
from factcheck.claims.workflow import TRANSITIONS, Actor, Facts, State, available_actions
from tests.builders import make_claim
from tests.client import statements
from tests.queue.helpers import many_claims


def card(html: str, claim_id: object) -> str:
    return html.split(f'<article class="board-card" id="card-{claim_id}"', 1)[1].split("</article>", 1)[0]


def test_a_cards_buttons_name_their_action_their_fields_and_its_age(as_checker, db, checker) -> None:
    """Each button says what it does and where the claim goes; a folded one's comment box and a
    disabled one's reason carry ids of the action and the card; the card says when it was added."""
    researching = db.run(lambda s: make_claim(s, state="researching", text="No sources yet", by=checker))
    tipped = db.run(lambda s: make_claim(s, state="queued", text="Sent by readers", by=checker))

    async def tip(s):
        await s.execute(update(Claim).where(Claim.id == tipped.id).values(tip_count=2))
        await s.commit()

    db.run(tip)
    html = as_checker.get("/claims/board").text

    shown = card(html, researching.id)
    key = researching.id
    assert f'<a href="/claims/{key}">No sources yet</a>' in shown
    assert re.search(
        rf'<time class="card-age" datetime="{re.escape(researching.created_at.isoformat())}"'
        r' title="added">just now</time>',
        shown,
    )
    assert re.search(
        rf'<button type="submit" class="move primary" disabled aria-describedby="why-submit-{key}">'
        r"Submit for review → In review</button>\s*"
        rf'<p class="why-disabled" id="why-submit-{key}">Add at least 1 source',
        shown,
    )
    assert f'<label for="why-dismiss-{key}">Why?</label>' in shown
    assert f'<input id="why-dismiss-{key}" name="comment" required maxlength="10000">' in shown
    assert re.search(r"<summary>Dismiss…</summary>", shown)
    assert re.search(r"<button type=\"submit\">Dismiss → Dismissed</button>", shown)
    posted = f"/claims/board/{key}/actions/submit"
    assert f'action="{posted}" hx-post="{posted}"' in shown

    # A claim readers sent asks, when dismissed, what they are told.
    shown = card(html, tipped.id)
    assert f'id="public-reason-own-{tipped.id}' in shown
    assert re.search(
        r'<button type="submit" class="move primary">Start research → Researching</button>', shown
    )


def test_only_the_cards_the_viewer_may_move_have_their_facts_read(
    as_checker, app, db, checker, editor
) -> None:
    """A card in a state where the viewer's role has no move (a fact-checker's cards in review,
    approved or published) shows no button whatever its facts, so they are not read: a board of
    only such cards reads none (four statements fewer), and a movable card's are read alone."""
    db.run(lambda s: make_claim(s, state="in_review", by=checker))
    db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    as_checker.get("/claims/board")  # the first request also reads the session and the organisation
    with statements(app) as sent:
        html = as_checker.get("/claims/board").text
    assert "card-actions" not in html
    assert not any("FROM evidence" in sql for sql, _ in sent)
    without = len(sent)

    queued = db.run(lambda s: make_claim(s, state="queued", by=checker))
    with statements(app) as sent:
        html = as_checker.get("/claims/board").text
    assert len(sent) == without + 4
    [(_, ids)] = [(sql, params) for sql, params in sent if "FROM evidence" in sql]
    assert len(ids) == 1  # the queued card's id alone
    assert "Start research → Researching" in card(html, queued.id)


def test_the_states_without_a_move_are_those_where_no_button_can_show() -> None:
    """``moving_states`` is the workflow table's sources by role: a state outside it offers the role
    no transition, so ``available_actions`` is empty there whatever the facts."""
    for role in Role:
        moving = moving_states(role)
        for state in State:
            facts = Facts(state=state, min_sources=0, approvals_needed=1)
            assert bool(available_actions(facts, Actor(uuid4(), role))) == (state in moving), (role, state)
        assert moving == {t.source for t in TRANSITIONS if role in t.roles}


def test_both_shapes_of_a_searched_boards_columns_give_the_same_cards_and_counts(db, checker) -> None:
    """Each engine builds a searched board's columns in its cheaper shape (``_firsts``): a cut sort
    per state over the matches read once (SQLite), or the matches numbered per state (PostgreSQL).
    Both, run on either engine, give the same first cards of each state in order (ties on the key
    broken by id, either way up) and the same counts."""

    async def build(s):
        made = await many_claims(s, 9, by=checker)
        same_time = datetime(2026, 1, 1, tzinfo=UTC)
        for i, claim in enumerate(made):  # three states, ties on the time in each
            values = {"state": [State.CANDIDATE, State.QUEUED, State.DISMISSED][i % 3].value}
            values["updated_at"] = same_time + timedelta(days=i // 6)
            await s.execute(update(Claim).where(Claim.id == claim.id).values(**values))
        await s.commit()

    db.run(build)

    async def columns(s, dialect, ascending, counted):
        matched = select(Claim.id, Claim.updated_at.label("sort_key"), Claim.state.label("card_state"))
        page = first_of_each_state(dialect, matched, list(State), ascending, 2, counted)
        order = (page.c.sort_key, page.c.id) if ascending else (page.c.sort_key.desc(), page.c.id.desc())
        return [tuple(row) for row in (await s.execute(select(page).order_by(*order))).all()]

    for ascending in (False, True):
        for counted in (False, True):
            cut = db.run(lambda s: columns(s, "sqlite", ascending, counted))  # noqa: B023
            numbered = db.run(lambda s: columns(s, "postgresql", ascending, counted))  # noqa: B023
            assert cut == numbered and len(cut) == 6, (ascending, counted)
            if counted:
                assert {row[2] for row in cut} == {3}
