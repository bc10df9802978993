"""Two admins change the scale at the same moment (real concurrent requests to a real server, on
both engines): one change is applied, the other is refused with the label as it is now, or both
are applied when they do not touch the same thing; the scale's rules hold either way, never a 500."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

import pytest

from factcheck.verdicts import scale
from factcheck.verdicts.service import VerdictService
from tests import builders
from tests.claims.test_races import at_once, form_post, signed_in

if TYPE_CHECKING:
    from collections.abc import Iterator

    import httpx

TRIES = 4


@pytest.fixture
def two_admins(server: str, db, admin: Any) -> Iterator[tuple[httpx.Client, httpx.Client]]:
    other = db.run(lambda s: builders.make_user(s, role="admin", email="admin2@test.example"))
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    first, second = signed_in(server, admin), signed_in(server, other)
    yield first, second
    first.close()
    second.close()


def _row(db, label: str) -> scale.ScaleRow:
    return next(r for r in db.run(scale.scale_rows) if r.label == label)


def _seen(row: scale.ScaleRow, action: str, **typed: str) -> dict[str, str]:
    value = "" if row.value is None else str(row.value)
    return {
        "action": action,
        "seen_label": row.label,
        "seen_value": value,
        "seen_position": str(row.position),
    } | typed


def test_two_renames_of_one_label_lose_nothing(two_admins, db) -> None:
    first, second = two_admins
    for n in range(TRIES):
        row = _row(db, "Half true")
        url = f"/admin/ratings/{row.id}"
        answers = at_once(
            partial(form_post, first, url, _seen(row, "save", label=f"Mine {n}", value="3")),
            partial(form_post, second, url, _seen(row, "save", label=f"Theirs {n}", value="3")),
        )
        assert sorted(a.status_code for a in answers) == [303, 409], [a.text[:300] for a in answers]
        now = _row_by_id(db, row.id)
        refused = next(a for a in answers if a.status_code == 409).text
        assert "Someone changed this label meanwhile" in refused and f'value="{now.label}"' in refused
        assert now.label in (f"Mine {n}", f"Theirs {n}")
        # back to the start for the next try
        db.run(
            lambda s, now=now: scale.edit(
                s, now.id, scale.Seen(now.label, now.value, now.position), "Half true", "3"
            )
        )


def _row_by_id(db, rating_id) -> scale.ScaleRow:
    return next(r for r in db.run(scale.scale_rows) if r.id == rating_id)


def test_two_labels_given_one_value_at_once_keep_values_apart(two_admins, db) -> None:
    first, second = two_admins
    for n in range(TRIES):
        misleading, unproven = _row(db, "Misleading"), _row(db, "Unproven")
        value = str(50 + n)
        answers = at_once(
            partial(
                form_post,
                first,
                f"/admin/ratings/{misleading.id}",
                _seen(misleading, "save", label="Misleading", value=value),
            ),
            partial(
                form_post,
                second,
                f"/admin/ratings/{unproven.id}",
                _seen(unproven, "save", label="Unproven", value=value),
            ),
        )
        assert sorted(a.status_code for a in answers) == [303, 422], [a.text[:300] for a in answers]
        assert "two labels cannot share one" in next(a for a in answers if a.status_code == 422).text
        values = [r.value for r in db.run(scale.scale_rows) if r.value is not None]
        assert len(values) == len(set(values)) and values.count(int(value)) == 1


def test_two_admins_adding_one_label_in_two_cases_add_it_once(two_admins, db) -> None:
    first, second = two_admins
    for n in range(TRIES):
        answers = at_once(
            partial(form_post, first, "/admin/ratings", {"label": f"Satire {n}", "value": ""}),
            partial(form_post, second, "/admin/ratings", {"label": f"SATIRE {n}", "value": ""}),
        )
        assert sorted(a.status_code for a in answers) == [303, 422], [a.text[:300] for a in answers]
        assert "is already on the scale" in next(a for a in answers if a.status_code == 422).text
        assert [r.label.casefold() for r in db.run(scale.scale_rows)].count(f"satire {n}") == 1


def test_two_moves_at_once_keep_every_label_once_in_order(two_admins, db) -> None:
    first, second = two_admins
    for _ in range(TRIES):
        half, mostly_false = _row(db, "Half true"), _row(db, "Mostly false")
        answers = at_once(
            partial(form_post, first, f"/admin/ratings/{half.id}", _seen(half, "down")),
            partial(form_post, second, f"/admin/ratings/{mostly_false.id}", _seen(mostly_false, "up")),
        )
        # Both ask for the same swap: the first is applied, the second finds its label moved.
        assert sorted(a.status_code for a in answers) == [303, 409], [a.text[:300] for a in answers]
        rows = db.run(scale.scale_rows)
        assert len({r.position for r in rows}) == len(rows) == 7
        assert [r.label for r in rows][2:4] == ["Mostly false", "Half true"]
        now = _row(db, "Mostly false")
        db.run(
            lambda s, now=now: scale.move(s, now.id, scale.Seen(now.label, now.value, now.position), up=False)
        )
