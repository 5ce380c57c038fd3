"""Places known by the company they keep: a name NER calls a firm's or a person's that is
listed, by commas, "and" or "or", with places only ("in Lisbon and Valmora", "the states
of Kerala, Odisha and Valmora") is one more place, a town the gazetteer does not know."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.places import is_region, world_city_country

__all__ = ["listed_with_places"]

#: Labels of names that are places whatever their words; NER's places count where the gazetteer knows them.
_PLACE_LABELS = frozenset({"KG:City", "KG:Country"})
_NER_PLACES = frozenset({"GPE", "LOC"})


def listed_with_places(ent) -> bool:
    """Whether *ent* is listed with other names by a chain of "and", "or" and commas, all of
    them places, at least one a city or a region the ruler or the gazetteer knows (a
    country alone is no proof: news list firms with countries), and the list is what a
    preposition takes ("in", "of")."""
    root = ent.root
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    listed, i = [head], 0
    while i < len(listed):
        listed += [c for c in listed[i].children if c.dep_ == "conj"]
        i += 1
    others = [t for t in listed if not ent.start <= t.i < ent.end]
    if not others:
        return False  # no list: the document's names need not be indexed
    spans = {t.i: e for e in ents_of(ent.doc) for t in e}
    towns = 0
    for token in others:
        other = spans.get(token.i)
        if other is None or other.label_ not in _PLACE_LABELS | _NER_PLACES:
            return False
        town = other.label_ == "KG:City" or is_region(other.text) or other.label_ in _NER_PLACES and world_city_country(other.text)
        if not town and other.label_ != "KG:Country":
            return False
        towns += bool(town)
    return towns > 0
