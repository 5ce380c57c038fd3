"""Reading spans of a parsed document: the repair of mention boundaries across names (names
the ruler cut, place-led firm names, products named before their noun), periods, datelines.
Each mention's own bounds (titles, "the", possessives, credit lines) are
kg/extract/mention_bounds.py's; money and fiscal years made whole are
kg/extract/value_spans.py's; names read together kg/extract/coordination.py's."""

from __future__ import annotations

import functools
import re

from kg.extract.dateline_cities import SPACED_DASHES as _SPACED_DASHES
from kg.extract.dateline_cities import dateline_cities
from kg.extract.doc_ents import ents_of
from kg.extract.places import is_region, spans_countries, world_city_country
from kg.ingest.normalize import guess_class, name_key, reference_words

__all__ = [
    "cut_remainders",
    "dateline",
    "lines_apart",
    "near_company_word",
    "periods_joined",
    "place_led_names",
    "places_with_of",
    "product_names",
]


@functools.cache
def _name_particles() -> frozenset[str]:
    """Words inside people's names that NER ends a name on: "Ursula von der | Leyen"
    (``name_particles`` of names.yaml)."""
    return reference_words("name_particles", lower=True)


def periods_joined(ents: list) -> list:
    """"from 2026 to 2030" is one period, not two dates; "Ursula von der" and "Leyen" are
    one person."""
    from spacy.tokens import Span

    result = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ == "PERSON" and ent[-1].lower_ in _name_particles() and i + 1 < len(ents) \
                and ents[i + 1].start == ent.end and ents[i + 1][0].text[:1].isupper():
            result.append(Span(ent.doc, ent.start, ents[i + 1].end, label="PERSON"))
            i += 2
            continue
        if ent.label_ == "DATE" and i + 1 < len(ents) and ents[i + 1].label_ == "DATE":
            following = ents[i + 1]
            between = ent.doc[ent.end:following.start]
            if len(between) == 1 and between[0].lower_ in ("to", "-", "–", "through", "until", "and"):
                result.append(Span(ent.doc, ent.start, following.end, label="DATE"))
                i += 2
                continue
        result.append(ent)
        i += 1
    return result


def near_company_word(ent) -> bool:
    window = ent.doc[max(0, ent.start - 4):ent.start]
    return any(t.lemma_ in ("company", "firm", "maker", "startup", "manufacturer") for t in window)


#: "SEOUL, Jan. 12 (Korea Bizwire) —", "(Bloomberg) --", "PHOENIX — ", "Ulaanbaatar/MONTSAME/.":
#: where a wire story opens with its place, date and agency.
_DATELINE = re.compile(
    r"\A(?:[^()\n]{0,40}\(([^()\n]{2,40})\)\s*(?:—|–|--|-)|[A-Z][A-Z.' ]{1,30}(?:,[^\n—–()]{1,20})?\s+(?:—|–|--)"
    # "Tokyo, April 21, 2017 - ": a city in title case, its day and a spaced dash.
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s+(?:—|–|--|-)"
    # "New Delhi: Allcargo said ...", "SEOUL: ": a city and a colon, on the story's line.
    r"|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}:(?=[ \t]+[A-Z])"
    # "Ulaanbaatar/MONTSAME/.", "Astana /Kazinform/": a city, then its agency between slashes.
    r"|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? ?/([A-Z][A-Za-z-]{1,20})/\.?(?=\s)"
    # "JAKARTA, NNA - ": a city in capitals, its agency's short name and a spaced hyphen
    # (session 30, fresh news: the agency had been taken for the firm the story is about).
    r"|[A-Z][A-Z.' ]{1,30}, ([A-Z]{2,8}) (?:—|–|--|-)(?= ))\s*"
)


def dateline(text: str) -> tuple[tuple[int, int] | None, int]:
    """Where the agency a wire story's dateline credits is written (None if it names
    none), and where the story itself starts (0 without a dateline)."""
    found = _DATELINE.match(text)
    if not found:
        return None, 0
    agency = next((number for number in (1, 2, 3) if found.group(number)), None)
    return (found.span(agency) if agency else None), found.end()


def lines_apart(doc):
    """A name ends at a line break: a headline's last word and the next line's first name
    ("... stake in Krafton" / "Tencent, a Chinese company") are two names, not one; so are
    the names on either side of a spaced dash or slash ("Kyodo - Japan's", "Hanul News / Daewon")."""
    from spacy.tokens import Span

    ents, split = [], False
    for ent in ents_of(doc):
        start = ent.start
        for token in ent[:-1]:
            # "Kyodo - Japan's largest carrier": a dash with a space on each side parts a
            # dateline's agency from the story, as a line break would.
            # "UrduPoint News / Sputnik": a spaced slash between two names parts them too.
            apart = (token.text in _SPACED_DASHES or token.text == "/") and token.i > ent.start and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
            if "\n" in token.whitespace_ or token.is_space or apart:
                if token.i > start and not doc[start].is_space:
                    ents.append(Span(doc, start, token.i + (0 if token.is_space or apart else 1), label=ent.label_))
                start, split = token.i + 1, True
                if apart and not doc[start].text[:1].isupper():
                    start = ent.end  # "Sputnik - 23rd": what follows is no name
                    break
        while start < ent.end and doc[start].is_space:
            start += 1
        # "Stonepeak.\n\nStonepeak, a U.S.-based firm": NER may run a name on over the
        # sentence's stop and the blank line after it; neither is part of the name.
        end = ent.end
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in _NAME_STOPS):
            end, split = end - 1, True
        # "April 21, 2017 - Hanul Limited has announced": what a spaced dash parts from a
        # date is no date unless it has a number; left unlabelled, it is read as a name.
        parted = start > ent.start and ent.label_ in ("DATE", "TIME") and not any(t.like_num for t in doc[start:end])
        if start < end and not parted:
            ents.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
    if split:
        doc.ents = ents
    return dateline_cities(doc)


#: Stops no name ends with as a token of its own ("Corp." is one token).
_NAME_STOPS = frozenset({".", ",", ";", ":"})


def place_led_names(doc):
    """ "Tokyo Electron", "Boston Dynamics", "Korea Zinc": a place's name right before an
    organisation's is the start of that name; so is a sector's written as a name
    ("Semiconductor Manufacturing International Corporation")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    merged, i = [], 0
    while i < len(ents):
        ent = ents[i]
        following = ents[i + 1] if i + 1 < len(ents) else None
        leads = ent.label_ in ("KG:City", "KG:Country") or ent.label_ == "KG:Sector" and all(t.text.istitle() for t in ent)
        if leads and following is not None and following.start == ent.end \
                and following.label_ == "ORG" and not doc[ent.end - 1].whitespace_ == "" and "\n" not in doc[ent.end - 1].whitespace_:
            merged.append(Span(doc, ent.start, following.end, label="ORG"))
            i += 2
            continue
        merged.append(ent)
        i += 1
    if len(merged) != len(ents):
        doc.ents = merged
    return doc


def cut_remainders(doc, before: list):
    """A statistical name the ruler cut into ("Germany Olaf Scholz" read as one person,
    "Germany" then ruled a country) keeps its proper nouns outside the ruled part; a place
    and one word after it are a firm's name whole ("Korea Bizwire"), and so is a name
    ending in a sector's acronym ("Signet EV") or opening with a product's ("Viber Media
    Holdings"); a possessive's "'s" before the ruled part is no part of the rest ("Apple's
    iPhones": Apple)."""
    from spacy.tokens import Span

    covered = {i for e in ents_of(doc) for i in range(e.start, e.end)}
    # "Nordic Aqua" read as a person's name: a region of the world leads a firm's as a country does.
    places = {(e.start, e.end): e for e in ents_of(doc) if e.label_ in ("KG:Country", "KG:City") or e.label_ == "LOC" and spans_countries(e.text)}
    # "Signet EV": a sector's acronym the ruler took from the end of a firm's name.
    acronyms = {(e.start, e.end): e for e in ents_of(doc) if e.label_ == "KG:Sector" and e.text.isupper()}
    products = {(e.start, e.end): e for e in ents_of(doc) if e.label_ == "KG:Product"}
    added, whole = [], []
    for start, end, label in before:
        rest = [i for i in range(start, end) if i not in covered]
        if rest and rest[-1] + 1 < end and doc[rest[-1]].tag_ == "POS":
            rest.pop()  # "Apple’s iPhones" read as one firm, "iPhones" ruled a product: the owner without its "’s"
        if rest and len(rest) < end - start and rest == list(range(rest[0], rest[-1] + 1)) and (rest[0] == start or rest[-1] == end - 1) \
                and all(doc[i].pos_ == "PROPN" or doc[i].text in ("-", "–") and rest[0] < i < rest[-1] for i in rest):
            # What is left of a cut name is a person's when it is shaped like one; one word
            # after a place is the rest of a firm's name ("Korea Bizwire", "China Daily").
            text = doc[rest[0]:rest[-1] + 1].text
            if len(rest) == 1 and rest[0] == end - 1 and (start, rest[0]) in places and label in ("PERSON", "ORG"):
                whole.append((places[(start, rest[0])], Span(doc, start, end, label="ORG")))
            elif rest[-1] == end - 1 and (start, rest[0]) in products and label == "ORG":
                # "Viber Media Holdings": a firm named for the product its name opens with.
                whole.append((products[(start, rest[0])], Span(doc, start, end, label="ORG")))
            elif rest[0] == start and (rest[-1] + 1, end) in acronyms and label in ("PERSON", "ORG"):
                whole.append((acronyms[(rest[-1] + 1, end)], Span(doc, start, end, label="ORG")))
            else:
                added.append(Span(doc, rest[0], rest[-1] + 1, label="PERSON" if guess_class(text, "Company") == "Person" else label))
            covered.update(rest)
    if whole:
        doc.ents = sorted([*(e for e in ents_of(doc) if not any(e.start == p.start and e.end == p.end for p, _ in whole)),
                           *(name for _, name in whole)], key=lambda e: e.start)
    if added:
        doc.set_ents(added, default="unmodified")
    return doc


def product_names(ents: list, nouns: frozenset[str]) -> list:
    """ "the A9 processor", "its Nova X2 smartphone": a name that the text writes only
    before a noun of a kind of product (``product_nouns`` of names.yaml) names that
    product, noun included (label ``KG:Product``) unless a brand's (``brand_nouns``); with up to two lower-case words of the
    noun's phrase between them ("its Hanul Gold herbal tonic brand"), the name alone. A
    name the text also uses on its own ("Samsung phones" beside "Samsung said") stays what
    it was."""
    from spacy.tokens import Span

    # "its Zephyr smartphones": a trade's word the sector ruler took is still the product's noun.
    taken = {i for e in ents if e.label_ != "KG:Sector" for i in range(e.start, e.end)}

    def noun_after(ent):
        doc = ent.doc
        for end in range(ent.end, min(ent.end + 3, len(doc))):
            if end in taken or "\n" in doc[end - 1].whitespace_:
                return None
            token = doc[end]
            # "its Arvo SUV": a noun written as initials of three letters and more is no name's word as "TV" is.
            if token.lower_ in nouns and (token.is_lower or token.is_upper and len(token) > 2) and token.pos_ in ("NOUN", "PROPN"):
                return token if end == ent.end or _in_phrase_of(ent, doc[ent.end:end], token) else None
            if not (token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "PROPN")):
                return None
        return None

    names = (e for e in ents if e.label_ in ("ORG", "PRODUCT", "PERSON", "GPE", "WORK_OF_ART"))
    alone = {e.text for e in names if noun_after(e) is None}
    result, covered = [], set()
    for ent in ents:
        if ent.label_ == "KG:Sector" and ent.start in covered:
            continue
        noun = noun_after(ent) if ent.label_ in ("ORG", "PRODUCT", "PERSON", "GPE", "WORK_OF_ART") else None
        if noun is not None and ent.text not in alone:
            # "the Velmo brand": a brand's noun is no word of its name, as a model's is ("the A9 processor").
            whole = noun.i == ent.end and noun.lower_ not in reference_words("brand_nouns", lower=True)
            result.append(Span(ent.doc, ent.start, noun.i + 1 if whole else ent.end, label="KG:Product"))
            covered.update(range(ent.end, noun.i + 1) if whole else ())
        else:
            result.append(ent)
    return result


def _in_phrase_of(ent, between, noun) -> bool:
    """Whether the parse hangs the name and the words *between* it and *noun* on the noun's
    phrase, as its modifiers ("medical liqueur brand"), not on another word."""
    for token in (ent.root, *between):
        head = token
        while head.i != noun.i and head.dep_ in ("compound", "amod", "nmod") and head.head.i <= noun.i and head.head.i != head.i:
            head = head.head
        if head.i != noun.i:
            return False
    return True


def places_with_of(doc):
    """ "Port of Spain": a city of the world whose name holds "of" and a country's name is
    the city, not a word and the country. "Thai Nguyen", "Thai Binh province": a place whose
    name a demonym opens is that place (a city) or a region (no entity), not the country; a
    legal form after a country ("Hanul Singapore Pte Ltd") makes no city's name."""
    from spacy.tokens import Span

    ents, changed = list(ents_of(doc)), False
    for i, ent in enumerate(ents):
        if ent.label_ in ("KG:Country", "KG:DEMONYM") and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].is_title \
                and not doc[ent.end].ent_type_ and "\n" not in ent[-1].whitespace_:
            whole = doc[ent.start:ent.end + 1]
            tail = doc[ent.end + 1].text if ent.end + 1 < len(doc) else ""
            if world_city_country(whole.text) is not None and not is_region(whole.text) and name_key(whole.text) != name_key(ent.text):
                ents[i], changed = Span(doc, ent.start, ent.end + 1, label="GPE"), True
            elif is_region(whole.text) or tail in reference_words("region_tails"):
                ents[i], changed = None, True
            continue
        if ent.label_ not in ("KG:Country", "KG:City", "GPE") or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            continue
        first = doc[ent.start - 2]
        whole = doc[first.i:ent.end]
        if first.text.istitle() and "\n" not in whole.text and world_city_country(whole.text) is not None \
                and not any(e.start <= first.i < e.end and e.label_.startswith("KG:") for e in ents):
            ents[i] = Span(doc, first.i, ent.end, label="GPE")
            changed = True
    if changed:
        from spacy.util import filter_spans

        doc.ents = sorted(filter_spans([e for e in ents if e is not None]), key=lambda e: e.start)
    return doc

