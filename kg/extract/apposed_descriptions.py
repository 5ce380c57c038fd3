"""Whom a description refers back to when the text described one firm so before: in
"Minjin Ventures, a Seoul-based venture firm, ... So far the firm has invested in Hanul",
"the firm" is Minjin Ventures, the one set beside "a ... firm", not the story's most named
or last subject (read137: a fund that backed a venture firm's fund was read as the
investor in the firm's start-ups); and whom one that says a clause cannot tell ("X made an
offer for Y's steel unit, the German conglomerate said": the seller may speak as well as
the buyer, read137's one such line was the seller's)."""

from __future__ import annotations

__all__ = ["described_before", "owner_told_in_said_clause", "past_modifiers"]

#: Words a description set beside a name may run to before its noun ("a San
#: Francisco-based venture firm specializing in ...").
_DESCRIPTION_WORDS = 8


def described_before(doc, token, candidates: list):
    """The candidate (a DocumentEntity) whose last mention before *token*, the noun of a
    description that refers back ("the firm"), is followed by ", a/an ... <that noun>" or
    comes right after that noun ("eyewear startup Minjin"); the latest such one, or None
    where none is. In a round-up of deals each firm is told so once, and "the startup" of
    a later line is the last one introduced as a startup, not the first firm named."""
    found, at = None, -1
    for entity in candidates:
        for start, end in entity.mentions:
            if end > token.idx or start <= at:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            if span.start > 0 and doc[span.start - 1].lower_ == token.lower_ and _opens_its_sentence(doc, span):
                found, at = entity, start
                continue
            if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in ("a", "an"):
                continue
            if _noun_of(doc, span.end + 2) == token.lower_:
                found, at = entity, start
    return found


def _opens_its_sentence(doc, span) -> bool:
    """Whether the description and name of *span* open its sentence ("Gurugram-based
    health education startup Hanul said ..."): how a round-up introduces each story's firm.
    Not a name told in passing ("he worked at trading company Hanul", "..., with payments
    firm Hanul in third"), which a later "the company" of the story's firm is not."""
    opening = doc[span.sent.start:span.start]
    return len(opening) <= _DESCRIPTION_WORDS and not any(
        t.is_punct and t.text not in ("-", "–") or t.pos_ in ("ADP", "CCONJ", "AUX", "PRON")
        or t.pos_ == "DET" and t.i != span.sent.start for t in opening)


def _noun_of(doc, i: int) -> str | None:
    """The head noun (lower case) of the description opening at token *i*: the last of its
    run of modifiers and nouns, before a word of another kind or a comma."""
    noun = None
    for token in doc[i:min(i + _DESCRIPTION_WORDS, len(doc))]:
        if token.pos_ in ("NOUN", "PROPN", "ADJ") or token.text == "-" or token.tag_ == "VBN":
            noun = token.lower_ if token.pos_ == "NOUN" else noun
            continue
        break
    return noun


#: Verbs by which a description after a clause says it ("..., the German group said").
_SAYING = frozenset({"say", "announce", "confirm", "add", "state"})


def owner_told_in_said_clause(token) -> bool:
    """Whether *token*, the noun of a description that refers back, is the subject of a
    verb of saying whose clause, told before it, names an owner in the possessive ("X has
    made an offer to acquire Y's steel division, the German conglomerate said"): the
    speaker may be the clause's subject or the owner, and a home given to the wrong one is
    worse than none."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ not in _SAYING:
        return False
    said = [c for c in verb.children if c.dep_ == "ccomp" and c.i < token.i]
    return any(t.dep_ == "case" and t.lower_ in ("'s", "’s") and t.head.pos_ == "PROPN"
               for clause in said for t in clause.subtree)




#: Words before a demonym that set the firm apart from the one named before ("the other
#: Japanese automaker"): no description of it.
_OTHER_WORDS = frozenset({"other", "another", "rival", "second", "third", "fellow", "new", "former", "based", "headquartered"})


def past_modifiers(doc, opening, taken: set[int]):
    """The first of up to two plain modifiers right before *opening*, the demonym of a
    description ("the leading Japanese automaker", "the same British company"), or
    *opening* where none is: the determiner stands before them. Not words that tell
    another firm ("the other Japanese automaker"), nor a mention's token."""
    first = opening
    while first.i > 0 and opening.i - first.i < 2:
        word = doc[first.i - 1]
        if word.i in taken or word.lower_ in _OTHER_WORDS or not (word.pos_ in ("ADJ", "ADV") or word.tag_ == "VBG"):
            break
        first = word
    return first
