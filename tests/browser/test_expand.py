"""A page served with an expand URL fetches a node's neighbours on a double click: from its
own server only, names still shown as text."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest

from kg.viz import choose_view
from kg.viz.expand import neighbour_records
from kg.viz.html import render_html


@pytest.fixture
def serve():
    """Serves {path: (content type, body or function of the query)} on 127.0.0.1."""
    servers = []

    def start(routes: dict) -> str:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the name http.server calls
                url = urlparse(self.path)
                if url.path not in routes:
                    self.send_error(404)
                    return
                kind, body = routes[url.path]
                text = body(parse_qs(url.query)) if callable(body) else body
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.end_headers()
                self.wfile.write(text.encode("utf-8"))

            def log_message(self, *args):
                pass  # keep the test output clean

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()


def test_double_click_draws_the_neighbours(seed_graph, serve, browser):
    view, graph = choose_view(seed_graph.store, seed_graph.ontology, focus="AgiBot")
    html = render_html(view, seed_graph.ontology, expand_url="/neighbours?iri=")
    base = serve({
        "/page.html": ("text/html", html),
        "/neighbours": ("application/json", lambda q: json.dumps(neighbour_records(graph, q["iri"][0], seed_graph.ontology))),
    })
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base + "/page.html")
    page.wait_for_function("() => window.kg && window.kg.labelsAt !== null")
    before = page.evaluate("window.kg.network.body.nodeIndices.length")
    korea = seed_graph.resolve("South Korea")
    china = seed_graph.resolve("China")
    assert korea not in page.evaluate("window.kg.nodes.getIds()")
    net = "window.kg.network"
    where = page.evaluate(f"{net}.canvasToDOM({net}.getPositions()['{china}'])")
    box = page.locator("#kg-graph canvas").bounding_box()
    page.mouse.dblclick(box["x"] + where["x"], box["y"] + where["y"])
    page.wait_for_function(f"() => window.kg.nodes.get('{korea}') !== null")
    expected = len((set(graph.successors(china)) | set(graph.predecessors(china))) - set(view.graph))
    assert expected == 4  # South Korea, Shanghai, the 14th and 15th Five-Year Plans
    page.wait_for_function(f"() => window.kg.network.body.nodeIndices.length === {before + expected}")
    assert [u for u in requests if not u.startswith(base)] == []
    assert errors == []
    page.close()


def test_a_file_page_asks_for_nothing_and_an_outside_url_is_refused(seed_graph):
    view, _ = choose_view(seed_graph.store, seed_graph.ontology, focus="AgiBot")
    assert "connect-src 'none'" in render_html(view, seed_graph.ontology)
    assert "connect-src 'self'" in render_html(view, seed_graph.ontology, expand_url="/n?iri=")
    for bad in ("https://evil.example/n?iri=", "//evil.example/n", "n?iri="):
        with pytest.raises(ValueError):
            render_html(view, seed_graph.ontology, expand_url=bad)
