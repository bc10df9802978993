""" "Checked elsewhere": the imported reviews closest to a claim, on each engine's full-text index."""

from __future__ import annotations

from factcheck.elsewhere.search import checked_elsewhere
from tests.elsewhere.helpers import import_bytes, json_lines, review

REVIEWS = [
    "Russia is dropping unguided dumb bombs on Syrian cities",
    "Iran says it supports a ceasefire in Syria",
    "Turkey has taken in two and a half million Syrian refugees",
    "The moon landing was staged in a studio",
]


def test_a_reworded_claim_finds_the_review_first(db) -> None:
    db.run(lambda s: import_bytes(s, json_lines([review(i, c) for i, c in enumerate(REVIEWS)])))
    found = db.run(lambda s: checked_elsewhere(s, "Russia uses dumb bombs against Syrian cities"))
    assert found[0].claim_reviewed == REVIEWS[0]
    assert (found[0].publisher, found[0].rating_label, found[0].url) == (
        "AFP Fact Check",
        "False",
        "https://factcheck.example/0",
    )
    assert all(m.claim_reviewed != REVIEWS[3] for m in found)


def test_nothing_alike_finds_nothing(db) -> None:
    db.run(lambda s: import_bytes(s, json_lines([review(i, c) for i, c in enumerate(REVIEWS)])))
    assert db.run(lambda s: checked_elsewhere(s, "Bananas are berries")) == []


def test_a_review_updated_by_a_second_import_is_found_by_its_new_wording(db) -> None:
    db.run(lambda s: import_bytes(s, json_lines([review(1, "Penguins can fly over Antarctica")])))
    db.run(lambda s: import_bytes(s, json_lines([review(1, "Ostriches cannot fly at all")])))
    assert db.run(lambda s: checked_elsewhere(s, "Penguins fly over Antarctica")) == []
    assert db.run(lambda s: checked_elsewhere(s, "ostriches fly"))[0].claim_reviewed.startswith("Ostriches")


def test_typed_query_syntax_is_only_words(db) -> None:
    db.run(lambda s: import_bytes(s, json_lines([review(1, 'He said "NEAR" bombs * - OR')])))
    assert db.run(lambda s: checked_elsewhere(s, '"NEAR" bombs * - OR (')) != []
