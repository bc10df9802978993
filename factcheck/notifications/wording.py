"""The words of a notification: the claim quoted and shortened, and an editor's note carried with
it, cut to fit one line and marked when cut. Pure text: no database, no templates (the inbox and
the mail templates escape it in HTML and leave it plain in text)."""

from __future__ import annotations

SHORT_CLAIM = 120
NOTICE_MAX = 500
"""The notification's one line, stored whole (``Notification.text``); a note is cut to fit it."""
NOTE_MAX = 280
"""An editor's note is carried up to this many characters; the rest is read on the claim."""
NOTE_CUT = " (cut short: the whole note is on the claim)"
SUBJECT_CLAIM = 60
"""A mail's subject names its claim in this many characters: mails about different claims differ,
and mail programs do not thread them together as one conversation."""

_QUOTE_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("„", "“"), ("«", "»"))


def shorten(text: str, limit: int = SHORT_CLAIM) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def quoted(text: str, limit: int = SHORT_CLAIM) -> str:
    """A claim's words in quotation marks, shortened; a claim that is a quotation already (the
    extractor's often are) keeps one pair of marks, not “““two””."""
    text = " ".join(text.split())
    for opening, closing in _QUOTE_PAIRS:
        if len(text) > 2 and text.startswith(opening) and text.endswith(closing):
            text = text[1:-1].strip()
            break
    return f"“{shorten(text, limit)}”"


def with_note(line: str, note: str) -> str:
    """``line`` followed by the editor's note, so whoever is sent back learns what to change from
    the notice itself: on one line, at most ``NOTE_MAX`` characters of it (less when the line is
    long: the whole stays within ``NOTICE_MAX``), and a note that was cut says so."""
    note = " ".join(note.split())
    if not note:
        return line
    head = f"{line} Their note: “"
    whole = f"{head}{note}”"
    if len(note) <= NOTE_MAX and len(whole) <= NOTICE_MAX:
        return whole
    room = min(NOTE_MAX, NOTICE_MAX - len(head) - len("…”") - len(NOTE_CUT))
    if room < 1:
        return shorten(line, NOTICE_MAX)
    return f"{head}{note[:room].rstrip()}…”{NOTE_CUT}"
