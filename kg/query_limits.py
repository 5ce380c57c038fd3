"""Checks a SPARQL text must pass before it reaches the engine: how deep it nests, how many
tokens it has, and whether it would make the engine send requests elsewhere.

pyoxigraph parses and evaluates queries by recursion on the native stack: 3,000 nested
``{``, 50,000 parentheses or a chain of 8,000 ``+`` (3,000 ``OPTIONAL``) overflow it and the
whole process dies with a segmentation fault (measured with pyoxigraph 0.5.13 on an 8 MB
stack). No Python ``try`` catches that, so texts beyond the limits are refused up front. The
defaults leave a wide margin below those figures and far above any query written by hand.

``SERVICE <iri>`` in a query and ``LOAD <iri>`` in an update make the engine fetch a URL;
they are refused unless the IRI's host is in an explicit list.

>>> check_query_text("SELECT * WHERE { ?s ?p ?o }")
>>> check_query_text("ASK " + "{" * 200 + "}" * 200)
Traceback (most recent call last):
...
kg.query_limits.QueryLimitError: the query nests 101 levels deep; the limit is 100 (max_depth)
>>> outbound_hosts("SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
[('SERVICE', 'example.org')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from kg.errors import QueryError

__all__ = [
    "OutboundRequestError",
    "QueryLimitError",
    "QueryLimits",
    "check_outbound",
    "check_query_text",
    "outbound_hosts",
]

# One lexical unit of SPARQL: strings (long and short, either quote), IRIs, comments,
# variables, prefixed names and keywords, numbers, and single punctuation characters.
# Strings, IRIs and comments are matched whole so that a brace inside them is not nesting.
_TOKEN = re.compile(
    r'''"""(?:[^"\\]|\\.|"(?!""))*(?:"""|\Z)'''
    r"""|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|\Z)"""
    r'''|"(?:[^"\\\n\r]|\\.)*"?'''
    r"""|'(?:[^'\\\n\r]|\\.)*'?"""
    r'''|<[^<>"{}|^`\\\x00-\x20]*>'''
    r"|\#[^\n\r]*"
    r"|[?$][\w]+"
    r"|[\w.-]*:[\w.:%-]*|[A-Za-z_][\w-]*"
    r"|\d[\d.]*(?:[eE][+-]?\d+)?"
    r"|\S",
    re.DOTALL,
)
_OPEN = {"{": "}", "(": ")", "[": "]"}
_CLOSE = set(_OPEN.values())


class QueryLimitError(QueryError):
    """A query or update beyond a size or nesting limit; nothing was run."""


class OutboundRequestError(QueryError):
    """A query or update that would make the engine send a request to a host not allowed."""


@dataclass(frozen=True)
class QueryLimits:
    """The bounds a SPARQL text must keep: nesting of ``{ ( [`` and number of tokens.

    Parameters
    ----------
    max_depth : int
        Deepest nesting of brackets of any kind together.
    max_tokens : int
        Most lexical tokens (a string or an IRI counts as one).
    allowed_hosts : tuple of str
        Hosts that ``SERVICE`` and ``LOAD`` may name; empty refuses both. ``"*"`` allows any.
    """

    max_depth: int = 100
    max_tokens: int = 10_000
    allowed_hosts: tuple[str, ...] = ()


def _tokens(text: str):
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token[0] != "#":
            yield token


def check_query_text(text: str, limits: QueryLimits = QueryLimits(), *, what: str = "query") -> None:
    """Raise :class:`QueryLimitError` naming the limit *text* passes; None if it keeps them.

    The scan stops at the first limit passed, so a hostile text costs at most that much work.
    Unbalanced brackets are left to the parser, which reports them with a position.
    """
    # A text with fewer characters than the token limit and fewer brackets than the depth
    # limit keeps both: most queries are answered without being scanned.
    if len(text) <= limits.max_tokens and sum(text.count(b) for b in "{([") <= limits.max_depth:
        return
    depth = 0
    for count, token in enumerate(_tokens(text), 1):
        if count > limits.max_tokens:
            raise QueryLimitError(f"the {what} has more than {limits.max_tokens:,} tokens; the limit is {limits.max_tokens:,} (max_tokens)")
        if token in _OPEN:
            depth += 1
            if depth > limits.max_depth:
                raise QueryLimitError(f"the {what} nests {depth} levels deep; the limit is {limits.max_depth} (max_depth)")
        elif token in _CLOSE:
            depth = max(0, depth - 1)


def outbound_hosts(text: str) -> list[tuple[str, str]]:
    """Every ``SERVICE`` or ``LOAD`` in *text* with the host its IRI names.

    The host is ``""`` when the target is not a literal IRI (a variable or a prefixed name:
    its address cannot be checked here, so it is never allowed).
    """
    found = []
    upper = text.upper()
    if "SERVICE" not in upper and "LOAD" not in upper:
        return found
    tokens = list(_tokens(text))
    for position, token in enumerate(tokens):
        keyword = token.upper()
        if keyword not in ("SERVICE", "LOAD"):
            continue
        rest = tokens[position + 1:position + 3]
        if rest and rest[0].upper() == "SILENT":
            rest = rest[1:]
        target = rest[0] if rest else ""
        host = ""
        if target.startswith("<") and target.endswith(">"):
            host = (urlsplit(target[1:-1]).hostname or "") if ":" in target else ""
        found.append((keyword, host))
    return found


def check_outbound(text: str, limits: QueryLimits = QueryLimits()) -> None:
    """Raise :class:`OutboundRequestError` unless every SERVICE/LOAD host is allowed."""
    allowed = {host.lower() for host in limits.allowed_hosts}
    for keyword, host in outbound_hosts(text):
        if "*" in allowed and host:
            continue
        if host and host.lower() in allowed:
            continue
        target = f"host {host!r}" if host else "an address that is not a literal IRI"
        raise OutboundRequestError(
            f"{keyword} would send a request to {target}; outbound requests are refused "
            "unless the host is listed as allowed"
        )
