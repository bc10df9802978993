"""A tipper who left an email hears once of each step: received, being checked, published; once
they ask to be forgotten, or the retention period ends, the outbox no longer holds their address."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.notifications.models import OutboxMail
from factcheck.tips.models import TipContact
from factcheck.tips.phases import Phase, news
from factcheck.tips.service import FORGOTTEN, TipInput, purge_expired_emails, submit_tip
from tests.builders import actor_of
from tests.conftest import post, sign_in
from tests.notifications.helpers import html_part, run_workers, text_part, with_mail


def walk(db, claim_id, actions, checker, editor, comment: str = "") -> None:
    """The claim taken through ``actions``: the checker researches, the editor reviews, publishes,
    reopens and withdraws (the actions needing one get ``comment``)."""
    from factcheck.verdicts.service import DEFAULT_SCALE, VerdictService
    from tests.builders import add_source

    async def go(s):
        claims = ClaimService(session=s)
        for action in actions:
            if action is Action.SUBMIT:
                await add_source(s, await claims.get_claim(claim_id), by=checker)
                await VerdictService(session=s).ensure_scale(DEFAULT_SCALE)
                await VerdictService(session=s).save_draft(
                    claim_id=claim_id,
                    author_id=checker.id,
                    rating_label="False",
                    summary="No.",
                    rationale="r",
                )
            who = checker if action in (Action.ACCEPT, Action.START, Action.SUBMIT) else editor
            await claims.apply(claim_id, action, actor_of(who), comment=comment)

    with_mail(db, go)


def test_a_tipper_is_emailed_at_each_step_with_the_status_link(db, smtp, checker, editor) -> None:
    sent = with_mail(
        db, lambda s: submit_tip(s, TipInput("Russia is using dumb bombs", "TV news", "reader@test.example"))
    )
    walk(
        db,
        sent.claim.id,
        [Action.ACCEPT, Action.START, Action.SUBMIT, Action.APPROVE, Action.PUBLISH],
        checker,
        editor,
    )
    run_workers(db, smtp)
    mails = smtp.inbox.to("reader@test.example")
    assert [m["Subject"] for m in mails] == [
        "Your tip: received",
        "Your tip: being checked",
        "Your tip: published",
    ]
    assert f"/tips/{sent.tip.token}" in text_part(mails[0])
    assert "/fact-checks/" in text_part(mails[2])
    assert db.count(OutboxMail) == len(smtp.inbox.messages)


def test_a_tipper_is_told_why_the_desk_did_not_check_it(db, smtp, checker) -> None:
    sent = with_mail(
        db, lambda s: submit_tip(s, TipInput("Iran supports a ceasefire", "A leaflet", "reader@test.example"))
    )
    reason = "It is about the future: <nothing> can be checked yet."
    with_mail(
        db,
        lambda s: ClaimService(session=s).apply(
            sent.claim.id, Action.DISMISS, actor_of(checker), comment="Internal note.", public_reason=reason
        ),
    )
    run_workers(db, smtp)
    mails = smtp.inbox.to("reader@test.example")
    assert [m["Subject"] for m in mails] == ["Your tip: received", "Your tip: not checked"]
    assert f"Why: {reason}" in text_part(mails[1])
    assert "Why: It is about the future: &lt;nothing&gt; can be checked yet." in html_part(mails[1])
    assert "Internal note." not in text_part(mails[1])


def test_a_tipper_hears_each_outcome_once_and_not_of_a_re_queue(db, smtp, checker) -> None:
    """Dismissed, re-queued, dismissed again: one "not checked" (it was three mails, "not checked",
    "received", "not checked"); taken up and researched after all, they hear of that."""
    sent = with_mail(
        db,
        lambda s: submit_tip(
            s, TipInput("The dam holds a year of water", "A podcast", "reader@test.example")
        ),
    )

    def apply(*actions: Action) -> None:
        async def go(s):
            for action in actions:
                await ClaimService(session=s).apply(
                    sent.claim.id,
                    action,
                    actor_of(checker),
                    comment="Not now." if action is Action.DISMISS else "",
                )

        with_mail(db, go)

    def subjects() -> list[str]:
        run_workers(db, smtp)
        return [m["Subject"] for m in smtp.inbox.to("reader@test.example")]

    apply(Action.DISMISS, Action.REQUEUE, Action.DISMISS)
    assert subjects() == ["Your tip: received", "Your tip: not checked"]
    apply(Action.REQUEUE)
    assert subjects() == ["Your tip: received", "Your tip: not checked"]  # a re-queue is no news
    apply(Action.START)
    assert subjects()[2:] == ["Your tip: being checked"]
    apply(Action.DISMISS)  # stopped after all: news to a reader last told "being checked"
    assert subjects()[2:] == ["Your tip: being checked", "Your tip: not checked"]


def test_a_tipper_told_it_was_published_is_told_it_was_withdrawn(db, smtp, checker, editor) -> None:
    """A fact-check an editor withdraws was checked: its tipper is not told "the desk decided not to
    check this claim" but that it was withdrawn, with the address of its notice (mail and page)."""
    from factcheck.tips.service import status

    sent = with_mail(
        db, lambda s: submit_tip(s, TipInput("The dam holds a year of water", "TV", "r@test.example"))
    )
    published = [Action.ACCEPT, Action.START, Action.SUBMIT, Action.APPROVE, Action.PUBLISH]
    walk(db, sent.claim.id, published, checker, editor)
    walk(db, sent.claim.id, [Action.REOPEN], checker, editor, comment="The figure was wrong.")
    walk(db, sent.claim.id, [Action.DISMISS], checker, editor, comment="Our source retracted its data.")
    run_workers(db, smtp)
    mails = smtp.inbox.to("r@test.example")
    subjects = ["Your tip: received", "Your tip: being checked", "Your tip: published", "Your tip: withdrawn"]
    assert [m["Subject"] for m in mails] == subjects  # the reopening was no news: still public
    assert "Withdrawn: We published a fact-check of this claim, then withdrew it." in text_part(mails[3])
    assert "Read the withdrawal notice: http://desk.test.example/fact-checks/" in text_part(mails[3])
    assert "Read the withdrawal notice</a>" in html_part(mails[3])
    shown = db.run(lambda s: status(s, sent.tip.token))
    assert shown.phase is Phase.WITHDRAWN and shown.public_reason is None
    assert shown.fact_check_path is not None and shown.fact_check_path.startswith("/fact-checks/")


def test_the_news_rule() -> None:
    assert news(Phase.RECEIVED, Phase.RECEIVED) is None
    assert news(Phase.NOT_CHECKED, Phase.RECEIVED) is None
    assert news(Phase.NOT_CHECKED, Phase.NOT_CHECKED) is None
    assert news(Phase.NOT_CHECKED, Phase.BEING_CHECKED) is Phase.BEING_CHECKED
    assert news(Phase.BEING_CHECKED, Phase.NOT_CHECKED) is Phase.NOT_CHECKED
    assert news(None, Phase.PUBLISHED) is Phase.PUBLISHED


def test_a_tip_joining_a_decided_claim_is_told_where_it_stands(db, smtp, checker, editor) -> None:
    """The second reader's first mail said "received" ("the desk will decide...") while their status
    page said the desk had decided: published, or not checked and why."""
    from factcheck.verdicts.service import DEFAULT_SCALE, VerdictService
    from tests.builders import add_source

    published = with_mail(db, lambda s: submit_tip(s, TipInput("The dam holds a year of water", "Radio")))

    async def publish(s):
        claims = ClaimService(session=s)
        for action in (Action.ACCEPT, Action.START):
            await claims.apply(published.claim.id, action, actor_of(checker))
        await add_source(s, await claims.get_claim(published.claim.id), by=checker)
        await VerdictService(session=s).ensure_scale(DEFAULT_SCALE)
        await VerdictService(session=s).save_draft(
            claim_id=published.claim.id,
            author_id=checker.id,
            rating_label="False",
            summary="No.",
            rationale="r",
        )
        await claims.apply(published.claim.id, Action.SUBMIT, actor_of(checker))
        for action in (Action.APPROVE, Action.PUBLISH):
            await claims.apply(published.claim.id, action, actor_of(editor))

    with_mail(db, publish)
    dismissed = with_mail(db, lambda s: submit_tip(s, TipInput("Iran supports a ceasefire", "A leaflet")))
    reason = "It is about the future: nothing can be checked yet."
    with_mail(
        db,
        lambda s: ClaimService(session=s).apply(
            dismissed.claim.id, Action.DISMISS, actor_of(checker), comment="No.", public_reason=reason
        ),
    )
    joined = [
        with_mail(db, lambda s, said=said, to=f"{name}@test.example": submit_tip(s, TipInput(said, "TV", to)))
        for said, name in (
            ("the dam holds a year of water!", "late"),
            ("Iran supports a ceasefire.", "again"),
        )
    ]
    assert [j.claim.id for j in joined] == [published.claim.id, dismissed.claim.id]
    run_workers(db, smtp)
    (on_published,) = smtp.inbox.to("late@test.example")
    assert on_published["Subject"] == "Your tip: published"
    assert "Read the fact-check: http://desk.test.example/fact-checks/" in text_part(on_published)
    (on_dismissed,) = smtp.inbox.to("again@test.example")
    assert on_dismissed["Subject"] == "Your tip: not checked" and f"Why: {reason}" in text_part(on_dismissed)

    # Told already: the claim's next step is told only when it is news.
    with_mail(
        db, lambda s: ClaimService(session=s).apply(dismissed.claim.id, Action.REQUEUE, actor_of(checker))
    )
    run_workers(db, smtp)
    assert len(smtp.inbox.to("again@test.example")) == 1


def test_forget_my_email_takes_the_address_out_of_the_outbox(mail_client, db, smtp, checker, admin) -> None:
    """A mail that waited (the server refusing it) went out after "Forget my email", and the admin's
    page of failed mail showed the reader's address; sent mails kept it too."""
    sent = with_mail(
        db, lambda s: submit_tip(s, TipInput("The dam holds a year of water", "TV", "reader@test.example"))
    )
    run_workers(db, smtp)  # "received" goes out
    smtp.inbox.refuse = True
    with_mail(
        db,
        lambda s: ClaimService(session=s).apply(
            sent.claim.id, Action.DISMISS, actor_of(checker), comment="No."
        ),
    )
    run_workers(db, smtp)  # "not checked" is refused, and waits for another attempt
    sign_in(mail_client, admin)
    assert "reader@test.example" in mail_client.get("/admin/mail").text
    mail_client.cookies.clear()

    response = post(mail_client, f"/tips/{sent.tip.token}/forget")
    assert response.status_code == 200 and "Your email address was deleted" in response.text
    smtp.inbox.refuse = False
    run_workers(db, smtp, now=datetime.now(UTC) + timedelta(hours=2))
    assert [m["Subject"] for m in smtp.inbox.to("reader@test.example")] == ["Your tip: received"]
    assert db.scalar(select(OutboxMail.id).where(OutboxMail.to_email == "reader@test.example")) is None
    assert db.scalar(select(OutboxMail.to_email)) == FORGOTTEN  # the mail sent, no longer naming them
    sign_in(mail_client, admin)
    assert "reader@test.example" not in mail_client.get("/admin/mail").text


def test_the_retention_period_takes_the_address_out_of_the_outbox_too(db, smtp) -> None:
    with_mail(
        db, lambda s: submit_tip(s, TipInput("The dam holds a year of water", "TV", "reader@test.example"))
    )
    run_workers(db, smtp)

    async def age_and_purge(s):
        await s.execute(update(TipContact).values(created_at=datetime.now(UTC) - timedelta(days=91)))
        n = await purge_expired_emails(s)
        await s.commit()
        return n

    assert db.run(age_and_purge) == 1
    assert db.scalar(select(OutboxMail.id).where(OutboxMail.to_email == "reader@test.example")) is None
