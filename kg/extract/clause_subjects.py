"""A repair of the dependency parse made with those of :mod:`kg.extract.parse_repair`:
the subject of a sentence's verb that the parser took into the clause before it.

"After Daewon bought 20% of Hanul, Minjin announced a plant": with no subject for
"announced", the small parser reads "Hanul, Minjin" as one noun phrase, Minjin its head and
Hanul its modifier, so that Daewon bought part of Minjin. Two names joined by a bare comma
inside a clause, the second right before a verb that clause hangs on and that has no
subject, are the end of the clause and the verb's subject.
"""

from __future__ import annotations

from kg.extract.patterns import token_mark, token_marks

__all__ = ["subjects_taken_into_clauses"]

#: Labels the parser gives the first name when it reads the two as one phrase.
_MODIFIER_LABELS = frozenset({"nmod", "compound", "appos", "amod"})

#: Labels of a verb's subject; a verb that has one needs none.
_SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def subjects_taken_into_clauses(doc) -> int:
    """Give back to the verb right after a merged name the name the parser hung as the head
    of a name before it and its comma, inside a clause of that verb ("After Daewon bought
    20% of Hanul, Minjin announced ..."); return how many names were moved. The first name
    takes the second's place in the clause."""
    changed = 0
    # The names, read in one pass (a token's ``_`` is an object built at each read); moving
    # a name in the parse changes none.
    names = token_marks(doc, "kg_entity")
    for token in doc:
        if token.i + 1 >= len(doc) or token.dep_ in _SUBJECT_LABELS or not names[token.i]:
            continue
        verb = _verb_after(doc, token)
        if verb is None or token not in list(verb.subtree) or token.head.i == verb.i:
            continue
        first = _name_before_comma(token)
        if first is None:
            continue
        first.head, first.dep_ = token.head, token.dep_
        for child in [c for c in token.children if c.i < token.i]:
            child.head = first
        token.head, token.dep_ = verb, "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"
        changed += 1
    return changed


def _verb_after(doc, token):
    """The finite verb right after *token* (through its auxiliary), that has no subject and
    whose clause before it opens with a conjunction; else None."""
    after = doc[token.i + 1]
    verb = after.head if after.dep_ in ("aux", "auxpass") and after.head.i > after.i else after
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT" or any(c.dep_ in _SUBJECT_LABELS for c in verb.children):
        return None
    # Only a clause that says when or why ("After ...", "Since ..."): a name before a
    # subjectless verb elsewhere may be the parser's right reading of a fragment.
    clauses = [c for c in verb.children if c.dep_ == "advcl" and c.i < token.i and any(m.dep_ == "mark" for m in c.children)]
    if not any(token in list(c.subtree) for c in clauses):
        return None
    return verb


def _name_before_comma(token):
    """The name the parser hung on *token* as its modifier, written before it with only a
    comma between; else None."""
    doc = token.doc
    for child in token.children:
        if child.dep_ in _MODIFIER_LABELS and token_mark(child, "kg_entity") and child.i + 2 == token.i and doc[child.i + 1].text == ",":
            return child
    return None
