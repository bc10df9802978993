"""The article body cut into highlighted pieces (factcheck/articles/pages.py): together they are the
body, character for character, whatever overlaps."""

from __future__ import annotations

from uuid import uuid4

from hypothesis import given
from hypothesis import strategies as st

from factcheck.articles.pages import Mark, segments_of, strength


def _mark(start: int, end: int, claim: bool = False) -> Mark:
    return Mark(
        start=start,
        end=end,
        quote="",
        claimant="Someone",
        score=0.7,
        reasons=(),
        strength=2,
        claim_id=uuid4() if claim else None,
    )


def test_pieces_cover_the_body_in_order() -> None:
    body = "One. Two three. Four."
    pieces = segments_of(body, [_mark(0, 4), _mark(5, 15)])
    assert "".join(p.text for p in pieces) == body
    assert [(p.start, p.end, p.mark is not None) for p in pieces] == [
        (0, 4, True),
        (4, 5, False),
        (5, 15, True),
        (15, 21, False),
    ]


def test_a_claim_inside_a_candidate_wins_where_it_lies() -> None:
    body = "Kerry said: “Russia is using dumb bombs,” today."
    outer, inner = _mark(0, len(body)), _mark(12, 40, claim=True)
    pieces = segments_of(body, [outer, inner])
    assert [(p.start, p.end, p.mark) for p in pieces] == [
        (0, 12, outer),
        (12, 40, inner),
        (40, len(body), outer),
    ]
    assert [p.last for p in pieces] == [False, True, True]


def test_strength_grows_with_the_score_and_is_faint_below_the_threshold() -> None:
    assert [strength(s, 0.5) for s in (0.1, 0.49, 0.5, 0.7, 0.8, 0.95)] == [0, 0, 1, 2, 3, 3]


@given(
    st.text(min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60), st.booleans()), max_size=8),
)
def test_pieces_always_rebuild_the_body(body: str, spans: list[tuple[int, int, bool]]) -> None:
    marks = [_mark(min(a, b) % (len(body) + 1), max(a, b) % (len(body) + 1), c) for a, b, c in spans]
    marks = [m for m in marks if m.start < m.end]
    pieces = segments_of(body, marks)
    assert "".join(p.text for p in pieces) == body
    assert all(body[p.start : p.end] == p.text for p in pieces)
    for piece in pieces:
        covering = [m for m in marks if m.start <= piece.start and piece.end <= m.end]
        assert (piece.mark is None) == (not covering)
