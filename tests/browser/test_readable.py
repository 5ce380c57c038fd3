"""Pictures that stay readable, in headless Chromium: parallel facts drawn as one edge, a
crowded hub's leaves as one group that a click expands, labels never piled, and the
filters and time slider inside the page."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kg.ontology import load_ontology
from kg.viz import reduce_view, render_html, whole_view

DRAWN = "[window.kg.network.body.nodeIndices.length, window.kg.network.body.edgeIndices.length]"
# Pairs of drawn labels (node and edge labels with text, boxes as vis-network measured them
# when it drew them) that overlap, and how many labels are drawn.
LABEL_OVERLAPS = """(() => {
  var body = window.kg.network.body, boxes = [];
  var drawn = item => (item.options.label || '').replace('\u200b', '') !== '' && item.labelModule.size.width > 0;
  body.nodeIndices.forEach(id => { if (drawn(body.nodes[id])) boxes.push(body.nodes[id].labelModule.size); });
  body.edgeIndices.forEach(id => { if (drawn(body.edges[id])) boxes.push(body.edges[id].labelModule.size); });
  var pairs = 0;
  for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
    var a = boxes[i], b = boxes[j];
    if (a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height) pairs++;
  }
  return [pairs, boxes.length];
})()"""
LABELS_READY = "window.kg && window.kg.labelsAt !== null"


def write(tmp_path: Path, name: str, html: str) -> Path:
    path = tmp_path / f"{name}.html"
    path.write_text(html, encoding="utf-8")
    return path


def star(leaves: int) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("https://w3id.org/kg/id/sequoia", label="Sequoia Capital", cls="InvestmentFirm")
    for i in range(leaves):
        firm = f"https://w3id.org/kg/id/firm-{i:03}"
        g.add_node(firm, label=f"Firm {i:03}", cls="Company")
        g.add_edge("https://w3id.org/kg/id/sequoia", firm, key=f"k{i}", relation="investsIn", label="invests in",
                   amount=1e6, currency="USD", date=f"{2010 + i % 15}")
    g.graph["sources"] = {}
    return g


def trade() -> nx.MultiDiGraph:
    """Monthly exports in 2024 and 2025 from one country to another, one source each year."""
    g = nx.MultiDiGraph()
    g.add_node("https://w3id.org/kg/id/cn", label="China", cls="Country")
    g.add_node("https://w3id.org/kg/id/kr", label="South Korea", cls="Country")
    g.add_node("https://w3id.org/kg/id/acme", label="Acme", cls="Company")
    for year in (2024, 2025):
        for month in range(1, 13):
            g.add_edge("https://w3id.org/kg/id/cn", "https://w3id.org/kg/id/kr", key=f"x{year}{month}",
                       relation="exportsTo", label="exports to", amount=10.0, currency="USD",
                       date=f"{year}-{month:02}", source=f"https://example.org/source/{year}")
    g.add_edge("https://w3id.org/kg/id/acme", "https://w3id.org/kg/id/cn", key="hq", relation="headquarteredIn",
               label="is headquartered in")
    g.graph["sources"] = {f"https://example.org/source/{y}": {"title": f"Trade {y}", "issued": f"{y + 1}-01"} for y in (2024, 2025)}
    return g


def test_parallel_facts_are_one_edge_with_count_and_totals(seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "seed", seed_graph.viz()), wait_for=LABELS_READY)
    compete = page.evaluate("""window.kg.edges.get({filter: e => e.kg.relation === 'competesWith'})
        .map(e => [e.kg.fullLabel, e.kg.count, e.title.textContent])""")
    ((label, count, tip),) = compete
    assert (label, count) == ("competes with ×4", 4)
    assert "China competes with South Korea" in tip and "4 facts" in tip and "sector: robotics" in tip
    page.page.mouse.click(1, 1)
    trade_page = open_page(write(tmp_path, "trade", render_html(whole_view(trade()), load_ontology())), wait_for=LABELS_READY)
    tip = trade_page.evaluate("window.kg.edges.get({filter: e => e.kg.relation === 'exportsTo'})[0].title.textContent")
    assert "24 facts, 2024-01-01 to 2025-12-31" in tip and "total: 240 USD" in tip and "… and 19 more" in tip


def test_a_300_leaf_star_is_one_group_until_clicked(open_page, tmp_path):
    page = open_page(write(tmp_path, "star", render_html(whole_view(star(300)), load_ontology())), wait_for=LABELS_READY)
    assert page.evaluate(DRAWN) == [7, 6]
    group = page.evaluate("window.kg.nodes.get({filter: n => !!n.kg.group}).map(n => [n.id, n.kg.label])")
    assert [label for _, label in group] == ["+ 295 companies"]
    where = page.evaluate(f"window.kg.network.canvasToDOM(window.kg.network.getPositions(['{group[0][0]}'])['{group[0][0]}'])")
    box = page.page.locator("#kg-graph canvas").bounding_box()
    page.page.mouse.click(box["x"] + where["x"], box["y"] + where["y"])
    page.page.wait_for_function("window.kg.network.body.nodeIndices.length === 301")
    assert page.evaluate(DRAWN) == [301, 300]
    page.page.wait_for_function(LABELS_READY)
    assert page.evaluate(LABEL_OVERLAPS)[0] == 0
    assert page.errors == []


@pytest.mark.parametrize("case", ["seed", "star", "reduced"])
def test_no_two_drawn_labels_overlap_and_zooming_in_shows_more(case, seed_graph, make_investor_graph, open_page, tmp_path):
    if case == "seed":
        html = seed_graph.viz()
    elif case == "star":
        html = render_html(whole_view(star(300)), load_ontology())
    else:
        html = render_html(reduce_view(whole_view(make_investor_graph(3000)), max_nodes=1500), load_ontology())
    page = open_page(write(tmp_path, case, html), wait_for=LABELS_READY)
    if case == "star":
        page.evaluate("window.kg.expand(window.kg.nodes.get({filter: n => !!n.kg.group})[0].id)")
    overlaps, drawn = page.evaluate(LABEL_OVERLAPS)
    assert overlaps == 0 and drawn > 0
    if case != "seed":
        page.evaluate("window.kg.network.moveTo({scale: window.kg.network.getScale() * 4}); window.kg.declutter()")
        overlaps_in, drawn_in = page.evaluate(LABEL_OVERLAPS)
        assert overlaps_in == 0 and drawn_in > drawn


def test_legend_relation_and_source_filters(seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "seed", seed_graph.viz()), wait_for=LABELS_READY)
    everything = page.evaluate(DRAWN)
    countries = page.evaluate("window.kg.nodes.get({filter: n => n.kg.cls === 'country'}).length")
    page.page.get_by_role("button", name="country").click()
    nodes, edges = page.evaluate(DRAWN)
    assert nodes == everything[0] - countries and edges < everything[1]
    assert "classes-off=country" in page.page.url
    page.page.get_by_role("button", name="country").click()
    assert page.evaluate(DRAWN) == everything
    page.page.locator(".kg-relation[value=competesWith]").uncheck()
    assert page.evaluate("window.kg.network.body.edgeIndices.map(id => window.kg.edges.get(id).kg.relation).includes('competesWith')") is False
    assert page.evaluate(DRAWN)[1] == everything[1] - 1
    # Reopened with the hash, the page shows the same view.
    again = open_page(write(tmp_path, "seed", seed_graph.viz()), wait_for=None)
    again.page.goto(page.page.url)
    again.page.reload()  # the same file: going to its hash alone would not load it again
    again.page.wait_for_function(LABELS_READY)
    assert again.evaluate(DRAWN)[1] == everything[1] - 1
    assert again.page.locator(".kg-relation[value=competesWith]").is_checked() is False


def test_source_filter_and_time_slider(open_page, tmp_path):
    page = open_page(write(tmp_path, "trade", render_html(whole_view(trade()), load_ontology())), wait_for=LABELS_READY)
    label = "window.kg.edges.get({filter: e => e.kg.relation === 'exportsTo'})[0].kg.fullLabel"
    assert page.evaluate(label) == "exports to ×24"
    page.page.select_option("#kg-source", label="2025-01 Trade 2024")
    assert page.evaluate(label) == "exports to ×12 of 24"
    # Undated and from another source: the headquarters link goes, and Acme with it.
    assert page.evaluate(DRAWN) == [2, 1]
    page.page.select_option("#kg-source", value="")
    ticks = page.evaluate("window.kg.ticks")
    start = ticks.index("2025-03-01")
    end = ticks.index("2025-05-31")
    page.page.locator("#kg-time-from").fill(str(start))
    page.page.locator("#kg-time-to").fill(str(end))
    assert page.page.text_content("#kg-time-label") == "2025-03-01 to 2025-05-31"
    assert page.evaluate(label) == "exports to ×3 of 24"
    assert "from=2025-03-01&to=2025-05-31" in page.page.url
    assert page.evaluate(DRAWN) == [3, 2]  # an undated fact is outside no window: it stays
    first = ticks.index("2024-01-01")
    page.page.locator("#kg-time-from").fill(str(first))
    page.page.locator("#kg-time-to").fill(str(first))
    assert page.evaluate(label) == "exports to ×1 of 24"
    assert page.errors == []


def test_search_hides_the_last_tooltip(seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "seed", seed_graph.viz()), wait_for=LABELS_READY)
    net = "window.kg.network"
    where = page.evaluate(f"{net}.canvasToDOM({net}.getPositions()['{seed_graph.resolve('AgiBot')}'])")
    box = page.page.locator("#kg-graph canvas").bounding_box()
    page.page.mouse.move(box["x"] + where["x"], box["y"] + where["y"])
    page.page.wait_for_selector("div.vis-tooltip", state="visible")
    page.page.fill("#kg-search", "Lee Jae-myung")
    page.page.press("#kg-search", "Enter")
    assert page.page.locator("div.vis-tooltip").is_visible() is False


# Pairs of drawn nodes whose shapes overlap (a box-shaped node's box is its label's).
NODE_OVERLAPS = """(() => {
  var body = window.kg.network.body, inside = {box: 1, ellipse: 1, circle: 1, database: 1, text: 1}, boxes = [];
  body.nodeIndices.forEach(id => {
    var n = body.nodes[id];
    if (inside[n.options.shape]) { var b = n.shape.boundingBox; boxes.push([b.left, b.top, b.right, b.bottom]); }
    else { var s = n.options.size; boxes.push([n.x - s, n.y - s, n.x + s, n.y + s]); }
  });
  var pairs = 0;
  for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
    var a = boxes[i], b = boxes[j];
    if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) pairs++;
  }
  return pairs;
})()"""


@pytest.mark.parametrize("view", [{}, {"focus": "AgiBot", "hops": 2}, {"links": ("Mirae Asset Management", "Lee Jae-myung"), "max_hops": 3}])
def test_no_node_covers_another(view, seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "seed", seed_graph.viz(**view)), wait_for=LABELS_READY)
    assert page.evaluate(NODE_OVERLAPS) == 0


def test_no_node_covers_another_in_a_1500_node_view(make_investor_graph, open_page, tmp_path):
    view = reduce_view(whole_view(make_investor_graph(3000)), max_nodes=1500)
    page = open_page(write(tmp_path, "reduced", render_html(view, load_ontology())), wait_for=LABELS_READY)
    assert page.evaluate(NODE_OVERLAPS) == 0


def test_no_node_covers_another_in_a_300_leaf_star_grouped_or_expanded(open_page, tmp_path):
    page = open_page(write(tmp_path, "star", render_html(whole_view(star(300)), load_ontology())), wait_for=LABELS_READY)
    assert page.evaluate(NODE_OVERLAPS) == 0
    page.evaluate("window.kg.expand(window.kg.nodes.get({filter: n => !!n.kg.group})[0].id)")
    assert page.evaluate(DRAWN)[0] == 301
    assert page.evaluate(NODE_OVERLAPS) == 0


BOX_LABEL_HEIGHTS = """Object.fromEntries(window.kg.nodes.get({filter: n => n.shape === 'box' || n.shape === 'ellipse'})
    .map(n => [n.kg.label, window.kg.network.body.nodes[n.id].labelModule.size.height * window.kg.network.getScale()]))"""


def test_a_box_label_is_read_at_screen_size_unless_its_box_would_cover_a_node(seed_graph, open_page, tmp_path):
    page = open_page(write(tmp_path, "seed", seed_graph.viz()), wait_for=LABELS_READY)
    assert page.evaluate("window.kg.network.getScale()") < 0.6  # zoomed out to show it all
    heights = page.evaluate(BOX_LABEL_HEIGHTS)
    china = seed_graph.resolve("China")
    line = page.evaluate(f"window.kg.network.body.nodes['{china}'].labelModule.size.height * window.kg.network.getScale()")
    # On screen as tall as the labels below dots (14 px), not 14 px times the zoom.
    assert abs(heights["15th Five-Year Plan"] - line) < 1 and abs(heights["robotics"] - line) < 1
    # Grown, this event's box would cover Shanghai, beside it: it keeps its laid-out size.
    assert heights["state visit of Lee Jae-myung to Shanghai"] < line * 0.7
    assert page.evaluate(NODE_OVERLAPS) == 0 and page.evaluate(LABEL_OVERLAPS)[0] == 0
    # Zoomed in past 1:1, every box is drawn at its laid-out size, which is then larger.
    page.evaluate("window.kg.network.moveTo({scale: 2}); window.kg.declutter()")
    assert min(page.evaluate(BOX_LABEL_HEIGHTS).values()) > 1.8 * line
