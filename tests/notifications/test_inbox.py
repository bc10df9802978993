"""The header count, the inbox, marking read, following, and @ completion (issue #16)."""

from __future__ import annotations

import re

from sqlalchemy import select

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.notifications.models import Delivery, Follow, Kind, Notification, Preference
from tests.builders import actor_of, make_claim
from tests.conftest import post


def _request_changes(db, claim, editor, comment="Cite the UN."):
    db.run(
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment=comment
        )
    )


def _count(html: str) -> int:
    found = re.search(
        r'id="notification-count"[^>]*>Notifications(?: <span class="badge"[^>]*>(\d+)</span>)?', html
    )
    assert found, "no notification count in the header"
    return int(found.group(1) or 0)


def test_the_header_shows_the_unread_count_on_every_page(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    assert _count(as_checker.get("/").text) == 0
    _request_changes(db, claim, editor)
    for path in ("/", "/claims", "/articles", "/notifications/settings"):
        assert _count(as_checker.get(path).text) == 1, path
    # Opening the claim reads its notice (test_read_on_opening.py): the count drops there.
    assert _count(as_checker.get(f"/claims/{claim.id}").text) == 0


def test_the_count_fragment_for_htmx_swaps(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _request_changes(db, claim, editor)
    response = as_checker.get("/notifications/count", headers={"HX-Request": "true"})
    assert response.status_code == 200 and _count(response.text) == 1
    assert "<html" not in response.text


def test_the_inbox_lists_unread_first_with_links_to_the_claims(as_checker, db, checker, editor) -> None:
    first = db.run(lambda s: make_claim(s, state="in_review", by=checker, text="First claim"))
    second = db.run(lambda s: make_claim(s, state="in_review", by=checker, text="Second claim"))
    _request_changes(db, first, editor)
    _request_changes(db, second, editor)
    older = db.scalar(
        select(Notification.id).where(Notification.claim_id == first.id, Notification.user_id == checker.id)
    )
    post(as_checker, f"/notifications/{older}/read")
    page = as_checker.get("/notifications").text
    assert page.index("Second claim") < page.index("First claim")  # unread first
    assert f'href="/claims/{second.id}"' in page and f'href="/claims/{first.id}"' in page
    assert _count(page) == 1


def test_mark_all_read(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _request_changes(db, claim, editor)
    upto = re.search(r'name="upto" value="([^"]+)"', as_checker.get("/notifications").text).group(1)
    response = post(as_checker, "/notifications/read-all", {"upto": upto})
    assert response.status_code == 200 and "1 notification marked read." in response.text
    assert db.scalar(select(Notification.read_at).where(Notification.user_id == checker.id)) is not None


def test_one_cannot_mark_someone_elses_notification_read(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _request_changes(db, claim, editor)
    theirs = db.scalar(select(Notification.id).where(Notification.user_id == checker.id))
    post(as_editor, f"/notifications/{theirs}/read")
    assert db.scalar(select(Notification.read_at).where(Notification.id == theirs)) is None


def test_the_inbox_needs_a_signed_in_user(client) -> None:
    response = client.get("/notifications", follow_redirects=False)
    assert response.status_code in (302, 303, 401)


def test_follow_and_unfollow_a_claim(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, by=checker))
    page = as_editor.get(f"/claims/{claim.id}").text
    assert f'action="/claims/{claim.id}/follow"' in page
    post(as_editor, f"/claims/{claim.id}/follow")
    assert db.scalar(select(Follow.id).where(Follow.user_id == editor.id)) is not None
    assert f'action="/claims/{claim.id}/unfollow"' in as_editor.get(f"/claims/{claim.id}").text
    response = post(as_editor, f"/claims/{claim.id}/unfollow", headers={"HX-Request": "true"})
    assert response.status_code == 200 and "Follow" in response.text
    assert db.scalar(select(Follow.id).where(Follow.user_id == editor.id)) is None


def test_following_a_claim_that_does_not_exist_is_404(as_editor) -> None:
    response = post(as_editor, "/claims/01234567-89ab-7def-8123-456789abcdef/follow")
    assert response.status_code == 404


def test_choosing_how_to_hear_of_each_kind(as_checker, db, checker) -> None:
    page = as_checker.get("/notifications/settings")
    assert page.status_code == 200 and Kind.CHANGES_REQUESTED.label in page.text
    post(as_checker, "/notifications/settings", {Kind.CHANGES_REQUESTED.value: Delivery.DIGEST.value})
    assert (
        db.scalar(select(Preference.delivery).where(Preference.kind == Kind.CHANGES_REQUESTED.value))
        == "digest"
    )


def test_mention_completion_offers_matching_people(as_checker, db, checker, editor) -> None:
    response = as_checker.get("/notifications/people", params={"body": "Please look @Edi"})
    assert response.status_code == 200 and f'data-handle="{editor.display_name}"' in response.text
    assert checker.display_name not in response.text
    assert as_checker.get("/notifications/people", params={"body": "no mention"}).text.strip() == ""


def test_a_comment_with_a_mention_reaches_the_inbox(
    as_checker, as_editor_client, db, checker, editor
) -> None:
    claim = db.run(lambda s: make_claim(s, by=checker))
    post(as_checker, f"/claims/{claim.id}/comments", {"body": f"@{editor.display_name} <b>look</b>"})
    page = as_editor_client.get("/notifications").text
    assert "mentioned you" in page and "&lt;b&gt;look&lt;/b&gt;" in page
