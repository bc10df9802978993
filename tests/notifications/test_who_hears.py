"""Who is notified of what: each event, its recipients, and nobody else (issue #16)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from factcheck.claims.service import ClaimService
from factcheck.claims.work import ClaimWork
from factcheck.claims.workflow import Action
from factcheck.errors import Invalid
from factcheck.notifications import service as notifications
from factcheck.notifications.models import Follow, Kind, OutboxMail
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of, make_claim, make_user
from tests.notifications.helpers import notes_of, with_mail


def kinds(db, user) -> list[str]:
    return [k for k, _ in notes_of(db, user)]


def test_submitting_tells_every_editor_who_may_review_but_not_its_contributors(
    db, checker, editor, second_editor
) -> None:
    # The second editor wrote part of the verdict: the workflow's rule keeps them from reviewing it.
    async def go(s):
        claim = await make_claim(s, state="researching", by=checker)
        from factcheck.verdicts.service import DEFAULT_SCALE
        from tests.builders import add_source

        await add_source(s, claim, by=checker)
        verdicts = VerdictService(session=s)
        await verdicts.ensure_scale(DEFAULT_SCALE)
        draft = await verdicts.save_draft(
            claim_id=claim.id, author_id=second_editor.id, rating_label="False", summary="No.", rationale="x"
        )
        await verdicts.save_draft(
            claim_id=claim.id,
            author_id=checker.id,
            rating_label="False",
            summary="No.",
            rationale="y",
            version=draft.version,
        )
        await ClaimService(session=s).apply(claim.id, Action.SUBMIT, actor_of(checker))
        return claim

    db.run(go)
    assert kinds(db, editor) == [Kind.REVIEW_WAITING]
    assert kinds(db, second_editor) == []
    assert Kind.REVIEW_WAITING not in kinds(db, checker)
    assert "submitted a verdict" in notes_of(db, editor)[0][1]


def test_changes_requested_tells_the_verdicts_contributors(db, checker, editor) -> None:
    async def go(s):
        claim = await make_claim(s, state="in_review", by=checker)
        await ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment="Cite the UN."
        )

    db.run(go)
    assert kinds(db, checker) == [Kind.CHANGES_REQUESTED]
    assert Kind.CHANGES_REQUESTED not in kinds(db, editor)


def test_approved_and_published_tell_the_author(db, checker, editor) -> None:
    db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    assert kinds(db, checker) == [Kind.APPROVED, Kind.PUBLISHED]


def test_an_approval_short_of_the_quorum_tells_nobody_it_is_approved(db, checker, editor) -> None:
    from factcheck.accounts.service import OrganisationService

    async def go(s):
        await OrganisationService(session=s).save(
            {"name": "Desk", "approvals_needed": "2", "min_sources": "1", "extractor_threshold": "0.5"}
        )
        claim = await make_claim(s, state="in_review", by=checker)
        await ClaimService(session=s).apply(claim.id, Action.APPROVE, actor_of(editor))

    db.run(go)
    assert Kind.APPROVED not in kinds(db, checker)


def test_reopening_tells_the_claims_followers(db, checker, editor, second_editor) -> None:
    async def go(s):
        claim = await make_claim(s, state="published", by=checker, editor=editor)
        await notifications.follow(s, second_editor.id, claim.id)
        await s.commit()
        await ClaimService(session=s).apply(claim.id, Action.REOPEN, actor_of(editor), comment="New figures.")

    db.run(go)
    assert Kind.REOPENED in kinds(db, checker)  # followed it by working on it
    assert Kind.REOPENED in kinds(db, second_editor)  # followed it by hand
    assert Kind.REOPENED not in kinds(db, editor)  # reopened it


def test_assigning_tells_the_assignee_and_makes_them_follow(db, checker, editor) -> None:
    async def go(s):
        claim = await make_claim(s, state="queued", by=editor)
        await ClaimWork(s).assign(claim.id, actor_of(editor), checker.id, version=claim.version)
        return claim

    claim = db.run(go)
    assert kinds(db, checker) == [Kind.ASSIGNED]
    assert db.scalar(select(Follow.id).where(Follow.user_id == checker.id, Follow.claim_id == claim.id))


def test_assigning_the_person_already_assigned_tells_nobody_again(db, checker, editor) -> None:
    """The assign form sent twice (a double click, a reload) records and mails one assignment."""
    from factcheck.claims.models import Event, EventKind

    claim = db.run(lambda s: make_claim(s, state="queued", by=editor))

    async def assign(s):
        current = await ClaimService(session=s).get_claim(claim.id)
        await ClaimWork(s).assign(claim.id, actor_of(editor), checker.id, version=current.version)

    with_mail(db, assign)
    with_mail(db, assign)
    assert kinds(db, checker) == [Kind.ASSIGNED]
    assert db.count(OutboxMail) == 1
    assert (
        db.scalar(select(func.count()).where(Event.claim_id == claim.id, Event.action == EventKind.ASSIGN))
        == 1
    )


def test_starting_a_claim_already_assigned_tells_the_assignee_nothing_again(db, checker, editor) -> None:
    """Assigned while queued, then started by someone else: "Eddie assigned it to you" came twice."""

    async def go(s):
        claim = await make_claim(s, state="queued", by=editor)
        await ClaimWork(s).assign(claim.id, actor_of(editor), checker.id, version=claim.version)
        await ClaimService(session=s).apply(claim.id, Action.START, actor_of(editor))

    with_mail(db, go)
    assert kinds(db, checker) == [Kind.ASSIGNED]
    assert db.count(OutboxMail) == 1


def test_a_claim_that_is_a_quotation_keeps_one_pair_of_quotation_marks(db, checker, editor) -> None:
    words = "“The Iranians confirmed in London they will support a ceasefire now.”"
    claim = db.run(lambda s: make_claim(s, state="queued", text=words, by=editor))
    db.run(lambda s: ClaimWork(s).assign(claim.id, actor_of(editor), checker.id, version=claim.version))
    ((_, text),) = notes_of(db, checker)
    assert "assigned “The Iranians confirmed in London they will support a ceasefire now.” to you." in text


def test_a_mention_by_name_or_email_tells_that_user_only(db, checker, editor, second_editor) -> None:
    async def go(s):
        claim = await make_claim(s, by=checker)
        work = ClaimWork(s)
        await work.add_comment(claim.id, actor_of(checker), f"@{editor.display_name} can you look?")
        await work.add_comment(claim.id, actor_of(checker), f"cc @{second_editor.email}.")
        await work.add_comment(claim.id, actor_of(checker), f"me: @{checker.display_name}")

    db.run(go)
    assert kinds(db, editor) == [Kind.MENTIONED]
    assert kinds(db, second_editor) == [Kind.MENTIONED]
    assert kinds(db, checker) == []


def test_a_longer_name_is_not_a_mention_of_a_shorter_one(db, checker) -> None:
    async def go(s):
        ann = await make_user(s, name="Ann", role="editor")
        await make_user(s, name="Annabel", role="editor")
        claim = await make_claim(s, by=checker)
        await ClaimWork(s).add_comment(claim.id, actor_of(checker), "@Annabel please check")
        return ann

    ann = db.run(go)
    assert kinds(db, ann) == []


def test_a_refused_action_leaves_no_notification_and_no_mail(db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))

    async def go(s):
        with pytest.raises(Invalid):  # request changes needs a comment
            await ClaimService(session=s).apply(claim.id, Action.REQUEST_CHANGES, actor_of(editor))

    with_mail(db, go)
    assert db.count(OutboxMail) == 0
    assert kinds(db, checker) == []


def test_a_rolled_back_action_sends_nothing(db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))

    async def go(s):
        # The notification and its mail are written in the action's transaction; when that
        # transaction does not commit, neither exists.
        from factcheck.claims.workflow import Actor

        service = ClaimService(session=s)
        original = s.commit

        async def failing_commit() -> None:
            raise RuntimeError("the database went away")

        s.commit = failing_commit  # type: ignore[method-assign]
        with pytest.raises(RuntimeError):
            await service.apply(
                claim.id, Action.REQUEST_CHANGES, Actor(editor.id, actor_of(editor).role), comment="Cite it."
            )
        await s.rollback()
        s.commit = original  # type: ignore[method-assign]

    with_mail(db, go)
    assert db.count(OutboxMail) == 0
    assert kinds(db, checker) == []


def test_with_mail_on_an_event_queues_one_mail_from_templates(db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    with_mail(
        db,
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment="Cite the UN."
        ),
    )
    mail = db.scalar(select(OutboxMail))
    assert mail.to_email == checker.email and mail.sent_at is None
    assert "Changes are requested" in mail.subject
    assert f"/claims/{claim.id}" in mail.body_text and f"/claims/{claim.id}" in mail.body_html
