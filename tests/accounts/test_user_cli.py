"""`factcheck user ...`: how scripts (and our own checks) create and manage users."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from factcheck.settings import ROOT

if TYPE_CHECKING:
    from pathlib import Path


def factcheck(*args: str, env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck.cli", *args],
        cwd=ROOT,
        env={**os.environ, **env},
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.fixture
def env(settings) -> dict[str, str]:
    return {"DATABASE_URL": settings.database_url, "VAR_DIR": str(settings.var_dir)}


def test_create_reads_the_password_from_standard_input(env, client) -> None:
    result = factcheck(
        "user",
        "create",
        "Ann@Test.Example",
        "--role",
        "fact-checker",
        "--name",
        "Ann",
        env=env,
        stdin="a long password\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Created fact-checker ann@test.example." in result.stdout
    from tests.conftest import csrf_token

    signed_in = client.post(
        "/login",
        data={"email": "ann@test.example", "password": "a long password", "_csrf_token": csrf_token(client)},
        follow_redirects=False,
    )
    assert signed_in.status_code == 303


def test_create_can_generate_and_print_a_password(env) -> None:
    result = factcheck(
        "user", "create", "gen@test.example", "--role", "admin", "--generate-password", env=env
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].startswith("Password: ")


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("--role", "overlord"), "a long password\n", "unknown role 'overlord'"),
        (("--role", "editor"), "short\n", "at least 10 characters"),
    ],
    ids=["unknown-role", "short-password"],
)
def test_bad_input_is_one_line_and_exit_status_1(env, args, stdin, message) -> None:
    result = factcheck("user", "create", "bad@test.example", *args, env=env, stdin=stdin)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and message in result.stderr and "Traceback" not in result.stderr


def test_a_duplicate_email_is_one_line_and_exit_status_1(env) -> None:
    factcheck("user", "create", "dup@test.example", "--role", "editor", env=env, stdin="a long password\n")
    result = factcheck(
        "user", "create", "DUP@test.example", "--role", "editor", env=env, stdin="a long password\n"
    )
    assert result.returncode == 1 and "already exists" in result.stderr and result.stderr.count("\n") == 1


def test_set_role_deactivate_and_list(env) -> None:
    factcheck("user", "create", "a@test.example", "--role", "admin", env=env, stdin="a long password\n")
    factcheck(
        "user", "create", "b@test.example", "--role", "fact-checker", env=env, stdin="a long password\n"
    )
    assert factcheck("user", "set-role", "b@test.example", "editor", env=env).returncode == 0
    assert factcheck("user", "deactivate", "b@test.example", env=env).returncode == 0
    listing = factcheck("user", "list", env=env).stdout
    assert any(
        line.startswith("b@test.example") and "Editor" in line and "deactivated" in line
        for line in listing.splitlines()
    )
    last_admin = factcheck("user", "deactivate", "a@test.example", env=env)
    assert last_admin.returncode == 1 and "last active admin" in last_admin.stderr


def test_serve_on_a_fresh_install_says_how_to_create_the_first_admin(tmp_path: Path) -> None:
    from tests.pg import free_port

    env = {**os.environ, "VAR_DIR": str(tmp_path), "DATABASE_URL": "", "PORT": str(free_port())}
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck.cli", "serve"], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
    )
    try:
        lines = []
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if "serving on" in line:
                break
    finally:
        proc.terminate()
        proc.communicate(timeout=15)
    assert any("factcheck user create you@example.org --role admin" in line for line in lines), lines


@pytest.mark.parametrize("command", [("user", "list"), ("db", "upgrade")], ids=" ".join)
def test_database_commands_leave_out_what_only_the_web_app_would_load(env, command) -> None:
    """advanced-alchemy loads its NumPy and attrs integrations when it finds them, and Alembic's
    mako loads Pygments to colour HTML tracebacks: no command uses them (0.1-0.2 s of CPU
    of each command's start; session 22, benchmarks/README.md)."""
    import json

    script = (
        "import json, sys\n"
        "from factcheck.cli import main\n"
        "try:\n"
        f"    main({list(command)!r})\n"
        "finally:\n"
        "    print(json.dumps(sorted(m for m, v in sys.modules.items() if v)), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    imported = json.loads(result.stderr.splitlines()[-1])
    assert "factcheck.db.models" in imported and "alembic.command" in imported
    assert [m for m in imported if m.split(".")[0] in ("numpy", "attr", "attrs", "cattrs", "pygments")] == []
