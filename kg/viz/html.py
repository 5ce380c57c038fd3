"""A :class:`~kg.viz.views.View` as one self-contained HTML page.

The page comes from our template (``page.html.j2``), not pyvis's, because pyvis's own
template fetches Bootstrap and Tom Select from CDNs even with ``cdn_resources="in_line"``.
The vis-network script and stylesheet that ship inside the pyvis package are embedded, so
the file opens with no network at all, and a Content-Security-Policy stops the page from fetching anything or running any script but its
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

from kg.errors import OntologyError
from kg.ids import local_name
from kg.ontology import Ontology
from kg.qualifier_display import money_text, qualifier_lines
from kg.viz.aggregate import (
    Bundle,
    LeafGroup,
    bundle_edges,
    fact_period,
    group_leaves,
    plural,
)
from kg.viz.layout import positions
from kg.viz.views import View

__all__ = ["page_data", "render_html"]

_TEMPLATE = Path(__file__).with_name("page.html.j2")
_SCRIPT = Path(__file__).with_name("page.js")
_HIGHLIGHT = "#d62728"
_DIMMED = "rgba(120,120,120,0.35)"
_PLAIN = "#8a8a8a"


def render_html(
    view: View,
    ontology: Ontology,
    *,
    sizes: Mapping[str, float] | None = None,
    aliases: Mapping[str, list[str]] | None = None,
    seed: int = 0,
    expand_url: str | None = None,
) -> str:
    """The page for *view*: nodes placed, coloured and shaped by class, sized by *sizes*
    (default: degree in the view), with a legend, a search box and tooltips.

    With *expand_url* (a path on the server that serves the page, such as
    ``/viz/neighbours?iri=``), a double click on a node fetches its neighbours' records from
    that path plus the node's IRI (see :func:`kg.viz.expand.neighbour_records`); the page's
    policy then allows requests to its own origin, and to nothing else.
    """
    if expand_url is not None and (not expand_url.startswith("/") or expand_url.startswith("//")):
        raise ValueError(f"expand_url must be a path on the page's own server, not {expand_url!r}")
    data = page_data(view, ontology, sizes=sizes, aliases=aliases, seed=seed)
    data["expandUrl"] = expand_url
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
        connect=jinja2.utils.markupsafe.Markup("'self'" if expand_url else "'none'"),
    )


def page_data(
    view: View,
    ontology: Ontology,
    *,
    sizes: Mapping[str, float] | None = None,
    aliases: Mapping[str, list[str]] | None = None,
    seed: int = 0,
) -> dict:
    """Everything the page script needs, as plain JSON-ready data.

    Parallel facts of one relation become one edge (see :func:`~kg.viz.aggregate.bundle_edges`)
    and the leaves of a crowded hub one group node per class (see
    :func:`~kg.viz.aggregate.group_leaves`); a group carries its members' records, which the
    page draws when the group is clicked.
    """
    graph = view.graph
    if sizes is None:
        sizes = dict(graph.degree)
    groups = group_leaves(graph, sizes, keep=view.highlight_nodes)
    grouped = {member: group for group in groups for member in group.members}
    drawn = [node for node in graph if node not in grouped]
    records = _Records(view, ontology, sizes, aliases or {}, graph.graph.get("sources", {}))
    layout_graph = _layout_graph(view, groups, grouped)
    where = positions(layout_graph, seed=seed, extents=_extents(layout_graph, view, groups, sizes, records))
    nodes = [records.node(node, where.get(node, (0.0, 0.0))) for node in sorted(drawn, key=str)]
    top_edges = [e for e in graph.edges(keys=True, data=True) if e[0] not in grouped and e[1] not in grouped]
    edges = [records.edge(bundle) for bundle in bundle_edges(graph, sorted(top_edges, key=_edge_order), ontology=ontology)]
    member_edges = sorted((e for e in graph.edges(keys=True, data=True) if e[0] in grouped or e[1] in grouped), key=_edge_order)
    for group in groups:
        record = records.group(group, where.get(group.id, (0.0, 0.0)))
        mine = [e for e in member_edges if grouped.get(e[0]) is group or grouped.get(e[1]) is group]
        record["kg"]["group"]["edges"] = [records.edge(bundle) for bundle in bundle_edges(graph, mine, ontology=ontology)]
        nodes.append(record)
        # One edge per relation and direction joins the hub to the group, counting all.
        summary = [(u if u == group.hub else group.id, v if v == group.hub else group.id, k, a) for u, v, k, a in mine]
        edges.extend(records.edge(bundle, summary=True) for bundle in bundle_edges(graph, summary, ontology=ontology))
    for number, (u, v, relation) in enumerate(view.extra_edges):
        label = ontology.relation(relation).label if relation else ""
        edges.append({
            "from": u, "to": v, "arrows": "to", "id": f"x{number}", "label": label, "color": _PLAIN,
            "width": 1, "dashes": True,
            "kg": {"key": "", "relation": relation, "qualifiers": [], "source": None, "highlight": False,
                   "count": 0, "facts": [], "totals": [], "span": None, "sources": []},
        })
    _curve_parallel_edges(edges)
    legend = [
        {"label": class_label, "colour": colour, "shape": shape}
        for colour, shape, class_label in sorted(set(records.styles.values()), key=lambda s: s[2])
    ]
    return {
        "title": view.title,
        "notice": view.notice,
        "nodes": nodes,
        "edges": edges,
        "legend": legend,
        "relations": _relation_index(edges),
        "sources": sorted(records.sources_seen.values(), key=lambda s: (s["issued"], s["title"], s["iri"])),
        "options": _options(len(nodes)),
    }


class _Records:
    """vis-network node and edge records for one view (styles and sources looked up once)."""

    def __init__(self, view: View, ontology: Ontology, sizes, aliases, sources, *, prefix: str = "e") -> None:
        self.view, self.ontology, self.sizes, self.aliases, self.sources = view, ontology, sizes, aliases, sources
        self.highlighted = bool(view.highlight_nodes or view.highlight_edges)
        self.styles: dict[str, tuple[str, str, str]] = {}
        self.sources_seen: dict[str, dict] = {}
        self._numbers = 0
        self._prefix = prefix

    def style(self, cls: str) -> tuple[str, str, str]:
        if cls not in self.styles:
            self.styles[cls] = _style(self.ontology, cls)
        return self.styles[cls]

    def node(self, node: str, xy: tuple[float, float]) -> dict:
        attrs = self.view.graph.nodes[node]
        colour, shape, class_label = self.style(attrs.get("cls") or "")
        return {
            "id": node,
            "label": str(attrs.get("label") or node),
            "shape": shape,
            "color": colour,
            "x": round(xy[0], 1),
            "y": round(xy[1], 1),
            "value": float(self.sizes.get(node, 0) or 0),
            "borderWidth": 4 if node in self.view.highlight_nodes else 1,
            "kg": {
                "iri": str(node),
                "cls": class_label,
                "aliases": sorted(self.aliases.get(node, [])),
                "highlight": node in self.view.highlight_nodes,
            },
        }

    def group(self, group: LeafGroup, xy: tuple[float, float]) -> dict:
        colour, shape, class_label = self.style(group.cls)
        count = len(group.members)
        return {
            "id": group.id,
            "label": f"+ {count:,} {plural(class_label, count)}",
            "shape": shape,
            "color": colour,
            "x": round(xy[0], 1),
            "y": round(xy[1], 1),
            "value": float(count),
            "borderWidth": 2,
            "shapeProperties": {"borderDashes": [4, 3]},
            "kg": {
                "iri": "",
                "cls": class_label,
                "aliases": [],
                "highlight": False,
                "group": {"hub": group.hub, "count": count, "members": [self.node(m, xy) for m in group.members], "edges": []},
            },
        }

    def edge(self, bundle: Bundle, *, summary: bool = False) -> dict:
        on_path = any((bundle.source, bundle.target, key) in self.view.highlight_edges for key in bundle.keys)
        first = bundle.facts[0]
        base = str(first.get("label") or bundle.relation or "")
        facts = [] if summary else [self.fact(attrs) for attrs in bundle.facts]
        span = bundle.span(self.ontology)
        self._numbers += 1
        return {
            "from": bundle.source,
            "to": bundle.target,
            "arrows": "to",
            "id": f"{self._prefix}{self._numbers - 1}",
            "label": base if bundle.count == 1 else f"{base} ×{bundle.count:,}",
            "color": _HIGHLIGHT if on_path else (_DIMMED if self.highlighted else _PLAIN),
            "width": 4 if on_path else (1 if bundle.count == 1 else min(1 + bundle.count ** 0.5, 8)),
            "kg": {
                "key": bundle.keys[0],
                "relation": bundle.relation,
                "base": base,
                "count": bundle.count,
                "totals": [[currency, money_text(total)] for currency, total in bundle.totals(self.ontology).items()],
                "span": list(span) if span else None,
                "facts": facts,
                "qualifiers": facts[0]["qualifiers"] if facts else [],
                "source": facts[0]["source"] if facts else None,
                "sources": sorted({str(a.get("source")) for a in bundle.facts if a.get("source")}),
                "highlight": on_path,
                "summary": summary,
            },
        }

    def fact(self, attrs: Mapping) -> dict:
        source = _source(attrs.get("source"), self.sources)
        if source:
            self.sources_seen.setdefault(source["iri"], source)
        period = fact_period(attrs, self.ontology)
        lines = [list(line) for line in qualifier_lines(attrs, self.ontology)]
        return {"qualifiers": lines, "source": source, "period": list(period) if period else None}


def _layout_graph(view: View, groups: list[LeafGroup], grouped: Mapping) -> nx.MultiDiGraph:
    """The graph the layout places: grouped leaves replaced by their group, query pairs
    without an edge joined by one."""
    graph = _with_extra_edges(view)
    if not groups:
        return graph
    graph = nx.MultiDiGraph(graph.subgraph(n for n in graph if n not in grouped))
    for group in groups:
        graph.add_edge(group.hub, group.id)
    return graph


#: vis-network's node sizes, from the smallest value to the largest (options.nodes.scaling).
_SIZE_RANGE = (8.0, 40.0)
#: Shapes that hold their label: their box is the label's, about 7 px a character at 14 px.
_LABEL_INSIDE = {"box": 18.0, "ellipse": 15.0, "circle": 15.0, "database": 18.0, "text": 12.0}


#: Pictures up to this many nodes are laid out with room for every label.
_LABELLED_UP_TO = 150


def _extents(layout_graph: nx.MultiDiGraph, view: View, groups: list[LeafGroup], sizes: Mapping, records: _Records) -> dict:
    """Half width and height of each node as the page will draw it, for the layout to keep
    nodes from covering each other. Labels below a shape count in small pictures only; in
    larger ones the page hides a label that would cover a node."""
    values = {node: float(sizes.get(node, 0) or 0) for node in layout_graph if node in view.graph}
    values.update({group.id: float(len(group.members)) for group in groups})
    low, high = (min(values.values()), max(values.values())) if values else (0.0, 0.0)
    classes = {group.id: group.cls for group in groups}
    small = layout_graph.number_of_nodes() <= _LABELLED_UP_TO
    extents = {}
    for node in layout_graph:
        if node in view.graph:
            attrs = view.graph.nodes[node]
            cls, label = attrs.get("cls") or "", str(attrs.get("label") or node)
        else:
            cls, label = classes.get(node, ""), "+ 0000 entities"
        shape = records.style(cls)[1]
        if shape in _LABEL_INSIDE:
            extents[node] = (3.6 * len(label) + 8.0, _LABEL_INSIDE[shape])
        else:
            share = 0.5 if high == low else (values.get(node, low) - low) / (high - low)
            radius = _SIZE_RANGE[0] + share * (_SIZE_RANGE[1] - _SIZE_RANGE[0])
            if small:
                # Room for the label below too (as a box centred on the node, both ways).
                extents[node] = (max(radius, 3.6 * len(label) + 4.0), radius + 22.0)
            else:
                extents[node] = (radius, radius)
    return extents


def _relation_index(edges: list[dict]) -> list[dict]:
    """Each relation drawn, with its label and how many facts it has, for the filters."""
    found: dict[str, dict] = {}
    for edge in edges:
        relation = edge["kg"]["relation"]
        entry = found.setdefault(relation, {"name": relation, "label": edge["kg"].get("base") or edge["label"] or relation, "count": 0})
        entry["count"] += edge["kg"]["count"]
    return sorted(found.values(), key=lambda r: (-r["count"], r["label"]))


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
        "nodes": {"scaling": {"min": _SIZE_RANGE[0], "max": _SIZE_RANGE[1]}, "font": {"size": 14}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False,
            # Horizontal labels: the box vis-network measures is the box it draws, which
            # the page's declutter rule relies on.
            "font": {"size": 10, "align": "horizontal", "color": "#555", "background": "rgba(255,255,255,0.8)"},
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
