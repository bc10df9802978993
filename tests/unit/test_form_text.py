"""The NUL filter of form bodies (web/form_text.py): however the body is cut into chunks, what
comes out decodes to the text without its NULs, and nothing else changes."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode

from hypothesis import given
from hypothesis import strategies as st

from factcheck.web.form_text import NulFilter, drop_nul

fields = st.dictionaries(
    st.text(st.sampled_from("ab_"), min_size=1, max_size=4),
    st.text(st.sampled_from("a%0\x00 &=é"), max_size=12),
    max_size=4,
)


def _streamed(body: bytes, cuts: list[int]) -> bytes:
    at = sorted({c % (len(body) + 1) for c in cuts})
    pieces = [body[i:j] for i, j in zip([0, *at], [*at, len(body)], strict=True)]
    stream = NulFilter()
    return b"".join(stream.feed(p, more=i < len(pieces) - 1) for i, p in enumerate(pieces))


@given(fields, st.lists(st.integers(min_value=0, max_value=400), max_size=6))
def test_a_form_loses_its_nuls_and_nothing_else(form: dict[str, str], cuts: list[int]) -> None:
    body = urlencode(form).encode()
    out = _streamed(body, cuts)
    assert dict(parse_qsl(out.decode(), keep_blank_values=True)) == {
        k: v.replace("\x00", "") for k, v in form.items()
    }


@given(st.binary(max_size=40).map(lambda b: b.replace(b"\x01", b"%00")), st.lists(st.integers(0, 60)))
def test_any_cut_of_any_body_gives_the_same_bytes(body: bytes, cuts: list[int]) -> None:
    out = _streamed(body, cuts)
    assert out == drop_nul(body)
    assert b"\x00" not in out and b"%00" not in out


def test_a_nul_made_by_removing_one_is_removed_too() -> None:
    assert drop_nul(b"a=%%0000b") == b"a=b"
    assert drop_nul(b"a=100%25") == b"a=100%25"
