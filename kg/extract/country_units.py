"""A firm's arm in a country or a region of the world, named by the firm's name and the
country's ("Hyundai Motor India", "Vodafone Egypt", "Ford China", "MFS Africa"): one
organisation's name, which NER or the ruler would leave a firm and a country (and a fact of
the country: "Ford partners_with China")."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.entities import firm_homes
from kg.extract.places import is_region, spans_countries
from kg.ingest.normalize import name_key, reference_words

__all__ = ["country_tailed", "country_tailed_names"]


def country_tailed(doc, firm_words: frozenset[str]):
    """ "Velto Foods Vietnam", "Hyundai Motor India": a firm's name ending in a firm's word
    (*firm_words*, lower case) right before a country's name, with no comma or word between
    and no name after, is the name of the firm's arm in that country, one name."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    merged, i, changed = [], 0, False
    while i < len(ents):
        ent = ents[i]
        following = ents[i + 1] if i + 1 < len(ents) else None
        if ent.label_ == "ORG" and following is not None and following.label_ == "KG:Country" and following.start == ent.end \
                and ent[-1].lower_.strip(".") in firm_words and ent[-1].whitespace_ == " " \
                and (following.end >= len(doc) or not (doc[following.end].pos_ == "PROPN" and doc[following.end].text[:1].isupper())):
            merged.append(Span(doc, ent.start, following.end, label="ORG"))
            i += 2
            changed = True
            continue
        merged.append(ent)
        i += 1
    if changed:
        doc.ents = merged
    return doc


def country_tailed_names(doc, found: list, not_names: frozenset[str], surname_countries: frozenset[str]):
    """ "Vodafone Egypt", "Telekom Malaysia", "Ford China": a firm's arm in a country, named
    by the firm's one to three capitalised words and the country's name, which NER read as
    one place's or person's name (*found*, its names before the ruler) or as a firm's name
    and a place side by side, is one organisation's name: the ruler's country would leave the firm
    a country ("Ford partners_with China") or no name at all. Not where the words before the
    country are a title, a brief or a place's head (*not_names*, lower case) or a name the
    ruler knows as other than a firm's ("Hanoi Vietnam"); not a person's name ending in a
    country that is a family name too ("Jim Jordan": *surname_countries*) or after two
    words, nor a name and a country that goes on with another name."""
    from spacy.tokens import Span

    ruled = list(ents_of(doc))
    countries = {r.start: r for r in ruled if r.label_ == "KG:Country"}
    ending = {r.end: r for r in countries.values()}
    # "MFS Africa", "Mastercard Middle East": a continent or a region of the world names an
    # arm side by side with the firm's name as a country does.
    countries.update({r.start: r for r in ruled if r.label_ in ("LOC", "GPE", "KG:Region") and spans_countries(r.text)})
    at = {i: r for r in ruled for i in range(r.start, r.end)}
    firm_like = {"ORG", "GPE", "LOC", "NORP", "PERSON", "KG:Company", "KG:InvestmentFirm"}
    spans: list = []
    for ent in found:
        if ent.label_ not in ("ORG", "GPE", "LOC", "NORP", "PERSON"):
            continue
        country = ending.get(ent.end)
        if country is None and ent.label_ == "PERSON" and len(ent) > 1 and spans_countries(ent[-1].text) \
                and at.get(ent.start) is at.get(ent.end - 1) is not None and at[ent.start].label_ == "PERSON":
            # "Pinecrest Asia" read as one person's name, which the ruler left whole: no
            # person's name ends in a continent's.
            country = doc[ent.end - 1:ent.end]
        if country is None or country.start <= ent.start:
            # Side by side: a firm's name, one space, the country's (not a place NER found
            # before a country: on the development texts that was never a firm).
            country = countries.get(ent.end) if ent.label_ == "ORG" and ent[-1].whitespace_ == " " else None
        if country is None and ent[-1].whitespace_ == " " and name_key(ent.text) in firm_homes():
            # "TSMC Arizona", "Hyundai Bavaria": a listed firm (data/reference/firms.yaml),
            # whatever NER called it, and a state or province side by side name its arm there.
            country = next((r for r in ruled if r.start == ent.end and r.label_ in ("GPE", "LOC") and is_region(r.text)), None)
        if country is None:
            continue
        head = doc[ent.start:min(ent.end, country.start)]
        if ent.label_ == "PERSON" and (country.text in surname_countries or len(head) > 1):
            continue  # "Xi Jinping China's": a person's name of two words and more, then a country
        # Not "The Islamic Republic": an article before a country's other name is no firm's.
        # Nor "Greater China": the area around a country (``area_words``), no arm of a firm "Greater".
        if not 1 <= len(head) <= 3 or any(not t.is_alpha or not t.text[:1].isupper() or t.lower_ in not_names or t.lower_ == "the"
                                          or t.text in reference_words("area_words")
                                          or t.i in at and at[t.i].label_ not in firm_like for t in head):
            continue
        after = doc[country.end] if country.end < len(doc) else None
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
            continue  # "Ford China Investment": a longer name, not read here
        if not any(s.start < country.end and head.start < s.end for s in spans):
            spans.append(Span(doc, head.start, country.end, label="ORG"))
    if spans:
        doc.ents = sorted([*(e for e in ruled if not any(e.start < s.end and s.start < e.end for s in spans)), *spans],
                          key=lambda e: e.start)
    return doc
