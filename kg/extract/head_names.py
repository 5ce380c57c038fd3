"""Names a head word or a known firm's name ended too early: "Harbor Games | Fund", "Expo |
Capital Partners", "Mubadala | Capital", "Annual Meeting | of the New Champions"."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from kg.extract.doc_ents import ents_of

__all__ = ["heads_go_on"]


def heads_go_on(doc, head_labels: frozenset[str], firm_words: frozenset[str], legal_form_after: Callable[[Any], bool]):
    """A name the head-word rule or a known firm's name ended where a firm's word
    follows goes on to it, and is an organisation's: "Harbor Games | Fund", "Expo |
    Capital Partners", "Mubadala | Capital"."""
    from spacy.tokens import Span

    longer = []
    for ent in ents_of(doc):
        end = ent.end
        if not ent.ent_id_ and ent.label_ == "KG:Event":
            # "Annual Meeting of the New Champions", "Summit of the Americas".
            tail = end + 2 if end + 2 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ == "the" else end + 1
            if end < len(doc) and doc[end].lower_ == "of" and tail < len(doc) and doc[tail].pos_ == "PROPN" \
                    and doc[tail].text[:1].isupper():
                while tail < len(doc) and doc[tail].pos_ == "PROPN" and doc[tail].text[:1].isupper() \
                        and "\n" not in doc[tail - 1].whitespace_:
                    tail += 1
                longer.append(Span(doc, ent.start, tail, label="KG:Event"))
                continue
        if not ent.ent_id_ and ent.label_ in head_labels and legal_form_after(ent):
            longer.append(Span(doc, ent.start, end, label="ORG"))  # "Hanul Pharmaceutical Factory, Inc."
            continue
        # "Mubadala | Capital": a known firm's name that goes on with a firm's word names
        # another firm (an arm of it), as a head word's does.
        firm = ent.label_ in ("KG:InvestmentFirm", "KG:Company")
        if (ent.ent_id_ and not firm) or ent.label_ not in head_labels and not firm or end >= len(doc) \
                or doc[end - 1].whitespace_ != " " \
                or not (doc[end].text[:1].isupper() and doc[end].lower_ in firm_words):
            continue
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end - 1].whitespace_ == " ":
            end += 1
        longer.append(Span(doc, ent.start, end, label="ORG"))
    if longer:
        doc.ents = sorted([*(e for e in ents_of(doc) if not any(e.start < n.end and n.start < e.end for n in longer)), *longer],
                          key=lambda e: e.start)
    return doc
