"""What to fix before publishing, so the ClaimReview partners read is complete (issue #15).

Warnings, not refusals: an editor may still publish. Pure functions of plain values, asked by the
claim page when the publish button is offered."""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from factcheck.claims.models import CLAIM_REVIEWED_MAX

if TYPE_CHECKING:
    from datetime import date

LOCAL_NAMES = ("localhost", "localhost.localdomain")
LOCAL_SUFFIXES = (".local", ".localhost", ".internal", ".test", ".example", ".invalid")


def is_local_address(url: str) -> bool:
    """True for an address no reader outside this machine or network can open."""
    host = (urlsplit(url).hostname or "").lower()
    if not host or host in LOCAL_NAMES or host.endswith(LOCAL_SUFFIXES) or "." not in host:
        return True
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    return ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_unspecified


def publish_warnings(
    *,
    org_url: str | None,
    original_url: str | None,
    claim_date: date | None,
    text: str,
    claim_reviewed: str | None,
) -> list[str]:
    warnings = []
    if not org_url:
        warnings.append(
            "The organisation's website is not set: ClaimReview will name this server as the "
            "publisher. An admin sets it under Settings."
        )
    elif is_local_address(org_url):
        warnings.append(
            f"The organisation's website ({org_url}) is a local address readers cannot open. "
            "An admin sets the public one under Settings."
        )
    if not original_url:
        warnings.append("The claim has no original URL: ClaimReview cannot say where it appeared.")
    if claim_date is None:
        warnings.append("The claim has no date: ClaimReview cannot say when it was made.")
    if not claim_reviewed and len(" ".join(text.split())) > CLAIM_REVIEWED_MAX:
        warnings.append(
            f"The claim is longer than {CLAIM_REVIEWED_MAX} characters and has no short wording "
            "for ClaimReview: write one under “Edit wording”."
        )
    return warnings
