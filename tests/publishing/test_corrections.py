"""A published correction is visible as one (issue 12): ``dateModified`` in the ClaimReview and on
the page, and every correction in the page's corrections list."""

from __future__ import annotations

import re

from tests.publishing.helpers import json_ld_of, path_of, publish, publish_correction


def test_a_published_correction_is_listed_with_its_date_modified(client, db, checker, editor) -> None:
    claim = db.run(lambda s: publish(s, by=checker, editor=editor))
    before = client.get(path_of(claim)).text
    assert 'id="corrections"' not in before and 'id="date-modified"' not in before
    assert "dateModified" not in json_ld_of(before)[0]

    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor, note="First correction."))
    db.run(lambda s: publish_correction(s, claim, by=checker, editor=editor, note="Second correction."))
    html = client.get(path_of(claim)).text
    [review] = json_ld_of(html)
    assert review["dateModified"] >= review["datePublished"]
    shown = re.search(r'<time datetime="([^"]+)" id="date-modified">', html)
    assert shown and shown.group(1) == review["dateModified"]
    corrections = html[html.index('id="corrections"') :]
    assert corrections.index("Second correction.") < corrections.index("First correction.")
    assert corrections.count('<li class="correction">') == 2
