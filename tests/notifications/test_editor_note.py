"""Whoever is sent back learns what to change from the notice itself: the editor's note travels with
"changes requested" and "reopened", in the app, by mail and in the digest (escaped in HTML, plain
in text, cut to fit and marked as cut). A real SMTP server (aiosmtpd) receives the mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.header import decode_header, make_header

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.notifications import inbox
from factcheck.notifications.models import Delivery, Kind
from factcheck.notifications.wording import NOTE_CUT, NOTICE_MAX, with_note
from tests.builders import actor_of, make_claim
from tests.notifications.helpers import html_part, notes_of, run_workers, text_part, with_mail

NOTE = 'Cite the <UN> report & say "when".'
ESCAPED = "Cite the &lt;UN&gt; report &amp; say &#34;when&#34;."


def _send_back(db, claim, editor, note: str = NOTE) -> None:
    with_mail(
        db,
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment=note
        ),
    )


def test_changes_requested_carries_the_note_in_the_app_and_the_mail(db, smtp, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _send_back(db, claim, editor)
    ((kind, text),) = notes_of(db, checker)
    assert kind == Kind.CHANGES_REQUESTED
    assert "requested changes on your verdict" in text and text.endswith(f"Their note: “{NOTE}”")

    run_workers(db, smtp)
    (message,) = smtp.inbox.to(checker.email)
    plain, html = text_part(message), html_part(message)
    assert NOTE in plain and "&lt;" not in plain  # plain text is plain
    assert ESCAPED in html and "<UN>" not in html  # and HTML escaped
    assert f"/claims/{claim.id}" in plain and f'href="http://desk.test.example/claims/{claim.id}"' in html


def test_reopened_carries_the_correction_note_to_followers(db, smtp, checker, editor, second_editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="published", by=checker, editor=editor))
    with_mail(
        db,
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.REOPEN, actor_of(second_editor), comment="The toll was 40, not 400."
        ),
    )
    reopened = [t for k, t in notes_of(db, checker) if k == Kind.REOPENED]
    assert reopened == [reopened[0]] and reopened[0].endswith("Their note: “The toll was 40, not 400.”")
    run_workers(db, smtp)
    assert any("The toll was 40, not 400." in text_part(m) for m in smtp.inbox.to(checker.email))


def test_the_inbox_shows_the_note_escaped_with_the_link_to_the_claim(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _send_back(db, claim, editor)
    page = as_checker.get("/notifications").text
    assert ESCAPED in page and "<UN>" not in page
    assert f'href="/claims/{claim.id}"' in page


def test_the_digest_carries_the_note(db, smtp, checker, editor) -> None:
    db.run(lambda s: inbox.set_deliveries(s, checker.id, {k: Delivery.DIGEST for k in Kind}))
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _send_back(db, claim, editor)
    assert run_workers(db, smtp, now=datetime.now(UTC) + timedelta(days=1, minutes=1)) == [1]
    (digest,) = smtp.inbox.to(checker.email)
    assert "digest" in digest["Subject"]
    assert NOTE in text_part(digest) and ESCAPED in html_part(digest)


def test_a_long_note_is_cut_to_fit_and_says_so(db, checker, editor) -> None:
    long_note = "Rewrite the summary. " + "Every figure needs its source and its date. " * 30 + "THE END"
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _send_back(db, claim, editor, long_note)
    ((_, text),) = notes_of(db, checker)
    assert "Their note: “Rewrite the summary. Every figure" in text
    assert text.endswith(f"…”{NOTE_CUT}") and "THE END" not in text and len(text) <= NOTICE_MAX


def test_a_note_is_cut_to_what_a_long_line_leaves() -> None:
    line = "N" * 200 + " requested changes on your verdict on “" + "w" * 119 + "…”."
    text = with_note(line, "Fix it. " * 100)
    assert text.startswith(line) and text.endswith(NOTE_CUT) and len(text) == NOTICE_MAX
    assert with_note(line, "  ") == line  # no note, nothing added
    assert with_note("Short.", "Cite it.\n\nThen resubmit.") == "Short. Their note: “Cite it. Then resubmit.”"


def test_each_mail_names_its_claim_in_the_subject(db, smtp, checker, editor) -> None:
    """Two claims sent back: the subjects were the same ("Changes are requested on a verdict you
    wrote"), so the mails read alike in a list and mail programs threaded them as one."""
    long_words = "Russia is using dumb bombs in Syria, Kerry says, and Iran supports a ceasefire there"
    claims = [
        db.run(lambda s, text=text: make_claim(s, state="in_review", by=checker, text=text))
        for text in ("The dam holds a year of water", long_words)
    ]
    for claim in claims:
        _send_back(db, claim, editor)
    run_workers(db, smtp)
    subjects = sorted(str(make_header(decode_header(m["Subject"]))) for m in smtp.inbox.to(checker.email))
    assert subjects == [
        f"{Kind.CHANGES_REQUESTED.label}: “Russia is using dumb bombs in Syria, Kerry says, and Iran s…”",
        f"{Kind.CHANGES_REQUESTED.label}: “The dam holds a year of water”",
    ]
