"""The rating scale's service (verdicts/scale.py), on both engines: the rules, each change applied
only if the label is still as the admin saw it, nothing written half-way."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factcheck.errors import Invalid, StaleEdit
from factcheck.verdicts import scale
from factcheck.verdicts.models import RATING_LABEL_MAX, Rating
from factcheck.verdicts.service import VerdictService
from tests.builders import make_claim


@pytest.fixture
def rows(db):
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    return {r.label: r for r in db.run(scale.scale_rows)}


def seen(row: scale.ScaleRow) -> scale.Seen:
    return scale.Seen(row.label, row.value, row.position)


def labels(db) -> list[tuple[str, int | None]]:
    return [(r.label, r.value) for r in db.run(scale.scale_rows)]


def test_the_scale_lists_labels_in_order_with_their_uses(db, rows, checker) -> None:
    assert [r.label for r in db.run(scale.scale_rows)][:2] == ["True", "Mostly true"]

    async def draft(s):
        claim = await make_claim(s, state="researching", text="Counted", by=checker)
        await VerdictService(session=s).save_draft(
            claim_id=claim.id, author_id=checker.id, rating_label="False", summary="S.", rationale="R."
        )

    db.run(draft)
    counted = {r.label: r.uses for r in db.run(scale.scale_rows)}
    assert counted["False"] == 1 and counted["True"] == 0


def test_rename_and_set_value_when_unchanged(db, rows) -> None:
    half = rows["Half true"]
    db.run(lambda s: scale.edit(s, half.id, seen(half), "  Half right  ", "30"))
    assert ("Half right", 30) in labels(db)
    again = next(r for r in db.run(scale.scale_rows) if r.id == half.id)
    db.run(lambda s: scale.edit(s, half.id, seen(again), "Half right", ""))
    assert ("Half right", None) in labels(db)


@pytest.mark.parametrize(
    ("label", "value", "field", "message"),
    [
        ("   ", "3", "label", "A label is required."),
        ("x" * (RATING_LABEL_MAX + 1), "", "label", f"At most {RATING_LABEL_MAX} characters"),
        ("false", "", "label", "“False” is already on the scale."),
        ("Half", "4", "value", "“Mostly true” has the value 4"),
        ("Half", "0", "value", "A whole number from 1 to 100"),
        ("Half", "101", "value", "A whole number from 1 to 100"),
        ("Half", "2.5", "value", "A whole number from 1 to 100"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(db, rows, label, value, field, message) -> None:
    before = labels(db)
    half = rows["Half true"]
    with pytest.raises(Invalid) as refused:
        db.run(lambda s: scale.edit(s, half.id, seen(half), label, value))
    assert message in refused.value.errors[field]
    with pytest.raises(Invalid) as refused:
        db.run(lambda s: scale.add(s, label, value))
    assert message in refused.value.errors[field]
    assert labels(db) == before


def test_a_label_may_keep_its_own_value_and_change_its_case(db, rows) -> None:
    false = rows["False"]
    db.run(lambda s: scale.edit(s, false.id, seen(false), "FALSE", "1"))
    assert ("FALSE", 1) in labels(db)


def test_a_change_to_a_label_changed_meanwhile_is_refused(db, rows) -> None:
    half = rows["Half true"]
    db.run(lambda s: scale.edit(s, half.id, seen(half), "Half right", "3"))
    for change in (
        lambda s: scale.edit(s, half.id, seen(half), "Mine", "3"),
        lambda s: scale.move(s, half.id, seen(half), up=True),
        lambda s: scale.remove(s, half.id, seen(half)),
    ):
        with pytest.raises(StaleEdit):
            db.run(change)
    assert ("Half right", 3) in labels(db)


def test_move_swaps_with_the_neighbour_and_stops_at_the_ends(db, rows) -> None:
    half = rows["Half true"]
    db.run(lambda s: scale.move(s, half.id, seen(half), up=True))
    assert [label for label, _ in labels(db)][:3] == ["True", "Half true", "Mostly true"]
    moved = next(r for r in db.run(scale.scale_rows) if r.id == half.id)
    db.run(lambda s: scale.move(s, half.id, seen(moved), up=False))
    assert [label for label, _ in labels(db)][:3] == ["True", "Mostly true", "Half true"]
    top, bottom = rows["True"], rows["Unproven"]
    with pytest.raises(Invalid, match="already first"):
        db.run(lambda s: scale.move(s, top.id, seen(top), up=True))
    with pytest.raises(Invalid, match="already last"):
        db.run(lambda s: scale.move(s, bottom.id, seen(bottom), up=False))


def test_add_goes_at_the_end_with_or_without_a_value(db, rows) -> None:
    db.run(lambda s: scale.add(s, " Satire ", ""))
    db.run(lambda s: scale.add(s, "Pants on fire", "6"))
    assert labels(db)[-2:] == [("Satire", None), ("Pants on fire", 6)]


def test_only_an_unused_label_is_removed(db, rows, checker) -> None:
    unproven, false = rows["Unproven"], rows["False"]
    db.run(lambda s: scale.remove(s, unproven.id, seen(unproven)))
    assert db.scalar(select(Rating).where(Rating.id == unproven.id)) is None

    async def draft(s):
        claim = await make_claim(s, state="researching", text="In use", by=checker)
        await VerdictService(session=s).save_draft(
            claim_id=claim.id, author_id=checker.id, rating_label="False", summary="S.", rationale="R."
        )

    db.run(draft)
    with pytest.raises(Invalid) as refused:
        db.run(lambda s: scale.remove(s, false.id, seen(false)))
    assert "1 verdict revision uses “False”" in refused.value.errors["remove"]
    assert "rename it instead" in refused.value.errors["remove"]
    assert ("False", 1) in labels(db)


def test_the_last_label_is_kept(db, rows) -> None:
    for row in db.run(scale.scale_rows)[1:]:
        db.run(lambda s, row=row: scale.remove(s, row.id, seen(row)))
    (last,) = db.run(scale.scale_rows)
    with pytest.raises(Invalid) as refused:
        db.run(lambda s: scale.remove(s, last.id, seen(last)))
    assert refused.value.errors["remove"] == scale.LAST_LABEL
    assert labels(db) == [("True", 5)]
