"""Two verdict revisions side by side, with the differences marked word by word."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from markupsafe import Markup, escape
from sqlalchemy import select
from sqlalchemy.orm import joinedload

from factcheck.errors import NotFound
from factcheck.verdicts.models import Verdict

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession

_token = re.compile(r"\s+|[^\s]+")


@dataclass(frozen=True, slots=True)
class DiffRow:
    label: str
    left: Markup
    right: Markup
    changed: bool


@dataclass(frozen=True, slots=True)
class Comparison:
    claim_id: UUID
    left: Verdict
    right: Verdict
    rows: list[DiffRow]


def mark_differences(old: str, new: str) -> tuple[Markup, Markup]:
    """Both texts escaped, removed words in <del> on the left and added ones in <ins> on the right."""
    a, b = _token.findall(old or ""), _token.findall(new or "")
    left, right = [], []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        old_part, new_part = escape("".join(a[i1:i2])), escape("".join(b[j1:j2]))
        if op == "equal":
            left.append(old_part)
            right.append(new_part)
            continue
        if old_part:
            left.append(Markup("<del>{}</del>").format(old_part))
        if new_part:
            right.append(Markup("<ins>{}</ins>").format(new_part))
    return Markup("").join(left), Markup("").join(right)


async def compare_revisions(session: AsyncSession, claim_id: UUID, a: int, b: int) -> Comparison:
    rows = (
        await session.execute(
            select(Verdict)
            .options(joinedload(Verdict.rating))
            .where(Verdict.claim_id == claim_id, Verdict.revision.in_([a, b]))
        )
    ).scalars()
    by_revision = {v.revision: v for v in rows}
    if a not in by_revision or b not in by_revision:
        raise NotFound("No such revision of this claim's verdict.")
    left, right = by_revision[min(a, b)], by_revision[max(a, b)]
    fields = [
        ("Rating", left.rating.label if left.rating else "", right.rating.label if right.rating else ""),
        ("Summary", left.summary, right.summary),
        ("Rationale", left.rationale, right.rationale),
        ("Correction note", left.correction_note or "", right.correction_note or ""),
    ]
    diff_rows = []
    for label, old, new in fields:
        marked_old, marked_new = mark_differences(old, new)
        diff_rows.append(DiffRow(label, marked_old, marked_new, old != new))
    return Comparison(claim_id, left, right, diff_rows)
