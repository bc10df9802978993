"""A NUL in a form field (issue 12): PostgreSQL cannot store one and answered 500 on every form;
SQLite stored it. Dropped before any form is read (web/form_text.py), on both databases."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Claim, Comment
from tests.builders import make_claim
from tests.conftest import post


def test_a_nul_in_any_form_field_is_dropped_on_both_databases(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    edited = post(
        as_checker,
        f"/claims/{claim.id}/edit",
        {"version": str(claim.version), "text": "Bombs\x00 fell on Aleppo", "tags": "sy\x00ria"},
        follow_redirects=False,
    )
    commented = post(as_checker, f"/claims/{claim.id}/comments", {"body": "Che\x00ck the UN figure"})
    created = post(as_checker, "/claims", {"text": "A new\x00 claim about Idlib"}, follow_redirects=False)
    assert (edited.status_code, commented.status_code, created.status_code) == (303, 200, 303)
    texts = set(db.run(lambda s: _texts(s)))
    assert {"Bombs fell on Aleppo", "A new claim about Idlib", "Check the UN figure"} <= texts
    assert not any("\x00" in t for t in texts)


async def _texts(session) -> list[str]:
    claims = list(await session.scalars(select(Claim.text)))
    return claims + list(await session.scalars(select(Comment.body)))
