"""What a store holds, counted: quads, graphs, entities by class, relations by name,
statements and sources (``kg stats``)."""

from __future__ import annotations

from dataclasses import dataclass

from kg.namespaces import ONTOLOGY_GRAPH

__all__ = ["Stats", "store_stats"]


@dataclass
class Stats:
    """Counts that describe a store's content.

    >>> print("\\n".join(Stats(9, 2, {"Person": 1, "Company": 3}, {"investsIn": 2}, 2,
    ...     [{"source": "src:a", "title": "A", "issued": "2026", "quads": 9}]).as_lines()))
    quads       9
    graphs      2
    statements  2
    entities by class:
      Company                 3
      Person                  1
    relations:
      investsIn               2
    sources:
      src:a  A (2026): 9 quads
    """

    quads: int
    graphs: int
    entities: dict[str, int]
    relations: dict[str, int]
    statements: int
    sources: list[dict[str, str | int]]

    def as_dict(self) -> dict:
        """The counts as ``kg stats --format json`` prints them."""
        return dict(self.__dict__)

    def as_lines(self) -> list[str]:
        """The counts as lines for a reader: classes and relations most numerous first."""
        def ranked(counts: dict[str, int]) -> list[str]:
            return [f"  {name:<24}{count}" for name, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]

        lines = [f"quads       {self.quads}", f"graphs      {self.graphs}", f"statements  {self.statements}"]
        lines += ["entities by class:", *ranked(self.entities), "relations:", *ranked(self.relations), "sources:"]
        for source in self.sources:
            title = f"  {source['title']}" if source["title"] else ""
            issued = f" ({source['issued']})" if source["issued"] else ""
            lines.append(f"  {source['source']}{title}{issued}: {source['quads']} quads")
        return lines


def store_stats(store, ontology) -> Stats:
    """The :class:`Stats` of *store*, its classes and relations named as *ontology* names
    them; the ontology's own graph is not a source."""
    entity_classes = {c.iri: c.name for c in ontology.entity_classes()}
    relations = {r.iri: r.name for r in ontology.direct_relations()}
    by_class = store.query(
        "SELECT ?class (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?class } GROUP BY ?class"
    )
    by_relation = store.query(
        "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p"
    )
    statements = store.query(
        "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st kg:subject ?s ; kg:relation ?r }"
    )
    sources = store.query(
        """SELECT ?source ?title ?issued (COUNT(*) AS ?quads) WHERE {
             GRAPH ?source { ?s ?p ?o }
             OPTIONAL { GRAPH ?source { ?source dcterms:title ?title } }
             OPTIONAL { GRAPH ?source { ?source dcterms:issued ?issued } }
           } GROUP BY ?source ?title ?issued ORDER BY ?source"""
    )
    return Stats(
        quads=len(store),
        graphs=len(store.graphs()),
        entities={
            entity_classes[c]: int(n) for c, n in by_class.rows if c in entity_classes
        },
        relations={relations[p]: int(n) for p, n in by_relation.rows if p in relations},
        statements=int(statements.rows[0][0]) if statements.rows else 0,
        sources=[
            {
                "source": str(source),
                "title": str(title) if title is not None else "",
                "issued": str(issued) if issued is not None else "",
                "quads": int(quads),
            }
            for source, title, issued, quads in sources.rows
            if source != ONTOLOGY_GRAPH
        ],
    )
