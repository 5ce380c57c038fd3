"""The namespaces of kg: the only module that spells out their IRIs.

Everything else imports the ``Namespace`` objects or :data:`PREFIXES` from here, so that a
SPARQL query, a Turtle file written by kg and the ontology always agree on the prefixes.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

__all__ = [
    "DCTERMS",
    "ID",
    "KG",
    "ONTOLOGY_GRAPH",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SH",
    "SKOS",
    "SRC",
    "STMT",
    "WD",
    "WDT",
    "XSD",
    "sparql_prologue",
]

KG = Namespace("https://w3id.org/kg/ontology#")
ID = Namespace("https://w3id.org/kg/id/")
SRC = Namespace("https://w3id.org/kg/source/")
STMT = Namespace("https://w3id.org/kg/stmt/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
SH = Namespace("http://www.w3.org/ns/shacl#")
#: The named graph that holds the ontology inside a store, so SPARQL can read its labels.
ONTOLOGY_GRAPH = URIRef("https://w3id.org/kg/ontology")

#: Prefixes pre-declared in every query kg runs and used when kg writes Turtle.
PREFIXES: dict[str, str] = {
    "kg": str(KG),
    "id": str(ID),
    "src": str(SRC),
    "stmt": str(STMT),
    "wd": str(WD),
    "wdt": str(WDT),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "skos": str(SKOS),
    "xsd": str(XSD),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "sh": str(SH),
}


def sparql_prologue(prefixes: dict[str, str] | None = None) -> str:
    """Return ``PREFIX`` lines for *prefixes* (all of :data:`PREFIXES` by default).

    >>> sparql_prologue({"kg": "https://w3id.org/kg/ontology#"})
    'PREFIX kg: <https://w3id.org/kg/ontology#>\\n'
    """
    items = (prefixes if prefixes is not None else PREFIXES).items()
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in items)
