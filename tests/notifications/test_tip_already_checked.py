"""A tip dismissed as the duplicate of a claim whose fact-check is published: its tipper is told it
was already checked, with that fact-check's public address (the mail, read from a real SMTP server,
and the status page), where they were told "not checked" with no link."""

from __future__ import annotations

from factcheck.claims.duplicates import mark_duplicate
from factcheck.publishing.slugs import slug_for
from factcheck.tips.phases import Phase
from factcheck.tips.service import TipInput, submit_tip
from tests.builders import actor_of, make_claim
from tests.notifications.helpers import html_part, run_workers, text_part, with_mail
from tests.publishing.helpers import publish

READER = "reader@test.example"


def _tip(db, said: str = "Kerry says Russia drops dumb bombs"):
    return with_mail(db, lambda s: submit_tip(s, TipInput(said, "A TV debate", READER)))


def _as_duplicate(db, claim, original, by) -> None:
    with_mail(db, lambda s: mark_duplicate(s, claim.id, original.id, actor_of(by), version=claim.version))


def test_a_tip_repeating_a_published_fact_check_is_told_so_with_its_link(
    client, db, smtp, checker, editor
) -> None:
    original = db.run(
        lambda s: publish(s, by=checker, editor=editor, text="Russia is using dumb bombs in Syria")
    )
    sent = _tip(db)
    _as_duplicate(db, sent.claim, original, editor)
    address = f"/fact-checks/{slug_for(original.id, original.text)}"

    run_workers(db, smtp)
    received, checked = smtp.inbox.to(READER)
    assert received["Subject"] == "Your tip: received"
    assert checked["Subject"] == f"Your tip: {Phase.ALREADY_CHECKED.label.lower()}"
    plain, html = text_part(checked), html_part(checked)
    assert Phase.ALREADY_CHECKED.explanation in plain and Phase.NOT_CHECKED.explanation not in plain
    assert f"Read the fact-check: http://desk.test.example{address}" in plain
    assert f'href="http://desk.test.example{address}"' in html

    page = client.get(f"/tips/{sent.tip.token}").text
    assert Phase.ALREADY_CHECKED.label in page and Phase.NOT_CHECKED.label not in page
    assert f'href="{address}"' in page
    assert client.get(address).status_code == 200  # the link leads to the fact-check


def test_a_tip_repeating_a_claim_not_yet_published_is_not_checked_without_a_link(
    client, db, smtp, checker, editor
) -> None:
    original = db.run(
        lambda s: make_claim(s, state="researching", by=checker, text="Russia drops dumb bombs")
    )
    sent = _tip(db)
    _as_duplicate(db, sent.claim, original, editor)
    run_workers(db, smtp)
    assert [m["Subject"] for m in smtp.inbox.to(READER)] == ["Your tip: received", "Your tip: not checked"]
    page = client.get(f"/tips/{sent.tip.token}").text
    assert Phase.NOT_CHECKED.label in page and "Read the fact-check" not in page
    assert f"/fact-checks/{slug_for(original.id, original.text)}" not in page


def test_a_tip_joining_such_a_claim_is_told_at_once(client, db, smtp, checker, editor) -> None:
    original = db.run(
        lambda s: publish(s, by=checker, editor=editor, text="Russia is using dumb bombs in Syria")
    )
    first = _tip(db)
    _as_duplicate(db, first.claim, original, editor)
    later = with_mail(db, lambda s: submit_tip(s, TipInput(first.tip.said, "Radio", "later@test.example")))
    assert later.grouped
    run_workers(db, smtp)
    (mail,) = smtp.inbox.to("later@test.example")
    assert mail["Subject"] == f"Your tip: {Phase.ALREADY_CHECKED.label.lower()}"
    assert f"/fact-checks/{slug_for(original.id, original.text)}" in text_part(mail)
