"""The explorer's store work (registered in :data:`kg.serve.tasks.TASKS`): an entity named
as the CLI names it, its facts grouped, ordered and paged, a node's neighbours for the
picture's double click, and the picture itself written with that expand URL.

Like every task these run in the worker processes: arguments and answers are picklable.
"""

from __future__ import annotations

import ast
import math
import re

from rdflib import URIRef

from kg.entity_lookup import AmbiguousEntity, EntityNotFound
from kg.errors import KGError
from kg.ids import local_name
from kg.qualifier_display import qualifier_lines
from kg.viz.aggregate import fact_period

__all__ = [
    "EXPAND_URL",
    "FACTS_PER_PAGE",
    "AmbiguousEntity",
    "EntityNotFound",
    "PageOutOfRange",
    "entity_named",
    "entity_page",
    "explorer_picture",
    "neighbours",
    "suggested_names",
]

#: Rows of facts on one page of an entity (Sequoia Capital on Crunchbase has 300+).
FACTS_PER_PAGE = 50
#: Where the explorer's picture fetches a node's neighbours (see :func:`neighbours`).
EXPAND_URL = "/viz/neighbours?iri="
_SEGMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]*")
_ABOUT = """SELECT ?label ?type ?alias ?wikidata WHERE {
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e a ?type }
  OPTIONAL { ?e skos:altLabel ?alias }
  OPTIONAL { ?e kg:wikidata ?wikidata }
}"""


class PageOutOfRange(KGError):
    """A page number past the last page of an entity's facts."""


def entity_page(graph, iri: str, page: int = 1, per_page: int = FACTS_PER_PAGE) -> dict | None:
    """What the entity page shows about *iri*, or None when the graph does not know it.

    Facts are grouped by relation (as read from this entity: "invests in", or the inverse's
    label for facts pointing at it); groups come strongest relation first (the ontology's
    strength, 4 for ownership down to 1), then most facts, then by name; inside a group,
    by the other entity's name, then the fact's first day (its date qualifiers, as
    :func:`kg.viz.aggregate.fact_period` reads them from the ontology). Rows are paged
    *per_page* at a time; every relation is listed with its count and the page where its
    group starts.
    """
    rows = graph.query(_ABOUT, bindings={"e": URIRef(iri)}).dicts()
    if not any(rows):
        return None
    ontology = graph.ontology
    entity_classes = {str(c.iri) for c in ontology.entity_classes()}
    cls = ontology.most_specific({r["type"] for r in rows if "type" in r and str(r["type"]) in entity_classes})
    label = next((str(r["label"]) for r in rows if "label" in r), local_name(iri))
    groups: dict[str, dict] = {}
    projection = graph.projection()
    if iri in projection:
        sources = projection.graph.get("sources", {})
        inverse = ontology.inverse_labels()
        for u, v, data in [*projection.out_edges(iri, data=True), *projection.in_edges(iri, data=True)]:
            outgoing = u == iri
            other = v if outgoing else u
            relation = data.get("relation")
            # A fact pointing here reads through the inverse relation when the ontology has
            # one ("has shareholder"), else as a sentence about this entity ("… is located in China").
            heading = data.get("label", relation) if outgoing else inverse.get(relation, f"… {data.get('label', relation)} {label}")
            group = groups.setdefault(heading, {"heading": heading, "strength": 0, "rows": [], "order": []})
            strength = data.get("strength")
            if isinstance(strength, int | float) and not isinstance(strength, bool):
                group["strength"] = max(group["strength"], strength)
            source = data.get("source")
            other_label = str(projection.nodes[other].get("label", other))
            group["rows"].append({
                "iri": other, "label": other_label, "qualifiers": qualifier_lines(data, ontology),
                "source": (sources.get(source, {}).get("title") or source) if source else None,
            })
            period = fact_period(data, ontology)
            group["order"].append((other_label.casefold(), period[0] if period else "", str(other),
                                   str(group["rows"][-1]["qualifiers"])))
    ordered = sorted(groups.values(), key=lambda g: (-g["strength"], -len(g["rows"]), g["heading"].casefold()))
    flat = []
    relations = []
    for number, group in enumerate(ordered):
        group["rows"] = [row for _, row in sorted(zip(group["order"], group["rows"]), key=lambda pair: pair[0])]
        relations.append({
            "heading": group["heading"], "count": len(group["rows"]), "anchor": f"rel-{number}",
            "page": len(flat) // per_page + 1,
        })
        flat.extend((number, row) for row in group["rows"])
    pages = max(1, math.ceil(len(flat) / per_page))
    if not 1 <= page <= pages:
        raise PageOutOfRange(f"no page {page} of facts: {label} has {pages} page{'s' if pages != 1 else ''}")
    start = (page - 1) * per_page
    shown = flat[start:start + per_page]
    on_page: list[dict] = []
    for number, row in shown:
        if not on_page or on_page[-1]["number"] != number:
            # A group cut by the previous page says so under its heading.
            continued = not on_page and start > 0 and flat[start - 1][0] == number
            on_page.append({**relations[number], "number": number, "rows": [], "continued": continued})
        on_page[-1]["rows"].append(row)
    return {
        "iri": iri, "label": label, "cls": cls.label if cls else "",
        "aliases": sorted({str(r["alias"]) for r in rows if "alias" in r}),
        # Linked only when it is a web address: a source could hold "javascript:" here.
        "wikidata": next((str(r["wikidata"]) for r in rows if str(r.get("wikidata", "")).startswith(("https://", "http://"))), None),
        "relations": relations, "groups": on_page, "page": page, "pages": pages, "total": len(flat),
        "first": start + 1 if flat else 0, "last": start + len(shown),
    }


def entity_named(graph, name: str, page: int = 1) -> dict:
    """The entity page for *name*, resolved as every command resolves names (label, alias,
    case, normalised form, ``id:x`` or IRI), or as the last segment of a kg IRI
    (``/entity/lg-electronics``). Raises :class:`~kg.entity_lookup.EntityNotFound` (its
    message lists the closest names) or :class:`~kg.entity_lookup.AmbiguousEntity`."""
    iri = None
    # A segment kg's own IRIs could end with ("south-korea") is tried as id:segment first,
    # through the resolver, so a merged entity still shows as its cluster's canonical one.
    if _SEGMENT.fullmatch(name):
        try:
            iri = graph.resolve(f"id:{name}")
        except EntityNotFound:
            iri = None
    if iri is None:
        iri = graph.resolve(name)
    view = entity_page(graph, iri, page)
    if view is None:
        raise EntityNotFound(f"no entity named {name!r}")
    return view


def suggested_names(message: str) -> list[str]:
    """The names an :class:`EntityNotFound` message suggests ("did you mean 'A', 'B'?"):
    they are Python literals, written by :mod:`kg.entity_lookup` with ``repr``.

    >>> suggested_names("no entity named 'Dropbx'; did you mean 'Dropbox', \\"O'Neil, Inc\\"?")
    ['Dropbox', "O'Neil, Inc"]
    >>> suggested_names("no entity named 'Zz'")
    []
    """
    _, found, tail = message.rpartition("; did you mean ")
    if not found or not tail.endswith("?"):
        return []
    try:
        names = ast.literal_eval(f"[{tail[:-1]}]")
    except (ValueError, SyntaxError):
        return []  # another wording: the message is still shown
    return [n for n in names if isinstance(n, str)]


def neighbours(graph, iri: str, shown: list[str], limit: int = 200) -> dict | None:
    """:func:`kg.viz.neighbour_records` for *iri* (None when it is not in the graph)."""
    from kg.viz import neighbour_records

    projection = graph.projection()
    if iri not in projection:
        return None
    return neighbour_records(projection, iri, graph.ontology, shown=shown, limit=limit)


def explorer_picture(graph, options: dict) -> str:
    """The kg viz page for the explorer's frames (:meth:`kg.graph.KnowledgeGraph.viz`, as
    ``kg viz`` draws it), written with :data:`EXPAND_URL` so a double click on a node draws
    its neighbours."""
    return graph.viz(max_nodes=300, expand_url=EXPAND_URL, **options)



#: Registered at the end of :data:`kg.serve.tasks.TASKS`.
EXPLORER_TASKS = {
    "entity_page": entity_page, "entity_named": entity_named, "neighbours": neighbours,
    "explorer_picture": explorer_picture,
}
