"""GET /claims/board and moving a card: a workflow action through ``ClaimService.apply``, with the
claim page's rules (403 wrong role, 409 wrong state or stale card, 422 unmet precondition)."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlencode

from sqlalchemy import event, select

from factcheck.claims.models import Claim, Event
from factcheck.claims.queue import ASSIGNEE_MINE, ClaimQueue, QueueFilters, Sort
from factcheck.claims.search import parse_search
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State
from tests.builders import actor_of, add_source, make_claim, make_user
from tests.client import sent_on
from tests.conftest import post
from tests.queue.helpers import many_claims

HX = {"HX-Request": "true"}


def column(html: str, state: str) -> str:
    return html.split(f'id="column-{state}"', 1)[1].split("</section>", 1)[0]


def _state(db, claim_id) -> str:
    return db.scalar(select(Claim.state).where(Claim.id == claim_id))


def _move(client, claim, action: str, query: str = "", **data):
    url = f"/claims/board/{claim.id}/actions/{action}" + (f"?{query}" if query else "")
    return post(
        client,
        url,
        {"version": str(claim.version), **data},
        follow_redirects=False,
        headers=data.pop("headers", None),
    )


def test_there_is_a_column_per_state_with_its_cards(as_checker, db, checker) -> None:
    db.run(
        lambda s: make_claim(
            s, state="queued", text="Iran supports a ceasefire", claimant="John Kerry", by=checker
        )
    )
    db.run(lambda s: make_claim(s, state="researching", text="Dumb bombs are used", by=checker))
    html = as_checker.get("/claims/board").text
    for state in State:
        assert f'id="column-{state.value}"' in html
    queued = column(html, "queued")
    assert "Iran supports a ceasefire" in queued and "John Kerry" in queued and "Unassigned" in queued
    assert re.search(r'class="card-age"[^>]*>just now<', queued)
    researching = column(html, "researching")
    assert "Dumb bombs are used" in researching and checker.display_name in researching


def test_the_filters_apply_to_the_board(as_checker, db, checker) -> None:
    db.run(
        lambda s: make_claim(s, state="queued", text="Iran supports a ceasefire", by=checker, tags=["iran"])
    )
    db.run(lambda s: make_claim(s, state="queued", text="Russia bombs hospitals", by=checker))
    html = as_checker.get("/claims/board?" + urlencode({"tag": "iran"})).text
    assert "Iran supports a ceasefire" in html and "Russia bombs hospitals" not in html
    html = as_checker.get("/claims/board?q=bombing").text
    assert "Russia bombs hospitals" in html and "Iran supports a ceasefire" not in html
    form = re.search(r'<form id="queue-filters"[^>]*>', html).group(0)
    assert 'hx-target="#board-columns"' in form and 'hx-push-url="true"' in form


def test_a_card_shows_only_the_moves_the_viewer_may_make(client, db, checker, editor) -> None:
    from tests.conftest import sign_in

    db.run(lambda s: make_claim(s, state="in_review", text="Awaiting review", by=checker))
    sign_in(client, checker)
    card = column(client.get("/claims/board").text, "in_review")
    assert "Approve" not in card  # an editor's action: the button is not there
    client.cookies.clear()
    sign_in(client, editor)
    card = column(client.get("/claims/board").text, "in_review")
    assert "Approve → Approved" in card and "Request changes" in card


def test_moving_a_card_applies_the_workflow_action(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    response = _move(as_checker, claim, "accept", "tag=syria")
    assert response.status_code == 303 and response.headers["location"] == "/claims/board?tag=syria"
    assert _state(db, claim.id) == "queued"
    events = db.run(lambda s: s.scalars(select(Event.action).where(Event.claim_id == claim.id))).all()
    assert "accept" in events


def test_moving_a_card_with_htmx_answers_with_the_board(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", text="Move me along", by=checker))
    response = _move(as_checker, claim, "start", headers=HX)
    assert response.status_code == 200
    assert response.text.lstrip().startswith('<section id="board-columns"')
    assert "Move me along" in column(response.text, "researching")
    assert "Moved “Move me along” to researching." in response.text
    assert db.scalar(select(Claim.assignee_id).where(Claim.id == claim.id)) == checker.id


def test_a_move_needing_a_comment_is_refused_without_one(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))
    response = _move(as_checker, claim, "dismiss")
    assert response.status_code == 422 and "Say why in a comment." in response.text
    assert _state(db, claim.id) == "queued"
    response = _move(as_checker, claim, "dismiss", comment="Not checkable.")
    assert response.status_code == 303 and _state(db, claim.id) == "dismissed"


def test_a_move_the_role_may_not_make_is_403(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    response = _move(as_checker, claim, "approve")
    assert response.status_code == 403
    assert _state(db, claim.id) == "in_review"


def test_a_move_from_the_wrong_state_is_409(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="queued", by=checker))
    response = _move(as_checker, claim, "accept")  # someone accepted it already
    assert response.status_code == 409 and "cannot be accepted now" in response.text
    assert _state(db, claim.id) == "queued"


def test_a_stale_card_is_409(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="candidate", by=checker))
    stale = claim.version - 1
    response = post(
        as_checker,
        f"/claims/board/{claim.id}/actions/accept",
        {"version": str(stale)},
        follow_redirects=False,
    )
    assert response.status_code == 409 and "Someone else changed this claim" in response.text
    assert _state(db, claim.id) == "candidate"


def test_an_unmet_precondition_is_422_and_shown_on_the_disabled_button(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", text="No sources yet", by=checker))
    card = column(as_checker.get("/claims/board").text, "researching")
    assert re.search(r"<button[^>]*disabled[^>]*>Submit for review", card)
    assert "Add at least 1 source before submitting" in card
    response = _move(as_checker, claim, "submit", headers=HX)
    assert response.status_code == 422 and "Add at least 1 source" in response.text
    assert _state(db, claim.id) == "researching"


def test_an_editor_cannot_approve_their_own_verdict_from_the_board(as_editor, db, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=editor))
    card = column(as_editor.get("/claims/board").text, "in_review")
    assert "You wrote this verdict" in card
    response = _move(as_editor, claim, "approve")
    assert response.status_code == 422 and _state(db, claim.id) == "in_review"


def test_each_column_holds_its_first_cards_in_order_with_or_without_a_search(db, checker) -> None:
    """The board's two query shapes (a branch per column; one numbered search) agree with the list."""

    async def build(s):
        made = await many_claims(s, 7, by=checker, prefix="bombs fell")
        made += await many_claims(s, 3, by=checker, prefix="ceasefire talk")
        service = ClaimService(session=s)
        for claim in made[::2]:
            await service.apply(claim.id, Action.ACCEPT, actor_of(checker))

    db.run(build)
    views = {
        "all": QueueFilters(),
        "search": QueueFilters(search=parse_search("bombing")),
        "search by match": QueueFilters(search=parse_search("bombing"), sort=Sort.RELEVANCE),
    }

    async def boards(s):
        queue = ClaimQueue(s, checker.id)
        found = {}
        for name, filters in views.items():
            board = await queue.board(filters, per_column=2)
            columns = {state: [i.text for i in cards] for state, cards in board.columns.items() if cards}
            listed = {}
            for state in (State.CANDIDATE, State.QUEUED):
                page = await queue.page(replace(filters, state=state))
                listed[state] = [i.text for i in page.items][:2]
            found[name] = (columns, listed)
        return found

    for name, (columns, listed) in db.run(boards).items():
        assert columns == listed, name
        assert all(len(texts) == 2 for texts in columns.values()), name
        if name != "all":
            assert all("bombs" in t for texts in columns.values() for t in texts), name


def test_a_board_kept_for_its_filters_shows_each_viewer_their_own_and_new_cards(db, checker) -> None:
    """The board's statement is kept per process by its filters (``_BOARD_CARDS``): asked again it
    is the same statement, yet it shows claims made since, and "mine" is each viewer's own."""

    async def build(s):
        other = await make_user(s)
        mine = await many_claims(s, 2, by=checker, prefix="checker's")
        theirs = await many_claims(s, 2, by=other, prefix="other's")
        service = ClaimService(session=s)
        for claim, who in ((mine[0], checker), (theirs[0], other)):
            await service.apply(claim.id, Action.ACCEPT, actor_of(who))
            await service.apply(claim.id, Action.START, actor_of(who))
        return other

    other = db.run(build)
    captured: list[object] = []

    def capture(conn, clauseelement, *args):
        if "UNION ALL" in str(clauseelement):
            captured.append(clauseelement)

    async def texts(s, viewer, filters):
        event.listen(s.get_bind(), "before_execute", capture)
        try:
            board = await ClaimQueue(s, viewer.id).board(filters)
        finally:
            event.remove(s.get_bind(), "before_execute", capture)
        return sorted(item.text for cards in board.columns.values() for item in cards)

    everything = QueueFilters()
    assert db.run(lambda s: texts(s, checker, everything)) == [
        "checker's 0",
        "checker's 1",
        "other's 0",
        "other's 1",
    ]
    db.run(lambda s: many_claims(s, 1, by=checker, prefix="later"))
    assert "later 0" in db.run(lambda s: texts(s, checker, everything))
    assert captured[0] is captured[1]  # the same statement, built once
    mine = QueueFilters(assignee=ASSIGNEE_MINE)
    assert db.run(lambda s: texts(s, checker, mine)) == ["checker's 0"]
    assert db.run(lambda s: texts(s, other, mine)) == ["other's 0"]
    assert db.run(lambda s: texts(s, checker, mine)) == ["checker's 0"]


def test_the_kept_board_statements_are_bounded(db, checker) -> None:
    """At most ``_BOARD_CARDS_KEPT`` statements are kept (each about 90 KB), the oldest let go."""
    from factcheck.claims.queue import _query

    async def boards(s):
        queue = ClaimQueue(s, checker.id)
        for i in range(_query._BOARD_CARDS_KEPT + 5):
            await queue.board(QueueFilters(claimant=f"Claimant {i}"))

    db.run(boards)
    kept = [key[1].claimant for key in _query._BOARD_CARDS]
    assert len(kept) == _query._BOARD_CARDS_KEPT
    assert f"Claimant {_query._BOARD_CARDS_KEPT + 4}" in kept and "Claimant 0" not in kept


def test_each_cards_facts_are_the_claim_pages(db, checker, editor, second_editor) -> None:
    """The board reads its cards' revisions, writers and decisions as plain rows (``card_facts``);
    the workflow must see the same facts there as on the claim page (``ClaimService.facts``): a
    draft's rating and summary, who wrote the revision (an editor who saved part of it is one), the
    approvals of the current revision only, the sources, for a claim in every state."""
    from factcheck.accounts.models import OrganisationSettings
    from factcheck.claims.queue._choices import card_facts
    from factcheck.verdicts.service import VerdictService

    async def build(s):
        made = [await make_claim(s, state=state.value, by=checker, editor=editor) for state in State]
        s.add(OrganisationSettings(name="Desk", approvals_needed=2, min_sources=1, extractor_threshold=0.5))
        await s.commit()
        drafted = await make_claim(s, state="researching", by=checker)
        for _ in range(2):
            await add_source(s, drafted, by=checker)
        await VerdictService(session=s).save_draft(
            claim_id=drafted.id, author_id=checker.id, rating_label=None, summary="Half done.", rationale=""
        )
        # A revision an editor helped write, and one approval of two.
        shared = await make_claim(s, state="researching", by=checker)
        await add_source(s, shared, by=checker)
        await VerdictService(session=s).save_draft(
            claim_id=shared.id, author_id=checker.id, rating_label="Mostly true", summary="S.", rationale="R."
        )
        await VerdictService(session=s).save_draft(
            claim_id=shared.id, author_id=editor.id, rating_label="Mostly true", summary="S.", rationale="R2."
        )
        service = ClaimService(session=s)
        await service.apply(shared.id, Action.SUBMIT, actor_of(checker))
        await service.apply(shared.id, Action.APPROVE, actor_of(second_editor))
        return [*made, drafted, shared]

    made = db.run(build)

    async def compare(s):
        board = await ClaimQueue(s, checker.id).board(QueueFilters())
        items = [item for cards in board.columns.values() for item in cards]
        assert {item.id for item in items} == {claim.id for claim in made}
        on_board = await card_facts(s, items)
        service = ClaimService(session=s)
        return on_board, {c.id: await service.facts(await service.get_claim(c.id)) for c in made}

    on_board, on_page = db.run(compare)
    assert on_board == on_page
    shared = on_page[made[-1].id]
    assert editor.id in shared.revision_contributor_ids and shared.approver_ids == {second_editor.id}
    assert on_page[made[-2].id].has_draft and on_page[made[-2].id].source_count == 2


def test_a_searched_board_counts_its_matches_in_its_own_statement(db, db_kind, checker) -> None:
    """With a search and no state viewed, the board's statement counts each state's matches
    (``count(*)`` over the state): the same counts as the list's, window notice included, and no
    statement of counts; a state viewed, or a count cap below the window, keeps the counts' own
    (a state viewed on PostgreSQL: the window statement's rows, ``test_window_counts.py``)."""

    async def build(s):
        made = await many_claims(s, 6, by=checker, prefix="bombs fell")
        made += await many_claims(s, 2, by=checker, prefix="ceasefire talk")
        service = ClaimService(session=s)
        for claim in made[:4:2]:
            await service.apply(claim.id, Action.ACCEPT, actor_of(checker))
        await service.apply(made[0].id, Action.START, actor_of(checker))

    db.run(build)
    bombs = QueueFilters(search=parse_search("bombing"))
    views = {  # (search window, count cap, filters): statements of the board
        "few matches": (100, 10_000, bombs, 2),  # the window's probe, the board
        "a window": (4, 10_000, bombs, 2),
        "a window, by match": (4, 10_000, replace(bombs, sort=Sort.RELEVANCE), 2),
        "a state": (4, 10_000, replace(bombs, state=State.CANDIDATE), 2 if db_kind == "postgres" else 3),
        "a cap below the window": (4, 3, bombs, 3),
    }

    async def boards(s):
        found = {}
        for name, (window, cap, filters, _) in views.items():
            queue = ClaimQueue(s, checker.id, search_window=window, count_cap=cap)
            with sent_on(s.get_bind()) as statements:
                board = await queue.board(filters)
            listed = await ClaimQueue(s, checker.id, search_window=window, count_cap=cap).counts(filters)
            found[name] = (board.counts, listed, len(statements))
        return found

    found = db.run(boards)
    for name, (on_board, listed, statements) in found.items():
        assert on_board == listed, name
        assert statements == views[name][3], (name, statements)
    assert found["few matches"][0].search_window is None
    assert found["a window"][0].search_notice == "Showing the best 4 matches; refine the search."
    assert sum(found["a window"][0].values()) == 4  # the window's matches, of 6
    assert found["a cap below the window"][0].capped


def test_a_searched_boards_statement_is_kept_and_reads_each_searchs_window(db, checker) -> None:
    """With a window, the board's statement reads only the window's keys, bound by name: built
    once for the filters, it shows each later search its own best matches."""

    async def build(s):
        await many_claims(s, 4, by=checker, prefix="bombs fell")
        await many_claims(s, 4, by=checker, prefix="ceasefire talk")

    db.run(build)
    captured: list[object] = []

    def capture(conn, clauseelement, *args):
        if "card_state" in str(clauseelement):  # the searched board's statement
            captured.append(clauseelement)

    async def texts(s, words):
        event.listen(s.get_bind(), "before_execute", capture)
        try:
            board = await ClaimQueue(s, checker.id, search_window=3).board(
                QueueFilters(search=parse_search(words))
            )
        finally:
            event.remove(s.get_bind(), "before_execute", capture)
        return sorted(item.text.split()[0] for cards in board.columns.values() for item in cards)

    assert db.run(lambda s: texts(s, "bombing")) == ["bombs"] * 3
    assert db.run(lambda s: texts(s, "ceasefire")) == ["ceasefire"] * 3
    assert db.run(lambda s: texts(s, "talk")) == ["ceasefire"] * 3
    assert captured[0] is captured[1] is captured[2]
