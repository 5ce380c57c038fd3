"""Titles and forms of state around names: a royal title is part of the name it gives
("King Charles"), titles or a form of state alone name no one ("the King and Queen", "the
Islamic Republic"), and a people's adjective NER read with the words after it may open a
firm's name ("Saudi Aramco"). Read by :mod:`kg.extract.mention_bounds` and the pipeline."""

from __future__ import annotations

import functools
import re

from kg.extract.doc_ents import ents_of
from kg.ingest.normalize import reference_words

__all__ = ["demonym_led", "demonym_tailed", "people_named_firms", "royal", "royal_forms", "royal_surname", "state_form", "state_forms_joined", "state_named", "titles_only"]


def royal(span) -> bool:
    """Whether a name is a royal title and one given name, perhaps with a numeral ("King
    Charles", "Queen Elizabeth II")."""
    words = [t for t in span if t.lower_ != "the"]
    titles = 0
    while titles < len(words) and words[titles].lower_ in _person_titles():
        titles += 1
    rest = words[titles:]
    if len(rest) > 1 and re.fullmatch(r"[IVX]+", rest[-1].text):
        rest = rest[:-1]
    return 0 < titles and len(rest) == 1 and rest[0].text.istitle() and any(t.lower_ in _royal_titles() for t in words[:titles])


def royal_surname(ent, end: int) -> bool:
    """Whether the royal title that ends NER's person run at *end* is a family name
    ("Dorian Pope, the chief executive"): a title follows no given name, so after one
    capitalised word that is no title, alone and no part of a longer title ("Crown Prince"
    runs on), it is the person's surname."""
    doc = ent.doc
    return ent.label_ == "PERSON" and end - ent.start == 2 and doc[end - 1].lower_ in _royal_titles() \
        and doc[ent.start].text.istitle() and doc[ent.start].is_alpha and doc[ent.start].lower_ not in _person_titles() \
        and (end == len(doc) or not doc[end].text.istitle())


def royal_forms(ent) -> list[str]:
    """The name with each royal title the text writes right before it ("King Charles" for
    the "Charles" of "King Charles rode"; "Sheikh Tamim bin Hamad" and "Emir Sheikh Tamim
    bin Hamad" for "Emir Sheikh Tamim bin Hamad"): names of the person as news gives them,
    the one given name alone naming no one. The mention itself stays without the titles,
    which frames read as the person's office."""
    forms, start = [], ent.start
    while start > 0 and ent.doc[start - 1].lower_ in _person_titles() and ent.doc[start - 1].whitespace_ == " ":
        start -= 1
        if ent.doc[start].lower_ in _royal_titles():
            forms.append(ent.doc[start:ent.end].text)
    return forms


def titles_only(span, label: str) -> bool:
    """Whether a name is only titles and the place they are of ("the King and Queen", "the
    Prince and Princess of Wales")."""
    words = [t.lower_ for t in span if t.lower_ not in ("the", "and", "&")]
    if "of" in words:
        words = words[:words.index("of")]
    # "Datuk Seri Tengku", NER's person before the name it honours: titles only too.
    if len(words) > 1 and label == "ORG" and any(w in _person_titles() for w in words) \
            and all(w in _person_titles() or w in reference_words("title_modifiers", lower=True) for w in words):
        return True  # "Caretaker Federal Minister of Trade": an office, no body's name
    return len(words) > 1 and (all(w in _royal_titles() for w in words) or label == "PERSON" and all(w in _person_titles() for w in words))


def demonym_led(ent, demonyms: dict[str, str], not_names: frozenset[str]) -> bool:
    """Whether NER read a people's adjective and the capitalised words after it as one
    people's name ("Saudi Aramco"), or as a person's a word of three letters at most after
    it ("Swiss Re"), which is a firm's: a demonym, then words that are no
    title, brief or demonym (*not_names*, lower case; not "Saudi Crown Prince", "South
    Korean")."""
    if ent.label_ not in ("NORP", "PERSON") or len(ent) < 2:
        return False
    lead = next((i for i in range(len(ent) - 1, 0, -1) if ent[:i].text in demonyms), None)
    rest = ent[lead:] if lead else []
    if ent.label_ == "PERSON" and not (len(rest) == 1 and len(rest[0]) <= 3):
        return False  # as a person's, only a word too short for a family name: "Swiss Re"
    return bool(rest) and all(t.text[:1].isupper() and t.is_alpha and t.lower_ not in not_names and t.text not in demonyms for t in rest)


def demonym_tailed(doc, demonyms: dict[str, str], not_names: frozenset[str]):
    """*doc* with each capitalised word and a people's word after it, which it opens as its compound,
    read as one organisation's name ("Anglo American said", "chief executive of Anglo American",
    "Banco Mexicano"): NER reads the people's word alone as the country's, which makes the
    firm a country's and the words before it nobody's. Only where the people's word heads
    its phrase: not "Asian American voters", where it describes what follows; nor two
    peoples' words ("Chinese American"), a region ("Latin American", "North American") or a
    title or brief (*not_names*, lower case) before it."""
    from spacy.tokens import Span

    from kg.extract.places import is_region

    found = []
    for token in doc[1:]:
        before = doc[token.i - 1]
        if token.text in demonyms and token.pos_ == "PROPN" and token.dep_ not in ("compound", "amod") \
                and before.dep_ == "compound" and before.head.i == token.i and before.pos_ == "PROPN" and before.is_alpha \
                and before.text.istitle() and before.text not in demonyms and before.lower_ not in not_names \
                and before.whitespace_ == " " and before.ent_type_ in ("", "NORP") and token.ent_type_ in ("", "NORP") \
                and not is_region(f"{before.text} {token.text}") and f"{before.text} {token.text}" not in demonyms:
            found.append(Span(doc, before.i, token.i + 1, label="ORG"))
    if found:
        doc.set_ents(found, default="unmodified")
    return doc


def state_form(span) -> bool:
    """Whether a name is only the words of a form of state ("the Islamic Republic", "the
    Kingdom"), which stand for a country the name does not say."""
    words = [t.lower_ for t in span if t.lower_ != "the"]
    forms = reference_words("state_form_words", lower=True)
    return bool(words) and all(w in forms for w in words) and any(w in reference_words("state_heads", lower=True) for w in words)


def state_named(ent, inside) -> bool:
    """Whether a name is a country's official one, its form of state and the country
    ("the Democratic Socialist Republic of Sri Lanka"): the country, not an organisation
    named for it."""
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    return of is not None and of > ent.start and state_form(ent.doc[ent.start:of]) \
        and [(r.start, r.end) for r in inside] == [(of + 1, ent.end)] and inside[0].label_ == "KG:Country"


def state_forms_joined(doc):
    """*doc* with a country's formal name joined into its mention where NER named only the
    country ("the Socialist Republic of Vietnam", "the Kingdom of Bhutan"): the frames that
    read "President of X, Name" want the country right after "of"."""
    from spacy.tokens import Span

    forms, heads = reference_words("state_form_words", lower=True), reference_words("state_heads", lower=True)
    ents = ents_of(doc)
    joined = {}
    for ent in ents:
        if ent.label_ != "KG:Country" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            continue
        start = ent.start - 1
        while start > 0 and (doc[start - 1].text.istitle() and doc[start - 1].lower_ in forms - {"of"}
                             or doc[start - 1].lower_ in ("'s", "’s") and start > 1 and doc[start - 2].lower_ == "people"):
            start -= 2 if doc[start - 1].lower_ in ("'s", "’s") else 1
        words = {t.lower_ for t in doc[start:ent.start - 1]}
        if start < ent.start - 1 and words & heads:
            joined[ent.start] = Span(doc, start, ent.end, label=ent.label_, span_id=ent.ent_id_)
    if not joined:
        return doc
    covered = {i for span in joined.values() for i in range(span.start, span.end)}
    doc.ents = sorted([*(e for e in ents if not covered & set(range(e.start, e.end))), *joined.values()], key=lambda e: e.start)
    return doc


@functools.cache
def _royal_titles() -> frozenset[str]:
    return reference_words("royal_titles", lower=True)


@functools.cache
def _person_titles() -> frozenset[str]:
    return reference_words("person_titles", lower=True)


def people_named_firms(doc, demonyms: dict[str, str], firm_words: frozenset[str]):
    """*doc* with the firms' names NER read as a people's, or cut after a word it took for
    one, as organisations' names: a name of no known people that ends in a firm's word
    ("Sino-Ocean Group"), and a word of no known people followed on its line by capitalised
    words NER left out that end in one ("Samruk | Kazyna Sovereign Wealth Fund", the words
    after it otherwise found as a name of their own, cut at its start). *firm_words*: lower
    case. A known people's word opens no such name here ("Korean Air" is
    :func:`demonym_led`'s), nor does a name that ends in another word ("Sunni Muslims")."""
    from spacy.tokens import Span

    found = ents_of(doc)
    named = []
    for ent in found:
        if ent.label_ != "NORP" or any(t.text in demonyms for t in ent) or ent.text in demonyms:
            continue
        end = ent.end
        while end < len(doc) and doc[end].ent_type_ == "" and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and doc[end - 1].whitespace_ == " ":
            end += 1
        if end > ent.end and len(ent) > 1:
            continue  # "Sino-Ocean Group" alone, whole
        last = doc[end - 1]
        if last.text[:1].isupper() and last.lower_ in firm_words:
            named.append(Span(doc, ent.start, end, label="ORG"))
    if named:
        doc.ents = sorted([*(e for e in found if not any(e.start < n.end and n.start < e.end for n in named)), *named],
                          key=lambda e: e.start)
    return doc
