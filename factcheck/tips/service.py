"""Reader tips: a tip becomes a ``candidate`` claim with origin "reader tip", or is grouped onto
the claim an earlier tip with the same words made; the reader follows it by an unguessable link.

Limits are declared here once and read by the form, the service and the API schema.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, exists, func, select, update
from sqlalchemy.exc import IntegrityError

from factcheck.accounts.models import ORGANISATION_DEFAULTS, OrganisationSettings
from factcheck.accounts.roles import ALL_STAFF, EDITORS, Role
from factcheck.claims.models import Claim, Event, EventKind, Origin
from factcheck.claims.service import MAX_CLAIM_TEXT
from factcheck.claims.workflow import State, is_public
from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid, NotFound
from factcheck.notifications import service as notifications
from factcheck.notifications.mail import render
from factcheck.notifications.models import Kind, OutboxMail
from factcheck.notifications.wording import quoted, shorten
from factcheck.tips.models import Tip, TipContact
from factcheck.tips.phases import LINKED_PHASES, Phase, checked_before, news, phase_of
from factcheck.verdicts.models import Verdict
from factcheck.web_address import url_problem

if TYPE_CHECKING:
    from uuid import UUID

    from sqlalchemy.ext.asyncio import AsyncSession

PUBLIC_PHASES = (Phase.RECEIVED, Phase.BEING_CHECKED, Phase.PUBLISHED)
"""The steps the status page draws; "not checked" replaces the last two when it happens."""

MAX_SAID = MAX_CLAIM_TEXT
MAX_WHERE_SEEN = 1000
MAX_EMAIL = 320
TIP_EVENT = EventKind.READER_TIP.value
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True, slots=True)
class TipInput:
    said: str
    where_seen: str
    email: str = ""


def check_tip(tip: TipInput) -> dict[str, str]:
    errors = {}
    if not tip.said.strip():
        errors["said"] = "Tell us what was said."
    elif len(tip.said) > MAX_SAID:
        errors["said"] = f"Keep it under {MAX_SAID:,} characters: the claim itself is enough."
    if not tip.where_seen.strip():
        errors["where_seen"] = "Tell us where you saw it: a link, or a few words (a TV show, a leaflet...)."
    elif len(tip.where_seen) > MAX_WHERE_SEEN:
        errors["where_seen"] = f"Keep it under {MAX_WHERE_SEEN:,} characters."
    email = tip.email.strip()
    if email and (len(email) > MAX_EMAIL or not _EMAIL.match(email)):
        errors["email"] = "This does not look like an email address; leave it empty if you prefer."
    return errors


def group_key(text: str) -> str:
    """The same words, whatever the case, accents, punctuation or spacing."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    words = re.findall(r"\w+", "".join(c for c in folded if not unicodedata.combining(c)))
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def first_appearance(where_seen: str) -> str | None:
    """The reader's "where you saw it" when it is a web address (the one rule for addresses)."""
    where = where_seen.strip()
    return where if where and url_problem(where) is None else None


async def _new_claim(session: AsyncSession, tip: TipInput, key: str, seen_at: str | None) -> Claim | None:
    """The claim these words make, or None when a claim already has them. Two identical tips at
    the same moment both find none; the database's unique ``tip_key`` lets one insert win, and
    the other, rolled back (nothing else was written yet), joins the winner's claim."""
    if await session.scalar(select(exists().where(Claim.tip_key == key))):
        return None
    claim = Claim(
        text=" ".join(tip.said.split()),
        state=State.CANDIDATE.value,
        origin=Origin.READER_TIP.value,
        tip_count=1,
        tip_key=key,
        first_appearance_url=seen_at,
    )
    session.add(claim)
    try:
        await session.flush()
    except IntegrityError:
        await session.rollback()
        if not await session.scalar(select(exists().where(Claim.tip_key == key))):
            raise  # another constraint: not a race for these words
        return None
    return claim


async def _join_claim(session: AsyncSession, key: str, seen_at: str | None) -> Claim:
    # Counted in SQL, so two readers sending the same words at once both count.
    claim_id = (
        await session.execute(
            update(Claim)
            .where(Claim.tip_key == key)
            .values(tip_count=Claim.tip_count + 1)
            .returning(Claim.id)
        )
    ).scalar_one()
    if seen_at is not None:  # the first reader to give an address gives the first appearance
        await session.execute(
            update(Claim)
            .where(Claim.id == claim_id, Claim.first_appearance_url.is_(None))
            .values(first_appearance_url=seen_at)
        )
    claim = await session.get_one(Claim, claim_id)
    await session.refresh(claim, ["tip_count", "first_appearance_url"])
    return claim


@dataclass(frozen=True, slots=True)
class Sent:
    tip: Tip
    claim: Claim
    grouped: bool
    """Joined a claim an earlier tip made."""


async def _site_link(session: AsyncSession, path: str) -> str:
    """An address in a tipper's mail (only written when mail is on): the one rule of mail links."""
    site = notifications.mail_site(session)
    assert site is not None, "a tipper's mail is written only when mail is on"
    return f"{await notifications.site_base(session, site)}{path}"


@unit_of_work
async def submit_tip(session: AsyncSession, tip: TipInput) -> Sent:
    """One transaction: the claim (new or grouped), the tip, the contact apart, the desk's
    notifications and the tipper's first mail."""
    errors = check_tip(tip)
    if errors:
        raise Invalid("Your tip was not sent.", errors)
    key = group_key(tip.said)
    seen_at = first_appearance(tip.where_seen)
    claim = await _new_claim(session, tip, key, seen_at)
    grouped = claim is None
    if claim is None:
        claim = await _join_claim(session, key, seen_at)
    # A grouped tip moves no state: it records the one it found at both ends, so the timeline shows
    # no transition ("-> Queued" read as if the tip had queued the claim).
    found = claim.state if grouped else None
    session.add(
        Event(claim_id=claim.id, actor_id=None, action=TIP_EVENT, from_state=found, to_state=claim.state)
    )
    # A tip joining a claim the desk already decided on is told where it stands, as its status
    # page says: "published" with the link, or "not checked" with the reason, not "received".
    phase, linked = (await _standing(session, claim)) if grouped else (Phase.RECEIVED, None)
    row = Tip(
        claim_id=claim.id,
        token=secrets.token_urlsafe(24),
        said=tip.said.strip(),
        where_seen=tip.where_seen.strip(),
        phase_told=phase.value,
    )
    session.add(row)
    await session.flush()
    if tip.email.strip():
        session.add(TipContact(tip_id=row.id, email=tip.email.strip()))
        await _tell_tipper(session, tip.email.strip(), row, phase, claim, linked)
    if not grouped:
        role = await session.scalar(
            select(OrganisationSettings.tip_notify_role).order_by(OrganisationSettings.created_at)
        )
        await notifications.notify_role(
            session,
            roles_from(role),
            Kind.TIP,
            f"A reader sent a tip: {quoted(claim.text)}",
            claim=claim,
        )
    await purge_expired_emails(session)
    await session.commit()
    return Sent(row, claim, grouped)


def roles_from(role: str | None) -> frozenset[Role]:
    """The chosen role and the roles above it (an admin hears what editors hear)."""
    if role == Role.FACT_CHECKER.value:
        return ALL_STAFF
    if role == Role.ADMIN.value:
        return frozenset({Role.ADMIN})
    return EDITORS


async def _tell_tipper(
    session: AsyncSession, email: str, tip: Tip, phase: Phase, claim: Claim, linked: Claim | None
) -> None:
    if notifications.mail_site(session) is None:
        return
    mail = render(
        "tip_progress",
        phase=phase,
        said=shorten(tip.said, 200),
        status_link=await _site_link(session, f"/tips/{tip.token}"),
        fact_check_link=await _fact_check_link(session, linked) if linked is not None else None,
        reason=claim.public_reason if phase is Phase.NOT_CHECKED else None,
    )
    notifications.queue_mail(session, email, mail.subject, mail.text, mail.html)


async def _fact_check_link(session: AsyncSession, claim: Claim) -> str:
    from factcheck.publishing.slugs import slug_for

    return await _site_link(session, f"/fact-checks/{slug_for(claim.id, claim.text)}")


async def _ever_published(session: AsyncSession, claim_id: UUID) -> bool:
    return bool(
        await session.scalar(
            select(exists().where(Verdict.claim_id == claim_id, Verdict.published_at.is_not(None)))
        )
    )


async def _standing(
    session: AsyncSession, claim: Claim, *, published_now: bool = False
) -> tuple[Phase, Claim | None]:
    """The tipper's phase, and the claim whose public address they are given (None: none): the
    claim itself, or, dismissed as the duplicate of a claim readers can read the fact-check of,
    that claim (``phases.checked_before``)."""
    phase = phase_of(claim.state, ever_published=published_now or await _ever_published(session, claim.id))
    original = None
    if phase is Phase.NOT_CHECKED and claim.duplicate_of_id is not None:
        original = await session.get(Claim, claim.duplicate_of_id)
        if original is not None and not is_public(
            original.state, await _ever_published(session, original.id)
        ):
            original = None
    phase = checked_before(phase, repeats_a_public_fact_check=original is not None)
    return phase, (original or claim) if phase in LINKED_PHASES else None


async def after_state_change(session: AsyncSession, claim: Claim, *, published_now: bool = False) -> None:
    """Called with a workflow action, in its transaction: each tipper who left an email hears of
    what is news to them (``phases.news``), once."""
    rows = (
        await session.execute(
            select(Tip, TipContact.email)
            .join(TipContact, TipContact.tip_id == Tip.id, isouter=True)
            .where(Tip.claim_id == claim.id)
        )
    ).all()
    if not rows:
        return
    phase, linked = await _standing(session, claim, published_now=published_now)
    for tip, email in rows:
        told = news(tip.phase_told, phase)
        if told is None:
            continue
        tip.phase_told = told.value
        if email:
            await _tell_tipper(session, email, tip, told, claim, linked)


@dataclass(frozen=True, slots=True)
class TipStatus:
    said: str
    where_seen: str
    received_at: datetime
    phase: Phase
    fact_check_path: str | None
    has_email: bool
    public_reason: str | None = None
    """Why the desk did not check it, in its own plain words (only in the "not checked" phase)."""


async def status(session: AsyncSession, token: str) -> TipStatus:
    found = (
        await session.execute(
            select(Tip, Claim).join(Claim, Claim.id == Tip.claim_id).where(Tip.token == token)
        )
    ).first()
    if found is None:
        raise NotFound("There is no tip at this address. Check the link in full.")
    tip, claim = found
    phase, linked = await _standing(session, claim)
    path = None
    if linked is not None:
        from factcheck.publishing.slugs import slug_for

        path = f"/fact-checks/{slug_for(linked.id, linked.text)}"
    has_email = bool(await session.scalar(select(exists().where(TipContact.tip_id == tip.id))))
    reason = claim.public_reason if phase is Phase.NOT_CHECKED else None
    return TipStatus(tip.said, tip.where_seen, tip.created_at, phase, path, has_email, reason)


async def forget_email(session: AsyncSession, token: str) -> None:
    """The reader's request: their email is deleted now, from the outbox too."""
    tip_id = await session.scalar(select(Tip.id).where(Tip.token == token))
    if tip_id is None:
        raise NotFound("There is no tip at this address.")
    for email in (await session.scalars(select(TipContact.email).where(TipContact.tip_id == tip_id))).all():
        await _forget_mail(session, email, token)
    await session.execute(delete(TipContact).where(TipContact.tip_id == tip_id))
    await session.commit()


FORGOTTEN = "(forgotten)"
"""What a sent tip mail keeps as its recipient once the reader's email is deleted."""


async def _forget_mail(session: AsyncSession, email: str, token: str) -> None:
    """The outbox kept the reader's address after it was deleted: a mail still waiting (a server
    refusing it, say) went out after "Forget my email", and the admin's page of failed mail showed
    the address. Now what waits is not sent and what was sent no longer names them. A tip's mails
    are the ones to that address with its status link."""
    theirs = (OutboxMail.to_email == email) & OutboxMail.body_text.contains(f"/tips/{token}", autoescape=True)
    await session.execute(delete(OutboxMail).where(theirs, OutboxMail.sent_at.is_(None)))
    await session.execute(update(OutboxMail).where(theirs).values(to_email=FORGOTTEN))


async def purge_expired_emails(session: AsyncSession, now: datetime | None = None) -> int:
    """Emails older than the organisation's retention period are deleted; each new tip runs this
    in its transaction, so no timer is needed. The caller commits."""
    days = await session.scalar(
        select(OrganisationSettings.tip_email_retention_days).order_by(OrganisationSettings.created_at)
    )
    cutoff = (now or datetime.now(UTC)) - timedelta(
        days=days or ORGANISATION_DEFAULTS.tip_email_retention_days
    )
    expired = await session.execute(
        select(TipContact.email, Tip.token)
        .join(Tip, Tip.id == TipContact.tip_id)
        .where(TipContact.created_at < cutoff)
    )
    for email, token in expired.all():
        await _forget_mail(session, email, token)
    result = await session.execute(delete(TipContact).where(TipContact.created_at < cutoff))
    return result.rowcount or 0  # type: ignore[attr-defined]


async def tips_on_claim(session: AsyncSession, claim_id: UUID) -> int:
    return await session.scalar(select(func.count()).select_from(Tip).where(Tip.claim_id == claim_id)) or 0
