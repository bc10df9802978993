"""Public slugs: ``{words of the claim}-{the claim's id in base32}``, derived, never stored.

The id part alone identifies the fact-check, so a slug stays valid when the claim is reworded (the
page then redirects to the current spelling) and two claims with the same words never collide.
Nothing guessable leads anywhere unpublished: a slug resolves only through the public queries.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from uuid import UUID

MAX_WORDS_CHARS = 60
_ID_CHARS = 26
_ID_RE = re.compile(r"^[a-z2-7]{26}$")


def _words(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > MAX_WORDS_CHARS:
        cut = words.rfind("-", 0, MAX_WORDS_CHARS + 1)
        words = words[: cut if cut > 0 else MAX_WORDS_CHARS]
    return words or "claim"


def encode_id(claim_id: UUID) -> str:
    return base64.b32encode(claim_id.bytes).decode("ascii").rstrip("=").lower()


def slug_for(claim_id: UUID, text: str) -> str:
    return f"{_words(text)}-{encode_id(claim_id)}"


def claim_id_of(slug: str) -> UUID | None:
    """The claim id a slug names, or None when it names none (a made-up or mangled slug)."""
    tail = slug.rsplit("-", 1)[-1]
    if len(tail) != _ID_CHARS or not _ID_RE.match(tail):
        return None
    raw = base64.b32decode(tail.upper() + "=" * 6)
    if len(raw) != 16:
        return None
    claim_id = UUID(bytes=raw)
    return claim_id if encode_id(claim_id) == tail else None
