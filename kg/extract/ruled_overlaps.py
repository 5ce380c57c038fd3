"""Which name stands where a statistical name NER found and the ruler's names overlap: a
known body's name at the end of a longer organisation's ("Industrial | Bank of Korea"),
or a place the ruler found standing apart from the name around it (a titled person after
it, "President of Kazakhstan | Kassym-Zhomart Tokayev"; a firm and where it works, "Eni
in Mozambique"). Moved out of :mod:`kg.extract.name_repairs`; asked by the pipeline as it
puts the ruler's names in place of NER's."""

from __future__ import annotations

import functools
import re

from kg.extract.home_tails import home_after_firm
from kg.ingest.normalize import guess_class, reference_words

__all__ = ["known_body_led", "person_after_titled_place", "place_apart"]


def known_body_led(ent, inside: list, overlapping: list) -> bool:
    """Whether a statistical organisation's name *ent* holds a known body's name the ruler
    found at its end after capitalised words of its own ("Industrial | Bank of Korea",
    "Development | Bank of Japan", "Export-Import | Bank of Korea"; of the ruler's names in *overlapping*, the only one):
    another organisation, named whole; or a plan's initials anywhere in it ("BRI Ventures"),
    or a body's opening a name that ends in a firm's word ("ADB Ventures")."""
    ruled = [r for r in overlapping if r.label_.startswith("KG:")]
    if ent.label_ != "ORG" or len(ruled) != 1 or ruled[0] not in inside:
        return False
    known = ruled[0]
    if known.label_ == "KG:Policy" and (known.start, known.end) != (ent.start, ent.end) and known.text.isupper():
        return True  # "BRI Ventures", "Bank BRI": a plan's initials in a firm's name are the firm's
    if known.text.isupper() and known.start == ent.start and known.end < ent.end and ent[-1].lower_ in _firm_cues() \
            and all(t.text.istitle() for t in ent.doc[known.end:ent.end]):
        return True  # "ADB Ventures": a body's initials open its arm's name, another firm's
    start = ent.start + (ent[0].lower_ == "the")  # "the Industrial Bank of Korea"
    return known.label_ in ("KG:GovernmentBody", "KG:Company", "KG:InvestmentFirm", "KG:ResearchOrg") and bool(known.ent_id_) \
        and known.end == ent.end and known.start > start \
        and all(t.text.istitle() or t.text in ("-", "–") for t in ent.doc[start:known.start]) and ent.doc[start].text.istitle()


@functools.cache
def _firm_cues() -> frozenset[str]:
    # Built once: the union of two lists, asked of names made of a body's initials and more.
    return reference_words("investment_firm_cues", lower=True) | reference_words("organisation_cues", lower=True)


def place_apart(ent, inside: list, titles: frozenset[str]) -> bool:
    """Whether the place the ruler found in a statistical name *ent* (of *inside*) stands
    apart from any one name: a titled person after it (:func:`person_after_titled_place`),
    titles alone after it ("the Zimbabwe Head of State", NER's facility "Zimbabwe Head"),
    or a place after "in" that ends the name, whose words before "in" the text names alone
    too ("the reserves discovered by Eni in Mozambique ... Eni will": Eni, and where it
    found them; not "the American Chamber of Commerce in Korea", named so only)."""
    if person_after_titled_place(ent, inside, titles) or home_after_firm(ent, inside):
        return True
    doc = ent.doc
    opening = next((r for r in inside if r.start == ent.start + (ent[0].lower_ == "the") and r.label_ in ("KG:Country", "KG:City")), None)
    if opening is not None and opening.end < ent.end and all(t.lower_.rstrip(".") in titles for t in doc[opening.end:ent.end]):
        return True  # "the visiting Zimbabwe Head | of State": the place and an office of it, no name
    place = next((r for r in inside if r.end == ent.end and r.label_ in ("KG:Country", "KG:City")), None)
    if place is None or place.start - ent.start < 2 or doc[place.start - 1].lower_ != "in":
        return False
    before = doc[ent.start:place.start - 1].text
    return re.search(rf"(?<![\w-]){re.escape(before)}(?![\w-]| in )", doc.text[:ent.start_char] + " " + doc.text[ent.end_char:]) is not None


def person_after_titled_place(ent, inside: list, titles: frozenset[str]) -> bool:
    """Whether a statistical name *ent* is a place the ruler found (of *inside*) and a
    person's name after it, written after a title and "of" ("President of Kazakhstan |
    Kassym-Zhomart Tokayev", "Prime Minister of India | Ana Lim"; *titles*, lower case):
    the office's place and its holder, no firm ("Bank of China", "Korea Bizwire")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "of" or doc[ent.start - 2].lower_.rstrip(".") not in titles:
        return False
    place = next((r for r in inside if r.start == ent.start and r.label_ in ("KG:Country", "KG:City")), None)
    if place is None or place.end >= ent.end:
        return False
    rest = doc[place.end:ent.end].text
    return len(rest.split()) in (2, 3) and guess_class(rest, "Company") == "Person"
