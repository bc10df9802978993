"""Reading uploads and fetched pages (factcheck/articles/intake.py): kinds, encodings, non-text."""

from __future__ import annotations

import pytest

from factcheck.articles.intake import IntakeError, decode, kind_of_file, markdown_to_text, read_document


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("a.txt", "text"),
        ("A.TXT", "text"),
        ("b.md", "markdown"),
        ("c.html", "html"),
        ("C:\\x\\d.htm", "html"),
    ],
)
def test_the_kind_comes_from_the_file_name(name: str, kind: str) -> None:
    assert kind_of_file(name) == kind


def test_other_file_names_are_refused() -> None:
    with pytest.raises(IntakeError, match=r"not \.pdf"):
        kind_of_file("report.pdf")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
def test_unicode_text_is_decoded(encoding: str) -> None:
    text = "Zürich: “40,000” displaced – 🇸🇾"
    assert decode(text.encode(encoding)).text == text


def test_windows_1252_is_the_fallback_and_says_so() -> None:
    decoded = decode("naïve “quotes” – €5".encode("cp1252"))
    assert decoded.text == "naïve “quotes” – €5" and decoded.guessed


def test_a_declared_charset_is_used() -> None:
    assert decode("Ελλάδα".encode("iso-8859-7"), "iso-8859-7").text == "Ελλάδα"


def test_the_html_meta_charset_is_used() -> None:
    story = "".join(
        f"<p>Le café n° {i} du port a fermé après 40 ans, a déclaré le maire.</p>" for i in range(4)
    )
    page = f'<html><head><meta charset="iso-8859-1"></head><body><article>{story}</article></body></html>'
    doc = read_document(page.encode("latin-1"), "html")
    assert doc.text.startswith("Le café n° 0 du port a fermé") and doc.note is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"%PDF-1.4 ...", "This is a PDF document"),
        (b"PK\x03\x04\x14\x00", "This is a Word, OpenDocument or ZIP file"),
        (b"\x89PNG\r\n\x1a\n", "This is a PNG image"),
        (bytes(range(256)) * 8, "does not contain text"),
        (b"text\x00with\x01controls\x02" * 50, "does not contain text"),
    ],
)
def test_what_is_not_text_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(IntakeError, match=message):
        decode(data)


def test_markdown_is_read_as_plain_text() -> None:
    markdown = (
        "# Heading\n\nSome **bold**, _em_ and `code`, a [link](http://x.org) and snake_case_name.\n\n"
        "> A quote\n\n- one\n- two\n\n[ref]: http://x.org\n"
    )
    assert markdown_to_text(markdown) == (
        "Heading\n\nSome bold, em and code, a link and snake_case_name.\n\nA quote\n\none\ntwo"
    )


def test_utf16_without_a_byte_order_mark_is_recognised() -> None:
    assert decode("A plain report.".encode("utf-16-le")).text == "A plain report."
    assert decode("A plain report.".encode("utf-16-be")).text == "A plain report."
