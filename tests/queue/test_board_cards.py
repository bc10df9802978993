"""What a board's card shows and what is read for it: the card's words and ids made once in Python
(``board_page._card``), and its facts read only where the viewer's role has a move."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from sqlalchemy import select, update

from factcheck.accounts.roles import Role
from factcheck.claims.board_page import moving_states
from factcheck.claims.models import Claim
from factcheck.claims.queue import ClaimQueue, QueueFilters, Sort
from factcheck.claims.queue._firsts import first_of_each_state
from factcheck.claims.search import parse_search
from factcheck.claims.search_periods import WINDOW_STATE, WINDOW_UPDATED
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import TRANSITIONS, Action, Actor, Facts, State, available_actions
from tests.builders import actor_of, make_claim
from tests.client import sent_on as statements_on
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


def test_a_cards_words_are_escaped_and_its_buttons_keep_the_filters_escaped(as_checker, db, checker) -> None:
    """The cards' block writes what ``board_page._card`` made safe as it is (autoescape is off
    there, to spare some 2,000 escapes a board): the claim's own words are still escaped, and each
    button's address carries the board's filters escaped for the attribute."""
    claimant = "O'Brien <Ltd>"
    claim = db.run(
        lambda s: make_claim(
            s, state="researching", text='Tax <b>cut</b> & "jobs"', claimant=claimant, by=checker
        )
    )
    html = as_checker.get("/claims/board", params={"claimant": claimant, "sort": "created"}).text

    shown = card(html, claim.id)
    assert f'<a href="/claims/{claim.id}">Tax &lt;b&gt;cut&lt;/b&gt; &amp; &#34;jobs&#34;</a>' in shown
    assert '<p class="card-claimant">O&#39;Brien &lt;Ltd&gt;</p>' in shown
    assert "<b>" not in html and "<Ltd>" not in html
    posted = f"/claims/board/{claim.id}/actions/submit?claimant=O%27Brien+%3CLtd%3E&amp;sort=created"
    assert f'action="{posted}" hx-post="{posted}"' in shown


def test_only_the_cards_the_viewer_may_move_have_their_facts_read(
    as_checker, app, db, checker, editor
) -> None:
    """A card in a state where the viewer's role has no move (a fact-checker's cards in review,
    approved or published) shows no button whatever its facts, so they are not read: a board of
    only such cards reads none (one statement fewer), and a movable card's are read alone."""
    unmoved = [
        db.run(lambda s: make_claim(s, state="in_review", by=checker)),
        db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor)),
    ]
    as_checker.get("/claims/board")  # the first request also reads the session and the organisation
    with statements(app) as sent:
        html = as_checker.get("/claims/board").text
    assert "card-actions" not in html
    assert not any("FROM evidence" in sql for sql, _ in sent)
    without = len(sent)

    queued = db.run(lambda s: make_claim(s, state="queued", by=checker))
    with statements(app) as sent:
        html = as_checker.get("/claims/board").text
    assert len(sent) == without + 1  # the facts' one statement (``_choices._facts_statement``)
    [(_, params)] = [(sql, params) for sql, params in sent if "FROM evidence" in sql]
    assert bound(queued.id, params)  # the queued card's id alone
    assert not any(bound(claim.id, params) for claim in unmoved)
    assert "Start research → Researching" in card(html, queued.id)


def bound(claim_id: UUID, params: Any) -> bool:
    """``claim_id`` is among a statement's parameters, as either driver is sent it."""
    return any(p in (claim_id, claim_id.bytes, str(claim_id), claim_id.hex) for p in params)


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


def test_a_windows_matches_carry_their_claims_state_and_update_time_on_postgresql(
    db, db_kind, checker
) -> None:
    """PostgreSQL's window of its newest matches (``search_periods.newest_best_matches``) carries
    each match's state and update time into the window's table (``search.ranked_window``), read
    with its row and sent back as text (``search_periods.window_carried``): they are the claim's
    own, to the microsecond. SQLite's window, from FTS5's table, and PostgreSQL's of every match
    (``SEARCH_RANKED`` 0) carry only their keys."""

    async def build(s):
        made = await many_claims(s, 6, by=checker, prefix="bombs fell")
        times = [datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 1, 2, 3, 4, 5, 123456, tzinfo=UTC)]
        for i, claim in enumerate(made[:4]):
            values = {"state": [State.QUEUED, State.DISMISSED][i % 2].value, "updated_at": times[i % 2]}
            await s.execute(update(Claim).where(Claim.id == claim.id).values(**values))
        await s.commit()

    db.run(build)

    async def carried(s, ranked):
        queue = ClaimQueue(s, checker.id, search_window=4, search_ranked=ranked)
        found = await queue._windowed(QueueFilters(search=parse_search("bombing")))
        window = found.carried if found.carried is not None else found.best
        if WINDOW_UPDATED not in window.c:
            return set(window.c.keys())
        statement = select(
            window.c[WINDOW_STATE], window.c[WINDOW_UPDATED], Claim.state, Claim.updated_at
        ).join(Claim, Claim.id == window.c.claim_key)
        return [tuple(row) for row in (await s.execute(statement, found.keys)).all()]

    for ranked in (0, 2000):
        rows = db.run(lambda s: carried(s, ranked))  # noqa: B023
        if db_kind == "sqlite" or not ranked:
            assert rows == {"claim_key", "relevance"}, ranked
            continue
        assert len(rows) == 4
        assert all(row[:2] == row[2:] for row in rows), rows
        assert {row[1].microsecond for row in rows} >= {123456}, rows


def test_a_searched_board_cuts_its_columns_from_the_window_where_it_carries_them(
    db, db_kind, checker
) -> None:
    """With no filter but the search (and the state), by update or best match, a searched board on
    PostgreSQL reads its matches' states and times from the window alone, no claim looked up for
    them (``_firsts.carried_matches``); any other filter or order joins the claims, as SQLite always
    does. The columns and counts are the list's either way."""

    async def build(s):
        made = await many_claims(s, 8, by=checker, prefix="bombs fell")
        service = ClaimService(session=s)
        for claim in made[:6:2]:
            await service.apply(claim.id, Action.ACCEPT, actor_of(checker))

    db.run(build)
    bombs = QueueFilters(search=parse_search("bombing"))
    views = {  # the filters, and whether the matches come from the window alone on PostgreSQL
        "search": (bombs, True),
        "by match": (replace(bombs, sort=Sort.RELEVANCE), True),
        "a state": (replace(bombs, state=State.QUEUED), True),
        "a priority": (replace(bombs, priority="normal"), False),
        "by creation": (replace(bombs, sort=Sort.CREATED), False),
    }

    async def boards(s):
        found = {}
        for name, (filters, _) in views.items():
            queue = ClaimQueue(s, checker.id, search_window=5)
            with statements_on(s.get_bind()) as sent:
                board = await queue.board(filters, per_column=2)
            [sql] = [sql for sql, _ in sent if "card_state" in sql]
            listed = ClaimQueue(s, checker.id, search_window=5)
            columns = {}
            for state in (filters.state,) if filters.state else (State.CANDIDATE, State.QUEUED):
                page = await listed.page(replace(filters, state=state))
                columns[state] = [item.id for item in page.items][:2]
                assert columns[state], (name, state)
            counts = await listed.counts(filters)
            shown = {state: [item.id for item in cards] for state, cards in board.columns.items() if cards}
            found[name] = (
                shown,
                columns,
                board.counts,
                counts,
                "JOIN unnest" in sql or "JOIN (SELECT" in sql,
            )
        return found

    for name, (shown, columns, on_board, counted, joined) in db.run(boards).items():
        assert shown == columns, name
        assert on_board == counted, name
        assert joined == (db_kind == "sqlite" or not views[name][1]), name


def test_a_kept_searched_board_statement_is_one_per_what_the_window_carries(db, checker) -> None:
    """The searched board's statement is kept per process (``_query._BOARD_CARDS``) and reads the
    window by name: one built for a window that carries states and times (PostgreSQL's of the
    newest matches) is not run with a window of keys alone (``SEARCH_RANKED`` 0), nor the other way
    round, so each board shows its own search's cards, as the list does."""

    async def build(s):
        await many_claims(s, 5, by=checker, prefix="bombs fell")
        made = await many_claims(s, 5, by=checker, prefix="ceasefire talk")
        for claim in made[:3]:
            await ClaimService(session=s).apply(claim.id, Action.ACCEPT, actor_of(checker))

    db.run(build)

    async def both(s, words, ranked):
        queue = ClaimQueue(s, checker.id, search_window=4, search_ranked=ranked)
        filters = QueueFilters(search=parse_search(words))
        board = await queue.board(filters, per_column=5)
        listed = {}
        for state in (State.CANDIDATE, State.QUEUED):
            page = await queue.page(replace(filters, state=state))
            listed[state] = [item.id for item in page.items]
        shown = {state: [item.id for item in board.columns[state]] for state in listed}
        return shown, listed, board.counts.per_state

    for words, ranked in (("bombing", 2000), ("ceasefire", 0), ("talk", 2000), ("bombs", 0)):
        on_board, listed, counts = db.run(lambda s: both(s, words, ranked))  # noqa: B023
        assert on_board == listed, (words, ranked)
        assert sum(counts.values()) == 4 and all(counts[state] == len(listed[state]) for state in listed)
