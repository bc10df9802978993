"""The table's preconditions: each returns None when met, else the reason in words the user reads,
so the disabled button and the refusal say the same (STYLE.md, habit 2)."""

from __future__ import annotations

from collections.abc import Callable

from factcheck.accounts.roles import EDITORS
from factcheck.claims.workflow._states import Actor, Facts

Check = Callable[[Facts, Actor], str | None]
"""A precondition: None when met, else the reason, in words the user reads."""


def has_enough_sources(facts: Facts, actor: Actor) -> str | None:
    if facts.source_count < facts.min_sources:
        need, has = facts.min_sources, facts.source_count
        return f"Add at least {need} source{'s' if need != 1 else ''} before submitting (it has {has})."
    return None


def still_has_enough_sources(facts: Facts, actor: Actor) -> str | None:
    # Checked again at approve and publish: the minimum may have been raised since submit, and
    # what an editor approves is the revision and the sources it rests on.
    if facts.source_count < facts.min_sources:
        need, has = facts.min_sources, facts.source_count
        return (
            f"It needs at least {need} source{'s' if need != 1 else ''} (it has {has}); it cannot go further."
        )
    return None


def revision_is_complete(facts: Facts, actor: Actor) -> str | None:
    if not facts.revision_rating:
        return "The verdict has no rating; it cannot go further."
    if not (facts.revision_summary or "").strip():
        return "The verdict has no summary; it cannot go further."
    return None


def changed_since_sent_back(facts: Facts, actor: Actor) -> str | None:
    if facts.draft_same_as_sent_back:
        return (
            "This revision is identical to the one sent back; change the rating, summary or rationale "
            "as the editor asked before submitting."
        )
    return None


def has_draft(facts: Facts, actor: Actor) -> str | None:
    if not facts.has_draft:
        return "Save a verdict draft (a new revision after changes were requested) before submitting."
    return None


def has_rating_and_summary(facts: Facts, actor: Actor) -> str | None:
    if not facts.draft_rating:
        return "Choose a rating for the verdict before submitting."
    if not (facts.draft_summary or "").strip():
        return "Write a one-line summary of the verdict before submitting."
    return None


def not_own_verdict(facts: Facts, actor: Actor) -> str | None:
    # An author never reviews their own verdict (DESIGN.md, "approved").
    if facts.revision_author_id == actor.id:
        return "You wrote this verdict; another editor has to review it."
    if actor.id in facts.revision_contributor_ids:
        return "You wrote part of this verdict; another editor has to review it."
    return None


def not_approved_already(facts: Facts, actor: Actor) -> str | None:
    # Approvals that meet a need lowered meanwhile: any editor who may review completes them.
    again = actor.id in facts.approver_ids and len(facts.approver_ids) < facts.approvals_needed
    return "You have already approved this revision." if again else None


def editor_to_withdraw(facts: Facts, actor: Actor) -> str | None:
    # Nothing reaches readers without an editor, and nothing published leaves them without one:
    # a dismissal once published withdraws the fact-check (WITHDRAWN_STATES), in public.
    if facts.has_published_revision and actor.role not in EDITORS:
        return "Only an editor can withdraw a published fact-check; ask one, or finish the correction."
    return None
