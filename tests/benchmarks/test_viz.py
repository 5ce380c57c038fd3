"""Time to a still picture in headless Chromium, kg's page against pyvis's defaults on the
same graph in the same run, and the size of each page.

"Still" means drawn, with no node moving for 250 ms; the time is from navigation start to
the first moment of that stillness, measured inside the page. kg's page also places its
labels (the declutter rule) and groups crowded leaves: "labels placed" is when that ends.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import CHROMIUM_FLAGS, chromium_path
from harness import record

from kg.ontology import load_ontology
from kg.viz import render_html, whole_view

# Polls every 50 ms; five equal readings in a row mean still.
STILLNESS = """
window.__still = null;
(function () {
  var last = null, same = 0, since = null;
  function poll() {
    var net = (window.kg && window.kg.network) || window.network;
    if (net && net.body && net.body.nodeIndices.length) {
      var now = performance.now();
      var where = JSON.stringify(net.getPositions());
      if (where === last) { same += 1; } else { same = 0; since = now; last = where; }
      if (same >= 5 && window.__still === null) { window.__still = since; return; }
    }
    setTimeout(poll, 50);
  }
  setTimeout(poll, 0);
})();
"""


def _pyvis_page(graph, path: Path) -> None:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    for node, attrs in graph.nodes(data=True):
        net.add_node(node, label=attrs["label"])
    for u, v in graph.edges():
        net.add_edge(u, v)
    net.write_html(str(path))


@pytest.fixture(scope="module")
def chromium():
    executable = chromium_path()
    if executable is None:
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def _time_to_still(browser, path: Path, timeout_s: float = 60) -> tuple[float | None, int, float | None]:
    """Milliseconds to a still picture (None if it still moved after *timeout_s*), the
    number of requests the page made beyond its own file, and when kg's page had placed
    its labels (None for a page without them)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = browser.new_page(viewport={"width": 1280, "height": 800})
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.add_init_script(STILLNESS)
    page.goto(path.resolve().as_uri())
    try:
        page.wait_for_function("() => window.__still !== null", timeout=timeout_s * 1000)
        still = page.evaluate("window.__still")
    except PlaywrightTimeout:
        still = None
    labels = page.evaluate("window.kg && window.kg.labelsAt !== undefined ? window.kg.labelsAt : null")
    page.close()
    return still, len([u for u in requests if not u.startswith(("file:", "data:"))]), labels


@pytest.mark.parametrize("nodes", [100, 500, 1500])
def test_time_to_still(nodes, chromium, make_investor_graph, tmp_path):
    graph = make_investor_graph(nodes, seed=1)
    ours = tmp_path / "kg.html"
    ours.write_text(render_html(whole_view(graph), load_ontology()), encoding="utf-8")
    theirs = tmp_path / "pyvis.html"
    _pyvis_page(graph, theirs)
    kg_ms, kg_requests, kg_labels_ms = _time_to_still(chromium, ours)
    pyvis_ms, pyvis_requests, _ = _time_to_still(chromium, theirs)
    assert kg_ms is not None, "kg's page never came to rest"
    record(
        f"viz time to still, {nodes} nodes",
        edges=graph.number_of_edges(),
        kg_still_ms=round(kg_ms),
        kg_labels_placed_ms=round(kg_labels_ms) if kg_labels_ms is not None else None,
        pyvis_defaults_still_ms=round(pyvis_ms) if pyvis_ms is not None else "still moving after 60 s",
        speedup=round(pyvis_ms / max(kg_ms, 1), 1) if pyvis_ms is not None else "> " + str(round(60_000 / max(kg_ms, 1))),
        kg_html_kib=round(ours.stat().st_size / 1024), pyvis_html_kib=round(theirs.stat().st_size / 1024),
        kg_network_requests=kg_requests, pyvis_network_requests=pyvis_requests,
    )
