"""Stores, chosen by URL.

``oxigraph:PATH``
    The embedded, persistent, transactional store (pyoxigraph). The default, at ./kg-store.
``memory:``
    rdflib in memory: for tests and tiny graphs; gone when the process ends.
``http(s)://HOST/PATH``
    Any SPARQL 1.1 Protocol server. The URL is the query endpoint; the update endpoint is
    derived from it (see :mod:`kg.store.remote`) or set with ``KG_UPDATE_URL``. The server
    must treat its default graph as the union of its named graphs. Oxigraph server and
    Virtuoso are recognised and spoken to as each needs (:mod:`kg.store.remote_servers`);
    bulk writes go through the Graph Store Protocol where offered
    (:mod:`kg.store.remote_writes`).
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import StoreError
from kg.store.base import Quad, Results, Store

__all__ = [
    "DEFAULT_STORE",
    "Quad",
    "Results",
    "Store",
    "data_triples",
    "install_ontology",
    "open_store",
    "resolve_store_url",
    "shown_url",
    "store_exists",
]

DEFAULT_STORE = "oxigraph:./kg-store"


def resolve_store_url(url: str | None = None) -> str:
    """The store URL to use: *url*, else ``$KG_STORE``, else :data:`DEFAULT_STORE`."""
    return url or os.environ.get("KG_STORE") or DEFAULT_STORE


def open_store(url: str | None = None, *, read_only: bool = False) -> Store:
    """Open the store at *url* (see the module docstring for the forms).

    *read_only* opens an embedded store for reading, so that many readers can share it;
    writing through such a store raises :class:`kg.errors.StoreError`.

    >>> with open_store("memory:") as store:
    ...     len(store)
    0
    """
    url = resolve_store_url(url)
    scheme, _, rest = url.partition(":")
    scheme = scheme.lower()
    if scheme == "memory":
        from kg.store.memory import MemoryStore

        return MemoryStore(url)
    if scheme == "oxigraph":
        from kg.store.oxigraph import OxigraphStore

        if not rest:
            raise StoreError("oxigraph: needs a directory, e.g. oxigraph:./kg-store")
        return OxigraphStore(url, rest, read_only=read_only)
    if scheme in ("http", "https"):
        from kg.store.remote import RemoteStore

        return RemoteStore(url)
    raise StoreError(
        f"unknown store URL {url!r}: use oxigraph:PATH, memory: or http(s)://HOST/PATH"
    )


def store_exists(url: str | None = None) -> bool:
    """Whether the store at *url* is there already: False only for an embedded store whose
    directory does not exist yet (opening it to write would create it). ``memory:`` and
    servers always are (a new ``memory:`` store is empty, not missing).

    >>> store_exists("memory:"), store_exists("oxigraph:/nonexistent/kg-store")
    (True, False)
    """
    scheme, _, rest = resolve_store_url(url).partition(":")
    if scheme.lower() == "oxigraph":
        return Path(rest).exists()
    return True


def install_ontology(store: Store, ontology) -> None:
    """Keep *ontology*'s own graph in *store* current (replaced whole), for queries on its
    labels and for the shapes run by the store itself (:func:`kg.validation.runs_in_store`).

    >>> from kg.ontology import load_ontology
    >>> with open_store("memory:") as store:
    ...     install_ontology(store, load_ontology())
    ...     len(store) > 0
    True
    """
    from kg.namespaces import ONTOLOGY_GRAPH

    store.replace_graph(ONTOLOGY_GRAPH, [(s, p, o, ONTOLOGY_GRAPH) for s, p, o in ontology.graph])


def data_triples(store: Store):
    """Every triple of *store* outside the ontology's own graph (graphs merged, duplicates
    kept): the data, to which a validator adds the ontology it is given."""
    from kg.namespaces import ONTOLOGY_GRAPH

    return ((s, p, o) for s, p, o, g in store.quads() if g != ONTOLOGY_GRAPH)


def shown_url(url: str) -> str:
    """*url* as kg prints it: a password in a server's URL replaced by ``***``.

    >>> shown_url("http://dba:secret@127.0.0.1:8890/sparql-auth"), shown_url("oxigraph:kg-store")
    ('http://dba:***@127.0.0.1:8890/sparql-auth', 'oxigraph:kg-store')
    """
    from kg.store.remote import without_password

    return without_password(url) if "://" in url else url
