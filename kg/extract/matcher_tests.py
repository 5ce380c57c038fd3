"""Quicker set tests for spaCy's token ``Matcher`` (:func:`quicken`).

spaCy runs a token pattern's set test (``{"ENT_TYPE": {"IN": [...]}}``, ``{"LOWER":
{"NOT_IN": [...]}}``) as a general Python object that, at each call, asks which kind of test
it is (extension, regular expression, fuzzy, set operator) before it looks the value up. The
matcher calls each distinct test once per token, and kg's relation rules start with some
70 distinct ones: on the written mixes those calls were about a quarter of the rule matcher's
time. For a token's own attribute the test reduces to reading the attribute's id off the
token and looking it up among the set's ids, which is what :func:`quicken` puts in its place.

A test of one of kg's own token attributes (``{"_": {"kg_demonym": False}}``) spaCy answers
by reading that attribute of every token of the document before matching, through an object
built at each read: three such attributes cost more than the tests. Written as a set test
(:func:`extension_sets`) and quickened, the attribute is read only where a pattern gets to
it, straight from where spaCy keeps it.
"""

from __future__ import annotations

from operator import attrgetter

__all__ = ["extension_sets", "quicken", "single_values"]


def _readers() -> dict[int, attrgetter]:
    from spacy.attrs import DEP, ENT_TYPE, LEMMA, LOWER, NORM, ORTH, POS, TAG

    # The Token properties that return the very id spaCy's matcher compares (the norm, as
    # there, falls back to the word's own when the token has none).
    return {attr: attrgetter(name) for attr, name in (
        (ORTH, "orth"), (LOWER, "lower"), (NORM, "norm"), (LEMMA, "lemma"), (POS, "pos"), (TAG, "tag"), (DEP, "dep"),
        (ENT_TYPE, "ent_type"),
    )}


def extension_sets(tokens: list[dict]) -> list[dict]:
    """*tokens* (a token pattern) with each test of an extension attribute for one value
    (``{"_": {"kg_demonym": False}}``) written as a test for membership of that one value
    (``{"IN": [0]}``: spaCy's schema takes no truth value in a set, and compares one as the
    number), which matches the same tokens.

    >>> extension_sets([{"LOWER": "in"}, {"_": {"kg_demonym": False, "kg_class": {"IN": ["Country"]}}}])
    [{'LOWER': 'in'}, {'_': {'kg_demonym': {'IN': [0]}, 'kg_class': {'IN': ['Country']}}}]
    """
    return [
        {**token, "_": {name: value if isinstance(value, dict) else {"IN": [int(value) if isinstance(value, bool) else value]}
                        for name, value in token["_"].items()}}
        if isinstance(token.get("_"), dict) else token
        for token in tokens
    ]


#: The token attributes spaCy's matcher compares natively, by one id (see single_values).
_NATIVE = frozenset({"ORTH", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE"})


def single_values(tokens: list[dict]) -> list[dict]:
    """*tokens* (a token pattern) with each set test of a token's own attribute that holds
    one value (``{"ENT_TYPE": {"IN": ["KG:Company"]}}``, as a frame's union of its rules'
    classes often is) written as the plain test for that value (``{"ENT_TYPE":
    "KG:Company"}``), which matches the same tokens.

    spaCy compares a plain value in its own loop, but calls a set test as Python at every
    token a state reaches; a pattern's first token is reached at every token of the text.

    >>> single_values([{"ENT_TYPE": {"IN": ["KG:Company"]}, "LOWER": {"IN": ["a", "an"]}}, {"LEMMA": {"NOT_IN": ["be"]}}])
    [{'ENT_TYPE': 'KG:Company', 'LOWER': {'IN': ['a', 'an']}}, {'LEMMA': {'NOT_IN': ['be']}}]
    """
    return [
        {key: next(iter(value["IN"])) if key in _NATIVE and isinstance(value, dict) and set(value) == {"IN"}
         and len(set(value["IN"])) == 1 and isinstance(next(iter(value["IN"])), str) else value
         for key, value in token.items()}
        for token in tokens
    ]


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
        if type(test) is not _SetPredicate or test.regex or test.fuzzy is not None or test.predicate not in ("IN", "NOT_IN"):
            continue
        if not test.is_extension and test.attr in readers:
            tests[index] = _quick(readers[test.attr], frozenset(test.value), test.predicate == "IN", test.i, test.key)
        elif test.is_extension and (default := _stored_default(test.attr)) is not _NOT_STORED:
            tests[index] = _quick_extension(test.attr, default, frozenset(test.value), test.predicate == "IN", test.i, test.key)


_NOT_STORED = object()


def _stored_default(name: str):
    """The default of the token extension *name* if spaCy keeps its values in the
    document's ``user_data`` and reads a missing one as that default unchanged (no getter,
    no method, an immutable default); else ``_NOT_STORED``."""
    from spacy.tokens import Token

    registered = Token.get_extension(name)
    if registered is None:
        return _NOT_STORED
    default, method, getter, _ = registered
    if method is not None or getter is not None or not isinstance(default, (str, int, float, type(None))):
        return _NOT_STORED
    return default


def _quick(read, ids: frozenset, inside: bool, index: int, key):
    if inside:
        def quick(token) -> bool:
            return read(token) in ids
    else:
        def quick(token) -> bool:
            return read(token) not in ids
    quick.i, quick.key = index, key
    return quick


def _quick_extension(name: str, default, ids: frozenset, inside: bool, index: int, key):
    from spacy.strings import get_string_id

    # What ``token._.get(name)`` reads, and spaCy's set test after it: a value that is no
    # string or number passes neither test.
    def quick(token) -> bool:
        value = token.doc.user_data.get(("._.", name, token.idx, None), default)
        if not isinstance(value, (str, int)):
            return False
        return (get_string_id(value) in ids) is inside

    quick.i, quick.key = index, key
    return quick
