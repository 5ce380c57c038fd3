"""Names NER ran over a verb between two names ("Corvane bought Talvik Systems" read as one
firm's name): a lower-case verb in a finite tense inside a name, whose subject the parse
finds in the words before it and whose object in the words after, says two names and what
one did to the other. NER's one name hid both firms and the fact; the name is cut into the
two, each with NER's label. A lower-case word that is no such verb ("Bank of America",
"Made in Hanul Holdings") leaves the name whole."""

from __future__ import annotations
from kg.extract.doc_ents import ents_of

__all__ = ["names_apart_at_verbs"]

#: Tags of finite verbs: a name's own words may be gerunds or participles ("Rolling Stone").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OBJECTS = frozenset({"dobj", "attr", "dative"})


def _verb_between(ent):
    for token in ent[1:-1]:
        if not token.is_lower or token.tag_ not in _FINITE:
            continue
        kids = list(token.children)
        if any(c.dep_ in ("nsubj", "nsubjpass") and ent.start <= c.i < token.i for c in kids) \
                and any(c.dep_ in _OBJECTS and token.i < c.i < ent.end for c in kids) and ent.doc[token.i + 1].text[:1].isupper():
            return token
    return None


def names_apart_at_verbs(doc):
    """*doc* with each name that runs over a verb between its subject and its object cut
    into the two names (see the module)."""
    from spacy.tokens import Span

    ents, changed = [], False
    for ent in ents_of(doc):
        verb = _verb_between(ent) if len(ent) > 2 else None
        if verb is None:
            ents.append(ent)
            continue
        ents += [Span(doc, ent.start, verb.i, label=ent.label_), Span(doc, verb.i + 1, ent.end, label=ent.label_)]
        changed = True
    if changed:
        doc.ents = ents
    return doc
