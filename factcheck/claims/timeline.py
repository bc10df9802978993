"""The claim's timeline as sentences: "Fatima Checker accepted the claim", "assigned it to Eddie
Editor", "found in the article, imported by Fatima Checker". Events store action names; the words
people read are declared here, once, keyed by the workflow's actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from factcheck.claims.models import Claim, Comment, Event, EventKind
from factcheck.claims.workflow import Action, State

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcheck.accounts.models import User
    from factcheck.claims.models import Withdrawal

SENTENCES: dict[str, str] = {
    # The events that are not transitions of the workflow: their words live with ``EventKind``.
    **{kind.value: kind.text for kind in EventKind},
    Action.ACCEPT.value: "accepted the claim",
    Action.DISMISS.value: "dismissed the claim",
    Action.REQUEUE.value: "put the claim back in the queue",
    Action.START.value: "started research",
    Action.SUBMIT.value: "submitted the verdict for review",
    Action.APPROVE.value: "approved the verdict",
    Action.REQUEST_CHANGES.value: "sent the verdict back for changes",
    Action.PUBLISH.value: "published the fact-check",
    Action.REOPEN.value: "reopened the fact-check for a correction",
}
FOUND_BY_EXTRACTOR = "Found in the article, imported by"
WITHDREW = "withdrew the published fact-check"
"""A dismissal once a revision was published (``workflow.withdraws``): not "dismissed the claim"."""
WITHDRAWAL_NOTE_LEAD = "Told to readers:"
"""Before a withdrawal's note: it is public, on the fact-check's address and in the corrections log."""


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    when: datetime
    who: str
    kind: str
    """'event' or 'comment'"""
    text: str
    from_state: State | None = None
    to_state: State | None = None
    note: str | None = None
    lead: str | None = None
    """Words before the person's name ("Found in the article, imported by"), when the sentence
    does not start with them."""
    note_lead: str | None = None
    """Words before the note, when it is not the staff's own (a withdrawal's, told to readers)."""


def _who(user: User | None, action: str = "") -> str:
    if user is not None:
        return user.display_name
    return "A reader" if action == EventKind.READER_TIP else "someone"


def _sentence(claim: Claim, event: Event) -> tuple[str | None, str, str | None]:
    """(lead, text, note): an assignment names the person (stored in the event's comment)."""
    if event.action == EventKind.CREATE and claim.article_id is not None and claim.score is not None:
        # The extractor scored it: the person only imported the article it was found in.
        return FOUND_BY_EXTRACTOR, "", event.comment
    if event.action == EventKind.ASSIGN:
        # The service keeps the new assignee's name in the comment; older events have none.
        return None, f"assigned it to {event.comment}" if event.comment else SENTENCES[EventKind.ASSIGN], None
    return None, SENTENCES.get(event.action, event.action.replace("_", " ")), event.comment


def _withdrawing(withdrawals: Sequence[Withdrawal]) -> dict[int, Withdrawal]:
    """Each withdrawal's dismissal, by the event's id: the withdrawal names it (``event_id``,
    written with it by ``ClaimService.apply``). Should two name one dismissal (older rows paired
    by time in the migration), the timeline tells the later one."""
    return {w.event_id: w for w in sorted(withdrawals, key=lambda w: (w.created_at, w.id))}


def timeline(
    claim: Claim, events: list[Event], comments: list[Comment], withdrawals: Sequence[Withdrawal] = ()
) -> list[TimelineEntry]:
    """The events and comments in time order; the dismissals that withdrew a published fact-check
    (``withdrawals``, read beside the events) told as withdrawals, with the note readers read."""
    withdrew = _withdrawing(withdrawals)
    entries = []
    for e in events:
        lead, text, note = _sentence(claim, e)
        note_lead = None
        if (withdrawal := withdrew.get(e.id)) is not None:
            text = WITHDREW
            if withdrawal.note:
                note, note_lead = withdrawal.note, WITHDRAWAL_NOTE_LEAD
        entries.append(
            TimelineEntry(
                when=e.created_at,
                who=_who(e.actor, e.action),
                kind="event",
                text=text,
                from_state=State(e.from_state) if e.from_state else None,
                to_state=State(e.to_state) if e.to_state and e.to_state != e.from_state else None,
                note=note,
                lead=lead,
                note_lead=note_lead,
            )
        )
    entries += [
        TimelineEntry(when=c.created_at, who=_who(c.author), kind="comment", text=c.body) for c in comments
    ]
    return sorted(entries, key=lambda entry: entry.when)
