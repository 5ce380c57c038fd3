"""The pages in headless Chromium: what vis-network drew, what is highlighted, that names
stay text, and that a page asks the network for nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kg.ontology import load_ontology
from kg.viz import NotebookPicture, reduce_view, render_html, whole_view

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
DRAWN = "[window.kg.network.body.nodeIndices.length, window.kg.network.body.edgeIndices.length]"
HIGHLIGHT = "#d62728"


def write(tmp_path, name, html) -> Path:
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    return path


def positions(page):
    return page.evaluate("JSON.stringify(window.kg.network.getPositions())")


def test_seed_graph_is_drawn_whole_and_still(seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "seed", seed_graph.viz()))
    projection = seed_graph.projection()
    pairs = {(u, v, data["relation"]) for u, v, data in projection.edges(data=True)}
    assert page.evaluate(DRAWN) == [projection.number_of_nodes(), len(pairs)]  # parallel facts as one
    before = positions(page)
    page.page.wait_for_timeout(500)
    assert positions(page) == before  # nothing moves once drawn
    assert page.outside_requests() == [] and page.errors == []
    page.page.screenshot(path=tmp_path / "seed.png")
    if os.environ.get("KG_WRITE_SCREENSHOTS") == "1":
        shutil.copy(tmp_path / "seed.png", EXAMPLES / "seed-graph.png")


def test_focus_view_holds_exactly_the_neighbourhood(seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "focus", seed_graph.viz(focus="AgiBot")))
    drawn = page.evaluate("window.kg.network.body.nodeIndices.map(id => window.kg.nodes.get(id).kg.label).sort()")
    assert drawn == sorted([
        "AgiBot", "China", "China–South Korea Innovation and Entrepreneurship Forum",
        "LG Electronics", "Mirae Asset Management", "robotics",
    ])
    assert page.evaluate("window.kg.network.getSelectedNodes()") == []
    page.page.screenshot(path=tmp_path / "focus.png")


def test_links_view_highlights_the_path_edges(seed_graph, open_page, tmp_path):
    html = seed_graph.viz(links=("Mirae Asset Management", "Lee Jae-myung"), max_hops=3)
    page = open_page(write(tmp_path, "links", html))
    highlighted = page.evaluate(
        """window.kg.edges.get({filter: e => e.color === '%s' && e.width === 4})
             .map(e => [window.kg.nodes.get(e.from).kg.label, e.kg.relation, window.kg.nodes.get(e.to).kg.label]).sort()"""
        % HIGHLIGHT
    )
    assert highlighted == sorted([
        ["AgiBot", "participatesIn", "China–South Korea Innovation and Entrepreneurship Forum"],
        ["Lee Jae-myung", "headOfStateOf", "South Korea"],
        ["Lee Jae-myung", "participatesIn", "China–South Korea Innovation and Entrepreneurship Forum"],
        ["Mirae Asset Management", "headquarteredIn", "South Korea"],
        ["Mirae Asset Management", "holdsStakeIn", "AgiBot"],
    ])
    assert page.evaluate(DRAWN) == [5, 5]
    page.page.screenshot(path=tmp_path / "links.png")


def test_filtered_and_query_views(seed_graph, open_page, tmp_path):
    stakes = open_page(write(tmp_path, "stakes", seed_graph.viz(relations=["holds_stake_in"])))
    assert stakes.evaluate(DRAWN) == [3, 2]
    query = "SELECT ?p ?e WHERE { ?p kg:participatesIn ?e }"
    pairs = open_page(write(tmp_path, "query", seed_graph.viz(query=query)))
    rows = seed_graph.query(query).rows
    assert pairs.evaluate(DRAWN)[1] == len(rows)
    pairs.page.screenshot(path=tmp_path / "query.png")


def test_hostile_names_show_as_text_and_run_nothing(hostile_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "hostile", hostile_graph.viz()))
    assert page.dialogs == [] and page.errors == []
    assert page.evaluate("window.__pwned === undefined")
    assert page.evaluate("document.querySelectorAll('img, svg, b, [onerror], [onload], [onmouseover]').length") == 0
    evil = page.evaluate("window.kg.nodes.get({filter: n => n.kg.iri.endsWith('/evil')})[0].title.textContent")
    assert "<img src=x onerror=alert(1)>" in evil and '"><svg onload=alert(3)>' in evil
    tip = page.evaluate("window.kg.edges.get()[0].title.textContent")
    assert "</script><script>window.__pwned = 2</script>" in tip and "<b onmouseover=alert(4)>owner</b>" in tip
    # Searching by the hostile name finds the entity, and the name still runs nothing.
    page.page.fill("#kg-search", "<img src=x onerror=alert(1)>")
    page.page.press("#kg-search", "Enter")
    selected = page.evaluate("window.kg.network.getSelectedNodes()")
    assert selected == ["https://w3id.org/kg/id/evil"]
    page.page.hover("#kg-graph")
    assert page.dialogs == [] and page.evaluate("window.__pwned === undefined")
    assert page.outside_requests() == []


def test_search_finds_by_alias_and_says_when_absent(seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "search", seed_graph.viz()))
    page.page.fill("#kg-search", "president lee")
    page.page.press("#kg-search", "Enter")
    assert page.evaluate("window.kg.network.getSelectedNodes()") == [seed_graph.resolve("Lee Jae-myung")]
    page.page.fill("#kg-search", "Atlantis")
    page.page.press("#kg-search", "Enter")
    assert page.page.text_content("#kg-search-status") == "not in this picture"


def test_reduced_view_draws_the_limit_and_says_so(make_investor_graph, open_page, tmp_path):
    view = reduce_view(whole_view(make_investor_graph(10_000)), max_nodes=1500)
    page = open_page(write(tmp_path, "reduced", render_html(view, load_ontology())))
    assert page.evaluate(DRAWN) == [1500, view.graph.number_of_edges()]
    notice = page.page.text_content("#kg-notice")
    assert notice.startswith("Showing the 1,500 best-connected of 10,000 entities;")
    assert page.page.is_visible("#kg-notice")
    page.page.screenshot(path=tmp_path / "reduced.png")


def test_notebook_picture_draws_inside_its_frame(seed_graph, open_page, tmp_path):
    shown = seed_graph.show(focus="AgiBot")
    assert isinstance(shown, NotebookPicture)
    host = write(tmp_path, "notebook", f"<!DOCTYPE html><html><body>{shown._repr_html_()}</body></html>")
    page = open_page(host, wait_for=None)
    frame = page.page.frames[1]
    frame.wait_for_function("window.kg && window.kg.drawnAt !== null", timeout=15_000)
    assert frame.evaluate(DRAWN) == [6, 5]
    assert page.outside_requests() == [] and page.errors == []
