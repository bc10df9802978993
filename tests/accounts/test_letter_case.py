"""Typed names and titles match in any case, whatever their letters: a desk in Bonn or Lyon types
"émile" for Émile and "überwachung" for Überwachung. SQLite's own lower() folds A to Z only, so
the database's lowering is ``factcheck.db.text.lowered`` on both engines (PostgreSQL's lower()
under a UTF-8 locale; on SQLite, Python's, registered on each connection)."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.accounts.people import people_matching, resolve_person
from factcheck.db.text import lowered
from factcheck.evidence.models import Source
from factcheck.notifications.service import mention_candidates
from tests.builders import make_claim, make_user
from tests.conftest import post


def test_the_database_lowers_every_letter(db) -> None:
    """As what is typed is lowered (Python's ``str.lower``). The engines part only on rare letters
    (PostgreSQL lowers a dotted capital I to "i", Python to "i" and a combining dot)."""

    async def lower(s):
        return await s.scalar(select(lowered("ÉMILE ZÖLLNER, ÇA, ΣΟΦΊΑ, ĐORĐE, ABC")))

    assert db.run(lower) == "émile zöllner, ça, σοφία, đorđe, abc"


def test_a_whole_name_in_any_case_names_the_person(db) -> None:
    emile = db.run(lambda s: make_user(s, name="Émile Zöllner", email="Émile@Test.Example"))
    for typed in ("émile zöllner", "ÉMILE ZÖLLNER", "Émile Zöllner", "émile@test.example"):
        found = db.run(lambda s, typed=typed: resolve_person(s, typed))
        assert found.person is not None and found.person.id == str(emile.id), typed


def test_the_suggestions_match_the_start_of_a_name_or_word_in_any_case(db) -> None:
    emile = db.run(lambda s: make_user(s, name="Émile Zöllner"))
    db.run(lambda s: make_user(s, name="Emil Other"))
    for typed in ("émi", "ÉMI", "zöl", "ZÖLL"):
        found = db.run(lambda s, typed=typed: people_matching(s, typed))
        assert [p.id for p in found] == [str(emile.id)], typed


def test_a_mention_finds_a_name_in_any_case(db) -> None:
    emile = db.run(lambda s: make_user(s, name="Émile Zöllner"))
    found = db.run(lambda s: mention_candidates(s, "Could you look, @émi"))
    assert [u.id for u in found] == [emile.id]


def test_a_source_is_found_by_its_title_in_any_case_and_what_is_typed_is_no_pattern(
    as_checker, db, checker
) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    for title, url in (
        ("Überwachung in Aleppo", "https://example.org/a"),
        ("50% of shelters hit", "https://example.org/b"),
        ("500 shelters hit", "https://example.org/c"),
    ):
        source = {"url": url, "title": title, "publisher": "P", "kind": "expert", "stance": "supports"}
        post(as_checker, f"/claims/{claim.id}/evidence", {**source, "accessed_on": "2016-02-06"})
    ids = {title: str(i) for i, title in db.run(lambda s: _sources(s))}

    def found(typed: str) -> set[str]:
        html = as_checker.get("/sources/search", params={"q": typed}).text
        return {title for title, i in ids.items() if f'data-source-id="{i}"' in html}

    assert found("überwachung") == {"Überwachung in Aleppo"}
    assert found("ÜBERWACHUNG") == {"Überwachung in Aleppo"}
    assert found("50%") == {"50% of shelters hit"}  # a % is a character, not "anything"
    assert found("0_") == set()


async def _sources(session):
    return (await session.execute(select(Source.id, Source.title))).all()
