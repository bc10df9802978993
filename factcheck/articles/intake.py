"""From an uploaded file or a fetched page to article text: which kind it is, how it is encoded.

Three kinds are read: plain text, Markdown and HTML (whose article and metadata ``maintext.py``
finds). Uploads are told apart by their file name
(.txt, .md, .html), fetched pages by their Content-Type. Text is decoded from its byte-order mark,
then the declared charset (HTTP header or ``<meta charset>``), then UTF-8; text that is not UTF-8
is read as Windows-1252 (the usual encoding of older Western European files, a superset of
Latin-1 for text) and the user is told. What is not text at all (a PDF or a Word file renamed
.txt, an image) is refused by name rather than imported as garbage.

Every refusal is an ``IntakeError`` whose message the import form shows as it is.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath, PureWindowsPath

from factcheck.articles.maintext import NoArticleText, page_text

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
HTML_SUFFIXES = {".html": "html", ".htm": "html", ".xhtml": "html"}
SUFFIXES = {**TEXT_SUFFIXES, **HTML_SUFFIXES}
MEDIA_TYPES = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
}
FALLBACK_ENCODING = "cp1252"

# Magic numbers of the files most often renamed or mistaken for text.
SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a Word, OpenDocument or ZIP file"),
    (b"\xd0\xcf\x11\xe0", "an old Word or Office file"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a Windows program"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class IntakeError(Exception):
    """The file or page cannot be read as an article; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class Document:
    """What a file or page gave: the text, and metadata to fill the form's empty fields."""

    text: str
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    language: str | None = None
    note: str | None = None
    """Something the user should know: the encoding it was read in, text that looks cut short."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    guessed: bool


def kind_of_file(filename: str) -> str:
    suffix = PurePosixPath(PureWindowsPath(filename).name).suffix.lower()
    try:
        return SUFFIXES[suffix]
    except KeyError:
        raise IntakeError(
            f"factcheck reads .txt, .md and .html files, not {suffix or 'files without an extension'}; "
            "save the article in one of those, or paste its text."
        ) from None


def kind_of_media_type(media_type: str) -> str:
    try:
        return MEDIA_TYPES[media_type]
    except KeyError:
        raise IntakeError(
            f"The address gives {media_type}, not a web page or text; "
            "download it and save the article as .txt or .html, or paste its text."
        ) from None


def refuse_binary(data: bytes) -> None:
    for magic, what in SIGNATURES:
        if data.startswith(magic):
            raise IntakeError(
                f"This is {what}, not text. Save the article as .txt, .md or .html, or paste its text."
            )


def decode(data: bytes, declared: str | None = None) -> Decoded:
    """The text in ``data``: by its byte-order mark, the declared charset, UTF-8, or Windows-1252."""
    refuse_binary(data)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data[len(bom) :], encoding, guessed=False)
    if b"\x00" in data:
        # NUL bytes and no byte-order mark: UTF-16 without one (mostly Latin text has a NUL in every
        # other byte, always on the same side), or not text at all.
        sample = data[:100_000]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4 and even <= odd // 20:
            return _checked(data, "utf-16-le", guessed=False)
        if even > len(sample) // 4 and odd <= even // 20:
            return _checked(data, "utf-16-be", guessed=False)
        raise _not_text()
    sample = data[:100_000]
    if len(_CONTROL_BYTES.findall(sample)) > max(2, len(sample) // 200):
        raise _not_text()
    if declared:
        try:
            codecs.lookup(declared)
        except LookupError:
            declared = None
    if declared and codecs.lookup(declared).name not in ("utf-8", "ascii"):
        try:
            return _checked(data, declared, guessed=False)
        except IntakeError:
            pass
    try:
        return _checked(data, "utf-8", guessed=False)
    except IntakeError:
        pass
    try:
        return _checked(data, FALLBACK_ENCODING, guessed=True)
    except IntakeError:
        raise IntakeError(
            "The text is in an encoding factcheck cannot tell; save it as UTF-8 and upload it again."
        ) from None


def _checked(data: bytes, encoding: str, *, guessed: bool) -> Decoded:
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise IntakeError(f"not {encoding}") from None
    # Real text has next to no control characters; a binary file decoded by luck has many.
    controls = len(_CONTROL.findall(text[:100_000]))
    if controls > max(2, len(text[:100_000]) // 200):
        raise _not_text()
    return Decoded(text=text, encoding=codecs.lookup(encoding).name, guessed=guessed)


def _not_text() -> IntakeError:
    return IntakeError(
        "This file does not contain text (is it a PDF or a Word file renamed .txt?). "
        "Save the article as .txt, .md or .html, or paste its text."
    )


def read_document(data: bytes, kind: str, *, charset: str | None = None, url: str | None = None) -> Document:
    """The article text of a file or page of ``kind`` ("text", "markdown" or "html"); ``url`` is
    where a fetched page came from (its canonical address, when it names one, wins)."""
    if kind == "html" and not charset:
        match = _META_CHARSET.search(data[:4096])
        charset = match.group(1).decode("ascii") if match else None
    decoded = decode(data, charset)
    note = None
    if decoded.guessed:
        note = "The file was not UTF-8; it was read as Windows-1252 (Western European). Check the accents."
    if kind == "html":
        try:
            page = page_text(decoded.text, url=url)
        except NoArticleText as exc:
            raise IntakeError(str(exc)) from None
        return Document(
            text=page.text,
            title=page.title,
            author=page.author,
            outlet=page.outlet,
            published=page.published,
            url=page.url or url,
            language=page.language,
            note=" ".join(n for n in (note, page.notice) if n) or None,
        )
    text = markdown_to_text(decoded.text) if kind == "markdown" else decoded.text
    return Document(text=text, title=first_line(text), url=url, note=note)


def first_line(text: str, limit: int = 200) -> str | None:
    """A title for text that has none: its first non-empty line, cut at a word."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            if len(line) <= limit:
                return line
            return line[:limit].rsplit(" ", 1)[0] + "…"
    return None


# --- Markdown: just enough to read an article written in it as plain text --------------------

_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^ {0,3}(```|~~~).*$", re.MULTILINE), ""),  # code fences (their content stays)
    (re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]+\S+.*$", re.MULTILINE), ""),  # link reference definitions
    (re.compile(r"^ {0,3}(=+|-{2,}|\*{3,}|_{3,})[ \t]*$", re.MULTILINE), ""),  # setext underlines, rules
    (re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^ {0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+", re.MULTILINE), r"\1"),  # list markers
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # inline links: their text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"<(https?://[^>]+)>"), r"\1"),  # autolinks
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # emphasis with *
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # emphasis with _ (not snake_case)
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
    (re.compile(r"\n{3,}"), "\n\n"),
)


def markdown_to_text(markdown: str) -> str:
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text.strip("\n")
