"""Triage in bulk (issue #15): several candidates accepted, or dismissed with one preset reason, from
the queue or an article's page. Each claim is one workflow action through ``ClaimService.apply``
(same rules, same Events, its own version checked), all in one transaction; a refused claim does
not stop the others and is reported by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING
from uuid import UUID

from factcheck.claims import workflow
from factcheck.claims.models import Claim
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor, State, past_tense
from factcheck.db.unit import commit_or_stale, unit_of_work
from factcheck.errors import DomainError, Invalid, NotFound, StaleEdit

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

TRIAGE_PATH = "/claims/triage"
TRIAGE_ACTIONS = (Action.ACCEPT, Action.DISMISS)
MAX_BATCH = 100
"""At most this many claims in one triage."""


class DismissReason(StrEnum):
    NOT_CHECKABLE = "not_checkable"
    OPINION = "opinion"
    DUPLICATE = "duplicate"
    OUT_OF_SCOPE = "out_of_scope"

    @property
    def label(self) -> str:
        return {
            DismissReason.NOT_CHECKABLE: "Not checkable",
            DismissReason.OPINION: "Opinion",
            DismissReason.DUPLICATE: "Duplicate of another claim",
            DismissReason.OUT_OF_SCOPE: "Out of scope",
        }[self]


@dataclass(frozen=True, slots=True)
class TriageForm:
    """What the queue's triage bar offers (view-model: the template names no action or reason)."""

    path: str = TRIAGE_PATH
    accept: str = Action.ACCEPT.value
    dismiss: str = Action.DISMISS.value
    reasons: tuple[DismissReason, ...] = tuple(DismissReason)
    selectable: frozenset[str] = frozenset({State.CANDIDATE.value})
    """Only candidates are triaged: accepting or dismissing is what a candidate waits for."""


@dataclass
class TriageResult:
    done: int = 0
    refused: list[str] = field(default_factory=list)

    def message(self, action: Action) -> str:
        verb = past_tense(action)
        text = f"{self.done} claim{'s' if self.done != 1 else ''} {verb}."
        if self.refused:
            text += f" {len(self.refused)} not: " + "; ".join(self.refused) + "."
        return text


def short(text: str, limit: int = 80) -> str:
    """A claim named in a message: its first words, never cut mid-word."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def parse_selection(values: list[str]) -> list[tuple[UUID, int]]:
    """Each selected claim as "id:version" (the version the queue showed)."""
    selected = []
    for value in values:
        claim_id, _, version = value.partition(":")
        try:
            selected.append((UUID(claim_id), int(version)))
        except ValueError:
            raise Invalid("The selection could not be read; reload the queue.") from None
    return selected


@unit_of_work
async def triage(
    session: AsyncSession,
    actor: Actor,
    selected: list[tuple[UUID, int]],
    action: str,
    reason: str = "",
    note: str = "",
) -> tuple[Action, TriageResult]:
    if action not in {a.value for a in TRIAGE_ACTIONS}:
        raise Invalid("Choose accept or dismiss.", {"action": "Accept or dismiss the selected claims."})
    decision = Action(action)
    if not selected:
        raise Invalid("Select at least one claim first.", {"claim": "Tick the claims to triage."})
    if len(selected) > MAX_BATCH:
        raise Invalid(f"Triage at most {MAX_BATCH} claims at once.")
    comment = ""
    if decision is Action.DISMISS:
        if reason not in {r.value for r in DismissReason}:
            raise Invalid("Choose why they are dismissed.", {"reason": "Pick a reason for the dismissal."})
        comment = DismissReason(reason).label + (f": {note.strip()}" if note.strip() else "")
    claims = ClaimService(session=session)
    result = TriageResult()
    for claim_id, version in selected:
        # Checked before anything is written, so a refusal leaves nothing to undo and the claims
        # that pass are written together, in one transaction (one user action, one commit).
        claim = await session.get(Claim, claim_id)
        name = f"“{short(claim.text, 60)}”" if claim is not None else "a claim that no longer exists"
        try:
            if claim is None:
                raise NotFound("No such claim.")
            if claim.version != version:
                raise StaleEdit("someone else changed it since you looked")
            workflow.decide(await claims.facts(claim), actor, decision, comment)
        except DomainError as exc:
            result.refused.append(f"{name}: {exc.detail}")
            continue
        await claims.apply(claim_id, decision, actor, comment=comment, version=version, commit=False)
        result.done += 1
    await commit_or_stale(session)
    return decision, result
