"""The claim page's timeline reads as sentences, not action names (issue #15); a dismissal that
withdrew a published fact-check reads as a withdrawal, with the note readers are told."""

from __future__ import annotations

import re

from sqlalchemy import select, update

from factcheck.articles.service import ArticleDraft, ArticleService
from factcheck.claims.models import Claim, Event, Withdrawal
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, State
from tests.builders import DW_ARTICLE, actor_of, make_claim
from tests.conftest import post
from tests.publishing.helpers import _to_published, publish, reopen


def _timeline(html: str) -> list[str]:
    section = html[html.index('id="timeline"') : html.index('id="comment-form"')]
    entries = re.findall(r'<li class="entry event">(.*?)</li>', section, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", e).split()) for e in entries]


def test_transitions_and_assignments_read_as_sentences(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    for action in (Action.ACCEPT, Action.START):
        version = db.scalar(select(Claim.version).where(Claim.id == claim.id))
        post(as_checker, f"/claims/{claim.id}/actions/{action.value}", {"version": str(version)})
    version = db.scalar(select(Claim.version).where(Claim.id == claim.id))
    post(as_checker, f"/claims/{claim.id}/assignee", {"version": str(version), "assignee": str(editor.id)})
    lines = _timeline(as_checker.get(f"/claims/{claim.id}").text)
    name = checker.display_name
    assert any(line.endswith(f"{name} created the claim → Candidate") for line in lines), lines
    assert any(f"{name} accepted the claim Candidate → Queued" in line for line in lines), lines
    assert any(f"{name} started research Queued → Researching" in line for line in lines), lines
    assert any(line.endswith(f"{name} assigned it to {editor.display_name}") for line in lines), lines
    assert not any(re.search(r"\b(accept|start|assign)\b", line) for line in lines), lines


def test_a_claim_the_extractor_found_says_so(as_checker, db, checker) -> None:
    body = DW_ARTICLE.read_text(encoding="utf-8")
    draft = ArticleDraft(title="Kerry on Syria", body=body)
    result = db.run(lambda s: ArticleService(session=s).import_with_candidates(draft, actor_of(checker)))
    claim_id = db.scalar(select(Claim.id).where(Claim.article_id == result.article.id).limit(1))
    lines = _timeline(as_checker.get(f"/claims/{claim_id}").text)
    assert lines[0].endswith(f"Found in the article, imported by {checker.display_name} → Candidate"), lines


def _withdraw(db, claim, editor, note: str):
    """Reopened or re-queued, the published fact-check is withdrawn by an editor with ``note``."""
    return db.run(
        lambda s: ClaimService(session=s).apply(claim.id, Action.DISMISS, actor_of(editor), comment=note)
    )


def _requeue(db, claim, checker):
    return db.run(lambda s: ClaimService(session=s).apply(claim.id, Action.REQUEUE, actor_of(checker)))


def test_a_withdrawal_reads_as_one_with_the_note_readers_are_told(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: reopen(s, claim, editor=editor))
    _withdraw(db, claim, editor, "The ministry retracted the statement we checked.")
    lines = _timeline(as_editor.get(f"/claims/{claim.id}").text)
    name = editor.display_name
    expected = (
        f"{name} withdrew the published fact-check Researching → Dismissed "
        "Told to readers: The ministry retracted the statement we checked."
    )
    assert any(line.endswith(expected) for line in lines), lines
    assert not any("dismissed the claim" in line for line in lines), lines


def test_a_dismissal_before_publication_still_reads_as_a_dismissal(as_editor, db, checker, editor) -> None:
    """Dismissed as a candidate, re-queued, published, then withdrawn: one dismissal, one withdrawal."""
    claim = db.run(lambda s: make_claim(s, state=State.CANDIDATE, by=checker))
    _withdraw(db, claim, editor, "Not checkable yet.")
    _requeue(db, claim, checker)

    async def research_and_publish(session) -> None:
        started = await ClaimService(session=session).apply(claim.id, Action.START, actor_of(checker))
        await _to_published(session, started, checker, editor, "Mostly true", "So it seems.", "Why.", 1)

    db.run(research_and_publish)
    db.run(lambda s: reopen(s, claim, editor=editor))
    _withdraw(db, claim, editor, "Our source retracted it.")
    lines = _timeline(as_editor.get(f"/claims/{claim.id}").text)
    dismissed = [line for line in lines if "dismissed the claim" in line]
    withdrew = [line for line in lines if "withdrew the published fact-check" in line]
    assert len(dismissed) == 1 and dismissed[0].endswith("Candidate → Dismissed Not checkable yet."), lines
    assert len(withdrew) == 1 and withdrew[0].endswith("Told to readers: Our source retracted it."), lines


def test_each_withdrawal_has_its_own_note_in_order(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: reopen(s, claim, editor=editor))
    notes = [f"Withdrawal number {i}." for i in range(1, 5)]
    for i, note in enumerate(notes):
        if i:
            _requeue(db, claim, checker)
        _withdraw(db, claim, editor, note)
    lines = [line for line in _timeline(as_editor.get(f"/claims/{claim.id}").text) if "withdrew" in line]
    assert [line.split("Told to readers: ")[1] for line in lines] == notes, lines


def test_the_withdrawal_note_is_escaped_in_the_timeline(as_editor, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: reopen(s, claim, editor=editor))
    _withdraw(db, claim, editor, '<script>alert("x")</script> & <b>bold</b>')
    html = as_editor.get(f"/claims/{claim.id}").text
    section = html[html.index('id="timeline"') : html.index('id="comment-form"')]
    assert "<script>alert" not in section and "<b>bold" not in section
    assert (
        "Told to readers:</span> &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;" in section
    )


def test_a_withdrawal_copied_without_a_note_shows_the_dismissal_comment(
    as_editor, db, checker, editor
) -> None:
    """The migration copied the withdrawals made before the table, without a note (their comment was
    an internal reason): the timeline still tells them as withdrawals, with that comment, not as
    told to readers."""
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: reopen(s, claim, editor=editor))
    _withdraw(db, claim, editor, "Internal: the source went dark.")

    async def forget_note(session) -> None:
        await session.execute(update(Withdrawal).where(Withdrawal.claim_id == claim.id).values(note=None))
        await session.commit()

    db.run(forget_note)
    lines = _timeline(as_editor.get(f"/claims/{claim.id}").text)
    withdrew = [line for line in lines if "withdrew the published fact-check" in line]
    assert len(withdrew) == 1 and withdrew[0].endswith("Dismissed Internal: the source went dark."), lines
    assert not any("Told to readers" in line for line in lines), lines


def test_each_note_stays_on_its_own_dismissal_whatever_the_times(as_editor, db, checker, editor) -> None:
    """A withdrawal names its dismissal: two withdrawals of one claim whose times are swapped (a
    clock step), which nearest-in-time pairing would tell on each other's dismissal, are not."""
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    db.run(lambda s: reopen(s, claim, editor=editor))
    _withdraw(db, claim, editor, "First withdrawal.")
    _requeue(db, claim, checker)
    _withdraw(db, claim, editor, "Second withdrawal.")

    async def rows(session):
        withdrawals = await session.scalars(
            select(Withdrawal).where(Withdrawal.claim_id == claim.id).order_by(Withdrawal.created_at)
        )
        dismissals = await session.execute(
            select(Event.id, Event.created_at).where(
                Event.claim_id == claim.id, Event.action == Action.DISMISS
            )
        )
        return list(withdrawals), {event_id: when for event_id, when in dismissals}

    (first, second), dismissed_at = db.run(rows)

    async def swap_times(session) -> None:
        for withdrawal, other in ((first, second), (second, first)):
            when = dismissed_at[other.event_id]
            await session.execute(
                update(Withdrawal).where(Withdrawal.id == withdrawal.id).values(created_at=when)
            )
        await session.commit()

    db.run(swap_times)
    lines = [line for line in _timeline(as_editor.get(f"/claims/{claim.id}").text) if "withdrew" in line]
    assert [line.split("Told to readers: ")[1] for line in lines] == [
        "First withdrawal.",
        "Second withdrawal.",
    ], lines
