"""The admin's rating scale (/admin/ratings): rename a label, set or clear its value, move it,
add one, remove one no verdict revision uses.

Each change says what the admin saw of the label (``Seen``) and is applied only if the row is still
so: one UPDATE (or DELETE) whose WHERE compares and sets, so two admins at once lose nothing. The
scale's rules (a label unique without regard to case, two labels never sharing a value) read every
label, so a change first takes the scale's write lock (``_lock_scale``): a second admin's change
waits for the first and then sees it. A refused change is rolled back whole (``unit_of_work``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from uuid import UUID

from sqlalchemy import and_, delete, func, literal, select, update
from sqlalchemy.exc import IntegrityError

from factcheck.db.unit import unit_of_work
from factcheck.errors import Invalid, StaleEdit
from factcheck.settings import DEFAULTS
from factcheck.verdicts.models import RATING_LABEL_MAX, RATING_VALUE_MAX, RATING_VALUE_MIN, Rating, Verdict

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement
    from sqlalchemy.ext.asyncio import AsyncSession
    from sqlalchemy.sql.elements import SQLCoreOperations

LAST_LABEL = "The scale keeps at least one label: add another before removing this one."
CHANGED_MEANWHILE = "Someone changed this label meanwhile; the scale below is as it is now."


@dataclass(frozen=True, slots=True)
class ScaleRow:
    id: UUID
    label: str
    value: int | None
    position: int
    uses: int
    """How many verdict revisions (drafts included) carry the label, counted up to a cap."""
    shown: str
    """The count as the page shows it: "1,234", or "10,000+" past the cap."""


def _figure(counted: int, cap: int) -> str:
    """A count made by ``_uses`` (at most ``cap`` + 1) as the page shows it."""
    return f"{cap:,}+" if counted > cap else f"{counted:,}"


@dataclass(frozen=True, slots=True)
class Seen:
    """A label as the admin saw it when the page was drawn."""

    label: str
    value: int | None
    position: int


def check_label(text: str) -> tuple[str, str | None]:
    """The label trimmed, and what is wrong with it (None when nothing is)."""
    label = text.strip()
    if not label:
        return label, "A label is required."
    if len(label) > RATING_LABEL_MAX:
        return label, f"At most {RATING_LABEL_MAX} characters (this one has {len(label)})."
    return label, None


def check_value(text: str) -> tuple[int | None, str | None]:
    """The value as a number (None when blank: off the scale), and what is wrong with it."""
    text = text.strip()
    if not text:
        return None, None
    try:
        value = int(text)
    except ValueError:
        return None, f"A whole number from {RATING_VALUE_MIN} to {RATING_VALUE_MAX}, or blank."
    if not RATING_VALUE_MIN <= value <= RATING_VALUE_MAX:
        return None, f"A whole number from {RATING_VALUE_MIN} to {RATING_VALUE_MAX}, or blank."
    return value, None


def _uses(rating_id: SQLCoreOperations[UUID] | UUID, cap: int) -> ColumnElement[int]:
    """How many verdict revisions carry the label, counted by visiting at most ``cap`` + 1 of
    them on the index: a label of a big desk costs the same as a small one's."""
    hits = (
        select(literal(1)).where(Verdict.rating_id == rating_id).correlate(Rating).limit(cap + 1).subquery()
    )
    return select(func.count()).select_from(hits).scalar_subquery()


async def scale_rows(session: AsyncSession, cap: int = int(DEFAULTS["COUNT_CAP"])) -> list[ScaleRow]:
    """The scale in its order, each label with how many verdict revisions use it, up to ``cap``
    (one query)."""
    result = await session.execute(
        select(Rating.id, Rating.label, Rating.value, Rating.position, _uses(Rating.id, cap)).order_by(
            Rating.position, Rating.label
        )
    )
    return [ScaleRow(*row[:4], uses=min(row[4], cap), shown=_figure(row[4], cap)) for row in result]


async def _lock_scale(session: AsyncSession) -> list[Rating]:
    """Take the scale's write lock, then read it. The no-op UPDATE of every row locks them on
    PostgreSQL and takes SQLite's write lock at the transaction's start (no stale read to upgrade)."""
    await session.execute(update(Rating).values(updated_at=Rating.updated_at))
    return list((await session.execute(select(Rating).order_by(Rating.position))).scalars())


def _clashes(scale: list[Rating], rating_id: UUID | None, label: str, value: int | None) -> dict[str, str]:
    errors: dict[str, str] = {}
    others = [r for r in scale if r.id != rating_id]
    same = next((r for r in others if r.label.casefold() == label.casefold()), None)
    if same is not None:
        errors["label"] = f"“{same.label}” is already on the scale."
    shared = next((r for r in others if value is not None and r.value == value), None)
    if shared is not None:
        errors["value"] = f"“{shared.label}” has the value {value}; two labels cannot share one."
    return errors


async def _checked(
    session: AsyncSession, rating_id: UUID | None, label_text: str, value_text: str, refused: str
) -> tuple[list[Rating], str, int | None]:
    """The label and value typed for ``rating_id`` (None: a new label), each checked alone and then
    against the rest of the scale under its write lock; the scale as locked, the label, the value.
    Raises ``Invalid`` with ``refused`` and each field's reason."""
    label, label_error = check_label(label_text)
    value, value_error = check_value(value_text)
    errors = {k: v for k, v in (("label", label_error), ("value", value_error)) if v}
    if errors:
        raise Invalid(refused, errors)
    scale = await _lock_scale(session)
    errors = _clashes(scale, rating_id, label, value)
    if errors:
        raise Invalid(refused, errors)
    return scale, label, value


def _as_seen(rating_id: UUID, seen: Seen) -> ColumnElement[bool]:
    """The row, if it is still as the admin saw it: the compare of a compare-and-set."""
    return and_(
        Rating.id == rating_id,
        Rating.label == seen.label,
        Rating.value.is_(None) if seen.value is None else Rating.value == seen.value,
        Rating.position == seen.position,
    )


def _changed(result: object) -> bool:
    return bool(getattr(result, "rowcount", 0))


@unit_of_work
async def edit(session: AsyncSession, rating_id: UUID, seen: Seen, label_text: str, value_text: str) -> None:
    """Rename the label and set (or clear) its value, if it is still as the admin saw it."""
    _, label, value = await _checked(session, rating_id, label_text, value_text, "The label was not changed.")
    result = await session.execute(
        update(Rating).where(_as_seen(rating_id, seen)).values(label=label, value=value),
        execution_options={"synchronize_session": False},
    )
    if not _changed(result):
        raise StaleEdit(CHANGED_MEANWHILE)
    await session.commit()


@unit_of_work
async def move(session: AsyncSession, rating_id: UUID, seen: Seen, *, up: bool) -> None:
    """Swap the label with the one above it (or below): its place given by what the admin saw."""
    scale = await _lock_scale(session)
    at = next((i for i, r in enumerate(scale) if r.id == rating_id), None)
    if at is None:
        raise StaleEdit(CHANGED_MEANWHILE)
    other_at = at - 1 if up else at + 1
    if not 0 <= other_at < len(scale):
        raise Invalid(f"“{seen.label}” is already {'first' if up else 'last'} on the scale.")
    other = scale[other_at]
    mine, theirs = scale[at].position, other.position
    result = await session.execute(
        update(Rating).where(_as_seen(rating_id, seen)).values(position=theirs),
        execution_options={"synchronize_session": False},
    )
    if not _changed(result):
        raise StaleEdit(CHANGED_MEANWHILE)
    await session.execute(
        update(Rating).where(Rating.id == other.id).values(position=mine),
        execution_options={"synchronize_session": False},
    )
    await session.commit()


@unit_of_work
async def add(session: AsyncSession, label_text: str, value_text: str) -> UUID:
    """A new label at the end of the scale, with or without a value."""
    scale, label, value = await _checked(session, None, label_text, value_text, "The label was not added.")
    rating = Rating(label=label, value=value, position=max((r.position for r in scale), default=-1) + 1)
    session.add(rating)
    try:
        await session.commit()
    except IntegrityError:  # the same label added at the same moment on an empty scale
        await session.rollback()
        raise Invalid("The label was not added.", {"label": f"“{label}” is already on the scale."}) from None
    return rating.id


def in_use(label: str, uses: str) -> str:
    """Why a label is not removed; ``uses`` as the page shows the count ("1", "10,000+")."""
    revisions = "verdict revision uses" if uses == "1" else "verdict revisions use"
    return f"{uses} {revisions} “{label}”, so it cannot be removed; rename it instead."


@unit_of_work
async def remove(
    session: AsyncSession, rating_id: UUID, seen: Seen, cap: int = int(DEFAULTS["COUNT_CAP"])
) -> None:
    """Remove a label no verdict revision uses, if it is still as the admin saw it."""
    if len(await _lock_scale(session)) == 1:  # an empty scale would be made default again at the app's start
        raise Invalid("The label was not removed.", {"remove": LAST_LABEL})
    uses = await session.scalar(select(_uses(rating_id, cap)))
    if uses:
        raise Invalid("The label was not removed.", {"remove": in_use(seen.label, _figure(uses, cap))})
    try:
        result = await session.execute(
            delete(Rating).where(_as_seen(rating_id, seen)),
            execution_options={"synchronize_session": False},
        )
        if not _changed(result):
            raise StaleEdit(CHANGED_MEANWHILE)
        await session.commit()
    except IntegrityError:  # a draft chose the label between the count and the delete
        await session.rollback()
        raise Invalid("The label was not removed.", {"remove": in_use(seen.label, "1")}) from None
