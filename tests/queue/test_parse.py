"""The queue's query string: each filter checked, bad values refused with a message, and every
view round-trips through its URL (so it can be bookmarked, shared and restored). No database."""

from __future__ import annotations

import base64
import json
from datetime import UTC, date, datetime
from urllib.parse import parse_qsl, urlencode
from uuid import UUID, uuid4

from hypothesis import given
from hypothesis import strategies as st

from factcheck.claims.models import PRIORITIES
from factcheck.claims.queue import BROKEN_CURSOR, Cursor, QueueFilters, Sort, parse_filters
from factcheck.claims.search import MAX_SEARCH_CHARS, fts5_expression, parse_search
from factcheck.claims.workflow import State


def test_no_parameters_is_the_whole_queue_by_last_update() -> None:
    parsed = parse_filters({})
    assert parsed.filters == QueueFilters() and parsed.errors == {} and parsed.cursor is None


def test_each_filter_is_read() -> None:
    article = uuid4()
    parsed = parse_filters(
        {
            "q": "dumb bombs",
            "state": "researching",
            "assignee": "mine",
            "claimant": "John Kerry",
            "article": str(article),
            "rating": "False",
            "tag": "syria",
            "priority": "urgent",
            "from": "2016-02-01",
            "to": "2016-02-29",
            "sort": "priority",
        }
    )
    f = parsed.filters
    assert parsed.errors == {}
    assert f.search is not None and f.search.terms == (("dumb",), ("bombs",))
    assert (f.state, f.assignee, f.claimant, f.article_id) == (
        State.RESEARCHING,
        "mine",
        "John Kerry",
        article,
    )
    assert (f.rating, f.tag, f.priority, f.sort) == ("False", "syria", "urgent", Sort.PRIORITY)
    assert (f.created_from, f.created_to) == (date(2016, 2, 1), date(2016, 2, 29))


def test_unknown_values_get_a_message_and_the_typed_text_is_kept() -> None:
    params = {
        "state": "lost",
        "assignee": "bob",
        "article": "not-a-uuid",
        "priority": "asap",
        "from": "2016-13-45",
        "to": "yesterday",
        "sort": "random",
    }
    parsed = parse_filters(params)
    assert set(parsed.errors) == set(params)
    assert parsed.filters == QueueFilters()
    for name, value in params.items():
        assert parsed.values[name] == value


def test_an_end_date_before_the_start_is_refused() -> None:
    parsed = parse_filters({"from": "2016-03-01", "to": "2016-02-01"})
    assert parsed.errors == {"to": "The end date is before the start date."}
    assert parsed.filters.created_from == date(2016, 3, 1) and parsed.filters.created_to is None


def test_a_tampered_cursor_is_refused_with_a_message() -> None:
    good = Cursor(Sort.UPDATED, datetime(2016, 2, 14, tzinfo=UTC), uuid4()).token()
    assert parse_filters({"after": good}).cursor is not None
    wrong_sort = Cursor(Sort.SCORE, 0.5, uuid4()).token()
    naive = base64.urlsafe_b64encode(
        json.dumps(["updated", "2016-02-14T00:00:00", uuid4().hex]).encode()
    ).decode()
    bad_key = base64.urlsafe_b64encode(
        json.dumps(["priority", "'; drop table", uuid4().hex]).encode()
    ).decode()
    for token in ("xyz", good[:-3], good + "!!", wrong_sort, naive, bad_key, "W10", "bnVsbA"):
        parsed = parse_filters({"after": token})
        assert parsed.cursor is None and parsed.errors == {"cursor": BROKEN_CURSOR}, token


def test_a_cursor_names_its_direction() -> None:
    token = Cursor(Sort.CREATED, datetime(2016, 2, 14, tzinfo=UTC), uuid4()).token()
    assert parse_filters({"sort": "created", "before": token}).cursor.backwards
    assert not parse_filters({"sort": "created", "after": token}).cursor.backwards


def test_best_match_without_a_search_orders_by_update() -> None:
    assert parse_filters({"sort": "relevance"}).filters.effective_sort is Sort.UPDATED
    assert parse_filters({"sort": "relevance", "q": "x"}).filters.effective_sort is Sort.RELEVANCE


# --- search input ------------------------------------------------------------------------------


def test_words_and_quoted_phrases_become_terms() -> None:
    query = parse_search('Kerry "dumb bombs" Syria')
    assert query.terms == (("kerry",), ("dumb", "bombs"), ("syria",))
    assert fts5_expression(query) == '"kerry" "dumb bombs" "syria"'


def test_fts_syntax_in_the_search_box_is_only_text() -> None:
    for raw in (
        '"',
        '"unbalanced quote',
        "bomb*",
        "NEAR(a b)",
        "-russia",
        "a OR b",
        "^x",
        "col:val",
        "(((",
        "'",
    ):
        expression = fts5_expression(parse_search(raw))
        assert expression.count('"') % 2 == 0
        assert all(ch not in expression for ch in "*()^:-'")


def test_a_search_of_10000_characters_is_refused_with_a_message() -> None:
    query = parse_search("bombs " * 2000)
    assert query.error and str(MAX_SEARCH_CHARS) in query.error
    assert parse_filters({"q": "x" * 10_000}).errors["q"] == query.error


@given(st.text(max_size=200))
def test_any_input_gives_a_well_formed_fts5_string(raw: str) -> None:
    query = parse_search(raw)
    expression = fts5_expression(query)
    # Every term is one quoted string of word characters and spaces.
    for term in query.terms:
        assert all(token.isalnum() or "_" in token for token in term)
    assert expression.count('"') == 2 * len(query.terms)


# --- URLs round-trip ---------------------------------------------------------------------------

filters_strategy = st.builds(
    QueueFilters,
    state=st.none() | st.sampled_from(list(State)),
    assignee=st.none() | st.sampled_from(["mine", "none", str(UUID(int=7))]),
    claimant=st.none()
    | st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool),
    article_id=st.none() | st.uuids(),
    rating=st.none() | st.sampled_from(["True", "Mostly false", "Half true"]),
    tag=st.none() | st.sampled_from(["syria", "a&b=c", "ünïcode tag"]),
    priority=st.none() | st.sampled_from(PRIORITIES),
    created_from=st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 1, 1)),
    created_to=st.none(),
    search=st.none() | st.sampled_from(['dumb "bombs in" Syria', "ceasefire", "a+b & c"]).map(parse_search),
    sort=st.sampled_from(list(Sort)),
)


@given(filters_strategy)
def test_a_view_survives_its_own_query_string(filters: QueueFilters) -> None:
    query = urlencode(filters.to_params())
    parsed = parse_filters(dict(parse_qsl(query)))
    assert parsed.errors == {}
    assert parsed.filters == filters
