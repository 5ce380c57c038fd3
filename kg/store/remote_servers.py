"""What kg knows of each SPARQL server it writes to: how to send a query, where its Graph
Store Protocol endpoint is, which graphs are its own, and what a write request may hold.

A server is recognised once, by the ``Server`` header of its answer to ``ASK {}``
(``KG_SPARQL_SERVER=oxigraph|virtuoso|generic`` overrides it; ``KG_GSP_URL`` names a
Graph Store Protocol endpoint, or turns it off when empty).

``oxigraph``
    ``oxigraph serve --union-default-graph``. Queries by direct POST; added quads go as
    N-Quads to ``/store`` in one request, which Oxigraph applies whole or not at all; a
    graph is replaced by one ``PUT /store?graph=`` through Oxigraph's bulk loader, which is
    not atomic (see remote_writes).
``virtuoso``
    Virtuoso 7. Queries by form POST (a direct POST is never answered). Every graph is a
    named graph, so kg's default graph is the graph :data:`KG_DEFAULT_GRAPH`; Virtuoso's own
    graphs (``virtrdf#``, ``ldp#``, its service description, DAV) are left out of every
    query. Blank nodes cannot appear in ``INSERT DATA``, and an update of a few thousand
    quads exceeds Virtuoso's SQL limits, so writes go in bounded chunks (see
    :mod:`kg.store.remote_writes`).
``generic``
    Any other SPARQL 1.1 Protocol server: form POST for queries (every server must accept
    it), one ``INSERT DATA`` request per write, unless ``KG_GSP_URL`` is set.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from urllib.parse import urlsplit, urlunsplit

from kg.errors import StoreError

__all__ = ["KG_DEFAULT_GRAPH", "STAGING_PREFIX", "ServerProfile", "ServerWarning", "altered_datatypes", "is_system_graph", "profile_for"]

#: Where kg keeps the default graph's triples on a server without a stored default graph.
KG_DEFAULT_GRAPH = "urn:x-kg:default-graph"
#: Graphs a staged write fills before it moves them into place (see remote_writes).
STAGING_PREFIX = "urn:x-kg:staging:"

# Graphs a fresh Virtuoso holds of its own: its mapping schema, the LDP vocabulary, and
# what its packages add (under openlinksw.com); its service description and WebDAV store
# are named after the host it believes it is.
_VIRTUOSO_SYSTEM_PREFIXES = ("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#", "http://localuriqaserver/")
_VIRTUOSO_SYSTEM_PATHS = ("/sparql", "/sparql/", "/DAV", "/DAV/")


_XSD = "http://www.w3.org/2001/XMLSchema#"
# Literals Virtuoso 7.2 stores as numbers or dates and answers otherwise than written
# (tests/store/test_remote_servers.py shows each). xsd:float and xsd:double lose only their
# lexical form ("30000" comes back "30000.0"), and are not warned about.
_VIRTUOSO_ALTERS = {
    f"{_XSD}duration": 'a duration with years or months comes back as a number of months ("P1Y2M" as "14"), '
    "or the write fails",
    **{
        f"{_XSD}{name}": "two calendar values of the same instant may come back as one another "
        '("2026-01"^^xsd:gYearMonth as "2026"^^xsd:gYear)'
        for name in ("gYear", "gYearMonth", "gMonthDay", "gDay", "gMonth")
    },
}


_DURATION = f"{_XSD}duration"
_YEAR_MONTH = re.compile(r"[YM]")


class ServerWarning(UserWarning):
    """The server will not give back some of what kg writes exactly as written."""


def altered_datatypes(profile_name: str, objects: Iterable[str]) -> dict[str, str]:
    """The datatypes among *objects* (terms in N-Triples syntax) the server changes, with how.

    >>> sorted(altered_datatypes("virtuoso", ['"P1Y"^^<http://www.w3.org/2001/XMLSchema#duration>', '"x"']))
    ['http://www.w3.org/2001/XMLSchema#duration']
    >>> altered_datatypes("virtuoso", ['"PT36H"^^<http://www.w3.org/2001/XMLSchema#duration>'])
    {}
    >>> altered_datatypes("oxigraph", ['"P1Y"^^<http://www.w3.org/2001/XMLSchema#duration>'])
    {}
    """
    if profile_name != "virtuoso":
        return {}
    found = {}
    for term in objects:
        if term.endswith(">") and '"^^<' in term:
            datatype = term[term.rindex('"^^<') + 4 : -1]
            if datatype == _DURATION and not _YEAR_MONTH.search(term[1 : term.rindex('"^^<')].split("T")[0]):
                continue  # a duration of days and hours only comes back as written
            if datatype in _VIRTUOSO_ALTERS:
                found[datatype] = _VIRTUOSO_ALTERS[datatype]
    return found


@dataclass(frozen=True)
class ServerProfile:
    """How to talk to one kind of server (see the module docstring)."""

    name: str
    #: Send queries and updates as form fields (``query=``/``update=``), not as the body.
    form_post: bool = True
    #: The Graph Store Protocol endpoint, and the name of its graph parameter.
    gsp_url: str | None = None
    gsp_graph_param: str = "graph"
    #: The GSP endpoint takes a whole N-Quads dataset in one POST, applied atomically.
    gsp_dataset: bool = False
    #: A GSP PUT replaces a graph fast enough to be kg's replace_graph, though not
    #: atomically (see remote_writes).
    gsp_put_replaces: bool = False
    #: The IRI standing for the default graph, on a server without one.
    default_graph: str | None = None
    #: Blank nodes may appear in INSERT DATA.
    bnodes_in_data: bool = True
    #: Most quads one update request may carry; None: any number.
    update_chunk: int | None = None
    #: Most triples one GSP request may carry; None: any number.
    gsp_chunk: int | None = None

    def system_graph(self, iri: str, server_url: str) -> bool:
        return self.name == "virtuoso" and is_system_graph(iri, server_url)


def is_system_graph(iri: str, server_url: str) -> bool:
    """Whether Virtuoso holds *iri* for itself (see ``_VIRTUOSO_SYSTEM_PREFIXES``).

    >>> is_system_graph("http://www.openlinksw.com/schemas/virtrdf#", "http://127.0.0.1:8890/sparql")
    True
    >>> is_system_graph("http://localhost:8890/DAV/", "http://db.example:8890/sparql")
    True
    >>> is_system_graph("http://example.org/sparql", "http://db.example:8890/sparql")
    False
    """
    if iri.startswith(_VIRTUOSO_SYSTEM_PREFIXES) or iri.startswith(STAGING_PREFIX):
        return True
    parts = urlsplit(iri)
    hosts = {"localhost:8890", urlsplit(server_url).netloc.rpartition("@")[2]}
    return parts.netloc in hosts and parts.path in _VIRTUOSO_SYSTEM_PATHS


def _root(url: str, path: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _known(name: str, query_url: str) -> ServerProfile:
    if name == "oxigraph":
        return ServerProfile(
            "oxigraph", form_post=False, gsp_url=_root(query_url, "/store"), gsp_dataset=True, gsp_put_replaces=True
        )
    if name == "virtuoso":
        # The authenticated endpoint's GSP twin is the authenticated one.
        auth = "-auth" if urlsplit(query_url).path.rstrip("/").endswith("-auth") else ""
        return ServerProfile(
            "virtuoso",
            gsp_url=_root(query_url, f"/sparql-graph-crud{auth}"),
            gsp_graph_param="graph-uri",
            default_graph=KG_DEFAULT_GRAPH,
            bnodes_in_data=False,
            # Virtuoso compiles an update into SQL: ~3,600 quads exceed its 10,000 lines.
            update_chunk=500,
            gsp_chunk=100_000,
        )
    if name == "generic":
        return ServerProfile("generic")
    raise StoreError(f"KG_SPARQL_SERVER must be oxigraph, virtuoso or generic, not {name!r}")


def profile_for(server_header: str | None, query_url: str) -> ServerProfile:
    """The profile for a server that answered with *server_header* (None: unknown), with
    ``KG_SPARQL_SERVER`` and ``KG_GSP_URL`` applied.

    >>> profile_for("Virtuoso/07.20.3229 (Linux)", "http://h:8890/sparql").gsp_url
    'http://h:8890/sparql-graph-crud'
    >>> profile_for("Oxigraph/0.5.13", "http://h:7878/query").gsp_url
    'http://h:7878/store'
    >>> profile_for("nginx", "http://h/ds/query").name
    'generic'
    """
    name = os.environ.get("KG_SPARQL_SERVER", "").strip().lower()
    if not name:
        product = (server_header or "").split("/", 1)[0].strip().lower()
        name = product if product in ("oxigraph", "virtuoso") else "generic"
    profile = _known(name, query_url)
    if "KG_GSP_URL" in os.environ:
        gsp = os.environ["KG_GSP_URL"].strip() or None
        same = gsp == profile.gsp_url
        profile = replace(profile, gsp_url=gsp, gsp_dataset=profile.gsp_dataset and same, gsp_put_replaces=profile.gsp_put_replaces and same)
    return profile
