"""`factcheck serve` runs the app with its heap frozen once it has started (factcheck/serving.py):
the objects alive then are out of the cyclic garbage collector's reach, so a full collection no
longer walks them all. Apps built otherwise (tests, scripts) are left as they are."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from litestar.testing import TestClient

from factcheck.app import app_factory, create_app
from factcheck.serving import freeze_heap, served

if TYPE_CHECKING:
    import pytest

    from factcheck.settings import Settings


def test_the_served_app_freezes_its_heap_once_started(settings: Settings) -> None:
    gc.unfreeze()
    app = served(create_app(settings))
    assert gc.get_freeze_count() == 0  # not at build: only once started
    try:
        with TestClient(app=app) as client:
            assert gc.get_freeze_count() > 1000
            assert client.get("/healthz").status_code == 200
    finally:
        gc.unfreeze()


def test_an_app_built_for_tests_or_scripts_leaves_the_heap_alone(settings: Settings) -> None:
    gc.unfreeze()
    with TestClient(app=create_app(settings)) as client:
        assert client.get("/healthz").status_code == 200
        assert gc.get_freeze_count() == 0


def test_the_worker_processes_app_is_the_served_one(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `factcheck serve --workers N` has uvicorn build each process's app with app_factory.
    monkeypatch.setenv("DATABASE_URL", settings.database_url)
    monkeypatch.setenv("VAR_DIR", str(settings.var_dir))
    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    assert freeze_heap in app_factory().on_startup
