"""A :class:`~kg.viz.views.View` as one self-contained HTML page.

pyvis assembles the vis-network node and edge records; the page itself comes from our
template (``page.html.j2``), because pyvis's own template fetches Bootstrap and Tom Select
from CDNs even with ``cdn_resources="in_line"``. The vis-network script and stylesheet that
ship inside the pyvis package are embedded, so the file opens with no network at all, and a
Content-Security-Policy stops the page from fetching anything or running any script but its
own (each allowed by its hash).

Names from news are untrusted. They travel only as JSON inside a
``<script type="application/json">`` block, with ``<``, ``>`` and ``&`` escaped, and the page
builds labels, tooltips and the legend with ``textContent``, never as markup.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import defaultdict
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.network import Network

from kg.errors import OntologyError
from kg.ontology import Ontology
from kg.viz.layout import positions
from kg.viz.views import View
from kg.ids import local_name

__all__ = ["render_html", "page_data", "qualifier_lines"]

_TEMPLATE = Path(__file__).with_name("page.html.j2")
_SCRIPT = Path(__file__).with_name("page.js")
_HIGHLIGHT = "#d62728"
_DIMMED = "rgba(120,120,120,0.35)"
_PLAIN = "#8a8a8a"
#: Qualifiers worth a line in an edge's tooltip, in the order shown; the rest are internal
#: (evidence offsets, confidence) or shown with another (currency with amount).
_SHOWN_QUALIFIERS = (
    "role", "stakePercent", "amount", "amountUSD", "roundSize", "round", "date", "start", "end",
    "growthPercent", "shareOfTotalPercent", "sector", "leader", "implied", "note",
)


def render_html(
    view: View,
    ontology: Ontology,
    *,
    sizes: Mapping[str, float] | None = None,
    aliases: Mapping[str, list[str]] | None = None,
    seed: int = 0,
) -> str:
    """The page for *view*: nodes placed, coloured and shaped by class, sized by *sizes*
    (default: degree in the view), with a legend, a search box and tooltips."""
    data = page_data(view, ontology, sizes=sizes, aliases=aliases, seed=seed)
    script = _SCRIPT.read_text(encoding="utf-8")
    vis_js, vis_css = _vis_assets()
    payload = _json_for_html(data)
    hashes = " ".join(f"'sha256-{_digest(text)}'" for text in (vis_js, script))
    environment = jinja2.Environment(autoescape=True, keep_trailing_newline=True)
    template = environment.from_string(_TEMPLATE.read_text(encoding="utf-8"))
    return template.render(
        title=view.title,
        notice=view.notice,
        script_hashes=hashes,
        vis_js=jinja2.utils.markupsafe.Markup(vis_js),
        vis_css=jinja2.utils.markupsafe.Markup(vis_css),
        page_js=jinja2.utils.markupsafe.Markup(script),
        payload=jinja2.utils.markupsafe.Markup(payload),
        legend=data["legend"],
    )


def page_data(
    view: View,
    ontology: Ontology,
    *,
    sizes: Mapping[str, float] | None = None,
    aliases: Mapping[str, list[str]] | None = None,
    seed: int = 0,
) -> dict:
    """Everything the page script needs, as plain JSON-ready data."""
    graph = view.graph
    where = positions(_with_extra_edges(view), seed=seed)
    if sizes is None:
        sizes = dict(graph.degree)
    highlighted = bool(view.highlight_nodes or view.highlight_edges)
    network = Network(directed=True)
    styles: dict[str, tuple[str, str, str]] = {}
    for node, attrs in sorted(graph.nodes(data=True), key=lambda item: str(item[0])):
        cls = attrs.get("cls") or ""
        if cls not in styles:
            styles[cls] = _style(ontology, cls)
        colour, shape, class_label = styles[cls]
        x, y = where.get(node, (0.0, 0.0))
        network.add_node(
            node,
            label=str(attrs.get("label") or node),
            shape=shape,
            color=colour,
            x=round(x, 1),
            y=round(y, 1),
            value=float(sizes.get(node, 0) or 0),
            borderWidth=4 if node in view.highlight_nodes else 1,
            kg={
                "iri": str(node),
                "cls": class_label,
                "aliases": sorted((aliases or {}).get(node, [])),
                "highlight": node in view.highlight_nodes,
            },
        )
    sources = graph.graph.get("sources", {})
    for number, (u, v, key, attrs) in enumerate(sorted(graph.edges(keys=True, data=True), key=_edge_order)):
        on_path = (u, v, key) in view.highlight_edges
        network.add_edge(
            u, v,
            id=f"e{number}",
            label=str(attrs.get("label") or attrs.get("relation") or ""),
            color=_HIGHLIGHT if on_path else (_DIMMED if highlighted else _PLAIN),
            width=4 if on_path else 1,
            kg={
                "key": str(key),
                "relation": str(attrs.get("relation") or ""),
                "qualifiers": qualifier_lines(attrs, ontology),
                "source": _source(attrs.get("source"), sources),
                "highlight": on_path,
            },
        )
    for number, (u, v, relation) in enumerate(view.extra_edges):
        label = ontology.relation(relation).label if relation else ""
        network.add_edge(
            u, v, id=f"x{number}", label=label, color=_PLAIN, width=1, dashes=True,
            kg={"key": "", "relation": relation, "qualifiers": [], "source": None, "highlight": False},
        )
    nodes, edges, *_ = network.get_network_data()
    _curve_parallel_edges(edges)
    legend = [
        {"label": class_label, "colour": colour, "shape": shape}
        for colour, shape, class_label in sorted(set(styles.values()), key=lambda s: s[2])
    ]
    return {
        "title": view.title,
        "notice": view.notice,
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "options": _options(len(nodes)),
    }


def _edge_order(edge) -> tuple:
    u, v, key, _ = edge
    return (str(u), str(v), str(key))


def _with_extra_edges(view: View) -> nx.MultiDiGraph:
    if not view.extra_edges:
        return view.graph
    graph = nx.MultiDiGraph(view.graph)
    graph.add_edges_from((u, v) for u, v, _ in view.extra_edges)
    return graph


def _style(ontology: Ontology, cls: str) -> tuple[str, str, str]:
    """Colour, shape and label of a class, inherited from the nearest class that has them."""
    if not cls or cls not in ontology.classes:
        return ("#bdbdbd", "dot", "Unknown class")
    colour = shape = None
    todo = [ontology.cls(cls)]
    seen = set()
    while todo and (colour is None or shape is None):
        current = todo.pop(0)
        if current.name in seen:
            continue
        seen.add(current.name)
        colour = colour or current.colour
        shape = shape or current.shape
        todo.extend(_parents(ontology, current))
    return (colour or "#bdbdbd", shape or "dot", ontology.cls(cls).label)


def _parents(ontology: Ontology, current) -> list:
    found = []
    for parent in current.parents:
        try:
            found.append(ontology.cls(parent))
        except OntologyError:
            continue  # owl:Thing and classes of other vocabularies carry no style
    return found


def qualifier_lines(attrs: Mapping, ontology: Ontology) -> list[list[str]]:
    """[label, text] for each qualifier of an edge worth showing a reader, amounts with
    their currency, percentages with a sign, entity IRIs as their last segment."""
    lines = []
    for name in _SHOWN_QUALIFIERS:
        value = attrs.get(name)
        if value is None or value == "":
            continue
        qualifier = ontology.qualifiers.get(name)
        label = qualifier.label if qualifier else name
        if name in ("amount", "roundSize") and attrs.get("currency"):
            text = f"{_number(value)} {attrs['currency']}"
        elif name == "amountUSD":
            text = f"{_number(value)} USD"
        elif name.endswith("Percent"):
            text = f"{_number(value)}%"
        elif isinstance(value, float):
            text = _number(value)
        else:
            text = str(value)
        if name in ("leader",) or str(text).startswith("http"):
            text = local_name(str(text))
        lines.append([label, text])
    return lines


def _number(value) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,.0f}" if number.is_integer() else f"{number:,.2f}"


def _source(iri, sources: Mapping) -> dict | None:
    if not iri:
        return None
    about = sources.get(iri, {})
    return {"iri": str(iri), "title": about.get("title") or local_name(str(iri)), "issued": about.get("issued") or ""}


def _curve_parallel_edges(edges: list[dict]) -> None:
    """Edges between the same two nodes get curves of growing roundness, so both show."""
    between = defaultdict(list)
    for edge in edges:
        between[frozenset((edge["from"], edge["to"]))].append(edge)
    for group in between.values():
        if len(group) < 2:
            continue
        for rank, edge in enumerate(group):
            # Alternate sides so that two edges bow apart rather than stack.
            side = "curvedCW" if rank % 2 == 0 else "curvedCCW"
            if edge["from"] > edge["to"]:
                side = "curvedCCW" if side == "curvedCW" else "curvedCW"
            edge["smooth"] = {"enabled": True, "type": side, "roundness": 0.15 + 0.15 * (rank // 2)}


def _options(node_count: int) -> dict:
    return {
        # Positions come from Python; physics is off so the picture is still as soon as it
        # is drawn. The page has a switch to turn it on for dragging with springs.
        "physics": {"enabled": False, "solver": "barnesHut", "stabilization": False},
        "layout": {"improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": node_count > 800},
        "nodes": {"scaling": {"min": 8, "max": 40}, "font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            "font": {"size": 10, "align": "middle", "color": "#555"},
        },
    }


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    """vis-network's script and stylesheet as shipped in the pyvis package."""
    import pyvis

    folder = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    if not folder.is_dir():
        folder = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    # A stylesheet or script must not close the element that holds it.
    if re.search(r"</(script|style)", script + style, re.IGNORECASE):
        raise RuntimeError("vis-network assets contain a closing tag; cannot embed them")
    return script, style


def _json_for_html(data) -> str:
    """JSON that cannot end the ``<script>`` element holding it, whatever the names say."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _digest(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
