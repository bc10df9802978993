"""Where a page of the corrections log starts: an entry's time and id, as a URL token. The log is
read by keyset (``transparency.corrections``), so a page costs the same however long the log, and
an entry added meanwhile never shifts the pages a reader walks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from factcheck.errors import DomainError
from factcheck.transparency import paths

_WHEN = "%Y%m%dT%H%M%S%f"
_TOKEN_MAX = 64


class BadPageLink(DomainError):
    """A page parameter of the corrections log that names no page: the link was mistyped or cut."""

    status_code = 400


@dataclass(frozen=True, slots=True, order=True)
class LogCursor:
    """An entry's place in the log, newest first by time, then id (a correction's revision id or a
    withdrawal's id: both UUIDs, so the two kinds share one order)."""

    logged_at: datetime
    entry_id: UUID

    def token(self) -> str:
        return f"{self.logged_at.astimezone(UTC):{_WHEN}}.{self.entry_id.hex}"

    @classmethod
    def parse(cls, token: str, name: str) -> LogCursor:
        try:
            if len(token) > _TOKEN_MAX:
                raise ValueError(token)
            when, _, entry = token.partition(".")
            return cls(datetime.strptime(when, _WHEN).replace(tzinfo=UTC), UUID(hex=entry))
        except ValueError:
            raise BadPageLink(
                f"The corrections log has no page at {name}={token[:_TOKEN_MAX]!r}; "
                f"start again from the newest at {paths.CORRECTIONS}."
            ) from None


def entry_path(logged_at: datetime, entry_id: UUID, anchor: str) -> str:
    """The log's page that starts with this entry (``?at=``), at the entry: where a withdrawn
    fact-check's notice and the feed send readers, however old the entry."""
    return f"{paths.CORRECTIONS}?at={LogCursor(logged_at, entry_id).token()}#{anchor}"
