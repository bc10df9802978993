"""The reader's status link: plain-word progress, the email apart and forgettable (issue #16)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from factcheck.claims.models import Claim
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State
from factcheck.tips.models import Tip, TipContact
from factcheck.tips.phases import MAX_PUBLIC_REASON, NOT_CHECKED_REASONS, OWN_REASON
from factcheck.tips.service import purge_expired_emails
from tests.builders import actor_of
from tests.conftest import csrf_token
from tests.tips.test_tip_form import TIP, send


def _walk(db, claim_id, actions, checker, editor):
    from factcheck.verdicts.service import DEFAULT_SCALE, VerdictService
    from tests.builders import add_source

    async def go(s):
        claims = ClaimService(session=s)
        for action in actions:
            if action is Action.SUBMIT:
                claim = await claims.get_claim(claim_id)
                await add_source(s, claim, by=checker)
                await VerdictService(session=s).ensure_scale(DEFAULT_SCALE)
                await VerdictService(session=s).save_draft(
                    claim_id=claim_id,
                    author_id=checker.id,
                    rating_label="False",
                    summary="No.",
                    rationale="r",
                )
            who = editor if action in (Action.APPROVE, Action.PUBLISH) else checker
            await claims.apply(
                claim_id, action, actor_of(who), comment="Not checkable." if action is Action.DISMISS else ""
            )

    db.run(go)


def test_the_status_page_shows_progress_in_plain_words(client, db, checker, editor) -> None:
    status = send(client, TIP).headers["location"]
    page = client.get(status)
    assert page.status_code == 200 and "Received" in page.text and TIP["said"] in page.text
    claim_id = db.scalar(select(Claim.id))
    _walk(db, claim_id, [Action.ACCEPT, Action.START], checker, editor)
    page = client.get(status).text
    assert "Being checked" in page
    assert checker.display_name not in page  # no staff names
    _walk(db, claim_id, [Action.SUBMIT, Action.APPROVE, Action.PUBLISH], checker, editor)
    page = client.get(status).text
    assert "<strong>Published</strong>" in page and 'href="/fact-checks/' in page


def test_a_dismissed_tip_reads_not_checked(client, db, checker, editor) -> None:
    status = send(client, TIP).headers["location"]
    _walk(db, db.scalar(select(Claim.id)), [Action.DISMISS], checker, editor)
    assert "Not checked" in client.get(status).text


def test_a_wrong_token_finds_nothing(client) -> None:
    assert client.get("/tips/not-a-real-token").status_code == 404


def test_the_email_is_never_on_any_page_and_is_deleted_on_request(client, as_editor_client, db) -> None:
    status = send(client, {**TIP, "email": "reader@test.example"}).headers["location"]
    claim_id = db.scalar(select(Claim.id))
    assert "reader@test.example" not in client.get(status).text
    assert "reader@test.example" not in as_editor_client.get(f"/claims/{claim_id}").text
    assert "reader@test.example" not in as_editor_client.get(f"/api/v1/claims/{claim_id}").text
    response = client.post(f"{status}/forget", data={"_csrf_token": csrf_token(client)})
    assert response.status_code == 200 and "Your email address was deleted" in response.text
    assert db.count(TipContact) == 0 and db.count(Tip) == 1


def test_emails_are_deleted_after_the_retention_period(client, db) -> None:
    send(client, {**TIP, "email": "reader@test.example"})

    async def age(s):
        await s.execute(update(TipContact).values(created_at=datetime.now(UTC) - timedelta(days=91)))
        await s.commit()
        n = await purge_expired_emails(s)
        await s.commit()
        return n

    assert db.run(age) == 1 and db.count(TipContact) == 0


def _dismiss_on_the_claim_page(as_editor_client, claim_id, **fields):
    page = as_editor_client.get(f"/claims/{claim_id}")
    version = page.text.split('name="version" value="')[1].split('"')[0]
    return as_editor_client.post(
        f"/claims/{claim_id}/actions/dismiss",
        data={
            "version": version,
            "comment": "Internal: a blog rumour.",
            "_csrf_token": csrf_token(as_editor_client),
            **fields,
        },
        follow_redirects=False,
    )


def test_a_claim_not_checked_shows_readers_the_reason_the_desk_typed(client, as_editor_client, db) -> None:
    status = send(client, TIP).headers["location"]
    claim_id = db.scalar(select(Claim.id))
    page = as_editor_client.get(f"/claims/{claim_id}").text
    assert "What the readers who sent it are told" in page and NOT_CHECKED_REASONS[0] in page
    own = "It is a <b>joke</b> account & not a real quote."
    response = _dismiss_on_the_claim_page(
        as_editor_client, claim_id, public_reason=OWN_REASON, public_reason_own=own
    )
    assert response.status_code == 303, response.text[:500]
    text = client.get(status).text
    assert "Not checked" in text
    assert "It is a &lt;b&gt;joke&lt;/b&gt; account &amp; not a real quote." in text
    assert "Internal: a blog rumour." not in text  # the dismissal's comment stays with the desk


def test_a_claim_not_checked_shows_the_reason_picked_from_the_list(client, as_editor_client, db) -> None:
    status = send(client, TIP).headers["location"]
    claim_id = db.scalar(select(Claim.id))
    response = _dismiss_on_the_claim_page(as_editor_client, claim_id, public_reason=NOT_CHECKED_REASONS[2])
    assert response.status_code == 303
    assert NOT_CHECKED_REASONS[2] in client.get(status).text
    assert db.scalar(select(Claim.public_reason)) == NOT_CHECKED_REASONS[2]


def test_a_reason_not_on_the_list_is_not_taken_from_the_list_field(client, as_editor_client, db) -> None:
    status = send(client, TIP).headers["location"]
    claim_id = db.scalar(select(Claim.id))
    _dismiss_on_the_claim_page(as_editor_client, claim_id, public_reason="Made up by a crafted post")
    assert db.scalar(select(Claim.public_reason)) is None
    assert "Made up by a crafted post" not in client.get(status).text


def test_a_reason_too_long_is_refused_with_what_was_typed_kept(client, as_editor_client, db) -> None:
    send(client, TIP)
    claim_id = db.scalar(select(Claim.id))
    own = "Too long. " * (MAX_PUBLIC_REASON // 10 + 1)
    response = _dismiss_on_the_claim_page(
        as_editor_client, claim_id, public_reason=OWN_REASON, public_reason_own=own
    )
    assert response.status_code == 422 and "Keep the reason readers see under" in response.text
    assert own.strip() in response.text
    assert (
        db.scalar(select(Claim.state)) == State.CANDIDATE and db.scalar(select(Claim.public_reason)) is None
    )


def test_a_claim_no_reader_sent_asks_no_public_reason(as_editor_client, db, checker) -> None:
    from tests.builders import make_claim

    claim = db.run(lambda s: make_claim(s, by=checker))
    assert "What the readers who sent it are told" not in as_editor_client.get(f"/claims/{claim.id}").text


def test_dismissing_a_readers_claim_from_the_board_asks_and_keeps_the_public_reason(
    client, as_editor_client, db
) -> None:
    status = send(client, TIP).headers["location"]
    claim = db.run(lambda s: s.scalar(select(Claim)))
    board = as_editor_client.get("/claims/board").text
    card = board.split(f'id="card-{claim.id}"', 1)[1].split("</article>", 1)[0]
    assert "What the readers who sent it are told" in card and NOT_CHECKED_REASONS[1] in card
    response = as_editor_client.post(
        f"/claims/board/{claim.id}/actions/dismiss",
        data={
            "version": str(claim.version),
            "comment": "Internal: satire.",
            "public_reason": NOT_CHECKED_REASONS[1],
            "_csrf_token": csrf_token(as_editor_client),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text[:500]
    assert db.scalar(select(Claim.public_reason)) == NOT_CHECKED_REASONS[1]
    assert NOT_CHECKED_REASONS[1] in client.get(status).text


def test_a_card_no_reader_sent_asks_no_public_reason(as_editor_client, db, checker) -> None:
    from tests.builders import make_claim

    claim = db.run(lambda s: make_claim(s, by=checker))
    card = as_editor_client.get("/claims/board").text.split(f'id="card-{claim.id}"', 1)[1]
    assert "What the readers who sent it are told" not in card.split("</article>", 1)[0]
