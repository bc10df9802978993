"""/admin/ratings with the test client: admins only, CSRF, 303 after a change, bad input beside its
field with what was typed kept, a label in use never removed, labels escaped."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from factcheck.verdicts import scale
from factcheck.verdicts.models import Rating
from factcheck.verdicts.service import VerdictService
from tests.conftest import post as post_following
from tests.conftest import sign_in
from tests.publishing.helpers import publish


@pytest.fixture
def rows(db):
    db.run(lambda s: VerdictService(session=s).ensure_scale())
    return {r.label: r for r in db.run(scale.scale_rows)}


def post(client, url, data):
    return post_following(client, url, data, follow_redirects=False)


def change(row: scale.ScaleRow, action: str, **typed: str) -> dict[str, str]:
    return {
        "action": action,
        "seen_label": row.label,
        "seen_value": "" if row.value is None else str(row.value),
        "seen_position": str(row.position),
        **typed,
    }


def test_the_page_lists_the_scale_with_values_uses_and_a_link_to_definitions(
    as_admin, db, rows, checker, editor
) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor, rating="False"))
    html = as_admin.get("/admin/ratings").text
    assert html.index('value="True"') < html.index('value="Mostly true"') < html.index('value="Unproven"')
    assert 'href="/admin/transparency"' in html and 'href="/admin/ratings" aria-current="page"' in html
    assert "none: off the scale" in html
    assert "1 verdict revision uses “False”, so it cannot be removed; rename it instead." in html
    assert 'aria-label="Remove False"' not in html and 'aria-label="Remove True"' in html


def test_others_get_what_other_admin_pages_give_them(client, editor, rows) -> None:
    sign_in(client, editor)
    for path in ("/admin/ratings", "/admin/settings"):
        assert client.get(path).status_code == 403
    assert post(client, "/admin/ratings", {"label": "Mine"}).status_code == 403
    true = rows["True"]
    assert post(client, f"/admin/ratings/{true.id}", change(true, "remove")).status_code == 403


def test_signed_out_gets_what_other_admin_pages_give(client, rows) -> None:
    theirs = client.get("/admin/settings", follow_redirects=False)
    mine = client.get("/admin/ratings", follow_redirects=False)
    assert mine.status_code == theirs.status_code == 303
    assert mine.headers["location"] == "/login?next=%2Fadmin%2Fratings"


def test_a_post_without_the_csrf_token_is_refused(as_admin, db, rows) -> None:
    assert as_admin.post("/admin/ratings", data={"label": "Forged"}).status_code == 403
    assert db.scalar(select(Rating).where(Rating.label == "Forged")) is None


def test_each_change_answers_303_and_is_shown(as_admin, db, rows) -> None:
    half = rows["Half true"]
    answer = post(as_admin, f"/admin/ratings/{half.id}", change(half, "save", label="Half right", value="30"))
    assert answer.status_code == 303, answer.text
    assert "“Half true” saved." in as_admin.get("/admin/ratings").text
    assert post(as_admin, "/admin/ratings", {"label": "Satire", "value": ""}).status_code == 303
    new = {r.label: r for r in db.run(scale.scale_rows)}
    assert (
        post(as_admin, f"/admin/ratings/{new['Satire'].id}", change(new["Satire"], "up")).status_code == 303
    )
    new = {r.label: r for r in db.run(scale.scale_rows)}
    assert [r.label for r in db.run(scale.scale_rows)][-2:] == ["Satire", "Unproven"]
    unproven = new["Unproven"]
    assert post(as_admin, f"/admin/ratings/{unproven.id}", change(unproven, "remove")).status_code == 303
    assert [(r.label, r.value) for r in db.run(scale.scale_rows)][2:] == [
        ("Half right", 30),
        ("Mostly false", 2),
        ("False", 1),
        ("Misleading", None),
        ("Satire", None),
    ]


def test_bad_input_is_shown_beside_its_field_with_what_was_typed_kept(as_admin, db, rows) -> None:
    half = rows["Half true"]
    answer = post(as_admin, f"/admin/ratings/{half.id}", change(half, "save", label="Typed", value="5"))
    assert answer.status_code == 422
    assert 'value="Typed"' in answer.text
    assert '<p class="field-error" role="alert">“True” has the value 5' in answer.text
    answer = post(as_admin, "/admin/ratings", {"label": "  ", "value": "many"})
    assert answer.status_code == 422
    assert "A label is required." in answer.text and "A whole number from 1 to 100" in answer.text
    assert 'id="new-value" name="value" inputmode="numeric" value="many"' in answer.text
    assert db.scalar(select(Rating.label).where(Rating.id == half.id)) == "Half true"


def test_a_label_in_use_is_not_removed_and_the_page_says_why(as_admin, db, rows, checker, editor) -> None:
    false = rows["False"]
    db.run(lambda s: publish(s, by=checker, editor=editor, rating="False"))
    answer = post(as_admin, f"/admin/ratings/{false.id}", change(false, "remove"))
    assert answer.status_code == 422
    assert '<p class="field-error" role="alert">1 verdict revision uses “False”' in answer.text
    assert db.scalar(select(Rating.label).where(Rating.id == false.id)) == "False"


def test_a_change_to_a_label_changed_meanwhile_shows_it_as_it_is_now(as_admin, db, rows) -> None:
    half = rows["Half true"]
    db.run(
        lambda s: scale.edit(s, half.id, scale.Seen(half.label, half.value, half.position), "Halfway", "3")
    )
    answer = post(as_admin, f"/admin/ratings/{half.id}", change(half, "save", label="Mine", value="3"))
    assert answer.status_code == 409
    assert "Someone changed this label meanwhile" in answer.text and 'value="Halfway"' in answer.text
    assert db.scalar(select(Rating.label).where(Rating.id == half.id)) == "Halfway"


@pytest.mark.parametrize("form", [{"action": "save", "seen_position": "x"}, {"action": "explode"}])
def test_a_broken_form_is_refused_never_a_500(as_admin, rows, form) -> None:
    half = rows["Half true"]
    answer = post(as_admin, f"/admin/ratings/{half.id}", {**change(half, "save"), **form})
    assert answer.status_code == 422 and "The form is out of date" in answer.text


def test_a_label_is_escaped_on_the_admin_page(as_admin, rows) -> None:
    answer = post(as_admin, "/admin/ratings", {"label": "<script>alert(1)</script>", "value": ""})
    assert answer.status_code == 303
    html = as_admin.get("/admin/ratings").text
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
