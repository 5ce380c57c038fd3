"""A person's name NER cut short or began late, made whole: "Yoon Suk" of "Yoon Suk Yeol",
"Moon Jae" of "Moon Jae-in", "Naresh" read as a firm before the person "Malhotra", "Pham
Nhat" before "Vuong" read as a place."""

from __future__ import annotations

import functools
import re

from kg.extract.doc_ents import ents_of
from kg.extract.entities import reference_entities
from kg.extract.places import world_city_country
from kg.ingest.normalize import name_key, reference_words, unaccented

__all__ = ["hyphened_name_at", "whole_person_names", "with_particles"]


def whole_person_names(doc):
    """A person's name NER ended one word short: "Yoon Suk" of "Yoon Suk Yeol" (the parse
    makes the next proper noun the head of the name's words), "Moon Jae" of "Moon Jae-in"
    (a hyphen with no space on either side joins the given name's halves), or begun one
    word late ("Naresh Malhotra" read as the organisation "Naresh" and the person
    "Malhotra")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
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
    # "CEO of Hanul Motors Park Ji-hoon said": a name of that shape NER missed altogether,
    # or of which it read the family name alone as a people's ("Han") or a place's.
    lone = {e.start: e for e in changed if len(e) == 1 and e.label_ in ("NORP", "GPE", "ORG")}
    held = {i for e in changed if e.start not in lone for i in range(e.start, e.end)}
    missed = [Span(doc, t.i, t.i + 4, label="PERSON") for t in doc
              if hyphened_name_at(doc, t.i) and not held & set(range(t.i, t.i + 4))]
    if missed:
        # Every lone mention inside the name goes, not only the one it starts with: "Han Seong-sook"
        # read as a people's "Han" and a place's "Seong" is one name (a fresh story crashed here).
        covered = {i for e in missed for i in range(e.start, e.end)}
        changed = sorted([e for e in changed if not covered & set(range(e.start, e.end))] + missed, key=lambda e: e.start)
    if len(changed) != len(ents_of(doc)) or any(a is not b for a, b in zip(changed, ents)):
        doc.ents = changed
    return doc


@functools.cache
def _known_places() -> frozenset[str]:
    return frozenset(name_key(n) for e in reference_entities()[0] if e.cls in ("Country", "City") for n in e.names)


def _known_place(name: str) -> bool:
    return name_key(name) in _known_places() or world_city_country(name) is not None


def hyphened_name_at(doc, i: int) -> bool:
    """Whether a person's name opens at *i*: a family name written first
    (``family_name_first`` of names.yaml), then a given name joined by a hyphen with no
    space, lower case after it ("Park Ji-hoon", "Kim Min-soo"), as no firm's name is: "CEO
    of Hanul Motors Park Ji-hoon said" names the firm, then its chief."""
    return i + 3 < len(doc) and doc[i].text in _family_first() and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha \
        and doc[i + 2].text == "-" and not doc[i + 1].whitespace_ and not doc[i + 2].whitespace_ \
        and doc[i + 3].is_lower and doc[i + 3].is_alpha


@functools.cache
def _family_first() -> frozenset[str]:
    return reference_words("family_name_first")


def with_particles(name: str) -> bool:
    """Whether *name* is a person's written with lower-case particles ("Mohammed bin
    Salman", "Ursula von der Leyen"): two to four capitalised words besides them, with no
    organisation's word (``name_particles`` and ``organisation_cues`` of names.yaml)."""
    words = name.split()
    named = [w for w in words if w not in _particles()]
    return len(named) < len(words) and 2 <= len(named) <= 4 and words[0] not in _particles() \
        and all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)*", unaccented(w)) for w in named) \
        and not any(w.lower() in _organisation_cues() for w in named)


@functools.cache
def _particles() -> frozenset[str]:
    """``name_particles`` of names.yaml, as written (lower case)."""
    return reference_words("name_particles")


@functools.cache
def _organisation_cues() -> frozenset[str]:
    return reference_words("organisation_cues", lower=True)
