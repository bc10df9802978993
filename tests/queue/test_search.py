"""Full-text search behind one interface: stems, phrases, ranking and hostile input, on both engines."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from tests.builders import make_claim
from tests.queue.helpers import listed


def search(client, q: str, **params) -> list[str]:
    response = client.get("/claims?" + urlencode({"q": q, **params}))
    assert response.status_code == 200, response.text[-400:]
    assert "Traceback" not in response.text
    return listed(response.text)


@pytest.fixture
def claims(db, checker):
    async def build(s):
        for text, claimant, quote in [
            ("Russia is using dumb bombs in Syria", "John Kerry", None),
            ("The bombing of hospitals continued", "Amnesty International", None),
            ("Iran supports a ceasefire in Syria", "John Kerry", None),
            ("Ceasefire talks: a ceasefire, and another ceasefire", "Staffan de Mistura", None),
            ("Talks in Munich ended late", "Sergei Lavrov", None),
            ("Bombs dumb enough to miss their targets", "An analyst", None),
        ]:
            await make_claim(s, text=text, claimant=claimant, by=checker, quote=quote)

    db.run(build)


def test_a_word_finds_its_other_forms(as_checker, claims) -> None:
    found = set(search(as_checker, "bombing"))
    assert found == {
        "Russia is using dumb bombs in Syria",
        "The bombing of hospitals continued",
        "Bombs dumb enough to miss their targets",
    }
    assert set(search(as_checker, "ceasefires")) == set(search(as_checker, "ceasefire"))
    assert "Talks in Munich ended late" in search(as_checker, "talk")


def test_every_word_must_match(as_checker, claims) -> None:
    assert search(as_checker, "dumb bombs syria") == ["Russia is using dumb bombs in Syria"]
    assert search(as_checker, "bombs munich") == []


def test_quoted_words_match_as_a_phrase(as_checker, claims) -> None:
    assert search(as_checker, '"dumb bombs"') == ["Russia is using dumb bombs in Syria"]
    assert search(as_checker, '"bombs dumb"') == ["Bombs dumb enough to miss their targets"]
    assert search(as_checker, '"dumb bombs" Kerry') == ["Russia is using dumb bombs in Syria"]
    assert search(as_checker, '"Kerry bombs"') == []


def test_the_claimant_is_searched(as_checker, claims) -> None:
    assert set(search(as_checker, "Lavrov")) == {"Talks in Munich ended late"}


def test_best_match_ranks_the_wording_with_the_most_hits_first(as_checker, claims) -> None:
    ranked = search(as_checker, "ceasefire", sort="relevance")
    assert ranked == [
        "Ceasefire talks: a ceasefire, and another ceasefire",
        "Iran supports a ceasefire in Syria",
    ]


def test_a_match_in_the_wording_ranks_above_one_in_the_claimant(as_checker, db, checker) -> None:
    db.run(lambda s: make_claim(s, text="Statement on the weather", claimant="Kerry Smith", by=checker))
    db.run(
        lambda s: make_claim(s, text="Kerry spoke about the weather today", claimant="Someone", by=checker)
    )
    assert search(as_checker, "kerry weather", sort="relevance") == [
        "Kerry spoke about the weather today",
        "Statement on the weather",
    ]


@pytest.mark.parametrize(
    "q",
    [
        '"',
        '"dumb bombs',
        "bomb*",
        "NEAR(dumb bombs)",
        "-russia",
        "dumb OR bombs",
        "dumb AND",
        "NOT bombs",
        "^dumb",
        "text:dumb",
        "((",
        "'; DROP TABLE claim; --",
        "\\",
        "bombs\x00",
        "🙂 bombs",
        "{dumb bombs}",
    ],
)
def test_search_syntax_characters_never_fail(as_checker, claims, q: str) -> None:
    found = search(as_checker, q)
    assert isinstance(found, list)  # a list (perhaps empty), never a 500


def test_an_operator_word_is_searched_as_a_word(as_checker, db, checker) -> None:
    db.run(lambda s: make_claim(s, text="The NEAR east and the OR valley", by=checker))
    assert search(as_checker, "NEAR OR") == ["The NEAR east and the OR valley"]


def test_a_10000_character_search_gets_a_message_and_keeps_the_filters(as_checker, claims) -> None:
    response = as_checker.get("/claims?" + urlencode({"q": "bombs " * 1700, "tag": "x", "state": "queued"}))
    assert response.status_code == 200
    assert "Keep the search under 300 characters." in response.text
    assert listed(response.text) == []
    assert 'name="tag" value="x"' in response.text
    assert '<option value="queued" selected>' in response.text


def test_an_edited_claim_is_found_by_its_new_words(as_checker, db, checker, claims) -> None:
    from sqlalchemy import select

    from factcheck.claims.models import Claim
    from factcheck.claims.service import ClaimService
    from tests.builders import actor_of

    claim_id = db.scalar(select(Claim.id).where(Claim.text == "Talks in Munich ended late"))

    async def edit(s):
        claim = await s.get(Claim, claim_id)
        await ClaimService(session=s).update_claim(
            claim_id, actor_of(checker), version=claim.version, text="Negotiators met in Geneva"
        )

    db.run(edit)
    assert search(as_checker, "geneva") == ["Negotiators met in Geneva"]
    assert search(as_checker, "munich") == []


def test_a_deleted_claim_leaves_the_index(as_checker, db, claims) -> None:
    from sqlalchemy import delete

    from factcheck.claims.models import Claim

    async def remove(s):
        await s.execute(delete(Claim).where(Claim.text == "Talks in Munich ended late"))
        await s.commit()

    db.run(remove)
    assert search(as_checker, "munich") == []
    assert search(as_checker, "lavrov") == []
