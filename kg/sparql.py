"""Binding values into SPARQL without pasting user text into the query.

Every backend receives the same query text, so binding happens here, once: each bound
variable becomes an inline ``VALUES`` block at the head of the query's WHERE group, and each
value is serialised as one RDF term with the escaping of N-Triples. A name taken from a news
article can therefore only ever be a literal (or a checked IRI), never SPARQL syntax.

>>> from rdflib import Literal
>>> bind("SELECT ?x WHERE { ?x ?p ?name }", {"name": Literal('A "B"')})
'SELECT ?x WHERE { VALUES ?name { "A \\\\"B\\\\"" } ?x ?p ?name }'
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.namespaces import PREFIXES, XSD

__all__ = ["bind", "term_to_sparql", "parse_param", "check_iri", "query_form"]

# What the SPARQL grammar's IRIREF allows between < and >.
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:([\w.-]*)\Z")
_KEYWORD = re.compile(r"[A-Za-z]+")
# N-Triples escapes: inside "..." nothing else can end the string or the line.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")


def check_iri(value: str) -> URIRef:
    """Return *value* as an IRI, or raise :class:`QueryError` if SPARQL could not hold it."""
    if not value or not _IRIREF.fullmatch(f"<{value}>") or ":" not in value:
        raise QueryError(f"not a valid absolute IRI: {value!r}")
    return URIRef(value)


def term_to_sparql(term: Identifier) -> str:
    """Serialise one RDF term for a query; IRIs are checked, literals escaped.

    >>> term_to_sparql(Literal("x\\ny"))
    '"x\\\\ny"'
    """
    if isinstance(term, URIRef):
        return f"<{check_iri(str(term))}>"
    if isinstance(term, Literal):
        text = str(term).translate(_ESCAPES)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None:
            return f'"{text}"^^{term_to_sparql(term.datatype)}'
        return f'"{text}"'
    if isinstance(term, BNode):
        raise QueryError("a blank node cannot be bound as a query parameter")
    raise QueryError(f"cannot bind {term!r}: not an RDF term")


def parse_param(text: str) -> Identifier:
    """Read a ``--param`` value: ``<iri>``, ``prefix:name``, ``"lit"@en``, ``"5"^^xsd:integer``,
    or anything else as a plain string literal.

    >>> parse_param("kg:Company")
    rdflib.term.URIRef('https://w3id.org/kg/ontology#Company')
    >>> parse_param("LG Electronics")
    rdflib.term.Literal('LG Electronics')
    """
    if text.startswith("<") and text.endswith(">"):
        return check_iri(text[1:-1])
    match = _PNAME.fullmatch(text)
    if match and match.group(1) in PREFIXES:
        return URIRef(PREFIXES[match.group(1)] + match.group(2))
    typed = re.fullmatch(r'"(.*)"\^\^(\S+)', text, re.S)
    if typed:
        datatype = parse_param(typed.group(2))
        if not isinstance(datatype, URIRef):
            raise QueryError(f"not a datatype IRI: {typed.group(2)!r}")
        return Literal(typed.group(1), datatype=datatype)
    tagged = re.fullmatch(r'"(.*)"@([A-Za-z]+(?:-[A-Za-z0-9]+)*)', text, re.S)
    if tagged:
        return Literal(tagged.group(1), lang=tagged.group(2))
    if re.fullmatch(r'"(.*)"', text, re.S):
        return Literal(text[1:-1])
    return Literal(text, datatype=None) if text else Literal("", datatype=XSD.string)


def _tokens(query: str):
    """Yield (kind, start, end) for the tokens that matter when looking for the body:
    braces, parentheses and keywords, skipping comments, strings and IRIs."""
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif ch in "\"'":
            long = query.startswith(ch * 3, i)
            quote = ch * 3 if long else ch
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                if not long and query[j] == "\n":
                    break
                j += 2 if query[j] == "\\" else 1
            i = j + len(quote)
        elif ch == "<" and (iri := _IRIREF.match(query, i)):
            i = iri.end()
        elif ch in "{}()":
            yield ch, i, i + 1
            i += 1
        elif ch.isalpha():
            word = _KEYWORD.match(query, i)
            # A prefixed name (rdf:type) or variable (?select) is not a keyword.
            before = query[i - 1] if i else " "
            after = query[word.end()] if word.end() < n else " "
            if before not in "?$:_" and after not in ":" :
                yield word.group().upper(), i, word.end()
            i = word.end()
        else:
            i += 1


def query_form(query: str) -> str:
    """Return SELECT, CONSTRUCT, DESCRIBE or ASK, or UPDATE when the text is none of them.

    >>> query_form("PREFIX a: <http://a/> ask { ?s ?p ?o }")
    'ASK'
    """
    for kind, _, _ in _tokens(query):
        if kind in _FORMS:
            return kind
    return "UPDATE"


def _body_start(query: str) -> tuple[int, int | None]:
    """Offset just past the ``{`` that opens the query's WHERE group, and, for the short
    form ``CONSTRUCT WHERE { ... }``, the offset of that group's closing ``}`` (else None).

    A CONSTRUCT template (the first group when no WHERE keyword precedes it) is skipped,
    and so are groups inside parentheses, e.g. ``(EXISTS { ... } AS ?x)`` in a projection.
    """
    form = None
    depth_paren = 0
    where_seen = False
    template_depth = 0
    template_done = False
    tokens = _tokens(query)
    for kind, start, end in tokens:
        if form is None:
            form = kind if kind in _FORMS else None
            continue
        if template_depth:
            template_depth += {"{": 1, "}": -1}.get(kind, 0)
            continue
        if kind == "(":
            depth_paren += 1
        elif kind == ")":
            depth_paren -= 1
        elif kind == "WHERE":
            where_seen = True
        elif kind == "{" and depth_paren == 0:
            if form == "CONSTRUCT" and not where_seen and not template_done:
                template_depth, template_done = 1, True
                continue
            if form == "CONSTRUCT" and not template_done:
                return end, _group_end(tokens)
            return end, None
    raise QueryError("parameters need a query with a WHERE { ... } group")


def _group_end(tokens) -> int:
    """Offset of the ``}`` closing a group whose ``{`` the *tokens* iterator just passed."""
    depth = 1
    for kind, start, _ in tokens:
        depth += {"{": 1, "}": -1}.get(kind, 0)
        if depth == 0:
            return start
    raise QueryError("the query's WHERE group is not closed")


def bind(query: str, bindings: Mapping[str, Identifier] | None) -> str:
    """Return *query* with each of *bindings* fixed by a ``VALUES`` block at the head of its
    WHERE group. Variable names are checked; values are serialised by :func:`term_to_sparql`.
    """
    if not bindings:
        return query
    if query_form(query) not in _FORMS:
        raise QueryError("parameters can only be bound in SELECT, CONSTRUCT, DESCRIBE or ASK")
    blocks = []
    for name, term in bindings.items():
        name = name.lstrip("?$")
        if not _VARNAME.match(name):
            raise QueryError(f"not a variable name: {name!r}")
        blocks.append(f"VALUES ?{name} {{ {term_to_sparql(term)} }}")
    at, short_end = _body_start(query)
    if short_end is not None:
        # CONSTRUCT WHERE { T } allows triples only; spelled out as CONSTRUCT { T } WHERE
        # { T } it means the same and its WHERE group can take the VALUES blocks.
        template = query[at:short_end]
        keyword_end = next(end for kind, _, end in _tokens(query) if kind == "CONSTRUCT")
        return (
            f"{query[:keyword_end]} {{{template}}}{query[keyword_end:at]}"
            f" {' '.join(blocks)}{template}{query[short_end:]}"
        )
    return f"{query[:at]} {' '.join(blocks)}{query[at:]}"
