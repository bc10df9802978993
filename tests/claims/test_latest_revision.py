"""Which verdict revision is the latest (``factcheck/verdicts/queries.py``): the alias of the newer
revision is made once per process, and one statement may ask both questions (latest, latest
published) over it, on both engines."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.sql.selectable import Alias
from sqlalchemy.sql.visitors import iterate

from factcheck.verdicts.models import Verdict
from factcheck.verdicts.queries import is_latest
from tests.builders import make_claim

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession


def _aliases(condition: Any) -> set[int]:
    return {id(element) for element in iterate(condition) if isinstance(element, Alias)}


def test_the_newer_revision_is_one_alias_for_every_statement() -> None:
    # A new alias per call made SQLAlchemy copy the verdict table's columns for every statement
    # (1-3 ms each: most of the dashboard's time).
    first, again = _aliases(is_latest()), _aliases(is_latest(published=True))
    assert first and first == again


def test_latest_and_latest_published_in_one_statement(db, checker, editor) -> None:
    async def go(session: AsyncSession) -> tuple[list[int], list[int], list[int]]:
        claim = await make_claim(session, state="published", by=checker, editor=editor)
        session.add(Verdict(claim_id=claim.id, revision=2, author_id=checker.id))  # a draft after it
        await session.flush()
        mine = select(Verdict.revision).where(Verdict.claim_id == claim.id).order_by(Verdict.revision)
        latest = list(await session.scalars(mine.where(is_latest())))
        published = list(await session.scalars(mine.where(is_latest(published=True))))
        either = list(await session.scalars(mine.where(or_(is_latest(), is_latest(published=True)))))
        await session.rollback()
        return latest, published, either

    assert db.run(go) == ([2], [1], [1, 2])
