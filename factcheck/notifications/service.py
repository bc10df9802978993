"""Who hears of what: notifications written in the caller's transaction (never committed here).

``after_action`` is called by ``ClaimService.apply`` (the one place workflow actions are applied),
``after_assign`` and ``after_comment`` by the matching verbs of ``ClaimWork``, each before their
commit, so a rolled-back action leaves no notification and no mail behind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from factcheck.accounts.models import OrganisationSettings, User
from factcheck.accounts.roles import Role
from factcheck.claims import workflow
from factcheck.claims.workflow import Action, Actor, Facts, State
from factcheck.db.text import lowered
from factcheck.notifications.mail import render
from factcheck.notifications.models import (
    DEFAULT_DELIVERY,
    Delivery,
    Follow,
    Kind,
    Notification,
    OutboxMail,
    Preference,
)
from factcheck.notifications.wording import NOTICE_MAX, SUBJECT_CLAIM, quoted, shorten, with_note

if TYPE_CHECKING:
    from collections.abc import Iterable
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.models import Claim

MAIL_INFO_KEY = "factcheck.mail"
"""``session.info`` key holding the app's ``MailSite``; absent (CLI, seeds): no mail is queued."""
WAKE_KEY = "factcheck.mail_wake"
"""``session.info`` key of the worker's wake-up call, run after a commit that queued mail."""
QUEUED_KEY = "factcheck.mail_queued"


@dataclass(frozen=True, slots=True)
class MailSite:
    """What writing a mail needs from the settings: whether mail is on, and the address to link to
    when the organisation has not set its URL."""

    enabled: bool
    fallback_url: str
    public_url: str = ""
    """FACTCHECK_PUBLIC_URL: where links lead whatever the organisation's website is."""


def mail_site(session: AsyncSession) -> MailSite | None:
    site = session.info.get(MAIL_INFO_KEY)
    return site if isinstance(site, MailSite) and site.enabled else None


async def follow(session: AsyncSession, user_id: UUID, claim_id: UUID) -> None:
    """Idempotent; part of the caller's transaction."""
    exists = await session.scalar(
        select(Follow.id).where(Follow.user_id == user_id, Follow.claim_id == claim_id)
    )
    if exists is None and not any(
        isinstance(o, Follow) and o.user_id == user_id and o.claim_id == claim_id for o in session.new
    ):
        session.add(Follow(user_id=user_id, claim_id=claim_id))


async def unfollow(session: AsyncSession, user_id: UUID, claim_id: UUID) -> None:
    follow_row = await session.scalar(
        select(Follow).where(Follow.user_id == user_id, Follow.claim_id == claim_id)
    )
    if follow_row is not None:
        await session.delete(follow_row)


async def is_following(session: AsyncSession, user_id: UUID, claim_id: UUID) -> bool:
    found = await session.scalar(
        select(Follow.id).where(Follow.user_id == user_id, Follow.claim_id == claim_id)
    )
    return found is not None


async def deliveries(session: AsyncSession, user_ids: Iterable[UUID], kind: Kind) -> dict[UUID, Delivery]:
    ids = list(user_ids)
    chosen = dict.fromkeys(ids, DEFAULT_DELIVERY)
    if ids:
        rows = await session.execute(
            select(Preference.user_id, Preference.delivery).where(
                Preference.user_id.in_(ids), Preference.kind == kind.value
            )
        )
        for user_id, delivery in rows:
            chosen[user_id] = Delivery(delivery)
    return chosen


async def site_base(session: AsyncSession, site: MailSite) -> str:
    """Where mail links lead: FACTCHECK_PUBLIC_URL when set (the organisation's website may be the
    newsroom's own site, which has no /claims), else the organisation's URL (its settings), else the
    app's own address."""
    if site.public_url:
        return site.public_url
    base = await session.scalar(select(OrganisationSettings.url).order_by(OrganisationSettings.created_at))
    return (base or site.fallback_url).rstrip("/")


def claim_url(base: str, claim_id: UUID | None) -> str:
    return f"{base}/claims/{claim_id}" if claim_id else f"{base}/notifications"


async def claim_link(session: AsyncSession, claim_id: UUID | None, site: MailSite) -> str:
    return claim_url(await site_base(session, site), claim_id)


async def notify(
    session: AsyncSession,
    recipients: Iterable[User],
    kind: Kind,
    text: str,
    *,
    claim: Claim | None = None,
    actor_id: UUID | None = None,
) -> list[Notification]:
    """One notification per recipient (never the actor), and their mail when they want one."""
    users = {u.id: u for u in recipients if u.is_active and u.id != actor_id}
    if not users:
        return []
    chosen = await deliveries(session, users, kind)
    site = mail_site(session)
    link = await claim_link(session, claim.id if claim else None, site) if site else ""
    made = []
    for user_id, user in users.items():
        delivery = chosen[user_id]
        note = Notification(
            user_id=user_id,
            kind=kind.value,
            claim_id=claim.id if claim else None,
            actor_id=actor_id,
            text=text[:NOTICE_MAX],
            digest_pending=site is not None and delivery is Delivery.DIGEST,
        )
        session.add(note)
        made.append(note)
        if site is not None and delivery is Delivery.EMAIL:
            about = quoted(claim.text, SUBJECT_CLAIM) if claim else ""
            mail = render("notification", user=user, kind=kind, text=text, link=link, about=about)
            queue_mail(session, user.email, mail.subject, mail.text, mail.html)
    return made


def queue_mail(session: AsyncSession, to: str, subject: str, text: str, html: str) -> OutboxMail:
    mail = OutboxMail(
        to_email=to, subject=subject, body_text=text, body_html=html, next_attempt_at=datetime.now(UTC)
    )
    session.add(mail)
    session.info[QUEUED_KEY] = True
    return mail


async def recipients(
    session: AsyncSession,
    *,
    ids: Iterable[UUID | None] | None = None,
    roles: Iterable[Role] | None = None,
    following: UUID | None = None,
) -> list[User]:
    """The one query for who may hear of something: active users, narrowed to the given ids, roles
    or followers of a claim (each filter only when given). ``notify`` drops the actor."""
    query = select(User).where(User.is_active.is_(True))
    if ids is not None:
        wanted = {i for i in ids if i is not None}
        if not wanted:
            return []
        query = query.where(User.id.in_(wanted))
    if roles is not None:
        query = query.where(User.role.in_([r.value for r in roles]))
    if following is not None:
        query = query.where(User.id.in_(select(Follow.user_id).where(Follow.claim_id == following)))
    return list((await session.scalars(query)).all())


async def _name(session: AsyncSession, user_id: UUID) -> str:
    return await session.scalar(select(User.display_name).where(User.id == user_id)) or "Someone"


async def reviewers(session: AsyncSession, facts: Facts) -> list[User]:
    """Every active user who may review the submitted verdict: the approve row's roles, minus
    whoever the workflow's own rule ``not_own_verdict`` refuses (its contributors)."""
    approve = next(t for t in workflow.transitions_from(State.IN_REVIEW) if t.action is Action.APPROVE)
    candidates = await recipients(session, roles=approve.roles)
    return [u for u in candidates if workflow.not_own_verdict(facts, Actor(u.id, Role(u.role))) is None]


async def _after_action(
    session: AsyncSession,
    *,
    claim: Claim,
    action: Action,
    actor: Actor,
    target: State,
    facts: Facts,
    comment: str = "",
) -> None:
    """Called by ``ClaimService.apply`` before its commit. ``facts`` are the claim's facts before
    the action (their contributors are the submitted or decided revision's); ``comment`` is the
    action's own (the editor's note when a verdict is sent back or a claim reopened)."""
    await follow(session, actor.id, claim.id)
    from factcheck.tips.service import after_state_change  # tips build on notifications

    await after_state_change(session, claim, published_now=action is Action.PUBLISH)
    who = await _name(session, actor.id)
    quoted_text = quoted(claim.text)
    contributors = await recipients(session, ids=facts.revision_contributor_ids)
    match action:
        # Started for someone: they hear of it, unless it was theirs already (assigned while
        # queued, and told then).
        case Action.START if claim.assignee_id not in (None, actor.id, facts.assignee_id):
            assert claim.assignee_id is not None
            await follow(session, claim.assignee_id, claim.id)
            await notify(
                session,
                await recipients(session, ids=[claim.assignee_id]),
                Kind.ASSIGNED,
                f"{who} assigned {quoted_text} to you.",
                claim=claim,
                actor_id=actor.id,
            )
        case Action.SUBMIT:
            await notify(
                session,
                await reviewers(session, facts),
                Kind.REVIEW_WAITING,
                f"{who} submitted a verdict on {quoted_text} for review.",
                claim=claim,
                actor_id=actor.id,
            )
        case Action.REQUEST_CHANGES:
            await notify(
                session,
                contributors,
                Kind.CHANGES_REQUESTED,
                with_note(f"{who} requested changes on your verdict on {quoted_text}.", comment),
                claim=claim,
                actor_id=actor.id,
            )
        case Action.APPROVE if target is State.APPROVED:
            await notify(
                session,
                contributors,
                Kind.APPROVED,
                f"{who} approved your verdict on {quoted_text}.",
                claim=claim,
                actor_id=actor.id,
            )
        case Action.PUBLISH:
            await notify(
                session,
                contributors,
                Kind.PUBLISHED,
                f"{who} published your verdict on {quoted_text}.",
                claim=claim,
                actor_id=actor.id,
            )
        # Work stopped under its assignee's feet: they hear who dismissed the claim (or withdrew its
        # fact-check: an editor's act) and why, rather than finding it gone from their queue.
        case Action.DISMISS if facts.assignee_id is not None:
            row = workflow.row_for(facts.state, action)
            line = (
                f"{who} withdrew the fact-check of {quoted_text}, assigned to you."
                if row and workflow.withdraws(row, facts)
                else f"{who} dismissed {quoted_text}, assigned to you."
            )
            await notify(
                session,
                await recipients(session, ids=[facts.assignee_id]),
                Kind.DISMISSED,
                with_note(line, comment),
                claim=claim,
                actor_id=actor.id,
            )
        case Action.REOPEN:
            await notify(
                session,
                await recipients(session, following=claim.id),
                Kind.REOPENED,
                with_note(f"{who} reopened {quoted_text} for a correction.", comment),
                claim=claim,
                actor_id=actor.id,
            )
        case _:
            pass


async def _after_assign(session: AsyncSession, *, claim: Claim, actor: Actor) -> None:
    await follow(session, actor.id, claim.id)
    if claim.assignee_id is None:
        return
    await follow(session, claim.assignee_id, claim.id)
    who = await _name(session, actor.id)
    await notify(
        session,
        await recipients(session, ids=[claim.assignee_id]),
        Kind.ASSIGNED,
        f"{who} assigned {quoted(claim.text)} to you.",
        claim=claim,
        actor_id=actor.id,
    )


def _mentioned(body: str, users: Iterable[User]) -> list[User]:
    """``@`` followed by a user's display name or email, not followed by more of a word."""
    found = []
    for user in users:
        for handle in (user.display_name, user.email):
            if handle and re.search(rf"@{re.escape(handle)}(?![\w@.-]*\w)", body, re.IGNORECASE):
                found.append(user)
                break
    return found


MENTION_OPTIONS = 8
_TYPING_MENTION = re.compile(r"(?:^|\s)@([^@\s][^@\n]{0,60})?$")


async def mention_candidates(session: AsyncSession, body: str) -> list[User]:
    """Users matching the ``@`` being typed at the end of ``body`` (by name or email)."""
    typed = _TYPING_MENTION.search(body[-200:])
    if typed is None:
        return []
    prefix = (typed.group(1) or "").strip().lower()
    escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    pattern = f"{escaped}%"
    rows = await session.scalars(
        select(User)
        .where(
            User.is_active.is_(True),
            lowered(User.display_name).like(pattern, escape="\\")
            | lowered(User.email).like(pattern, escape="\\"),
        )
        .order_by(User.display_name)
        .limit(MENTION_OPTIONS)
    )
    return list(rows.all())


async def _after_comment(session: AsyncSession, *, claim: Claim, actor: Actor, body: str) -> None:
    await follow(session, actor.id, claim.id)
    if "@" not in body:
        return
    active = await recipients(session)
    who = await _name(session, actor.id)
    await notify(
        session,
        _mentioned(body, active),
        Kind.MENTIONED,
        f"{who} mentioned you in a comment on {quoted(claim.text)}: {shorten(body, 200)}",
        claim=claim,
        actor_id=actor.id,
    )


async def notify_role(
    session: AsyncSession, roles: Iterable[Role], kind: Kind, text: str, *, claim: Claim | None = None
) -> None:
    await notify(session, await recipients(session, roles=roles), kind, text, claim=claim)


# The hooks the claims service calls, before its commit. Nothing is flushed while they read: the
# change stays pending, so a concurrent edit still surfaces at the caller's commit as StaleEdit.


async def after_action(session: AsyncSession, **kwargs: Any) -> None:
    with session.no_autoflush:
        await _after_action(session, **kwargs)


async def after_assign(session: AsyncSession, **kwargs: Any) -> None:
    with session.no_autoflush:
        await _after_assign(session, **kwargs)


async def after_comment(session: AsyncSession, **kwargs: Any) -> None:
    with session.no_autoflush:
        await _after_comment(session, **kwargs)
