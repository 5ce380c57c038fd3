"""kg: economic and geopolitical news as a knowledge graph of actors and relations.

The public API::

    from kg import KnowledgeGraph
    graph = KnowledgeGraph.open("oxigraph:./kg-store")
    graph.query("SELECT ?firm WHERE { id:lg-electronics kg:holdsStakeIn ?firm }")
"""

from kg._version import __version__
from kg.errors import (
    IngestError,
    KGError,
    OntologyError,
    QueryError,
    StoreBusyError,
    StoreError,
)
from kg.graph import KnowledgeGraph
from kg.ontology import Ontology, load_ontology
from kg.store import Results, Store, open_store

__all__ = [
    "IngestError",
    "KGError",
    "KnowledgeGraph",
    "Ontology",
    "OntologyError",
    "QueryError",
    "Results",
    "Store",
    "StoreBusyError",
    "StoreError",
    "__version__",
    "load_ontology",
    "open_store",
]

