"""`make screenshots`: the queue, the article page with a candidate's panel open, a claim page and a
public fact-check page, each at 1366 px and at 390 px, as PNG files in var/screenshots/.

Runs `factcheck seed` and `factcheck serve` on a throwaway SQLite database in a temporary folder
(nothing of yours is touched), signs in as the demo fact-checker and takes the pictures with
Playwright's Chromium (Debian's /usr/bin/chromium where present). Usage:

    .venv/bin/python scripts/screenshots.py [OUT_DIR]        # default var/screenshots
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
WIDTHS = ((1366, 900), (390, 844))
SHOTS = ("queue", "article-panel", "claim", "public")
DEMO_CHECKER = ("checker@example.org", "demo-checker-pass")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sign_in(page: Page) -> None:
    page.goto("/login")
    page.get_by_label("Email").fill(DEMO_CHECKER[0])
    page.get_by_label("Password").fill(DEMO_CHECKER[1])
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def _first_link(page: Page, url: str, pattern: str) -> str:
    page.goto(url)
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
    return next(h for h in hrefs if re.fullmatch(pattern, h))


def take(browser: Browser, base_url: str, out_dir: Path) -> list[Path]:
    """Every shot at every width; returns the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height in WIDTHS:
        context = browser.new_context(base_url=base_url, viewport={"width": width, "height": height})
        page = context.new_page()
        _sign_in(page)
        article = _first_link(page, "/articles", r"/articles/[0-9a-f-]{36}")
        public = _first_link(page, "/fact-checks", r"/fact-checks/[a-z0-9-]+")
        claim = _first_link(page, "/claims", r"/claims/[0-9a-f-]{36}")
        for shot in SHOTS:
            if shot == "queue":
                page.goto("/claims")
            elif shot == "article-panel":
                page.goto(article)
                page.locator("#article-body mark[data-panel]").first.click()
                page.locator("#candidate-panel form").first.wait_for()
            elif shot == "claim":
                page.goto(claim)
            else:
                page.goto(public)
            page.wait_for_load_state("networkidle")
            path = out_dir / f"{shot}-{width}.png"
            page.screenshot(path=str(path), full_page=shot != "article-panel")
            written.append(path)
        context.close()
    return written


def _wait_for(url: str, proc: subprocess.Popen[bytes], deadline_s: float = 120) -> None:
    deadline = time.monotonic() + deadline_s
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"factcheck serve exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"factcheck serve did not answer at {url}")


def main(argv: list[str]) -> int:
    out_dir = Path(argv[1]) if len(argv) > 1 else ROOT / "var" / "screenshots"
    var_dir = Path(tempfile.mkdtemp(prefix="factcheck-screens."))
    port = _free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{var_dir / 'screens.db'}",
        "VAR_DIR": str(var_dir),
        "HOST": "127.0.0.1",
        "PORT": str(port),
    }
    factcheck = [sys.executable, "-m", "factcheck.cli"]
    subprocess.run([*factcheck, "seed"], cwd=ROOT, env=env, check=True, capture_output=True)
    server = subprocess.Popen([*factcheck, "serve"], cwd=ROOT, env=env)
    try:
        base_url = f"http://127.0.0.1:{port}"
        _wait_for(base_url + "/healthz", server)
        chromium = shutil.which("chromium") or "/usr/bin/chromium"
        with sync_playwright() as p:
            launch = {"executable_path": chromium} if Path(chromium).exists() else {}
            browser = p.chromium.launch(args=["--no-sandbox"], **launch)
            written = take(browser, base_url, out_dir)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=15)
        shutil.rmtree(var_dir, ignore_errors=True)
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
