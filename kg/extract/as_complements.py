"""A noun after "as" that the parser made the subject of a participle or an infinitive after
it ("named Kim as the new CEO starting in 2024": "CEO" the subject of "starting", "starting"
the clause of "as"; "named Kim as chief executive to succeed Lee": "as" the mark of a clause
"executive to succeed"): the noun is what "as" says, and the verb after it tells of it, as
the frames that read a post given "as" a title expect."""

from __future__ import annotations

__all__ = ["as_nouns_given_back"]


def as_nouns_given_back(doc) -> int:
    """Give back "as" its noun where the parser took it for the subject of a participle
    after it (the participle hung on "as") or of an infinitive ("as" the infinitive's
    mark); return how many nouns changed. One pass over the document's tokens.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> vocab = spacy.blank("en").vocab
    >>> words = ["named", "Kim", "as", "the", "CEO", "starting", "in", "2024"]
    >>> doc = Doc(vocab, words=words, heads=[0, 0, 0, 4, 5, 2, 5, 6],
    ...           deps=["ROOT", "dobj", "prep", "det", "nsubj", "pcomp", "prep", "pobj"],
    ...           tags=["VBD", "NNP", "IN", "DT", "NNP", "VBG", "IN", "CD"])
    >>> as_nouns_given_back(doc), doc[4].dep_, doc[4].head.i, doc[5].dep_, doc[5].head.i
    (1, 'pobj', 2, 'acl', 4)
    >>> words = ["named", "Kim", "as", "chief", "executive", "to", "succeed", "Lee"]
    >>> doc = Doc(vocab, words=words, heads=[0, 0, 6, 4, 6, 6, 0, 6],
    ...           deps=["ROOT", "dobj", "mark", "amod", "nsubj", "aux", "advcl", "dobj"],
    ...           tags=["VBD", "NNP", "IN", "JJ", "NN", "TO", "VB", "NNP"],
    ...           pos=["VERB", "PROPN", "SCONJ", "ADJ", "NOUN", "PART", "VERB", "PROPN"])
    >>> as_nouns_given_back(doc), doc[2].dep_, doc[2].head.i, doc[4].dep_, doc[4].head.i, doc[6].dep_, doc[6].head.i
    (1, 'prep', 0, 'pobj', 2, 'acl', 4)
    """
    changed = 0
    for token in doc:
        if token.lower_ != "as":
            continue
        if token.dep_ == "prep":
            # "as the new CEO starting in 2024": the participle hangs on "as".
            clause = next((c for c in token.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
            if clause is None or any(c.dep_ == "aux" for c in clause.children):
                continue
        elif token.dep_ == "mark":
            # "as chief executive to succeed Lee": "as" marks the infinitive.
            clause = token.head
            if clause.tag_ != "VB" or clause.head.i == clause.i or clause.head.pos_ not in ("VERB", "AUX") \
                    or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                continue
        else:
            continue
        noun = next((c for c in clause.children if c.dep_ == "nsubj" and token.i < c.i < clause.i), None)
        if noun is None or noun.tag_ not in ("NN", "NNP"):
            continue
        if token.dep_ == "mark":
            token.head, token.dep_ = clause.head, "prep"
        noun.head, noun.dep_ = token, "pobj"
        clause.head, clause.dep_ = noun, "acl"
        changed += 1
    return changed
