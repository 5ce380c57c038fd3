"""A noun after "as" that the parser made the subject of a participle after it ("named Kim
as the new CEO starting in 2024": "CEO" the subject of "starting", "starting" the clause
of "as"): the noun is what "as" says, and the participle tells of it, as the frames that
read a post given "as" a title expect."""

from __future__ import annotations

__all__ = ["as_nouns_before_participles"]


def as_nouns_before_participles(doc) -> int:
    """Give back "as" its noun where the parser took it for a participle's subject; return
    how many nouns changed.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = ["named", "Kim", "as", "the", "CEO", "starting", "in", "2024"]
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 0, 4, 5, 2, 5, 6],
    ...           deps=["ROOT", "dobj", "prep", "det", "nsubj", "pcomp", "prep", "pobj"],
    ...           tags=["VBD", "NNP", "IN", "DT", "NNP", "VBG", "IN", "CD"])
    >>> as_nouns_before_participles(doc), doc[4].dep_, doc[4].head.i, doc[5].dep_, doc[5].head.i
    (1, 'pobj', 2, 'acl', 4)
    """
    changed = 0
    for token in doc:
        if token.lower_ != "as" or token.dep_ != "prep":
            continue
        clause = next((c for c in token.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
        if clause is None:
            continue
        noun = next((c for c in clause.children if c.dep_ == "nsubj" and token.i < c.i < clause.i), None)
        if noun is None or noun.tag_ not in ("NN", "NNP") or any(c.dep_ == "aux" for c in clause.children):
            continue
        noun.head, noun.dep_ = token, "pobj"
        clause.head, clause.dep_ = noun, "acl"
        changed += 1
    return changed
