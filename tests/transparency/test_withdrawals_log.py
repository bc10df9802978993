"""The corrections log and its feed list withdrawals beside corrections, newest first: the claim
linked to its page (which says it was withdrawn), the date and the withdrawal note."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.transparency import paths
from tests.builders import actor_of
from tests.publishing.helpers import path_of, publish, publish_correction
from tests.publishing.test_withdrawn_page import withdraw

ATOM = "{http://www.w3.org/2005/Atom}"


def _log(client) -> str:
    return client.get(paths.CORRECTIONS).text.split('id="log-title"', 1)[1]


def test_the_log_lists_withdrawals_and_corrections_newest_first(client, db, checker, editor) -> None:
    first = db.run(lambda s: publish(s, by=checker, editor=editor, text="Withdrawn first"))
    corrected = db.run(lambda s: publish(s, by=checker, editor=editor, text="Corrected between"))
    last = db.run(lambda s: publish(s, by=checker, editor=editor, text="Withdrawn last"))
    db.run(lambda s: publish(s, by=checker, editor=editor, text="Never touched"))
    withdraw(db, first, editor, note="The first note.")
    db.run(lambda s: publish_correction(s, corrected, by=checker, editor=editor, note="A correction."))
    withdraw(db, last, editor, note="The last note.")
    log = _log(client)
    assert "Never touched" not in log
    assert log.index("Withdrawn last") < log.index("Corrected between") < log.index("Withdrawn first")
    assert log.count('<li class="withdrawal"') == 2 and log.count('<li class="correction"') == 1
    [entry] = [li for li in log.split("<li ")[1:] if "Withdrawn last" in li]
    assert entry.startswith('class="withdrawal"')
    assert f'href="{path_of(last)}"' in entry and "The last note." in entry
    assert "Withdrawn</strong> <time datetime=" in entry
    # The entry is where the withdrawn page's "in our corrections log" link points: the page that
    # starts with it, at its anchor.
    link = client.get(path_of(last)).text.split('">in our corrections log', 1)[0].rsplit('href="', 1)[1]
    page, anchor = link.split("#")
    assert f'id="{anchor}"' in log
    linked = client.get(page.replace("&amp;", "&")).text.split('id="log-title"', 1)[1]
    assert linked.split("<li ")[1].startswith(f'class="withdrawal" id="{anchor}"')


def test_the_feed_carries_withdrawals(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="A withdrawn claim"))
    hostile = "</summary><script>alert(1)</script> & more"
    withdraw(db, claim, editor, note=hostile)
    response = client.get(paths.CORRECTIONS_FEED)
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.text)  # well-formed despite the note
    [entry] = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}title") == "Withdrawn: A withdrawn claim"
    assert hostile in (entry.findtext(f"{ATOM}summary") or "")
    links = [link.get("href") for link in entry.findall(f"{ATOM}link")]
    assert any(href and href.endswith(path_of(claim)) for href in links)
    assert (entry.findtext(f"{ATOM}id") or "").startswith("urn:factcheck:withdrawal:")


def test_the_log_escapes_the_note(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    withdraw(db, claim, editor, note="<b onmouseover=alert(1)>bold</b>")
    log = _log(client)
    assert "<b onmouseover" not in log and "&lt;b onmouseover=alert(1)&gt;bold&lt;/b&gt;" in log


def test_a_withdrawal_stays_in_the_log_after_the_claim_is_published_again(
    client, db, checker, editor, second_editor
) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor, text="Back again"))
    withdraw(db, claim, editor, note="Withdrawn for a while.")
    claims = lambda s: ClaimService(session=s)  # noqa: E731
    walk = (
        (Action.REQUEUE, checker),
        (Action.START, checker),
        (Action.SUBMIT, checker),
        (Action.APPROVE, second_editor),
        (Action.PUBLISH, editor),
    )
    for action, who in walk:
        db.run(lambda s, a=action, w=who: claims(s).apply(claim.id, a, actor_of(w)))
    log = _log(client)
    assert "Withdrawn for a while." in log and f'href="{path_of(claim)}"' in log
    assert client.get(path_of(claim)).status_code == 200  # the link now leads to the fact-check


def test_a_dismissal_of_a_claim_never_published_is_not_logged(client, db, checker) -> None:
    from tests.builders import make_claim

    claim = db.run(lambda s: make_claim(s, state="researching", text="Never out", by=checker))
    db.run(
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.DISMISS, actor_of(checker), comment="Internal reason."
        )
    )
    log = _log(client)
    assert "Never out" not in log and "Internal reason." not in log


def test_the_log_costs_the_same_queries_however_many_entries(client, db, checker, editor, queries) -> None:
    one = db.run(lambda s: publish(s, by=checker, editor=editor, text="One"))
    withdraw(db, one, editor)
    client.get(paths.CORRECTIONS)
    with queries() as few:
        client.get(paths.CORRECTIONS)
    for n in range(3):
        claim = db.run(lambda s, n=n: publish(s, by=checker, editor=editor, text=f"More {n}"))
        withdraw(db, claim, editor)
        claim = db.run(lambda s, n=n: publish(s, by=checker, editor=editor, text=f"Fixed {n}"))
        db.run(lambda s, c=claim: publish_correction(s, c, by=checker, editor=editor))
    client.get(paths.CORRECTIONS)  # the organisation's name is read again past its TTL (30 s)
    with queries() as many:
        html = client.get(paths.CORRECTIONS).text
    assert "More 2" in html and "Fixed 2" in html
    assert len(many) == len(few), many.statements


def test_the_default_policy_says_how_a_withdrawal_is_told(client) -> None:
    policy = client.get(paths.CORRECTIONS).text.split('id="corrections-policy"', 1)[1].split("</div>", 1)[0]
    assert "an editor withdraws" in policy and "the withdrawal is listed below" in policy
