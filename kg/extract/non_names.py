"""Statistical names that name nothing kg holds, dropped before mentions are classed: a
currency written before its sum ("MXN $50.4 billion") or alone ("from tenge to USD"), a
holiday or a political turn a story dates things by ("around Diwali", "towards Brexit":
``unnamed_occasions`` of names.yaml), a common noun after "the" that NER calls a place and
no place is so named ("followed by the Kingdom", a country the story names otherwise), the
holders of an office named together ("Ministers of Foreign Affairs of the member states",
"Cabinet Secretaries"), a funding round's kind in capitals ("in Debt Financing"), one
capitalised English noun after "a" ("a newly published Bill") or a few narrowing a noun in lower case ("a Rapid Cargo Transit systems plan"), an acronym with an indefinite article ("a Korea-based CVC") or
before a unit's noun and name ("its CVC unit M12"), a unit's symbol after a number ("a
capacity of 33 MW"), a time zone after a clock time ("by 1030 GMT"), an acronym in the
plural and the words it stands for ("Small and Medium Enterprises (SMEs)"), a month's abbreviation ("Nov."), a title with
"co-" ("Co-Founder"), a lower-case prefix and a hyphen before a place, which make an
adjective ("intra-Asia routes", "trans-Pacific trade"), a compass word alone before "of" ("South
of Budapest"); and a participle or a plural noun
with "of" opening the sentence is no word of the name NER ran it into ("Noting Tata
group's ...", "Customers of Hanul Bank")."""

from __future__ import annotations

import functools
import re

from kg.extract.date_words import date_words
from kg.extract.doc_ents import ents_of
from kg.extract.guard import setting_words
from kg.extract.places import world_city_country
from kg.extract.values import money_words
from kg.ingest.normalize import reference_words

__all__ = ["non_names_dropped"]

_STATISTICAL = ("ORG", "GPE", "PERSON", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW")


def non_names_dropped(doc, common_nouns: frozenset[str], verbs: frozenset[str] = frozenset(),
                      adjectives: frozenset[str] = frozenset()):
    """*doc* without the statistical names that name nothing (see the module); the ruler's
    and the store's names stay, but for an acronym with "a". *common_nouns*: English common nouns, *verbs*: English
    verbs, *adjectives*: English adjectives, lower case."""
    occasions = reference_words("unnamed_occasions", lower=True)
    units = reference_words("unit_symbols")
    zones = reference_words("time_zones")
    currencies = money_words()[0]
    ents = list(ents_of(doc))
    kept = [_without_plural_opening(_without_participle(e, verbs), common_nouns) for e in ents if not _acronym_as_noun(e) and (e.label_ not in _STATISTICAL or not (
        _currency_before_sum(e, currencies) or _currency_code(e, currencies) or _bare(e.text) in occasions or _common_place(e, common_nouns)
        or _office_holders(e) or _plural_opening(e, common_nouns) or _unit_after_number(e, units) or _zone_after_time(e, zones)
        or _plural_acronym(e) or _titles_held(e) or _prefixed_place(e) or _co_title(e) or _direction_of(e)
        or _spelt_out_abbreviation(e, (common_nouns, adjectives)) or _round_named(e) or _common_noun_with_article(e, common_nouns)
        or _month_abbreviated(e)))]
    if len(kept) < len(ents) or any(k is not e for k, e in zip(kept, ents)):
        doc.ents = kept
    return doc


def _acronym_as_noun(ent) -> bool:
    """Whether *ent* is an acronym used as a common noun, with an indefinite article
    ("considering starting a Korea-based CVC") or describing a unit whose own name follows
    ("Microsoft's CVC unit M12"): no firm the letters also spell."""
    if len(ent) != 1 or not ent.text.isupper():
        return False
    root = ent.root
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
        return True
    part = root.head
    if root.dep_ != "compound" or part.i != root.i + 1 or part.lemma_.lower() not in setting_words("named_part_nouns"):
        return False
    return any(c.dep_ == "appos" and c.i == part.i + 1 and c.pos_ == "PROPN" for c in part.children) \
        or part.dep_ == "compound" and part.head.i > part.i and all(t.pos_ == "PROPN" for t in part.doc[part.i + 1:part.head.i + 1])


def _round_named(ent) -> bool:
    """Whether *ent* is a kind of funding round in capitals ("raised $4.5 Million in Debt
    Financing from X", "Seed Funding"): a round's noun (``round_nouns``) and perhaps its
    kind's words (``round_kinds``), nobody's name."""
    nouns, kinds = reference_words("round_nouns", lower=True), reference_words("round_kinds", lower=True)
    words = [t.lower_ for t in ent if t.text not in ("-", "–")]
    return any(w in nouns for w in words) and all(w in nouns or w in kinds for w in words)


def _common_noun_with_article(ent, common_nouns: frozenset[str]) -> bool:
    """Whether *ent* is one capitalised English noun after "a" or "an" ("A newly published Bill
    says"): a thing of a kind, no one's name (not "an Oracle-backed firm", whose word is no
    English noun)."""
    if len(ent) > 1:
        return _common_words_before_noun(ent, common_nouns)
    if not ent.text.istitle() or ent.text.lower() not in common_nouns or world_city_country(ent.text):
        return False  # "a young Tampere, Finland-based firm": a city the lexicon also lists
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children)


def _common_words_before_noun(ent, common_nouns: frozenset[str]) -> bool:
    """Whether *ent* is capitalised English nouns after "a" or "an" that narrow a noun in lower
    case after them, written nowhere else ("a Rapid Cargo Transit systems plan"): a kind of
    thing, no one's name; not a name the text writes again ("a Reliance Industries unit ...
    Reliance Industries said")."""
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ not in ("a", "an") or ent.end >= len(doc) \
            or not doc[ent.end].is_lower or doc[ent.end].pos_ != "NOUN" or ent[-1].head.i != ent.end:
        return False
    if not all(t.is_alpha and t.text.istitle() and t.lower_ in common_nouns for t in ent):
        return False
    return doc.text.count(ent.text) == 1


def _month_abbreviated(ent) -> bool:
    """ "on Tuesday (Nov. 12)": a month's abbreviation with its stop, which NER took for a
    firm's name, is a date's word (``months`` of dates.yaml; session 37, fresh news)."""
    text = ent.text.strip()
    return len(ent) <= 2 and text.endswith(".") and text[:-1].lower() in date_words().months


def _direction_of(ent) -> bool:
    """ "a factory in Szigetszentmiklos (South of Budapest)": a compass word alone before
    "of" and a name tells where a place lies; NER's firm "South" had been given Budapest
    as its home (session 30, fresh news)."""
    doc = ent.doc
    return len(ent) == 1 and ent.text in reference_words("compass_words") and ent.end + 1 < len(doc) \
        and doc[ent.end].lower_ == "of" and doc[ent.end + 1].text[:1].isupper()


def _unit_after_number(ent, units: frozenset[str]) -> bool:
    """ "a capacity of 33 MW", "raised to 200MW": a unit's symbol (*units*, as written)
    right after a number is a quantity's, whatever NER calls it."""
    if len(ent) != 1 or ent.text not in units or not ent.start:
        return False
    before = ent.doc[ent.start - 1]
    return before.like_num or any(c.isdigit() for c in before.text)


#: An acronym in the plural ("NGOs", "SMEs", "DFIs").
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def _plural_acronym(ent) -> bool:
    """ "lends to SMEs", "a consortium of Development Finance Institutions (DFIs)": an
    acronym in the plural, or the words it stands for before it in brackets, name a kind
    of body, not one of them (each had been a firm, and "India's Public Sector Undertakings
    (PSUs)" a firm at home in India)."""
    if len(ent) == 1 and _PLURAL_ACRONYM.fullmatch(ent.text):
        return True
    doc = ent.doc
    return ent.end + 2 < len(doc) and doc[ent.end].text == "(" and doc[ent.end + 2].text == ")" \
        and _PLURAL_ACRONYM.fullmatch(doc[ent.end + 1].text) is not None


#: Words a spelt-out abbreviation may leave out of its letters ("Memorandum of Understanding", "R&D").
_MINOR_WORDS = frozenset({"and", "of", "the", "for", "&"})


def _spelt_out_abbreviation(ent, vocabularies: tuple[frozenset[str], ...]) -> bool:
    """ "Foreign Direct Investment", "Gross Domestic Product", "Research and Development":
    capitalised English words (in one of *vocabularies*, kept apart: their union, built
    for every name, had cost a third of the extraction's time) whose initials spell a common noun's
    abbreviation (``common_abbreviations`` of names.yaml, perhaps in the plural) are that
    noun written out, no body's name ("Foreign Direct Investment" had been an investment
    firm; session 31, fresh news). Not "Hanul Drone Partners", whose first word is no
    English word."""
    words = [t.text for t in ent if t.text not in (",", "-")]
    content = [w for w in words if w.lower() not in _MINOR_WORDS]
    if len(content) < 2 or not all(w[:1].isupper() and w.isalpha() for w in content) \
            or not all(any(w.lower() in vocabulary or w.lower().removesuffix("s") in vocabulary for vocabulary in vocabularies) for w in content) \
            or any(w.lower() in reference_words("organisation_cues", lower=True) for w in content):
        return False
    spellings = {"".join(w[0] for w in content), "".join(w[0] for w in words if w.lower() not in ("and", "&")),
                 "".join("&" if w.lower() in ("and", "&") else w[0] for w in words if w.lower() not in ("of", "the", "for"))}
    abbreviations = reference_words("common_abbreviations", lower=True)
    return any(s.lower() in abbreviations or s.lower().removesuffix("s") in abbreviations for s in spellings)


#: Words of a clock time a time zone follows ("3 p.m. EST", "noon GMT").
_CLOCK_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "noon", "midnight", "hours", "hrs"})


def _zone_after_time(ent, zones: frozenset[str]) -> bool:
    """ "reported by 1030 GMT", "opened at 0900 IST": a time zone (*zones*, as written)
    after a clock time, inside the name NER made or before it, is a time of day's, no
    firm's ("GMT" had been a company in every wire digest that dated its deals so)."""
    zone = ent[-1]
    if zone.text not in zones or not zone.i or any(t.text[:1].isalpha() and t.text not in _CLOCK_WORDS for t in ent[:-1]):
        return False
    before = ent.doc[zone.i - 1]
    return before.lower_ in _CLOCK_WORDS or any(c.isdigit() for c in before.text)


def _without_participle(ent, verbs: frozenset[str]):
    """ "Noting Tata group's brand value, ...": a participle opening the sentence, which NER
    took into the name after it, is no word of the name; its clause ends at a comma before
    the sentence's subject ("Reading Borough Council approved ...": a town's name)."""
    from spacy.tokens import Span

    word = ent[0]
    if ent.label_ not in _STATISTICAL or len(ent) < 2 or not word.is_sent_start or not word.lower_.endswith("ing") \
            or not ent[1].text[:1].isupper() or not any(t.text == "," for t in ent.doc[ent.end:word.sent.end]):
        return ent
    stem = word.lower_[:-3]
    if not any(form in verbs for form in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else "")):
        return ent
    return Span(ent.doc, ent.start + 1, ent.end, label=ent.label_)


def _plural_opening(ent, common_nouns: frozenset[str]) -> bool:
    """ "Invitees included ...": one word opening a sentence, capitalised only for that, the
    plural of an English common noun though the tagger calls it a proper noun."""
    word = ent[0]
    if len(ent) != 1 or not word.is_sent_start or not word.is_alpha or not word.is_title or not word.lower_.endswith("s") \
            or word.lower_ in common_nouns:
        return False
    lower = word.lower_
    return any(form in common_nouns for form in (lower[:-1], lower[:-2] if lower.endswith("es") else "", lower[:-3] + "y" if lower.endswith("ies") else ""))


def _without_plural_opening(ent, common_nouns: frozenset[str]):
    """ "Customers of Hanul Bank can now pay ...": a plural common noun and "of" opening a
    sentence, which NER took into the name after them, are no words of it (the firm had
    been "Customers of Hanul Bank"). Only a plural: "Bank of Korea" is a name whole."""
    from spacy.tokens import Span

    if ent.label_ not in _STATISTICAL or len(ent) < 3 or ent[1].lower_ != "of" or not _plural_opening(ent[0:1], common_nouns) \
            or not ent[2].text[:1].isupper():
        return ent
    return Span(ent.doc, ent.start + 2, ent.end, label=ent.label_)


def _bare(text: str) -> str:
    """*text* in lower case without a "the" before it or a possessive after it ("New Year's")."""
    words = text.lower().removesuffix("'s").removesuffix("’s").split()
    return " ".join(words[1:] if words[:1] == ["the"] and len(words) > 1 else words)


def _currency_before_sum(ent, currencies: dict[str, str]) -> bool:
    """ "MXN $50.4 billion": a currency's code or word right before a sum or a number, or
    before a hyphen and a lower-case word ("Rupee-denominated bonds": money's kind, no name)."""
    doc = ent.doc
    if ent.text.casefold() not in currencies or ent.end >= len(doc):
        return False
    after = doc[ent.end]
    return after.ent_type_ == "MONEY" or after.like_num or after.is_currency \
        or after.text == "-" and ent.end + 1 < len(doc) and doc[ent.end + 1].is_lower


def _currency_code(ent, currencies: dict[str, str]) -> bool:
    """ "converted from tenge to USD": a currency's ISO code alone, in capitals, wherever it
    stands, names money, no firm (money.yaml's codes; "Try" or "Cad" written so are words)."""
    return len(ent) == 1 and len(ent.text) == 3 and ent.text.isupper() and currencies.get(ent.text.casefold()) == ent.text


def _titles_held(ent) -> bool:
    """ "invited dignitaries, among them Cabinet Secretaries", "the G7 Foreign Ministers": a
    name that ends in a title of office in the plural names the people who hold it, no body;
    not one the title's "of" goes on in ("Council of Ministers", "Board of Directors"), nor
    a firm's name whose plural is a trade's too ("Brightwater Advisors", "Kestrel Partners")."""
    last = ent[-1].lower_
    return ent.label_ in ("ORG", "FAC", "GPE", "NORP") and len(ent) > 1 and ent[-1].text[:1].isupper() \
        and last.endswith("s") and not any(t.lower_ == "of" for t in ent) \
        and last not in reference_words("organisation_cues", lower=True) | reference_words("investment_firm_cues", lower=True) \
        and (last[:-3] + "y" if last.endswith("ies") else last[:-1]) in _titles()


def _co_title(ent) -> bool:
    """ "Noor Sweid, Co-Founder and Managing Partner of ...": a title with "co-" that NER
    reads as a name (its "Co" a firm's legal form) is a title after its holder's name."""
    words = [t.lower_ for t in ent if t.text not in ("-", "–")]
    while words and words[-1] in ("of", "at", "and"):  # NER may take the title's "of" in
        words.pop()
    return ent.label_ in ("ORG", "PERSON") and len(words) == 2 and words[0] == "co" and words[1] in _titles()


def _common_place(ent, common_nouns: frozenset[str]) -> bool:
    """ "the Kingdom", "the Republic": one capitalised common noun after "the" that NER
    calls a place, and no city or country of the world is so named."""
    doc = ent.doc
    return ent.label_ in ("GPE", "LOC") and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
        and ent[0].lower_ in common_nouns and not world_city_country(ent.text)


def _prefixed_place(ent) -> bool:
    """ "intra-Asia", "trans-Pacific": a lower-case word of three letters or more, a hyphen
    and a capitalised place make the name NER saw, and an adjective of the routes or trade
    after it; no letter or two ("e-Land", "i-Mobile"), which a firm's name may start with."""
    if ent.label_ in ("GPE", "LOC", "ORG", "NORP") and len(ent) == 3 and ent[1].text in _HYPHENS:
        return _prefix(ent[0]) and ent[2].text[:1].isupper()
    # "sub-Saharan Africa": NER's place after the prefix and its hyphen; a region, no
    # country nor city (not a firm's name, "anti-Hanul Motors protests" names the firm).
    doc = ent.doc
    return ent.label_ in ("GPE", "LOC") and ent.start >= 2 and doc[ent.start - 1].text in _HYPHENS \
        and not doc[ent.start - 2].whitespace_ and not doc[ent.start - 1].whitespace_ and _prefix(doc[ent.start - 2])


_HYPHENS = ("-", "–", "‐")


def _prefix(token) -> bool:
    return len(token.text) >= 3 and token.is_alpha and token.is_lower


def _office_holders(ent) -> bool:
    """ "Ministers of Foreign Affairs", "the Presidents of the two countries": a person's
    title in the plural and "of" open the name, which names the people, no body."""
    words = [t.lower_ for t in ent if t.lower_ != "the"]
    return ent.label_ == "ORG" and len(words) > 2 and words[1] == "of" and words[0].endswith("s") and words[0][:-1] in _titles()


@functools.cache
def _titles() -> frozenset[str]:
    return reference_words("person_titles", lower=True) | reference_words("portfolio_titles", lower=True)
