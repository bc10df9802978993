"""Where the transparency pages live: the routes, the footer and schema.org's policy links read
these (the paths are the issue's contract)."""

from __future__ import annotations

ABOUT = "/about"
METHODOLOGY = "/about/methodology"
RATINGS = "/about/ratings"
CORRECTIONS = "/corrections"
CORRECTIONS_FEED = "/corrections/feed.xml"
ARCHIVE = "/fact-checks/archive"


def policies(base_url: str) -> dict[str, str]:
    """schema.org ``Organization`` policy properties, pointing at our own pages."""
    base = base_url.rstrip("/")
    return {
        "publishingPrinciples": base + METHODOLOGY,
        "correctionsPolicy": base + CORRECTIONS,
        "ethicsPolicy": base + METHODOLOGY,
        "actionableFeedbackPolicy": base + CORRECTIONS,
    }
