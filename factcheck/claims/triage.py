"""Triage in bulk (issue #15): several candidates accepted, or dismissed with one preset reason, from
the queue or an article's page. Each claim is one workflow action through ``ClaimService.apply``
(same rules, same Events, its own version checked), all in one transaction; a refused claim does
not stop the others and is reported by name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from uuid import UUID

from factcheck.claims import workflow
from factcheck.claims.duplicates import claim_reference, duplicate_comment, find_original, link_duplicate
from factcheck.claims.models import Claim
from factcheck.claims.reasons import DismissReason, short
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action, Actor, State, past_tense
from factcheck.db.unit import commit_or_stale, unit_of_work
from factcheck.errors import DomainError, Invalid, NotFound, StaleEdit

if TYPE_CHECKING:
    from collections.abc import Iterable

    from litestar.datastructures import FormMultiDict
    from sqlalchemy.ext.asyncio import AsyncSession

    from factcheck.claims.queue import QueueItem

TRIAGE_PATH = "/claims/triage"
TRIAGE_ACTIONS = (Action.ACCEPT, Action.DISMISS)
MAX_BATCH = 100
"""At most this many claims in one triage."""


@dataclass(frozen=True, slots=True)
class TriageForm:
    """What the queue's triage bar offers (view-model: the template names no action or reason)."""

    path: str = TRIAGE_PATH
    accept: str = Action.ACCEPT.value
    dismiss: str = Action.DISMISS.value
    reasons: tuple[DismissReason, ...] = tuple(DismissReason)
    selectable: frozenset[str] = frozenset({State.CANDIDATE.value})
    """Only candidates are triaged: accepting or dismissing is what a candidate waits for."""

    def originals(self, rows: Iterable[QueueItem]) -> list[tuple[str, str]]:
        """(id, wording) of the claims offered as what a duplicate repeats: those not triaged."""
        return [(row.key, row.text) for row in rows if row.state.value not in self.selectable]


@dataclass(frozen=True, slots=True)
class TriageChoice:
    """What someone ticked, picked and typed in a triage bar: shown again, with the refusal beside
    the field it concerns, when the triage is refused (nothing lost, nothing written)."""

    claim_ids: frozenset[str] = frozenset()
    reason: str = ""
    original: str = ""
    note: str = ""
    problem: str | None = None
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def posted(cls, form: FormMultiDict, refusal: DomainError) -> TriageChoice:
        return cls(
            claim_ids=frozenset(str(v).partition(":")[0] for v in form.getall("claim", [])),
            reason=str(form.get("reason") or ""),
            original=str(form.get("original") or ""),
            note=str(form.get("note") or ""),
            problem=refusal.detail,
            errors=refusal.errors if isinstance(refusal, Invalid) else {},
        )

    def picked(self, claim_id: object) -> bool:
        return str(claim_id) in self.claim_ids


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
    original: str = "",
) -> tuple[Action, TriageResult]:
    """``original``, with "duplicate of …", names the claim the selection repeats (its address or
    id): each dismissed claim is linked to it as the claim page's "Duplicate of this" links one."""
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
    repeated: Claim | None = None
    if decision is Action.DISMISS and reason == DismissReason.DUPLICATE:
        original_id = claim_reference(original)
        if original_id is None:
            raise Invalid(
                "Say which claim they repeat.",
                {"original": "Paste the address (or id) of the claim they repeat."},
            )
        dismissed = {claim_id for claim_id, _ in selected}
        repeated = await find_original(session, original_id, dismissed, in_bulk=True)
        comment = duplicate_comment(repeated, note)
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
        if repeated is not None:
            await link_duplicate(session, claim_id, repeated, actor, version=version, note=note, commit=False)
        else:
            await claims.apply(claim_id, decision, actor, comment=comment, version=version, commit=False)
        result.done += 1
    await commit_or_stale(session)
    return decision, result
