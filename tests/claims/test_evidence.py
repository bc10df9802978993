"""Sources on a claim: add, link an existing one, edit, remove; one row per URL."""

from __future__ import annotations

from sqlalchemy import select

from factcheck.claims.models import Event
from factcheck.evidence.models import SOURCE_PUBLISHER_MAX, SOURCE_TITLE_MAX, Evidence, Source
from tests.builders import make_claim
from tests.conftest import post

SOURCE = {
    "url": "https://www.hrw.org/news/2015/12/20/russia/syria-widespread-new-cluster-munition-use",
    "title": "Russia/Syria: Widespread New Cluster Munition Use",
    "publisher": "Human Rights Watch",
    "kind": "expert",
    "accessed_on": "2016-02-06",
    "stance": "supports",
    "excerpt": "Cluster munitions documented.",
}


def test_add_a_source_with_its_stance_and_excerpt(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/evidence", SOURCE, follow_redirects=False)
    assert response.status_code == 303
    item = db.scalar(select(Evidence).where(Evidence.claim_id == claim.id))
    assert (
        item.stance == "supports"
        and item.excerpt == "Cluster munitions documented."
        and item.added_by_id == checker.id
    )
    assert db.scalar(select(Event.action).where(Event.claim_id == claim.id, Event.action == "add_source"))
    html = as_checker.get(f"/claims/{claim.id}").text
    assert "Human Rights Watch" in html and "Cluster munitions documented." in html


def test_the_same_url_on_two_claims_is_one_source(as_checker, db, checker) -> None:
    first = db.run(lambda s: make_claim(s, state="researching", by=checker, text="first"))
    second = db.run(lambda s: make_claim(s, state="researching", by=checker, text="second"))
    post(as_checker, f"/claims/{first.id}/evidence", SOURCE)
    post(as_checker, f"/claims/{second.id}/evidence", {**SOURCE, "stance": "context"})
    assert db.count(Source) == 1 and db.count(Evidence) == 2


def test_link_an_existing_source_found_as_you_type(as_checker, db, checker) -> None:
    first = db.run(lambda s: make_claim(s, state="researching", by=checker, text="first"))
    second = db.run(lambda s: make_claim(s, state="researching", by=checker, text="second"))
    post(as_checker, f"/claims/{first.id}/evidence", SOURCE)
    found = as_checker.get("/sources/search", params={"q": "cluster"})
    source = db.scalar(select(Source))
    assert f'data-source-id="{source.id}"' in found.text
    post(as_checker, f"/claims/{second.id}/evidence", {"source_id": str(source.id), "stance": "refutes"})
    linked = db.scalar(select(Evidence).where(Evidence.claim_id == second.id))
    assert linked.source_id == source.id and linked.stance == "refutes"


def test_a_bad_source_keeps_what_was_typed_and_stores_nothing(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    bad = {**SOURCE, "url": "not a url", "title": "Typed <title>"}
    response = post(as_checker, f"/claims/{claim.id}/evidence", bad)
    assert response.status_code == 422
    assert "starting with http" in response.text
    assert 'value="Typed &lt;title&gt;"' in response.text
    assert db.count(Source) == 0 and db.count(Evidence) == 0


def test_a_title_or_publisher_longer_than_its_column_is_refused_beside_its_field(
    as_checker, db, checker
) -> None:
    """Checked by the evidence verb before the database sees them: PostgreSQL refuses a longer
    value, which was a server error."""
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    long = {**SOURCE, "title": "T" * (SOURCE_TITLE_MAX + 1), "publisher": "P" * (SOURCE_PUBLISHER_MAX + 1)}
    response = post(as_checker, f"/claims/{claim.id}/evidence", long)
    assert response.status_code == 422
    assert f"Keep the title to {SOURCE_TITLE_MAX} characters." in response.text
    assert f"Keep the publisher to {SOURCE_PUBLISHER_MAX} characters." in response.text
    assert f'value="{long["publisher"]}"' in response.text
    assert db.count(Source) == 0 and db.count(Evidence) == 0


def test_a_source_cannot_be_linked_twice(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    post(as_checker, f"/claims/{claim.id}/evidence", SOURCE)
    response = post(as_checker, f"/claims/{claim.id}/evidence", SOURCE)
    assert response.status_code == 422 and "already" in response.text
    assert db.count(Evidence) == 1


def test_edit_and_remove_a_source(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    post(as_checker, f"/claims/{claim.id}/evidence", SOURCE)
    item = db.scalar(select(Evidence))
    post(
        as_checker,
        f"/claims/{claim.id}/evidence/{item.id}",
        {"stance": "refutes", "excerpt": "On reflection."},
    )
    assert db.scalar(select(Evidence.stance)) == "refutes"
    post(as_checker, f"/claims/{claim.id}/evidence/{item.id}/delete")
    assert db.count(Evidence) == 0 and db.count(Source) == 1


def test_an_htmx_source_answers_with_the_evidence_block(as_checker, db, checker) -> None:
    claim = db.run(lambda s: make_claim(s, state="researching", by=checker))
    response = post(as_checker, f"/claims/{claim.id}/evidence", SOURCE, headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert 'id="evidence" hx-swap-oob="true"' in response.text and "Human Rights Watch" in response.text
