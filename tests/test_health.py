"""GET /healthz: a real query; 503 when the database cannot be reached."""

from __future__ import annotations

from typing import TYPE_CHECKING

from litestar.testing import TestClient

from factcheck.app import create_app
from factcheck.settings import Settings
from tests.pg import free_port

if TYPE_CHECKING:
    from pathlib import Path


def test_healthz_answers_ok_after_a_real_query(client) -> None:
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


def test_healthz_answers_503_when_the_database_is_unreachable(tmp_path: Path) -> None:
    unreachable = f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/nowhere"
    settings = Settings(
        database_url=unreachable, secret_key="k" * 40, host="127.0.0.1", port=8000, var_dir=tmp_path
    )
    with TestClient(app=create_app(settings)) as client:
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "error"
    assert "Traceback" not in response.text
