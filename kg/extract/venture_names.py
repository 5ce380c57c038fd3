"""A joint venture named once and then referred to by its noun: "The joint venture,
tentatively named Hanul Battery, ...", "Hanul Battery, the new joint venture, ...", "a
venture called Hanul Battery": later (and earlier) "the joint venture", "the JV", "this
newly-formed venture" stand for the firm so named. Fresh words do not stop such a noun, as
they stop "the new company" (kg/extract/coreference.py): a venture is formed in the story
that names it."""

from __future__ import annotations

import functools
import re

from kg.errors import OntologyError
from kg.extract.doc_ents import ents_of
from kg.extract.guard import setting_words
from kg.resources import resource_dir, word_set

__all__ = ["venture_parents", "venture_spans", "venture_undertakings"]

#: Words that open a noun phrase referring back ("the JV", "this venture", "its joint venture").
_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "our"})


@functools.cache
def venture_undertakings() -> frozenset[str]:
    """``venture_undertakings`` of names.yaml: words after "venture" that make it an undertaking."""
    return word_set(resource_dir("data") / "reference" / "names.yaml", "venture_undertakings", OntologyError,
                    "reference data", required=True)


def _noun_at(doc, i: int) -> int:
    """The end (exclusive) of a venture noun (``venture_nouns`` of extraction.yaml: "venture",
    "JV") at token *i*, or -1; "joint" and other modifiers before it are the phrase's."""
    return i + 1 if doc[i].lower_ in setting_words("venture_nouns") else -1


def venture_spans(doc, taken: set[int], entities: dict, firm_classes: tuple[str, ...]) -> list:
    """Spans of the venture nouns that refer to a joint venture the text names, with the
    entity each stands for, before or after it is named; none where the text names no
    venture or more than one."""
    firms = [(start, end, e) for e in entities.values() if e.cls in firm_classes for start, end in e.mentions]
    if not firms:
        return []
    starting = {start: (end, e) for start, end, e in firms}
    ending = {end: e for _, end, e in firms}
    nouns = []
    i = 0
    while i < len(doc):
        end = _noun_at(doc, i) if i not in taken else -1
        # "venture capital", "joint venture partner": the noun only modifies another;
        # "its venture into robotics" is an undertaking.
        modifies = end > i and end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN") and end not in taken
                                                    or doc[end].lower_ in venture_undertakings())
        if end > i and not modifies and not any(k in taken for k in range(i, end)):
            nouns.append((i, end))
            i = end
        else:
            i += 1
    named, naming = [], set()
    for start, end in nouns:
        venture = _named_after(doc, end, starting) or _named_before(doc, start, ending)
        if venture is not None:
            named.append((doc[start].idx, venture))
            naming.add(start)
    if len({e.key for _, e in named}) != 1:
        return []  # two named ventures leave it unsaid which "the joint venture" is
    naming_verbs = setting_words("naming_verbs")
    spans = []
    for start, end in nouns:
        if start in naming or end < len(doc) and doc[end].lemma_ in naming_verbs:
            continue
        opening = start - 1
        while opening >= 0 and start - opening <= 6 and opening not in taken and doc[opening].lower_ not in _DETERMINERS \
                and (doc[opening].pos_ in ("ADJ", "NOUN", "VERB", "ADV", "NUM") or doc[opening].text in ("-", "–")):
            opening -= 1
        if opening < 0 or doc[opening].lower_ not in _DETERMINERS or opening in taken:
            continue
        chosen = named[0][1]
        alone = any(k in taken for k in range(opening, start))
        span = doc[start:end] if alone else doc[opening:end]
        spans.append((span, {"kg_class": chosen.cls, "kg_entity": chosen.key, "kg_coref": True}))
        taken.update(t.i for t in span)
    return spans


def _named_after(doc, end: int, starting: dict):
    """The firm a venture noun ending at *end* is named as after it: "The joint venture,
    tentatively named Hanul Battery", "a venture called Hanul Battery", "joint venture
    Hanul Battery" (not "the joint venture Hanul formed": a clause's subject)."""
    naming_verbs = setting_words("naming_verbs")
    k = end
    if k < len(doc) and doc[k].text == ",":
        k += 1
    opened = k
    # "tentatively named", "to be called", "better known as"
    while k < len(doc) and k - opened < 3 and doc[k].pos_ in ("ADV", "AUX", "PART"):
        k += 1
    said = k < len(doc) and doc[k].lemma_ in naming_verbs and doc[k].tag_ in ("VBN", "VBD")
    if said:
        k += 1
        if k < len(doc) and doc[k].lower_ == "as":
            k += 1
    elif k != opened:
        return None
    if k >= len(doc) or doc[k].idx not in starting:
        return None
    close, venture = starting[doc[k].idx]
    mention = [t for t in doc[k:] if t.idx < close]
    if not said and (k == end and any(t.dep_ in ("nsubj", "nsubjpass") for t in mention)
                     or k > end and not any(t.dep_ == "appos" for t in mention)):
        return None  # "the joint venture Hanul formed"; "the joint venture, Hanul said,"
    return venture


def _named_before(doc, start: int, ending: dict):
    """The firm a venture noun opening at *start* describes in apposition: "Hanul Battery,
    the new joint venture,", "Hanul Battery, a 50-50 joint venture of Daewon and Honda"."""
    k = start - 1
    while k > 0 and start - k <= 4 and doc[k].lower_ not in ("the", "a", "an", "its", "their") \
            and (doc[k].pos_ in ("ADJ", "NOUN", "VERB", "ADV", "NUM") or doc[k].text in ("-", "–")):
        k -= 1
    if k < 2 or doc[k].lower_ not in ("the", "a", "an", "its", "their") or doc[k - 1].text != ",":
        return None
    return ending.get(doc[k - 2].idx + len(doc[k - 2].text))


def venture_parents(doc):
    """ "the LG Chem-Huayou joint venture", "a Hanul-Daewon JV": a venture named by its two
    parents joined by a hyphen names two firms, which NER leaves out or reads as one. Each
    part must be a name on its own (named elsewhere in the text, two words or more, or
    initials; the second one word after a first so named), so one name written with a hyphen
    ("Mercedes-Benz", "Rolls-Royce") stays one."""
    from spacy.tokens import Span

    nouns = setting_words("venture_nouns")
    parents = []
    for token in doc[1:]:
        if token.lower_ not in nouns:
            continue
        end = token.i - 1 if doc[token.i - 1].lower_ == "joint" else token.i
        start = end
        while start > 0 and (doc[start - 1].text[:1].isupper() or doc[start - 1].text in ("-", "&")) \
                and not doc[start - 1].is_sent_start:
            start -= 1
        hyphens = [t.i for t in doc[start:end] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
        if len(hyphens) != 1 or not start < hyphens[0] < end - 1:
            continue
        parts = [doc[start:hyphens[0]], doc[hyphens[0] + 1:end]]
        # "LG Chem-Huayou": after a first parent named whole, the second may be one word.
        if _named_alone(parts[0]) and (_named_alone(parts[1]) or _named_whole(parts[0])):
            parents.extend(Span(doc, part.start, part.end, label="ORG") for part in parts)
    if not parents:
        return doc
    # Names over the parents (the pair read as one, "the ... joint venture plant") go.
    kept = [e for e in ents_of(doc) if not any(e.start < p.end and p.start < e.end for p in parents)]
    doc.ents = sorted([*kept, *parents], key=lambda e: e.start)
    return doc


def _named_whole(part) -> bool:
    """Whether a hyphen's side is two words or more ("LG Chem") or initials ("GM")."""
    return len(part) > 1 or part.text.isupper() and len(part.text) > 1


def _named_alone(part) -> bool:
    """Whether a hyphen's side is a firm's name by itself: two words or more ("LG Chem"),
    initials ("GM"), or a name the text also writes without the hyphen."""
    if _named_whole(part):
        return True
    return re.search(rf"(?<![\w-]){re.escape(part.text)}(?![\w-])", part.doc.text) is not None
