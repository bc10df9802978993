"""`factcheck token create EMAIL --name NAME` prints a working token."""

from __future__ import annotations

import os
from typing import Any

from click.testing import CliRunner

from factcheck.cli import main
from tests.api.conftest import bearer


def test_the_token_command_prints_a_working_token(client: Any, settings: Any, checker: Any) -> None:
    env = {**os.environ, "DATABASE_URL": settings.database_url, "VAR_DIR": str(settings.var_dir)}
    result = CliRunner().invoke(main, ["token", "create", checker.email, "--name", "nightly import"], env=env)
    assert result.exit_code == 0, result.output
    secret = result.output.strip()
    assert secret.startswith("fct_")
    assert client.get("/api/v1/ratings", headers=bearer(secret)).status_code == 200


def test_the_token_command_refuses_an_unknown_user(settings: Any) -> None:
    env = {**os.environ, "DATABASE_URL": settings.database_url, "VAR_DIR": str(settings.var_dir)}
    result = CliRunner().invoke(main, ["token", "create", "nobody@example.org", "--name", "x"], env=env)
    assert result.exit_code == 1
    assert "no user with email nobody@example.org" in result.output
