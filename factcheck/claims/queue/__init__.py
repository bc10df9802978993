"""The team's queue: filters parsed from the query string, keyset pages, counts per state, the board.

Read-only; every page costs the same few queries however many claims there are (no OFFSET, no N+1):
the page of rows, their tags, their ratings, and the counts per state.

Pagination is keyset over (sort key, id), both descending except for relevance (ascending, as the
engines score it). A cursor names the last (or first) row seen, so rows added meanwhile never shift
a page: walking "next" visits every row that existed exactly once. The cursor is plain data
(base64 JSON), not a secret; a broken or tampered one is refused with a message, never a 500.
"""

from factcheck.claims.queue._choices import card_facts, filter_choices, unknown_choices
from factcheck.claims.queue._conditions import Lookups, conditions
from factcheck.claims.queue._counts import Counts, state_counts, tag_state_counts
from factcheck.claims.queue._filters import (
    ASSIGNEE_MINE,
    ASSIGNEE_NONE,
    BOARD_CARDS,
    BROKEN_CURSOR,
    FILTER_FIELDS,
    MAX_TEXT_FILTER,
    PAGE_SIZE,
    SORT_LABELS,
    AssigneeChoice,
    Cursor,
    ParsedQueue,
    QueueFilters,
    Sort,
    decode_cursor,
    parse_filters,
)
from factcheck.claims.queue._people import (
    PERSON_FIELD,
    SUGGESTED,
    AssigneeChoices,
    Person,
    assignee_choices,
    people_matching,
)
from factcheck.claims.queue._query import BoardResult, ClaimQueue, QueueResult
from factcheck.claims.queue._rows import QueueItem

__all__ = [
    "ASSIGNEE_MINE",
    "ASSIGNEE_NONE",
    "BOARD_CARDS",
    "BROKEN_CURSOR",
    "FILTER_FIELDS",
    "MAX_TEXT_FILTER",
    "PAGE_SIZE",
    "PERSON_FIELD",
    "SORT_LABELS",
    "SUGGESTED",
    "AssigneeChoice",
    "AssigneeChoices",
    "BoardResult",
    "ClaimQueue",
    "Counts",
    "Cursor",
    "Lookups",
    "ParsedQueue",
    "Person",
    "QueueFilters",
    "QueueItem",
    "QueueResult",
    "Sort",
    "assignee_choices",
    "card_facts",
    "conditions",
    "decode_cursor",
    "filter_choices",
    "parse_filters",
    "people_matching",
    "state_counts",
    "tag_state_counts",
    "unknown_choices",
]
