"""The plain-text part of every mail: its subject heads it on a line of its own, then a blank line,
then the body (the subject used to run into the first sentence: "...assigned to youFatima...")."""

from __future__ import annotations

import pytest

from factcheck.notifications.mail import render
from factcheck.notifications.models import Kind
from factcheck.tips.phases import Phase

MAILS = {
    "notification": {
        "kind": Kind.ASSIGNED,
        "text": "Fatima Checker assigned “X” to you.",
        "link": "http://x/c",
    },
    "digest": {"notes": [{"text": "Fatima Checker assigned “X” to you.", "link": "http://x/c"}]},
    "test": {},
    "tip_progress": {"phase": Phase.RECEIVED, "said": "X", "status_link": "http://x/t", "reason": None},
}


@pytest.mark.parametrize("name", sorted(MAILS))
def test_the_text_part_starts_with_the_subject_on_its_own_line(name: str) -> None:
    mail = render(name, **MAILS[name])
    first, blank, body = mail.text.split("\n", 2)
    assert first == mail.subject and blank == "" and body.strip()
