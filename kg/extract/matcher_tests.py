"""Quicker set tests for spaCy's token ``Matcher`` (:func:`quicken`).

spaCy runs a token pattern's set test (``{"ENT_TYPE": {"IN": [...]}}``, ``{"LOWER":
{"NOT_IN": [...]}}``) as a general Python object that, at each call, asks which kind of test
it is (extension, regular expression, fuzzy, set operator) before it looks the value up. The
matcher calls each distinct test once per token, and kg's relation rules start with some
70 distinct ones: on the written mixes those calls were about a quarter of the rule matcher's
time. For a token's own attribute the test reduces to reading the attribute's id off the
token and looking it up among the set's ids, which is what :func:`quicken` puts in its place.
"""

from __future__ import annotations

from operator import attrgetter

__all__ = ["quicken"]


def _readers() -> dict[int, attrgetter]:
    from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, NORM, ORTH, POS, TAG

    # The Token properties that return the very id spaCy's matcher compares (the norm, as
    # there, falls back to the word's own when the token has none).
    return {attr: attrgetter(name) for attr, name in (
        (ORTH, "orth"), (LOWER, "lower"), (NORM, "norm"), (LEMMA, "lemma"), (POS, "pos"), (TAG, "tag"), (DEP, "dep"),
        (ENT_TYPE, "ent_type"),
    )}


def quicken(matcher) -> None:
    """Swap each set test of *matcher* (a ``spacy.matcher.Matcher``) on a token's own
    word, lemma, tags or entity type for a quicker one that answers the same.

    The swapped test keeps the index and key by which spaCy shares tests between patterns,
    so patterns added afterwards still share them.

    >>> import spacy
    >>> from spacy.matcher import Matcher
    >>> nlp = spacy.blank("en")
    >>> matcher = Matcher(nlp.vocab)
    >>> matcher.add("x", [[{"LOWER": {"IN": ["hanul", "daewon"]}}, {"LOWER": {"NOT_IN": ["and"]}}]])
    >>> doc = nlp("Hanul and Daewon bought Minjin")
    >>> before = matcher(doc)
    >>> quicken(matcher)
    >>> [type(test).__name__ for test in matcher._extra_predicates]
    ['function', 'function']
    >>> matcher(doc) == before, [doc[s:e].text for _, s, e in before]
    (True, ['Daewon bought'])
    """
    try:
        from spacy.matcher.matcher import _SetPredicate
    except ImportError:
        # A spaCy without this private class keeps its own tests: slower, the same matches.
        return
    readers = _readers()
    tests = getattr(matcher, "_extra_predicates", None)
    if tests is None:
        return
    for index, test in enumerate(tests):
        if type(test) is _SetPredicate and not test.is_extension and not test.regex and test.fuzzy is None \
                and test.attr in readers and test.predicate in ("IN", "NOT_IN"):
            tests[index] = _quick(readers[test.attr], frozenset(test.value), test.predicate == "IN", test.i, test.key)


def _quick(read, ids: frozenset, inside: bool, index: int, key):
    if inside:
        def quick(token) -> bool:
            return read(token) in ids
    else:
        def quick(token) -> bool:
            return read(token) not in ids
    quick.i, quick.key = index, key
    return quick
