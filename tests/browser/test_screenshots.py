"""`make screenshots` (scripts/screenshots.py): the four page types at 1366 and 390 px."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.scripts import script_module

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROOT = Path(__file__).resolve().parents[2]


def _script() -> Any:
    return script_module("scripts/screenshots.py")


def test_the_make_target_runs_the_script() -> None:
    assert "scripts/screenshots.py var/screenshots" in (ROOT / "Makefile").read_text()


def test_screenshots_of_every_page_type_at_both_widths(browser: Browser, live_server, tmp_path: Path) -> None:
    written = _script().take(browser, live_server.url, tmp_path)
    names = sorted(p.name for p in written)
    assert names == sorted(
        f"{shot}-{width}.png"
        for shot in ("queue", "article-panel", "claim", "public")
        for width in (1366, 390)
    )
    for path in written:
        header = path.read_bytes()[:24]
        assert header[:8] == b"\x89PNG\r\n\x1a\n"
        width = struct.unpack(">I", header[16:20])[0]
        assert width == int(path.stem.rsplit("-", 1)[1])  # never wider than the window
