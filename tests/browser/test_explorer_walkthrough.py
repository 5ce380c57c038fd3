"""The explorer in headless Chromium: search for LG, open LG Electronics, follow the link to
AgiBot, ask for the links between Mirae Asset Management and Lee Jae-myung. A screenshot of
each step goes to the test's tmp dir (and to examples/ with KG_WRITE_SCREENSHOTS=1)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def test_explorer_walkthrough(browser, server, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors, outside = [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: outside.append(request.url) if not request.url.startswith(server.url) else None)

    def shot(name: str) -> None:
        path = tmp_path / f"explorer-{name}.png"
        page.screenshot(path=path, full_page=False)
        if os.environ.get("KG_WRITE_SCREENSHOTS") == "1":
            shutil.copy(path, EXAMPLES / path.name)

    page.goto(server.url + "/")
    page.fill("#q", "LG")
    page.wait_for_function("() => document.querySelectorAll('#suggestions option').length > 0")
    assert page.eval_on_selector_all("#suggestions option", "os => os.map(o => o.value)") == ["LG Electronics"]
    page.press("#q", "Enter")
    page.wait_for_selector("#results")
    shot("1-search")
    page.click("text=LG Electronics")
    page.wait_for_selector("#entity-label")
    assert page.text_content("#entity-label") == "LG Electronics"
    assert "holds a stake in" in page.text_content("#facts")
    frame = page.frame_locator("iframe.picture")
    frame.locator("#kg-graph canvas").wait_for()
    shot("2-entity")
    page.click("#facts >> text=AgiBot")
    page.wait_for_function("() => document.querySelector('#entity-label').textContent === 'AgiBot'")
    assert "Mirae Asset Management" in page.text_content("#facts")
    shot("3-agibot")
    page.click("header >> text=Links")
    page.fill("input[name=from]", "Mirae Asset Management")
    page.fill("input[name=to]", "Lee Jae-myung")
    page.click("button:has-text('Find links')")
    page.wait_for_selector("#paths")
    first = page.text_content("#paths li")
    assert first == "[2 hops] Mirae Asset Management is headquartered in South Korea, which Lee Jae-myung is head of state of (President)."
    page.frame_locator("iframe.picture").locator("#kg-graph canvas").wait_for()
    page.wait_for_timeout(300)
    shot("4-links")
    assert errors == [] and outside == []
    page.close()
