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


def test_the_entity_picture_expands_a_node_on_double_click(browser, server):
    # AgiBot's page: its picture holds AgiBot and its 5 neighbours; a double click on China
    # fetches China's neighbours from /viz/neighbours and draws the 4 not yet drawn
    # (South Korea, Shanghai, the 14th and 15th Five-Year Plans).
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors, requests = [], []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server.url + "/entity/AgiBot")
    frame = page.frame_locator("iframe.picture")
    frame.locator("#kg-graph canvas").wait_for()
    picture = next(f for f in page.frames if f.url.startswith(server.url + "/picture"))
    picture.wait_for_function("() => window.kg && window.kg.labelsAt !== null")
    china, korea = "https://w3id.org/kg/id/china", "https://w3id.org/kg/id/south-korea"
    assert picture.evaluate("window.kg.network.body.nodeIndices.length") == 6
    assert picture.evaluate(f"window.kg.nodes.get('{korea}')") is None
    page.locator("iframe.picture").scroll_into_view_if_needed()  # below the facts
    net = "window.kg.network"
    where = picture.evaluate(f"{net}.canvasToDOM({net}.getPositions()['{china}'])")
    box = frame.locator("#kg-graph canvas").bounding_box()
    page.mouse.dblclick(box["x"] + where["x"], box["y"] + where["y"])
    picture.wait_for_function(f"() => window.kg.nodes.get('{korea}') !== null")
    picture.wait_for_function("() => window.kg.network.body.nodeIndices.length === 10")
    assert any(url.startswith(server.url + "/viz/neighbours?iri=") for url in requests)
    assert [url for url in requests if not url.startswith(server.url)] == []
    assert errors == []
    page.close()
