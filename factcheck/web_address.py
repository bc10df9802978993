"""Every web address a user gives (a source, its archived copy, an article, the organisation's
site and logo) is checked here, by the forms, the API and the seeds alike: only ``http`` and
``https``, with a host. A ``javascript:`` or ``data:`` address would otherwise become a link that
runs code on the staff or public pages."""

from __future__ import annotations

import re

MAX_URL = 2000
_SPACE = r"\x00-\x20\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
"""Spaces and control characters, spelled out: ``\\s`` means one set in Python and another in the
ECMAScript regexes an OpenAPI client reads the schema's pattern with (``\\x1c`` is a space to
Python only), so the schema and the server would disagree."""
URL_PATTERN = rf"^[Hh][Tt][Tt][Pp][Ss]?://[^{_SPACE}/?#@\[\]:\\]+(?::[0-9]{{1,5}})?(?:[/?#][^{_SPACE}]*)?$"
"""The rule itself, as the API schema states it: http or https, a host (no user name or password
in it), an optional port, then anything without spaces or control characters."""
URL_MESSAGE = "Enter a web address starting with http:// or https://."
_URL = re.compile(URL_PATTERN)


def url_problem(value: str) -> str | None:
    """None for an address the rule accepts (surrounding spaces aside); otherwise what to fix."""
    value = value.strip()
    if len(value) > MAX_URL:
        return f"Keep the address under {MAX_URL:,} characters."
    if not _URL.match(value):
        return URL_MESSAGE
    return None


def check_urls(errors: dict[str, str], **fields: str | None) -> dict[str, str]:
    """Adds a message to ``errors`` for each given, non-empty field that is not a web address."""
    for name, value in fields.items():
        if value:
            problem = url_problem(value)
            if problem:
                errors[name] = problem
    return errors


def web_address(url: str | None) -> str | None:
    """The url when the rule accepts it, else None: only those become links on the public pages
    and in ClaimReview, whatever path the text took into the database (an import, an old row)."""
    return url if url and _URL.match(url.strip()) else None
