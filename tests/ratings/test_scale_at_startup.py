"""The app makes the default rating scale itself when it starts, however it is started (straight
uvicorn on factcheck.app, not only `factcheck serve`): without a scale no verdict can be drafted.
Both engines."""

from __future__ import annotations

from litestar.testing import TestClient
from sqlalchemy import select, update

from factcheck.app import create_app
from factcheck.verdicts.models import Rating
from factcheck.verdicts.service import DEFAULT_SCALE


def labels(db) -> list[str]:
    async def q(session) -> list[str]:
        return list(await session.scalars(select(Rating.label).order_by(Rating.position)))

    return db.run(q)


def test_a_database_without_a_scale_gets_the_default_one_when_the_app_starts(settings, db) -> None:
    assert db.count(Rating) == 0
    with TestClient(app=create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
    assert labels(db) == [label for label, _ in DEFAULT_SCALE]

    with TestClient(app=create_app(settings)):  # a second start (or a second process) adds nothing
        pass
    assert db.count(Rating) == len(DEFAULT_SCALE)


def test_an_existing_scale_is_left_as_it_is(settings, db) -> None:
    with TestClient(app=create_app(settings)):
        pass
    db.run(_rename_and_commit)
    with TestClient(app=create_app(settings)):
        pass
    assert labels(db)[0] == "Accurate"
    assert db.count(Rating) == len(DEFAULT_SCALE)


async def _rename_and_commit(session) -> None:
    await session.execute(update(Rating).where(Rating.label == "True").values(label="Accurate"))
    await session.commit()
