"""Settings from the environment, with working defaults."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from factcheck.settings import ConfigError, Settings, normalise_database_url

if TYPE_CHECKING:
    from pathlib import Path


def test_default_database_is_a_sqlite_file_under_var(tmp_path: Path) -> None:
    settings = Settings.from_env({"VAR_DIR": str(tmp_path / "var")})
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path / 'var' / 'factcheck.db'}"
    assert settings.dialect == "sqlite"
    assert (settings.host, settings.port) == ("127.0.0.1", 8000)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:////srv/fc/data.db", "sqlite+aiosqlite:////srv/fc/data.db"),
        ("postgresql://fc:s3cret@db:5432/factcheck", "postgresql+asyncpg://fc:s3cret@db:5432/factcheck"),
        ("postgres://fc:s3cret@db/factcheck", "postgresql+asyncpg://fc:s3cret@db/factcheck"),
        ("postgresql+asyncpg://fc@db/factcheck", "postgresql+asyncpg://fc@db/factcheck"),
    ],
)
def test_database_url_in_its_ordinary_forms_gets_the_async_driver(
    given: str, expected: str, tmp_path: Path
) -> None:
    if given.startswith("sqlite"):
        given = given.replace("/srv/fc", str(tmp_path))
        expected = expected.replace("/srv/fc", str(tmp_path))
    assert normalise_database_url(given) == expected


@pytest.mark.parametrize("bad", ["mysql://x@y/z", "not a url", ""])
def test_a_database_url_factcheck_cannot_use_is_refused_with_one_line(bad: str) -> None:
    with pytest.raises(ConfigError) as info:
        normalise_database_url(bad)
    assert "\n" not in str(info.value) and "DATABASE_URL" in str(info.value)


@pytest.mark.parametrize("port", ["eighty", "0", "70000"])
def test_a_bad_port_is_refused(port: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="PORT"):
        Settings.from_env({"PORT": port, "VAR_DIR": str(tmp_path)})


def test_secret_key_is_generated_once_and_kept(tmp_path: Path) -> None:
    env = {"VAR_DIR": str(tmp_path)}
    first = Settings.from_env(env).secret_key
    assert len(first) >= 32
    assert Settings.from_env(env).secret_key == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_an_explicit_secret_key_wins(tmp_path: Path) -> None:
    settings = Settings.from_env({"VAR_DIR": str(tmp_path), "SECRET_KEY": "from-the-environment"})
    assert settings.secret_key == "from-the-environment"
    assert not (tmp_path / "secret_key").exists()


@pytest.mark.parametrize(
    ("name", "bad", "message"),
    [
        ("COUNT_CAP", "0", "COUNT_CAP must be at least 1, not 0"),
        ("SEARCH_WINDOW", "many", "SEARCH_WINDOW must be a whole number, not 'many'"),
        ("SEARCH_RANKED", "-1", "SEARCH_RANKED must be at least 0, not -1"),
        ("PEOPLE_LISTED", "a few", "PEOPLE_LISTED must be a whole number, not 'a few'"),
    ],
)
def test_a_bad_bound_is_refused_with_its_name(name: str, bad: str, message: str, tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env({name: bad, "VAR_DIR": str(tmp_path)})
    assert str(info.value) == message


def test_search_ranked_may_be_zero_to_rank_every_match(tmp_path: Path) -> None:
    assert Settings.from_env({"VAR_DIR": str(tmp_path)}).search_ranked == 2000
    assert Settings.from_env({"SEARCH_RANKED": "0", "VAR_DIR": str(tmp_path)}).search_ranked == 0
