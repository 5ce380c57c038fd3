"""The byte-level shortcuts of a cold projection's reads and piece files give what the
slow ways give: the flat CSV reading of :mod:`kg.store.oxigraph` (line ends dropped and
read as commas by ``bytes.translate``) against the terms read one by one, and a piece file's lists of
strings (:func:`kg.store.pieces._json_strings`) against the JSON encoder, on random
answers and lists made of the characters each shortcut must not get wrong."""

from __future__ import annotations

import json
import random

import pyoxigraph as ox
import pytest

from kg.store import pieces
from kg.store.oxigraph import _csv_values, _plain

# What CSV quotes or splits on, what JSON escapes (controls, quote, backslash, DEL is not),
# and characters outside ASCII, which take the slower check of a piece file.
AWKWARD = ["a", "b", ",", '"', "\\", "\r", "\n", "\r\n", "\t", "\x00", "\x1f", "\x7f", " ", "é", "\u2028", "😀"]


def _text(rng: random.Random, alphabet: list[str]) -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))


def _term_by_term(store: ox.Store, sparql: str) -> tuple[list[str], list[str]]:
    """The answer read one term at a time: the slow way (the csv module is no oracle: it
    reads the line of a one-column row holding "" as no row at all)."""
    result = store.query(sparql)
    variables = [variable.value for variable in result.variables]
    return variables, ["" if term is None else _plain(term) for solution in result for term in solution]


@pytest.mark.parametrize("seed", range(8))
def test_a_flat_csv_reading_is_the_terms_read_one_by_one(seed):
    rng = random.Random(seed)
    # Literals of awkward text, or plain text only (the quote-free answers the shortcut
    # reads), IRIs with and without commas (which only the field count catches).
    alphabet = AWKWARD if seed % 2 else ["a", "b", "é", " ", "-"]
    store = ox.Store()
    predicates = [ox.NamedNode(f"http://x/p{n}") for n in range(3)]
    for n in range(rng.randint(0, 40)):
        subject = ox.NamedNode(f"http://x/s{n}" + ("," * rng.randint(0, 1) if seed % 3 == 2 else ""))
        value = ox.Literal(_text(rng, alphabet)) if rng.random() < 0.7 else ox.NamedNode(f"http://x/o{rng.randint(0, 9)}")
        store.add(ox.Quad(subject, rng.choice(predicates), value))
    for sparql in (
        "SELECT ?s ?o WHERE { ?s ?p ?o }",
        "SELECT ?s WHERE { ?s ?p ?o }",
        "SELECT ?o WHERE { ?s ?p ?o }",
        "SELECT ?s ?p ?o ?none WHERE { ?s ?p ?o OPTIONAL { ?s <http://x/nothing> ?none } }",
        "SELECT ?s WHERE { ?s <http://x/nothing> ?o }",
    ):
        expected = _term_by_term(store, sparql)
        assert _csv_values(store.query(sparql), lambda q=sparql: store.query(q)) == expected, sparql


@pytest.mark.parametrize("seed", range(8))
def test_a_piece_files_strings_are_the_json_encoders(seed):
    rng = random.Random(seed)
    alphabet = AWKWARD if seed % 2 else ["a", "b", ":", "/", " "]  # plain: the fast path
    for _ in range(200):
        values = [_text(rng, alphabet) for _ in range(rng.randint(0, 5))]
        assert b"".join(pieces._json_strings(values)) == json.dumps(values, ensure_ascii=False, separators=(",", ":")).encode()
    # Not strings at all: written as the encoder writes them.
    assert b"".join(pieces._json_strings([1, "a"])) == b'[1,"a"]'
