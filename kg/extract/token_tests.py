"""One token's attribute tests, as kg's own matchers of spaCy patterns read them.

:mod:`kg.extract.tree_patterns` (the frames) and :mod:`kg.extract.attribute_matches` (the
model's attribute ruler) both match spaCy patterns without spaCy's matchers, over a
document's attribute array. A pattern token's test (``{"TAG": "NN"}``, ``{"LEMMA": {"IN":
[...]}}``) becomes a ``(column, kind, value)`` triple of ids; :func:`fits` says whether a
token passes all of a token's triples.

>>> from spacy.strings import get_string_id
>>> tests = (read_test(0, "NN"), read_test(1, {"NOT_IN": ["be"]}))
>>> columns = [[get_string_id("NN"), get_string_id("VB")], [get_string_id("robot"), get_string_id("be")]]
>>> fits(tests, columns, 0), fits(tests, columns, 1)
(True, False)
"""

from __future__ import annotations

import re

__all__ = ["EQUAL", "IN", "NOT_IN", "REGEX", "fits", "read_test"]

EQUAL, IN, NOT_IN, REGEX = range(4)


def read_test(column: int, wanted) -> tuple | None:
    """The test of *wanted* (a string, or ``IN`` / ``NOT_IN`` of strings, or ``REGEX``) on
    attribute *column* as ``(column, kind, value)``; None for a form not read here."""
    from spacy.strings import get_string_id  # spaCy's ids, as its matchers compare them

    if isinstance(wanted, str):
        return column, EQUAL, get_string_id(wanted)
    if isinstance(wanted, dict) and len(wanted) == 1:
        (operator, value), = wanted.items()
        if operator in ("IN", "NOT_IN") and isinstance(value, list) and all(isinstance(v, str) for v in value):
            return column, IN if operator == "IN" else NOT_IN, frozenset(map(get_string_id, value))
        if operator == "REGEX" and isinstance(value, str):
            return column, REGEX, re.compile(value)
    return None


def fits(tests: tuple, columns: list, token: int, strings=None) -> bool:
    """Whether *token* (an index into each of *columns*) passes every one of *tests*;
    *strings* (a ``StringStore``) turns ids back into text for ``REGEX`` tests."""
    for column, kind, wanted in tests:
        value = columns[column][token]
        if kind == EQUAL:
            if value != wanted:
                return False
        elif kind == REGEX:
            if not wanted.search(strings[value]):
                return False
        elif (value in wanted) != (kind == IN):
            return False
    return True
