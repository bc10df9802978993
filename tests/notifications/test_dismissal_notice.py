"""A claim's assignee hears when someone else dismisses it, or an editor withdraws its fact-check:
in the app, by mail and in the digest, with the reason (escaped in HTML, plain in text); whoever
dismisses their own claim is told nothing. A real SMTP server (aiosmtpd) receives the mail."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.notifications import inbox
from factcheck.notifications.models import Delivery, Kind
from tests.builders import actor_of, make_claim
from tests.notifications.helpers import html_part, notes_of, run_workers, text_part, with_mail
from tests.publishing.helpers import publish, reopen

REASON = 'Out of <scope> & "local".'
ESCAPED = "Out of &lt;scope&gt; &amp; &#34;local&#34;."


def _dismiss(db, claim, by, reason: str = REASON) -> None:
    with_mail(
        db, lambda s: ClaimService(session=s).apply(claim.id, Action.DISMISS, actor_of(by), comment=reason)
    )


def test_the_assignee_hears_who_dismissed_their_claim_and_why(db, smtp, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker, text="The dam holds a year"))
    _dismiss(db, claim, editor)
    ((kind, text),) = notes_of(db, checker)
    assert kind == Kind.DISMISSED
    assert f"{editor.display_name} dismissed “The dam holds a year”, assigned to you." in text
    assert text.endswith(f"Their note: “{REASON}”")
    assert notes_of(db, editor) == []  # the one who dismissed it is told nothing

    run_workers(db, smtp)
    (message,) = smtp.inbox.to(checker.email)
    assert Kind.DISMISSED.label in message["Subject"]
    plain, html = text_part(message), html_part(message)
    assert REASON in plain and "&lt;" not in plain
    assert ESCAPED in html and "<scope>" not in html
    assert f'href="http://desk.test.example/claims/{claim.id}"' in html


def test_the_inbox_shows_the_reason_escaped(as_checker, db, checker, editor) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    _dismiss(db, claim, editor)
    page = as_checker.get("/notifications").text
    assert "dismissed" in page and ESCAPED in page and "<scope>" not in page
    assert f'href="/claims/{claim.id}"' in page


def test_an_editor_withdrawing_the_fact_check_tells_its_assignee(db, smtp, checker, editor) -> None:
    def go(s):
        return publish(s, by=checker, editor=editor, text="Iran supports a ceasefire")

    claim = db.run(go)
    db.run(lambda s: reopen(s, claim, editor=editor))
    _dismiss(db, claim, editor, "The source recanted.")
    [text] = [t for k, t in notes_of(db, checker) if k == Kind.DISMISSED]
    assert f"{editor.display_name} withdrew the fact-check of “Iran supports a ceasefire”" in text
    assert text.endswith("Their note: “The source recanted.”")
    run_workers(db, smtp)
    assert any("withdrew the fact-check" in text_part(m) for m in smtp.inbox.to(checker.email))


def test_dismissing_ones_own_claim_or_one_nobody_researches_tells_nobody(db, checker, editor) -> None:
    mine = db.run(lambda s: make_claim(s, state="researching", by=checker))
    _dismiss(db, mine, checker)
    nobodys = db.run(lambda s: make_claim(s, state="queued", by=checker))
    _dismiss(db, nobodys, editor)
    assert [k for k, _ in notes_of(db, checker)] == []
    assert [k for k, _ in notes_of(db, editor)] == []


def test_the_digest_carries_the_dismissal_and_its_reason(db, smtp, checker, editor) -> None:
    db.run(lambda s: inbox.set_deliveries(s, checker.id, {Kind.DISMISSED: Delivery.DIGEST}))
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    _dismiss(db, claim, editor)
    assert run_workers(db, smtp) == [0]  # nothing by the mail: it waits for the digest
    assert run_workers(db, smtp, now=datetime.now(UTC) + timedelta(days=1, minutes=1)) == [1]
    (digest,) = smtp.inbox.to(checker.email)
    assert "digest" in digest["Subject"]
    assert REASON in text_part(digest) and ESCAPED in html_part(digest)


def test_the_kind_is_offered_in_the_settings(as_checker) -> None:
    assert Kind.DISMISSED.label in as_checker.get("/notifications/settings").text
