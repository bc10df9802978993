"""FACTCHECK_PUBLIC_URL: the address factcheck is reached at. Mail links used the organisation's
website setting, which is often the newsroom's own site (no /claims or /tips there): with the
setting, mails (read from a real SMTP server), feeds and ClaimReview link to factcheck itself."""

from __future__ import annotations

from dataclasses import replace

import pytest
from litestar.testing import TestClient
from sqlalchemy.ext.asyncio import async_sessionmaker

from factcheck.accounts.service import OrganisationService
from factcheck.app import create_app
from factcheck.claims.service import ClaimService
from factcheck.claims.workflow import Action
from factcheck.db import make_engine, run_async
from factcheck.notifications.service import MAIL_INFO_KEY
from factcheck.notifications.setup import site_of
from factcheck.settings import ConfigError, Settings
from factcheck.tips.service import TipInput, submit_tip
from tests.builders import actor_of, make_claim
from tests.notifications.helpers import html_part, run_workers, text_part
from tests.publishing.helpers import publish

PUBLIC = "https://factcheck.newsroom.example"
NEWSROOM = "https://www.newsroom.example"


def test_the_setting_is_read_without_its_trailing_slash(tmp_path) -> None:
    env = {"VAR_DIR": str(tmp_path), "FACTCHECK_PUBLIC_URL": f"{PUBLIC}/"}
    assert Settings.from_env(env).public_url == PUBLIC
    assert Settings.from_env({"VAR_DIR": str(tmp_path)}).public_url == ""


@pytest.mark.parametrize(
    "url", ["factcheck.example", "ftp://factcheck.example", "https://", "https://x.example/?a=1"]
)
def test_a_wrong_public_url_is_refused(tmp_path, url) -> None:
    with pytest.raises(ConfigError, match="FACTCHECK_PUBLIC_URL"):
        Settings.from_env({"VAR_DIR": str(tmp_path), "FACTCHECK_PUBLIC_URL": url})


def _as_the_app(db, settings, fn):
    """Service code in a session that queues mail as the app's does with these settings."""

    async def go():
        engine = make_engine(db.url, pooled=False)
        try:
            maker = async_sessionmaker(
                engine, expire_on_commit=False, info={MAIL_INFO_KEY: site_of(settings)}
            )
            async with maker() as session:
                return await fn(session)
        finally:
            await engine.dispose()

    return run_async(go())


def _newsroom_site(db) -> None:
    db.run(
        lambda s: OrganisationService(session=s).save(
            {
                "name": "Desk",
                "url": NEWSROOM,
                "approvals_needed": "1",
                "min_sources": "1",
                "extractor_threshold": "0.5",
            }
        )
    )


def test_mail_links_use_the_public_url_over_the_organisations_site(
    db, smtp, settings, checker, editor
) -> None:
    _newsroom_site(db)
    with_url = replace(settings, smtp_url=smtp.url, mail_from="desk@test.example", public_url=PUBLIC)
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _as_the_app(
        db,
        with_url,
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment="x"
        ),
    )
    sent = _as_the_app(
        db, with_url, lambda s: submit_tip(s, TipInput("Iran backs a truce", "TV", "r@test.example"))
    )
    run_workers(db, smtp)
    (notice,) = smtp.inbox.to(checker.email)
    assert f"{PUBLIC}/claims/{claim.id}" in text_part(notice)
    assert f'href="{PUBLIC}/claims/{claim.id}"' in html_part(notice) and NEWSROOM not in html_part(notice)
    (tip_mail,) = smtp.inbox.to("r@test.example")
    assert f"{PUBLIC}/tips/{sent.tip.token}" in text_part(tip_mail) and NEWSROOM not in text_part(tip_mail)


def test_without_it_mail_links_keep_the_organisations_site(db, smtp, settings, checker, editor) -> None:
    _newsroom_site(db)
    without = replace(settings, smtp_url=smtp.url, mail_from="desk@test.example")
    claim = db.run(lambda s: make_claim(s, state="in_review", by=checker))
    _as_the_app(
        db,
        without,
        lambda s: ClaimService(session=s).apply(
            claim.id, Action.REQUEST_CHANGES, actor_of(editor), comment="x"
        ),
    )
    run_workers(db, smtp)
    (notice,) = smtp.inbox.to(checker.email)
    assert f"{NEWSROOM}/claims/{claim.id}" in text_part(notice)


def test_feeds_and_claimreview_link_to_the_public_url(db, settings, checker, editor) -> None:
    db.run(lambda s: publish(s, by=checker, editor=editor))
    with TestClient(app=create_app(replace(settings, public_url=PUBLIC))) as client:
        for feed in ("/fact-checks/feed.xml", "/fact-checks/claimreview.json"):
            body = client.get(feed).text
            assert f"{PUBLIC}/fact-checks/" in body and "testserver" not in body, feed
