"""SMTP_URL and MAIL_FROM: mail is off until both are set; a wrong value stops start-up clearly."""

from __future__ import annotations

import pytest

from factcheck.settings import ConfigError, Settings


def test_mail_is_off_by_default(tmp_path) -> None:
    assert not Settings.from_env({"VAR_DIR": str(tmp_path)}).mail_enabled


def test_smtp_url_and_mail_from_turn_mail_on(tmp_path) -> None:
    settings = Settings.from_env(
        {"VAR_DIR": str(tmp_path), "SMTP_URL": "smtp://u:p@mail.example:587", "MAIL_FROM": "desk@example.org"}
    )
    assert settings.mail_enabled and settings.mail_from == "desk@example.org"


@pytest.mark.parametrize("url", ["http://mail.example", "smtp://", "not a url"])
def test_a_wrong_smtp_url_is_refused(tmp_path, url) -> None:
    with pytest.raises(ConfigError, match="SMTP_URL"):
        Settings.from_env({"VAR_DIR": str(tmp_path), "SMTP_URL": url, "MAIL_FROM": "desk@example.org"})


def test_smtp_url_needs_a_sender(tmp_path) -> None:
    with pytest.raises(ConfigError, match="MAIL_FROM"):
        Settings.from_env({"VAR_DIR": str(tmp_path), "SMTP_URL": "smtp://mail.example:587"})
