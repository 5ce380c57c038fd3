"""Headless Chromium for the page tests (a pytest plugin, loaded by tests/conftest.py):
Debian's /usr/bin/chromium driven by Playwright, which downloads no browser of its own here.
`make test` installs chromium when it can; without it the browser tests skip, unless
KG_REQUIRE_BROWSER=1 (as in CI) makes that a failure. The flags keep chromium from any
background network traffic (this machine refuses it, and a laptop on a plane has none)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def chromium_path() -> str | None:
    """$KG_CHROMIUM, else chromium on PATH, else /usr/bin/chromium; None when absent."""
    return os.environ.get("KG_CHROMIUM") or shutil.which("chromium") or (
        "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None
    )


def _unavailable(reason: str):
    if os.environ.get("KG_REQUIRE_BROWSER") == "1":
        pytest.fail(f"browser tests required but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    executable = chromium_path()
    if executable is None:
        _unavailable("chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install -e '.[test]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


class OpenedPage:
    """A page opened from disk, with every request, page error and dialog it caused."""

    def __init__(self, browser, path: Path, *, wait_for: str = "window.kg && window.kg.drawnAt !== null"):
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("dialog", lambda dialog: (self.dialogs.append(dialog.message), dialog.dismiss()))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        if wait_for:
            self.page.wait_for_function(wait_for, timeout=15_000)

    def evaluate(self, script: str, arg=None):
        return self.page.evaluate(script, arg)

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if url != self.url and not url.startswith("data:")]

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def open_page(browser):
    opened = []

    def open_(path: Path, **options) -> OpenedPage:
        page = OpenedPage(browser, path, **options)
        opened.append(page)
        return page

    yield open_
    for page in opened:
        page.close()
