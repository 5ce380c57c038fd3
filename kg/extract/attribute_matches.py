"""The matches of a spaCy ``AttributeRuler``'s patterns, found through an index of their
first tokens.

The English model's attribute ruler (tags to parts of speech, a few exceptions) has ~180
patterns of one or two tokens; spaCy's ``Matcher`` tries every one of them at every token,
which cost as much as the parser. Nearly all of them want one exact tag or one exact word
at their first token: :class:`AttributeMatches` looks a token's tag and word up in an index
and tries only the patterns found there (and the few that want neither), then hands the
ruler exactly the match list its own ``match`` would, sorted as it sorts them; the ruler's
own ``set_annotations`` still applies them. A ruler with a pattern of another form is left
as it is (:func:`faster_attribute_ruler`).
"""

from __future__ import annotations

from kg.extract.token_tests import EQUAL, fits, read_test

__all__ = ["AttributeMatches", "faster_attribute_ruler"]

#: Token attributes a pattern may test here, each as spaCy's matcher reads it (an id).
_ATTRIBUTES = ("LOWER", "TAG", "DEP", "ORTH", "NORM", "POS", "LEMMA", "IS_SPACE")
_COLUMN = {name: number for number, name in enumerate(_ATTRIBUTES)}
#: Index the first token by these, best first: a word is rarer than a tag.
_INDEXED = (_COLUMN["LOWER"], _COLUMN["ORTH"], _COLUMN["TAG"])


def _test(name: str, wanted) -> tuple | None:
    """One attribute test as ``(column, kind, value)``, or None for a form not read here."""
    if name not in _COLUMN:
        return None
    if name == "IS_SPACE":
        return (_COLUMN[name], EQUAL, int(wanted)) if isinstance(wanted, bool) else None
    return read_test(_COLUMN[name], wanted)


class AttributeMatches:
    """``AttributeRuler.match`` by an index: the same ``(rule, match id, start, end)`` list.

    Parameters
    ----------
    ruler : spacy.pipeline.AttributeRuler
        The ruler whose patterns are matched.

    Raises
    ------
    ValueError
        When a pattern has a form not read here (an operator, another attribute);
        :func:`faster_attribute_ruler` then keeps spaCy's.
    """

    def __init__(self, ruler) -> None:
        self._vocab = ruler.vocab
        self._index: dict[tuple[int, int], list[tuple]] = {}
        self._anywhere: list[tuple] = []
        for rule, key in enumerate(self._keys(ruler)):
            for pattern in ruler.matcher.get(key)[1]:
                tokens = []
                for token in pattern:
                    tests = tuple(_test(name, wanted) for name, wanted in token.items())
                    if None in tests or "OP" in token:
                        raise ValueError(f"attribute rule {rule}: {token!r} is not read here")
                    tokens.append(tests)
                if not tokens:
                    raise ValueError(f"attribute rule {rule} has an empty pattern")
                first = {column: value for column, kind, value in tokens[0] if kind == EQUAL}
                column = next((c for c in _INDEXED if c in first), None)
                if column is None:
                    self._anywhere.append((rule, key, tokens[0], tuple(tokens[1:])))
                    continue
                # The index holds the test it was looked up by: most rules ("TAG": "NN")
                # have nothing left to test.
                rest = tuple(t for t in tokens[0] if t != (column, EQUAL, first[column]))
                self._index.setdefault((column, first[column]), []).append((rule, key, rest, tuple(tokens[1:])))

    def _keys(self, ruler) -> list[int]:
        # The ruler adds its n-th rule under the string id of "n" (rules sort by n).
        return [self._vocab.strings.add(str(rule)) for rule in range(len(ruler.attrs))]

    def __call__(self, doc) -> list[tuple[int, int, int, int]]:
        from spacy.attrs import IDS

        length = len(doc)
        if not length:
            return []
        columns = [list(c) for c in zip(*doc.to_array([IDS[name] for name in _ATTRIBUTES]).tolist())]
        strings = self._vocab.strings
        # A set: two patterns of one rule over the same tokens are one match, as spaCy's.
        matches = set()
        indexed = [(column, columns[column]) for column in _INDEXED]
        for start in range(length):
            entries = [e for column, values in indexed for e in self._index.get((column, values[start]), ())]
            for rule, key, first, after in entries + self._anywhere:
                if first and not fits(first, columns, start, strings):
                    continue
                end = start + 1 + len(after)
                if after and (end > length or not all(fits(tests, columns, start + offset, strings) for offset, tests in enumerate(after, 1))):
                    continue
                matches.add((rule, key, start, end))
        return sorted(matches)


def faster_attribute_ruler(nlp) -> bool:
    """Give *nlp*'s attribute ruler the indexed matching of :class:`AttributeMatches`, when
    it has one and all its patterns are of the forms read there; return whether it did.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> ruler = nlp.add_pipe("attribute_ruler")
    >>> ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
    >>> ruler.add([[{"LOWER": "gon"}, {"LOWER": "na"}]], {"LEMMA": "go"})
    >>> faster_attribute_ruler(nlp)
    True
    >>> doc = nlp.make_doc("Hanul is gonna grow")
    >>> doc[0].tag_ = "NNP"
    >>> [t.pos_ for t in nlp.get_pipe("attribute_ruler")(doc)][:1], doc[2].lemma_
    (['PROPN'], 'go')
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    try:
        matches = AttributeMatches(ruler)
    except ValueError:
        return False
    # The ruler calls self.match(doc) and applies what it returns with its own code.
    ruler.match = matches
    return True
