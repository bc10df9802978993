"""A slug's words and id are what they always were: public addresses must not change when the way they
are computed is made faster (issue 18: bytes instead of a str translation table)."""

from __future__ import annotations

import base64
import unicodedata
from uuid import UUID

from hypothesis import given
from hypothesis import strategies as st

from factcheck.publishing.slugs import MAX_WORDS_CHARS, _words, claim_id_of, encode_id, encode_int

_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_SPACES = str.maketrans({chr(i): chr(i) if chr(i) in _WORD_CHARS else " " for i in range(128)})


def words_as_before(text: str) -> str:
    """The str version the public pages used before (factcheck/publishing/slugs.py, main f30bd48)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = "-".join(text.lower().translate(_SPACES).split())
    if len(words) > MAX_WORDS_CHARS:
        cut = words.rfind("-", 0, MAX_WORDS_CHARS + 1)
        words = words[: cut if cut > 0 else MAX_WORDS_CHARS]
    return words or "claim"


@given(
    st.text(
        alphabet=st.sampled_from(list("aZ09 -_.,'\"\t\n\x1c\x1fÉéŻółćß€ﬁ😀")) | st.characters(), max_size=90
    )
)
def test_a_slugs_words_are_what_they_were(text: str) -> None:
    assert _words(text) == words_as_before(text)


def test_words_of_a_long_claim_are_cut_at_a_word() -> None:
    text = "Żółć: São Paulo’s “water” is 99% clean " * 3
    assert (
        _words(text) == words_as_before(text) == "zoc-sao-paulos-water-is-99-clean-zoc-sao-paulos-water-is-99"
    )


@given(st.integers(min_value=0, max_value=(1 << 128) - 1) | st.sampled_from([0, 1, (1 << 128) - 1, 1 << 127]))
def test_a_slugs_id_is_the_ids_base32(number: int) -> None:
    # RFC 4648 base32 of the 16 bytes, lowercase, unpadded: what public addresses always carried
    # (``encode_int`` takes the 130 bits in three parts since session 10, for the exports' speed).
    claim_id = UUID(int=number)
    expected = base64.b32encode(claim_id.bytes).decode().rstrip("=").lower()
    assert encode_int(number) == encode_id(claim_id) == expected
    assert claim_id_of(f"words-{expected}") == claim_id
