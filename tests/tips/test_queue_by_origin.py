"""The desk sees which claims readers ask about: the queue filters by origin and sorts by the
number of readers who sent the same claim (issue #16)."""

from __future__ import annotations

from factcheck.tips.service import TipInput, submit_tip
from tests.builders import make_claim


def _tips(db, said: str, n: int) -> None:
    for _ in range(n):
        db.run(lambda s: submit_tip(s, TipInput(said, "TV")))


def test_the_queue_filters_reader_tips_and_sorts_by_how_many_sent_them(as_editor, db, checker) -> None:
    db.run(lambda s: make_claim(s, text="A claim the desk found", by=checker))
    _tips(db, "Asked about once", 1)
    _tips(db, "Asked about three times", 3)
    _tips(db, "Asked about twice", 2)
    page = as_editor.get("/claims", params={"origin": "reader_tip", "sort": "tips"}).text
    assert "A claim the desk found" not in page
    order = [page.index(t) for t in ("Asked about three times", "Asked about twice", "Asked about once")]
    assert order == sorted(order)
    desk = as_editor.get("/claims", params={"origin": "desk"}).text
    assert "A claim the desk found" in desk and "Asked about once" not in desk


def test_an_unknown_origin_is_a_message_not_an_error(as_editor) -> None:
    response = as_editor.get("/claims", params={"origin": "martians"})
    assert response.status_code in (200, 422) and "Choose where claims came from" in response.text


def test_the_api_filters_by_origin_and_sorts_by_tips(client, db, editor) -> None:
    from tests.builders import make_token

    _tips(db, "Asked about once", 1)
    _tips(db, "Asked about twice", 2)
    headers = {"Authorization": f"Bearer {db.run(lambda s: make_token(s, editor))}"}
    data = client.get(
        "/api/v1/claims", params={"origin": "reader_tip", "sort": "tips"}, headers=headers
    ).json()
    assert [item["text"] for item in data["items"]] == ["Asked about twice", "Asked about once"]
