"""Binding values into SPARQL without pasting user text into the query.

Every backend receives the same query text, so binding happens here, once: each bound
variable becomes an inline ``VALUES`` block at the head of the query's WHERE group, and of
the WHERE group of every subquery that mentions the variable, so that the value holds
wherever the name occurs. Each value is serialised as one RDF term with the escaping of
N-Triples. A name taken from a news article can therefore only ever be a literal (or a
checked IRI), never SPARQL syntax.

>>> from rdflib import Literal
>>> bind("SELECT ?x WHERE { ?x ?p ?name }", {"name": Literal('A "B"')})
'SELECT ?x WHERE { VALUES ?name { "A \\\\"B\\\\"" } ?x ?p ?name }'

What kg sends is the user's text with insertions (kg's prologue, a ``BASE``, the VALUES
blocks); :class:`Prepared` keeps them, so that a parser's error position is told in the
user's text.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass

from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.namespaces import PREFIXES, XSD, sparql_prologue

__all__ = [
    "UPDATE_OPERATIONS",
    "Prepared",
    "bind",
    "check_iri",
    "exact_literal",
    "parse_param",
    "prepare",
    "query_form",
    "term_to_sparql",
]

# What the SPARQL grammar's IRIREF allows between < and >.
_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_VARNAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_VARIABLE = re.compile(r"[?$]([A-Za-z0-9_\u00b7\u00c0-\uffff]+)")
_PNAME = re.compile(r"([A-Za-z][\w.-]*)?:([\w.-]*)\Z")
# A prefixed name where one starts (the local part may be empty: "ex:").
_PNAME_AT = re.compile(r"(?:[A-Za-z][\w.-]*)?:[\w.-]*")
_KEYWORD = re.compile(r"[A-Za-z]+")
# N-Triples escapes: inside "..." nothing else can end the string or the line.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_FORMS = ("SELECT", "CONSTRUCT", "DESCRIBE", "ASK")
#: The words an update operation starts with (after its prologue).
UPDATE_OPERATIONS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
# Where parsers put a position in their messages: Oxigraph "at 3:14", rdflib "line:3, col:14".
_POSITION = re.compile(r"(?:(?<=\bat )(\d+):(\d+))|(?:(?<=line:)(\d+), col:(\d+))")
# One token as a person reads it, for "unexpected '...'": an IRI, a string, a variable, a
# prefixed name, a word or number, else one character.
_TOKEN = re.compile(
    r"""<[^<>\s]*>?|"(?:[^"\\\n]|\\.)*"?|'(?:[^'\\\n]|\\.)*'?|[?$][\w\u00b7\u00c0-\uffff]+"""
    r"""|[\w\u00c0-\uffff.-]*:[\w\u00c0-\uffff.-]*|[\w\u00c0-\uffff]+(?:\.\d+)?|\S"""
)
# What Oxigraph's message says of a prefixed name whose prefix no PREFIX declares.
_NO_PREFIX = "Prefix not found"
# What rdflib says of one, with the prefix and no position.
_RDFLIB_NO_PREFIX = re.compile(r"^Unknown namespace prefix\s*:\s*([\w.-]*)")
_SHOWN_TOKEN = 40  # a longer token is cut, so the line stays a line


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


def exact_literal(text: str, datatype: str | URIRef) -> Literal:
    """A typed literal whose lexical form is *text* exactly, as the engine wrote it.

    rdflib normalises by default (``"1"^^xsd:double`` becomes ``"1.0"``, a date loses its
    timezone), and collapses the spaces of ``xsd:token`` and ``xsd:normalizedString`` even
    when told not to normalise; neither is what the user's data says.

    >>> str(exact_literal("x  y", XSD.token)), str(exact_literal("2020-01-01Z", XSD.date))
    ('x  y', '2020-01-01Z')
    """
    literal = Literal(text, datatype=URIRef(datatype), normalize=False)
    if str(literal) == text:
        return literal
    exact = str.__new__(Literal, text)
    exact._language, exact._datatype = None, literal.datatype
    exact._value, exact._ill_typed = literal.value, literal.ill_typed
    return exact


def parse_param(text: str) -> Identifier:
    """Read a ``--param`` value: ``<iri>``, ``prefix:name``, ``"lit"@en``, ``"5"^^xsd:integer``,
    or anything else as a plain string literal. A typed literal keeps its lexical form as
    written (``"2020-01-01Z"^^xsd:date`` keeps its timezone).

    >>> parse_param("kg:Company")
    rdflib.term.URIRef('https://w3id.org/kg/ontology#Company')
    >>> parse_param("LG Electronics")
    rdflib.term.Literal('LG Electronics')
    >>> str(parse_param('"1e3"^^xsd:double'))
    '1e3'
    """
    if text.startswith("<") and text.endswith(">"):
        return check_iri(text[1:-1])
    match = _PNAME.fullmatch(text)
    if match and match.group(1) in PREFIXES:
        return URIRef(PREFIXES[match.group(1)] + match.group(2))
    typed = re.fullmatch(r'"(.*)"\^\^(\S+)', text, re.DOTALL)
    if typed:
        datatype = parse_param(typed.group(2))
        if not isinstance(datatype, URIRef):
            raise QueryError(f"not a datatype IRI: {typed.group(2)!r}")
        return exact_literal(typed.group(1), datatype)
    tagged = re.fullmatch(r'"(.*)"@([A-Za-z]+(?:-[A-Za-z0-9]+)*)', text, re.DOTALL)
    if tagged:
        return Literal(tagged.group(1), lang=tagged.group(2))
    if re.fullmatch(r'"(.*)"', text, re.DOTALL):
        return Literal(text[1:-1])
    return Literal(text, datatype=None) if text else Literal("", datatype=XSD.string)


# Kinds of the string tokens _tokens yields: a closed string, a one-line string its line (or
# the text) ends in, a long string never closed. They start with a quote, so no keyword test
# (str.isalpha) takes them for a word.
_STRING, _OPEN_ON_LINE, _OPEN_TO_END = '"', '"line', '"end'


def _tokens(query: str, *, names: bool = False):
    """Yield (kind, start, end) for the tokens that matter when looking for groups and for
    faults of nesting: brackets (``{}()[]``), keywords (upper-cased), variables (kind
    ``VAR``), IRIs (kind ``<>``) and strings (kinds ``_STRING``, ``_OPEN_ON_LINE``,
    ``_OPEN_TO_END``), skipping comments; with *names*, prefixed names too (kind
    ``PNAME``: ``kg:Company``, ``:x``; not a blank node's ``_:b``). This is kg's one scan of
    SPARQL text: a ``#`` or a brace inside a string or an IRI is never taken for a comment
    or a group, nor a colon there for a prefixed name."""
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif ch in "\"'":
            quote = ch * 3 if query.startswith(ch * 3, i) else ch
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                if len(quote) == 1 and query[j] == "\n":
                    break
                j += 2 if query[j] == "\\" else 1
            if j >= n or not query.startswith(quote, j):
                yield (_OPEN_ON_LINE if len(quote) == 1 else _OPEN_TO_END), i, min(j, n)
            else:
                yield _STRING, i, j + len(quote)
            i = j + len(quote)
        elif ch == "<" and (iri := _IRIREF.match(query, i)):
            yield "<>", i, iri.end()
            i = iri.end()
        elif ch in "{}()[]":
            yield ch, i, i + 1
            i += 1
        elif ch in "?$" and (variable := _VARIABLE.match(query, i)):
            yield "VAR", i, variable.end()
            i = variable.end()
        elif names and (ch.isalpha() or ch == ":") and (i == 0 or not (query[i - 1].isalnum() or query[i - 1] in "?$:_.-")) \
                and (name := _PNAME_AT.match(query, i)):
            yield "PNAME", i, name.end()
            i = name.end()
        elif ch.isalpha():
            word = _KEYWORD.match(query, i)
            # A prefixed name (rdf:type) or a blank node label (_:select) is not a keyword.
            before = query[i - 1] if i else " "
            after = query[word.end()] if word.end() < n else " "
            if before not in "?$:_" and after not in ":":
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


@dataclass(frozen=True)
class _Group:
    """The WHERE group of a query or subquery: tokens *open* to *close* (its braces)."""

    open: int
    close: int
    short_construct: bool  # CONSTRUCT WHERE { T }: the group is also the template


def _where_groups(tokens: list[tuple[str, int, int]]) -> list[_Group]:
    """The WHERE group of the query (first) and of each subquery, as token indices.

    A CONSTRUCT template (the first group when no WHERE keyword precedes it) is skipped,
    and so are groups inside parentheses, e.g. ``(EXISTS { ... } AS ?x)`` in a projection.
    """
    closing: dict[int, int] = {}
    stack: list[int] = []
    for index, (kind, _, _) in enumerate(tokens):
        if kind == "{":
            stack.append(index)
        elif kind == "}" and stack:
            closing[stack.pop()] = index
    groups = []
    outer = True
    for index, (kind, _, _) in enumerate(tokens):
        if kind not in (_FORMS if outer else ("SELECT",)):
            continue
        form, outer = kind, False
        depth, where_seen, template_done = 0, False, False
        at = index + 1
        while at < len(tokens):
            token = tokens[at][0]
            if token == "(":
                depth += 1
            elif token == ")":
                depth -= 1
            elif token == "WHERE":
                where_seen = True
            elif token == "{":
                if at not in closing:
                    raise QueryError("the query's WHERE group is not closed")
                if depth or (form == "CONSTRUCT" and not where_seen and not template_done):
                    template_done = template_done or not depth
                    at = closing[at]
                else:
                    groups.append(_Group(at, closing[at], form == "CONSTRUCT" and not template_done))
                    break
            at += 1
    return groups


def _insertions(query: str, bindings: Mapping[str, Identifier] | None) -> list[tuple[int, str]]:
    """Where the VALUES blocks of *bindings* go in *query*: (offset, text to insert there)."""
    if not bindings:
        return []
    if query_form(query) not in _FORMS:
        raise QueryError("parameters can only be bound in SELECT, CONSTRUCT, DESCRIBE or ASK")
    blocks = {}
    for name, term in bindings.items():
        name = name.lstrip("?$")
        if not _VARNAME.match(name):
            raise QueryError(f"not a variable name: {name!r}")
        blocks[name] = f"VALUES ?{name} {{ {term_to_sparql(term)} }}"
    tokens = list(_tokens(query))
    for (kind, _, _), (after, start, end) in itertools.pairwise(tokens):
        if kind == "AS" and after == "VAR" and query[start + 1:end] in blocks:
            # VALUES and an assignment of the same variable in one group is an error (or,
            # in a subquery, a second variable of the same name): refused rather than guessed.
            raise QueryError(
                f"?{query[start + 1:end]} is assigned in the query ({query[start:end]} after AS), "
                "so it cannot also be given as a parameter"
            )
    groups = _where_groups(tokens)
    if not groups:
        raise QueryError("parameters need a query with a WHERE { ... } group")
    insertions = []
    for number, group in enumerate(groups):
        used = {query[s + 1:e] for kind, s, e in tokens[group.open:group.close] if kind == "VAR"}
        # The query's own group takes every value; a subquery only those it mentions (an
        # unrelated variable added to it could change what a MINUS or join shares).
        names = list(blocks) if number == 0 else [name for name in blocks if name in used]
        if not names:
            continue
        at = tokens[group.open][2]
        text = f" {' '.join(blocks[name] for name in names)}"
        if group.short_construct:
            # CONSTRUCT WHERE { T } allows triples only; spelled out as CONSTRUCT { T } WHERE
            # { T } it means the same and its WHERE group can take the VALUES blocks.
            template = query[at:tokens[group.close][1]]
            keyword_end = next(end for kind, _, end in tokens if kind == "CONSTRUCT")
            insertions.append((keyword_end, f" {{{template}}}"))
        insertions.append((at, text))
    return sorted(insertions, key=lambda item: item[0])


def _apply(query: str, insertions: list[tuple[int, str]]) -> str:
    parts, last = [], 0
    for at, text in insertions:
        parts += [query[last:at], text]
        last = at
    parts.append(query[last:])
    return "".join(parts)


def bind(query: str, bindings: Mapping[str, Identifier] | None) -> str:
    """Return *query* with each of *bindings* fixed by a ``VALUES`` block at the head of its
    WHERE group (and of each subquery's that mentions it). Variable names are checked;
    values are serialised by :func:`term_to_sparql`; a variable the query assigns itself
    (``AS ?name``) is refused.
    """
    return _apply(query, _insertions(query, bindings))


@dataclass(frozen=True)
class Prepared:
    """A query or update as kg sends it, and how to find the user's text in it."""

    #: The text sent to the engine.
    text: str
    #: The text the user wrote.
    user: str
    #: (offset in the user's text, length inserted there), in order.
    insertions: tuple[tuple[int, int], ...]
    #: The base IRI kg declared, if any.
    base: str | None = None

    def user_offset(self, sent: int) -> int:
        """The offset in the user's text of offset *sent* of the sent text (a position
        inside something kg inserted is the place it was inserted at)."""
        shift = 0
        for at, length in self.insertions:
            start = at + shift
            if sent < start:
                break
            if sent < start + length:
                return at
            shift += length
        return min(max(sent - shift, 0), len(self.user))

    def locate(self, line: int, column: int) -> tuple[int, int]:
        """A parser's 1-based (line, column) in the sent text, in the user's text."""
        return _line_column(self.user, self._user_offset_of(line, column))

    def _user_offset_of(self, line: int, column: int) -> int:
        lines = self.text.split("\n")
        line = min(max(line, 1), len(lines))
        sent = sum(len(before) + 1 for before in lines[: line - 1]) + column - 1
        return self.user_offset(sent)

    def syntax_error(self, message: str) -> QueryError:
        """A :class:`QueryError` for a parser's *message*: where in the user's text, and what
        is wrong there in words (the token found, a string or bracket left open, an unknown
        prefix) instead of the parser's list of what its grammar would have taken.

        >>> prepared = prepare("SELECT * WHERE { ?s ?p }", {"s": Literal("x")})
        >>> prepared.text.splitlines()[-1]
        'SELECT * WHERE { VALUES ?s { "x" } ?s ?p }'
        >>> str(prepared.syntax_error("error at 15:42: expected one of BIND, [_]"))
        "SPARQL syntax error at line 1, column 24: unexpected '}' after '?p'"

        A message without a position (some servers give none) is kept, tidied.
        """
        text = " ".join(message.split())
        found = _POSITION.search(text)
        unknown = _RDFLIB_NO_PREFIX.match(text)
        # rdflib calls the empty prefix (":x") None.
        used = unknown and (_first_use(self.user, unknown.group(1)) or (_first_use(self.user, "") if unknown.group(1) == "None" else None))
        if used is not None:
            line, column = _line_column(self.user, used[0])
            told = f"at line {line}, column {column}: {_unknown_prefix(self.user[used[0]:used[1]])}"
        elif found is None:
            told = re.sub(r"^error\b:?\s*", "", text)
        else:
            line, column = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
            offset, problem = _problem(self.user, self._user_offset_of(int(line), int(column)), text)
            at_line, at_column = _line_column(self.user, offset)
            told = f"at line {at_line}, column {at_column}: {problem}"
        if self.base is None and (relative := self._relative_iri()):
            told += f" ({relative} is a relative IRI and no base was given: use --base or a BASE declaration)"
        return QueryError(f"SPARQL syntax error {told}" if told.startswith("at ") else f"SPARQL syntax error: {told}")

    def _relative_iri(self) -> str | None:
        """The first IRI without a scheme in the user's text, if it declares no BASE."""
        tokens = list(_tokens(self.user))
        if any(kind == "BASE" for kind, _, _ in tokens):
            return None
        return next((self.user[s:e] for kind, s, e in tokens if kind == "<>" and ":" not in self.user[s:e]), None)


def _unknown_prefix(name: str) -> str:
    """What is wrong with the prefixed name *name* whose prefix no PREFIX declares."""
    prefix = name[: name.index(":") + 1]
    return f"unknown prefix {prefix!r} in {name}: declare it (PREFIX {prefix} <...>) or write the full IRI"


def _first_use(text: str, prefix: str) -> tuple[int, int] | None:
    """Where *text* first writes a prefixed name with *prefix* (``foo`` for ``foo:bar``),
    outside strings, IRIs and comments; None when it does not."""
    return next(((start, end) for kind, start, end in _tokens(text, names=True)
                 if kind == "PNAME" and text[start:end].split(":", 1)[0] == prefix), None)


def _line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of *offset* in *text*."""
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _shown(token: str) -> str:
    return repr(token if len(token) <= _SHOWN_TOKEN else token[: _SHOWN_TOKEN - 3] + "...")


def _problem(user: str, offset: int, message: str) -> tuple[int, str]:
    """Where the problem a parser found at *offset* of *user* lies, and what it is in words.

    The parser stops where its grammar could not go on, which is not always where the
    mistake is (rdflib's parser points at the start of the construct that failed, Oxigraph's
    at the furthest point it tried): a misspelt first word, a prefixed name without its
    PREFIX, a string or a bracket left open, a bracket that closes nothing are told where
    they are. Anything else is the token at *offset*, and the one before it.
    """
    tokens = list(_tokens(user))
    first = next(((kind, start, end) for kind, start, end in tokens if kind not in ("PREFIX", "BASE", "<>")), None)
    if first is not None and first[0].isalpha() and first[0] not in _FORMS and first[0] not in UPDATE_OPERATIONS:
        word = user[first[1]:first[2]]
        return first[1], (f"{word!r} does not start a query (SELECT, CONSTRUCT, DESCRIBE, ASK) "
                          "or an update (INSERT, DELETE, LOAD, CLEAR, ...)")
    names = [(start, end) for kind, start, end in _tokens(user, names=True) if kind == "PNAME" and end <= max(offset, 1)]
    if _NO_PREFIX in message and names:
        start, end = names[-1]
        return start, _unknown_prefix(user[start:end])
    # Oxigraph does not always say so (":x" with no PREFIX : is "expected OPTIONAL" further on).
    declared = set(PREFIXES) | {m.group(1) for m in re.finditer(r"(?i)\bPREFIX\s+([\w.-]*):", user)}
    undeclared = [(start, end) for start, end in names if user[start:end].split(":", 1)[0] not in declared]
    if undeclared:
        start, end = undeclared[0]
        return start, _unknown_prefix(user[start:end])
    kind, at, opener = _structure(user)
    if kind is not None:
        line, column = _line_column(user, at)
        if kind == "stray" and opener is not None:
            line, column = _line_column(user, opener)
            return at, f"{user[at]!r} does not close the {user[opener]!r} opened at line {line}, column {column}"
        what = "string" if user[at] in "\"'" else repr(user[at])
        return at, {
            "line": f"the string opened at line {line}, column {column} is not closed on its line",
            "end": f"the string opened at line {line}, column {column} is never closed",
            "stray": f"{user[at]!r} closes nothing that is open",
            "open": f"the {what} opened at line {line}, column {column} is never closed",
        }[kind]
    rest = user[offset:]
    if not rest.strip() or rest.lstrip().startswith("#") and "\n" not in rest.strip():
        return offset, "the text ends before the query or update is complete"
    token = _TOKEN.match(user, offset + len(rest) - len(rest.lstrip()))
    before = [m.group() for m in _TOKEN.finditer(user[:offset])]
    after = f" after {_shown(before[-1])}" if before else ""
    return token.start(), f"unexpected {_shown(token.group())}{after}"


def _structure(text: str) -> tuple[str | None, int, int | None]:
    """The first fault in the nesting of *text*, as (kind, offset, offset of the bracket
    open there): ``line`` a one-line string its line ends in, ``end`` a long string never
    closed, ``stray`` a bracket that closes nothing or not the one open, ``open`` the
    innermost bracket left open; (None, 0, None) when sound. Comments and IRIs are skipped."""
    stack: list[int] = []
    pairs = {"}": "{", ")": "(", "]": "["}
    for kind, start, _ in _tokens(text):
        if kind in (_OPEN_ON_LINE, _OPEN_TO_END):
            return ("line" if kind == _OPEN_ON_LINE else "end"), start, None
        if kind in ("{", "(", "["):
            stack.append(start)
        elif kind in pairs:
            if not stack or text[stack[-1]] != pairs[kind]:
                return "stray", start, (stack[-1] if stack else None)
            stack.pop()
    return ("open", stack[-1], stack[-1]) if stack else (None, 0, None)


def prepare(
    sparql: str, bindings: Mapping[str, Identifier] | None = None, *, base: str | None = None
) -> Prepared:
    """The text kg sends for *sparql*: a ``BASE`` line when *base* is given (so relative
    IRIs resolve against it on every backend), kg's prefixes, then the user's text with
    *bindings* fixed (see :func:`bind`).

    >>> prepare("ASK { <x> ?p ?o }", base="http://e/").text.startswith("BASE <http://e/>\\nPREFIX ")
    True
    """
    head = sparql_prologue()
    if base is not None:
        head = f"BASE {term_to_sparql(check_iri(base))}\n{head}"
    insertions = [(0, head), *_insertions(sparql, bindings)]
    return Prepared(_apply(sparql, insertions), sparql, tuple((at, len(text)) for at, text in insertions), base)
