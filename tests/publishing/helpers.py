"""Builders for published fact-checks: real claims walked through the workflow by the services."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.publishing.slugs import slug_for
from factcheck.verdicts.service import VerdictService
from tests.builders import actor_of, add_source, make_claim, make_user

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.accounts.models import User
    from factcheck.claims.models import Claim

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.DOTALL)


async def publish(
    session: AsyncSession,
    *,
    by: User,
    editor: User,
    text: str = "Russia is using dumb bombs in Syria",
    claimant: str | None = "John Kerry",
    rating: str = "Mostly true",
    summary: str = "Rights groups documented unguided bombs.",
    rationale: str = "Amnesty International documented **unguided** bombs.",
    sources: int = 1,
    **fields: Any,
) -> Claim:
    """A published claim whose verdict has ``rating``: researched (with ``sources`` sources, added
    while they still can be), submitted, approved, published."""
    claim = await make_claim(session, state="researching", text=text, claimant=claimant, by=by, **fields)
    return await _to_published(session, claim, by, editor, rating, summary, rationale, sources)


async def publish_tip(
    session: AsyncSession, *, by: User, editor: User, said: str, where_seen: str, rating: str = "Mostly false"
) -> Claim:
    """A reader's tip, sent through the tips service, accepted, researched and published."""
    from factcheck.tips.service import TipInput, submit_tip

    claim = (await submit_tip(session, TipInput(said, where_seen))).claim
    claims = ClaimService(session=session)
    for action in (Action.ACCEPT, Action.START):
        claim = await claims.apply(claim.id, action, actor_of(by))
    return await _to_published(session, claim, by, editor, rating, "Not as told.", "Checked.", 1)


async def _to_published(
    session: AsyncSession,
    claim: Claim,
    by: User,
    editor: User,
    rating: str,
    summary: str,
    rationale: str,
    sources: int,
) -> Claim:
    for _ in range(sources):
        await add_source(session, claim, by=by)
    verdicts = VerdictService(session=session)
    await verdicts.ensure_scale()
    await verdicts.save_draft(
        claim_id=claim.id, author_id=by.id, rating_label=rating, summary=summary, rationale=rationale
    )
    claims = ClaimService(session=session)
    for action, who in ((Action.SUBMIT, by), (Action.APPROVE, editor), (Action.PUBLISH, editor)):
        claim = await claims.apply(claim.id, action, actor_of(who))
    return claim


async def reopen(
    session: AsyncSession, claim: Claim, *, editor: User, note: str = "The HRW report changed."
) -> Claim:
    return await ClaimService(session=session).apply(claim.id, Action.REOPEN, actor_of(editor), comment=note)


async def publish_correction(
    session: AsyncSession,
    claim: Claim,
    *,
    by: User,
    editor: User,
    note: str = "We first said Mostly true; a new HRW report shows guided bombs too.",
    rating: str = "Half true",
    summary: str = "Both guided and unguided bombs were used.",
    approver: User | None = None,
) -> Claim:
    """Reopen a published claim, draft the correction with its note, and publish it. The editor
    who reopens wrote the note, so another editor (``approver``, made if not given) approves."""
    approver = approver or await make_user(session, role="editor")
    await reopen(session, claim, editor=editor, note=note)
    await VerdictService(session=session).save_draft(
        claim_id=claim.id,
        author_id=by.id,
        rating_label=rating,
        summary=summary,
        rationale="Corrected rationale.",
        correction_note=note,
    )
    claims = ClaimService(session=session)
    for action, who in ((Action.SUBMIT, by), (Action.APPROVE, approver), (Action.PUBLISH, editor)):
        claim = await claims.apply(claim.id, action, actor_of(who))
    return claim


def path_of(claim: Claim) -> str:
    return f"/fact-checks/{slug_for(claim.id, claim.text)}"


def json_ld_of(html: str) -> list[dict[str, Any]]:
    return [json.loads(block) for block in JSON_LD.findall(html)]


async def make_export_desk(session: AsyncSession) -> None:
    """A desk of every shape an export meets, with fixed wording, people, sources and dates (only
    ids and timestamps vary from run to run): published with an article, quote, date, tags and
    sources of each kind; corrected; under correction; in review; without any verdict; without a
    claimant; text a spreadsheet would run; non-ASCII; a source whose stored address no longer
    passes the address rule (an old row). Pins the exports' bytes (tests/publishing/test_export_bytes.py)."""
    from datetime import date

    from sqlalchemy import update

    from factcheck.evidence.models import Source
    from factcheck.evidence.service import EvidenceService
    from tests.builders import make_article

    checker = await make_user(session, role="fact_checker", email="ana@desk.example", name="Ana Checker")
    editor = await make_user(session, role="editor", email="bo@desk.example", name="Bo Editor")
    approver = await make_user(session, role="editor", email="cy@desk.example", name="Cy Editor")
    article = await make_article(
        session, url="https://www.dw.com/en/kerry-syria", published_on=date(2016, 2, 4), title="=Kerry, Syria"
    )

    async def sourced(claim: Claim, *sources: tuple[str | None, str, str | None, str, str | None]) -> None:
        evidence = EvidenceService(session=session)
        for url, title, publisher, stance, archive_url in sources:
            source = await evidence.find_or_create_source(
                url=url,
                title=title,
                publisher=publisher,
                kind="news_report" if url else "interview",
                accessed_on=date(2016, 2, 5) if url else None,
                archive_url=archive_url,
                notes=None if url else "Phoned on 5 February 2016; notes in the desk folder.",
            )
            await evidence.attach(
                claim.id, actor_of(checker), source=source, stance=stance, excerpt=f"{title}."
            )

    async def published_claim(text: str, rating: str, *sources: Any, **fields: Any) -> Claim:
        claim = await make_claim(session, state="researching", text=text, by=checker, **fields)
        await sourced(claim, *sources)
        return await _to_published(
            session, claim, checker, editor, rating, f"Summary of {text[:20]}", "Rationale *here*.", 0
        )

    hrw = ("https://www.hrw.org/news/2016/syria", "HRW report", "Human Rights Watch", "supports", None)
    await published_claim(
        "Russia is using dumb bombs in Syria",
        "Mostly true",
        hrw,
        ("https://www.amnesty.org/a", 'Amnesty, "bombs"', None, "refutes", "https://web.archive.org/x"),
        (None, "Interview with a pilot", "Radio", "context", None),
        article=article,
        quote="We see dumb bombs",
        claim_date=date(2016, 2, 4),
        tags=["syria", "weapons"],
    )
    corrected = await published_claim(
        "Iran supports a ceasefire", "Mostly true", hrw, claimant="Hassan Rouhani"
    )
    await publish_correction(session, corrected, by=checker, editor=editor, approver=approver)
    reworked = await published_claim("=SUM(A1) Turkey shelled Kurds", "Half true", hrw, claimant="+Erdoğan")
    await reopen(session, reworked, editor=editor)
    await published_claim(
        "Żółć: São Paulo’s “water” is 99% clean", "False", hrw, claimant=None, priority="high"
    )
    await published_claim(
        "An old row's source", "Mostly false", ("https://example.org/old", "Old", None, "supports", None)
    )
    await session.execute(
        update(Source).where(Source.url == "https://example.org/old").values(url="javascript:alert(1)")
    )
    await session.commit()
    await make_claim(session, state="queued", text="Waiting in the queue", by=checker, claimant="-minus")
    in_review = await make_claim(session, state="researching", text="Still in review", by=checker)
    await sourced(in_review, hrw)
    await VerdictService(session=session).save_draft(
        claim_id=in_review.id, author_id=checker.id, rating_label="False", summary="Not so.", rationale="No."
    )
    await ClaimService(session=session).apply(in_review.id, Action.SUBMIT, actor_of(checker))


def readers_running() -> set[int]:
    """This process's running export readers (``publishing/chunk_process.py``, Linux's ``/proc``),
    which must not outlive their export. Other children (the browser tests' server, started by the
    same test worker) are not counted."""
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        try:
            pids = [int(pid) for pid in (task / "children").read_text().split()]
        except FileNotFoundError:  # a thread that has just ended
            continue
        for pid in pids:
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except FileNotFoundError:  # ended meanwhile
                continue
            if b"chunk_process.py" in command:
                found.add(pid)
    return found


def chunks_of(monkeypatch: Any, rows: int) -> None:
    """Exports read ``rows`` claims a chunk, for the CSV and ClaimReview and the full records alike."""
    from factcheck.publishing import exports

    monkeypatch.setattr(exports, "CHUNK_ROWS", rows)
    monkeypatch.setattr(exports, "FULL_CHUNK_ROWS", rows)
