"""A person's name NER cut short or began late, made whole: "Yoon Suk" of "Yoon Suk Yeol",
"Moon Jae" of "Moon Jae-in", "Naresh" read as a firm before the person "Malhotra", "Pham
Nhat" before "Vuong" read as a place."""

from __future__ import annotations

import functools

from kg.extract.entities import reference_entities
from kg.extract.places import world_city_country
from kg.ingest.normalize import name_key

__all__ = ["whole_person_names"]


def whole_person_names(doc):
    """A person's name NER ended one word short: "Yoon Suk" of "Yoon Suk Yeol" (the parse
    makes the next proper noun the head of the name's words), "Moon Jae" of "Moon Jae-in"
    (a hyphen with no space on either side joins the given name's halves), or begun one
    word late ("Naresh Malhotra" read as the organisation "Naresh" and the person
    "Malhotra")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    # "Naresh | Malhotra": a given name NER read as an organisation right before a family
    # name it read as a person's, the parse making the first a compound of the second.
    joined = {e.end: e for e in ents if e.label_ in ("ORG", "GPE") and len(e) == 1 and e[0].is_title and e[0].pos_ == "PROPN"
              and e[0].dep_ == "compound" and e[0].head.i == e.end}
    ents = [e for e in ents if not (e.end in joined and joined[e.end] is e and any(
        p.start == e.end and p.label_ == "PERSON" and len(p) == 1 for p in ents))]
    # "Pham Nhat | Vuong": a family name NER read as a place of one word, no place known.
    starts = {e.start: e for e in ents if e.label_ in ("GPE", "ORG") and len(e) == 1 and not _known_place(e.text)}
    changed, dropped = [], set()
    for ent in ents:
        start, end = ent.start, ent.end
        if ent.label_ == "PERSON" and len(ent) == 1 and start in joined and joined[start] not in ents:
            start = joined[start].start
        if ent.label_ == "PERSON" and end in starts and doc[end - 1].whitespace_ == " " and doc[end].text.istitle() \
                and doc[end].pos_ == "PROPN" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
            dropped.add(end)
            end += 1
        elif ent.label_ == "PERSON":
            # Not "Anil Ambani-controlled": a participle after the hyphen says what the person does.
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                    and doc[end + 1].is_alpha and end + 1 not in taken and doc[end + 1].tag_ not in ("VBN", "VBD", "VBG"):
                end += 2
            elif end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text.istitle() \
                    and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end:
                end += 1
        changed.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
    changed = [e for e in changed if e.start not in dropped or e.label_ == "PERSON"]
    if len(changed) != len(doc.ents) or any(a is not b for a, b in zip(changed, ents)):
        doc.ents = changed
    return doc


@functools.cache
def _known_places() -> frozenset[str]:
    return frozenset(name_key(n) for e in reference_entities()[0] if e.cls in ("Country", "City") for n in e.names)


def _known_place(name: str) -> bool:
    return name_key(name) in _known_places() or world_city_country(name) is not None
