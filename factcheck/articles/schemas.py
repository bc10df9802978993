"""Form inputs of the article pages, as typed, so a refused form comes back with what was entered."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping


def _text(form: Mapping[str, Any], name: str) -> str:
    value = form.get(name)
    return value if isinstance(value, str) else ""


@dataclass(frozen=True, slots=True)
class ImportForm:
    """The import form: metadata, and the article as pasted text or an address to fetch
    (an uploaded file is read separately: a browser never sends it back)."""

    title: str = ""
    outlet: str = ""
    url: str = ""
    author: str = ""
    published: str = ""
    language: str = ""
    body: str = ""
    source_url: str = ""

    @classmethod
    def of(cls, form: Mapping[str, Any]) -> ImportForm:
        return cls(**{name: _text(form, name) for name in cls.__dataclass_fields__})

    def values(self) -> dict[str, str]:
        return asdict(self)

    def published_on(self) -> date | None:
        """The publication date; raises ValueError when it is not a YYYY-MM-DD date."""
        return date.fromisoformat(self.published.strip()) if self.published.strip() else None


@dataclass(frozen=True, slots=True)
class SpanForm:
    """A new claim on a passage: its offsets in the body, and optionally the decision on it."""

    quote_start: int
    quote_end: int
    text: str
    claimant: str
    action: str
    comment: str

    @classmethod
    def of(cls, form: Mapping[str, Any]) -> SpanForm:
        """Raises ValueError when the offsets are not whole numbers."""
        return cls(
            quote_start=int(_text(form, "quote_start")),
            quote_end=int(_text(form, "quote_end")),
            text=_text(form, "text"),
            claimant=_text(form, "claimant"),
            action=_text(form, "action"),
            comment=_text(form, "comment"),
        )


@dataclass(frozen=True, slots=True)
class DecisionForm:
    """Accept (with the wording as edited) or dismiss (with a reason) a stored claim."""

    action: str
    text: str
    comment: str
    version: int | None
    claimant: str | None = None
    """None when the form has no claimant field (a dismissal): the claimant is left as it is."""

    @classmethod
    def of(cls, form: Mapping[str, Any]) -> DecisionForm:
        version = _text(form, "version").strip()
        return cls(
            action=_text(form, "action"),
            text=_text(form, "text"),
            comment=_text(form, "comment"),
            version=int(version) if version.isdigit() else None,
            claimant=_text(form, "claimant") if "claimant" in form else None,
        )
