"""What the words around a name say of it, for :mod:`kg.extract.mention_classes`: whether
it speaks of "its" things (a firm), is what money goes into (a firm), is listed with organisations or with regions, stands where
a place is named ("a plant in Gumi", "Pune-based"), is a quote's code ("PSMGn.DE") or a compass
point's abbreviation before a place, or stands in a line written in capitals."""

from __future__ import annotations

import functools
import re

from kg.extract.patterns import doc_text
from kg.extract.people import coordinated_with, name_starts
from kg.extract.places import is_region, world_city_country
from kg.extract.values import money_words
from kg.ingest.normalize import reference_names, reference_words

__all__ = ["PLACE_HEADS", "backer_before", "based_in", "compass_before_place", "currency_named", "firm_nouns", "in_capitals", "in_ticker", "quote_code_at", "invested_into", "bought_as_firm", "its_subject", "met_in",
           "listed_after_organisations", "listed_with_organisations", "listed_with_regions", "placed_after", "says_it", "traded_or_filing",
           "has_firm_title", "named_by_initials", "site_in_place", "thing_relative_after"]

#: Last words of a place's name ("Jiulongpo District").
PLACE_HEADS = {"District", "Province", "City", "County", "Municipality", "Prefecture", "State", "Region", "Island", "Islands", "Village", "Town"}


def invested_into(ent, themes: dict[str, frozenset[str]], *, direct: bool = True) -> bool:
    """Whether the name is the theme of a word by which money or ownership goes into an
    organisation (*themes*: word -> its prepositions or ``direct``; see
    trigger_words.organisation_themes): "invested in Waymo", "a stake in Specifx and Orvik",
    "acquired Specifx" (a direct object only if *direct*)."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    if root.dep_ == "dobj":
        return direct and "direct" in themes.get(root.head.lemma_.lower(), ())
    if root.dep_ == "pobj":
        word = root.head.head
        return root.head.lower_ in themes.get(word.lemma_.lower(), ()) and word.i != root.head.i
    return False


def its_subject(ent) -> bool:
    """Whether the name is the subject of a verb whose object, or the object of a verb it
    says it will do, is "its" something ("X raised its stake", "X said it would sell its
    unit"): a firm's, as a person's would be "his" or "her"."""
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head]
    # "said it would sell": the reported clause whose subject is "it".
    verbs += [c for c in root.head.children if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" and g.lower_ == "it" for g in c.children)]
    for verb in verbs:
        for obj in verb.children:
            if obj.dep_ in ("dobj", "attr") and any(c.dep_ == "poss" and c.lower_ == "its" for c in obj.children):
                return True
        # "X cut jobs at its plant": "its" under the verb's preposition is the subject's where
        # no one thing named between could own it ("praised the company for its results").
        if any(o.dep_ in ("dobj", "attr") and o.tag_ not in ("NNS", "NNPS") for o in verb.children):
            continue
        if any(p.dep_ == "prep" and p.i > verb.i and any(
                o.dep_ == "pobj" and any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children) for o in p.children)
               for p in verb.children):
            return True
    return False


def bought_as_firm(ent, themes: dict[str, frozenset[str]]) -> bool:
    """Whether the name is what is bought, taken over or held a stake in ("agreed to buy
    Kestrel Copper", "a stake in Harmon Gold"), of the words of *themes* that
    ``ownership_words`` of names.yaml lists: a firm, which no person is; not the words of
    backing or leading, which people take ("backed Ana Lim", "led by Ana Lim")."""
    words = reference_words("ownership_words", lower=True)
    return invested_into(ent, {w: t for w, t in themes.items() if w in words})


#: What a listed firm's shares are called, and the papers a firm files.
_SHARE_NOUNS = frozenset({"share", "shares", "stock", "stocks"})
_FILINGS = frozenset({"filing", "filings", "disclosure", "disclosures"})


def traded_or_filing(ent) -> bool:
    """Whether the text speaks of the name as of a listed firm: its shares ("shares of
    Hana Micron", "shares in Abbey Hall", "Hana Micron shares rose"), its listing ("Seoul-listed Duksan Hitech") or
    a filing it made ("Meituan Dianping said in a filing"), where NER read a firm's name
    that looks like a person's (session 31, fresh news)."""
    doc, start, end = ent.doc, ent.start, ent.end
    if start >= 2 and doc[start - 1].lower_ in ("of", "in") and doc[start - 2].lower_ in _SHARE_NOUNS:
        return True
    if end < len(doc) and doc[end].lower_ in _SHARE_NOUNS and doc[end].dep_ != "dobj":
        return True  # "Hana Micron shares rose"; not "gave Ana Lim shares"
    if start >= 2 and doc[start - 1].lower_ == "listed" and doc[start - 2].text in ("-", "‐"):
        return True
    root = ent.root
    if root.dep_ != "nsubj":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(g.dep_ == "pobj" and g.lower_ in _FILINGS for g in c.children)
               for c in root.head.children)


def says_it(ent) -> bool:
    """Whether the name is the subject of a verb that reports what "it" does ("X said it
    would grow"): a firm's way of speaking of itself."""
    root = ent.root
    return root.dep_ == "nsubj" and any(c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") and g.lower_ == "it" for g in c.children)
                                        for c in root.head.children)


#: A quote's code as wire copy writes it after a firm's name: symbol, dot, exchange
#: ("PSMGn.DE", "7203.T", "(688041.SH)").
_TICKER = re.compile(r"[A-Z0-9][A-Za-z0-9]{0,7}\.[A-Z]{1,2}")
#: What a bracket of quotes holds: exchanges, then a colon and a code, once or more ("TSX,
#: NYSE: HBM", "NASDAQ: ARVO; TSX: ARV"; "CNSX: RCLF)(OTCQB: RKCLF", brackets glued).
_QUOTE_BRACKET = re.compile(r"(?:[A-Z]{2,8}(?:-[A-Z]{1,2})?(?:\s*[,/]\s*[A-Z]{2,8}(?:-[A-Z]{1,2})?)*\s*:\s*[A-Z0-9][A-Za-z0-9.]{0,7}"
                            r"\s*(?:[,;]|\)\s*\()?\s*)+")
#: The two written as one ("NYSE:ARVO").
_LISTED_TICKER = re.compile(r"[A-Z]{2,8}(?:-[A-Z]{1,2})?:[A-Z0-9][A-Z0-9.]{0,7}")


def quote_code_at(doc, i: int) -> bool:
    """Whether the word written from token *i* on (its tokens glued, "PSMGn" ".DE") is a
    quote's code with its exchange, which wire copy writes after a firm's name and which is
    no word of it ("Nippon Steel 5401.T")."""
    # Asked of nearly every word of a text: most start with no capital or digit and are
    # none, and a word of one token is its text (a span's text is built anew at each ask).
    token = doc[i]
    first = token.text[:1]
    if not ("A" <= first <= "Z" or "0" <= first <= "9"):
        return False
    if token.whitespace_ or i + 1 == len(doc):
        return _TICKER.fullmatch(token.text) is not None
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_:
        end += 1
    return _TICKER.fullmatch("".join(t.text for t in doc[i:end])) is not None


def in_ticker(ent) -> bool:
    """Whether the name is a quote's code written with its exchange ("PSMGn.DE"), or part
    of one, which NER reads as one or two names."""
    # The tokens written on to the name without a space; not the doc's text, which spaCy
    # builds anew at each ask (for each name of a long story).
    doc = ent.doc
    start, end = ent.start, ent.end
    while start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].text not in ("(", ",", ";"):
        start -= 1
    while end < len(doc) and not doc[end - 1].whitespace_ and doc[end].text not in (")", ",", ";"):
        end += 1
    if _TICKER.fullmatch(doc[start:end].text) or _LISTED_TICKER.fullmatch(doc[start:end].text):
        return True
    # "(NASDAQ: ARVO)", "(TSX, NYSE: HBM)", "(CNSX: RCLF)": exchanges' names and the codes after
    # them, in brackets of their own. Most names have no bracket near: the text says so
    # before the tokens are read one by one.
    if start == 0 or end >= len(doc):
        return False
    text, last = doc_text(doc), doc[min(end + 8, len(doc)) - 1]
    if "(" not in text[doc[max(start - 8, 0)].idx:doc[start].idx] or ")" not in text[doc[end].idx:last.idx + len(last.text)]:
        return False
    opening = next((i for i in range(start - 1, max(start - 9, -1), -1) if doc[i].text in ("(", ")")), None)
    closing = next((i for i in range(end, min(end + 8, len(doc))) if doc[i].text in ("(", ")")), None)
    if opening is None or closing is None or doc[opening].text != "(" or doc[closing].text != ")":
        return False
    return _QUOTE_BRACKET.fullmatch(doc[opening + 1:closing].text) is not None


def compass_before_place(ent) -> bool:
    """Whether the name is a compass point's abbreviation right before a place's name ("in
    SW China"), which headlines write; "SE" elsewhere may be a firm's initials."""
    doc = ent.doc
    return ent.text in reference_words("compass_abbreviations") and ent.end < len(doc) \
        and doc[ent.end].ent_type_ in ("GPE", "LOC", "KG:Country", "KG:City")


def listed_with_organisations(ent) -> bool:
    """Whether a name is coordinated with names NER calls organisations' ("Orvik, Hanul
    Capital and Daewon pledged $9 million", "peers include Hanul Robotics and Orvik"); the
    parser may read such a list as an apposition."""
    return coordinated_with(ent, "ORG", ("conj", "appos"))


def listed_after_organisations(ent) -> bool:
    """Whether a name ends a list of names of organisations, joined by commas and "and",
    whatever the parser made of the list ("firms like Apple, Google, and Orvik pour ...")."""
    doc, i, firms = ent.doc, ent.start - 1, 0
    while i >= 0 and doc[i].lower_ in (",", "and", "or"):
        while i >= 0 and doc[i].lower_ in (",", "and", "or"):
            i -= 1
        if i < 0 or doc[i].ent_type_ not in ("ORG", "KG:Company", "KG:InvestmentFirm"):
            break
        firms += 1
        while i > 0 and doc[i].ent_iob_ == "I":
            i -= 1  # back to the name's first word
        i -= 1
    return firms >= 2


def placed_after(ent) -> bool:
    """Whether the words before the name say where something is: "in" or "near" after a
    noun ("a plant in Gumi") or after "based", "headquartered", "located" ("based in
    Hyderabad"), or "of" after a kind of place ("the town of Ramos Arizpe", "its capital of Lima"), or "capital" with or without
    its comma ("the Bolivian capital, La Paz", "Chile's capital Santiago");
    not "invested in Toyota", where a verb takes the name."""
    doc = ent.doc
    if not ent.start:
        return False
    before = doc[ent.start - 1]
    if before.lower_ in ("in", "near"):
        return before.head.pos_ in ("NOUN", "PROPN") or before.head.lower_ in ("based", "headquartered", "located", "situated")
    if before.text == "," and ent.start > 2 and doc[ent.start - 2].lower_ == "capital" \
            and (doc[ent.start - 3].pos_ in ("ADJ", "PROPN", "DET") or doc[ent.start - 3].lower_ in ("'s", "’s")):
        return True  # "the Bolivian capital, La Paz,": the capital named in apposition
    # Session 32, fresh news: "north of Chile's capital Santiago" (no comma) had made the city
    # a firm; "capital" as written, not a firm's "Hanul Capital".
    if before.text == "capital" and ent.start > 1 and (doc[ent.start - 2].lower_ in ("'s", "’s") or doc[ent.start - 2].pos_ in ("ADJ", "DET")):
        return True
    return before.lower_ == "of" and (before.head.text.title() in PLACE_HEADS or before.head.lower_ == "capital" and before.head.i > before.head.left_edge.i)


def met_in(ent) -> bool:
    """Whether the name follows "in" that a verb only people do governs ("the leaders met in
    Capri", "landed in Kenderli": ``person_verbs`` of names.yaml): where they were, a town's
    name the gazetteer may not know; not "invested in Hanul"."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 1].head.pos_ in ("VERB", "AUX") \
        and doc[ent.start - 1].head.lemma_.lower() in reference_words("person_verbs", lower=True)


def based_in(ent) -> bool:
    """Whether a dash (or no more than a space) and "based" or "headquartered" follow the
    name, before a firm's name or a word that describes firms ("a Pune-based firm",
    "Pune-based Hanul", "this Gurgaon based startup"), or a city of the world's with its
    dash before any noun ("Hyderabad-based enterprise software platform"): a place's; not
    "Arm-based chips"."""
    doc = ent.doc
    dashed = ent.end < len(doc) and doc[ent.end].text in ("-", "–")
    i = ent.end + 1 if dashed else ent.end
    if not (i < len(doc) and doc[i].lower_ in ("based", "headquartered")):
        return False
    described = doc[i].head
    return described.pos_ == "PROPN" or described.lemma_.lower() in firm_nouns() \
        or dashed and described.pos_ == "NOUN" and world_city_country(ent.text) is not None


def after_based(ent) -> bool:
    """Whether a place's "-based" stands right before the name ("Bristol, Conn.-based
    Barnes is", "a Pune-based Hanul"): the name is the firm so placed, whatever place it is
    also the name of."""
    doc = ent.doc
    if not ent.start:
        return False
    before = doc[ent.start - 1]
    return before.lower_.endswith("-based") and len(before) > 6 or before.lower_ == "based" and ent.start > 1 \
        and doc[ent.start - 2].text in ("-", "–") and not doc[ent.start - 2].whitespace_


def under_brands(ent) -> bool:
    """Whether the name is in a list that "under" (and "the") opens and a noun of brands
    closes ("sells under the Zanussi, AEG and Eureka trademarks", "sold under the Velmo
    brand"; ``brand_nouns`` of names.yaml): a brand a firm sells its goods by, its product."""
    doc, nouns = ent.doc, reference_words("brand_nouns", lower=True)
    joints = (",", "and", "/", "&")

    def listed(token) -> bool:
        # "Jenn-Air": a hyphen that joins the words of one brand's name, written unspaced.
        inner = token.text in ("-", "–") and not token.whitespace_ and token.i and not doc[token.i - 1].whitespace_
        return token.pos_ == "PROPN" and token.text[:1].isupper() or token.lower_ in joints or inner

    i = ent.start - 1
    while i >= 0 and listed(doc[i]):
        i -= 1
    i -= i >= 0 and doc[i].lower_ == "the"
    j = ent.end
    while j < len(doc) and listed(doc[j]):
        j += 1
    return i >= 0 and doc[i].lower_ == "under" and j < len(doc) and doc[j].lower_ in nouns


def names_a_disease(ent) -> bool:
    """Whether the name and its "'s" open a disease's name (``eponym_nouns`` of names.yaml:
    "Crohn's disease"), perhaps through a list of such names ("Alzheimer's and Parkinson's
    diseases"): a person's name no entity stands for."""
    doc, i = ent.doc, ent.end
    nouns = reference_words("eponym_nouns", lower=True)
    while i + 1 < len(doc) and doc[i].text in ("'s", "’s"):
        if doc[i + 1].lower_ in nouns:
            return True
        if not (i + 3 < len(doc) and doc[i + 1].lower_ in (",", "and", "or") and doc[i + 2].pos_ == "PROPN"):
            return False
        i += 3
    return False


def sited_in(ent) -> bool:
    """Whether the name follows "in" or "near" after a noun of sites (``site_nouns`` of
    names.yaml: "a plant in Suhar", or ``sited_nouns``: "the industrial estate in Suhar"):
    where the site is, a town's name the gazetteer may not know; not "a stake in Hanul"."""
    doc = ent.doc
    if not ent.start or doc[ent.start - 1].lower_ not in ("in", "near"):
        return False
    head = doc[ent.start - 1].head
    return head.i < ent.start - 1 and head.pos_ == "NOUN" and head.lemma_.lower() in _site_nouns()


@functools.cache
def _site_nouns() -> frozenset[str]:
    return reference_words("site_nouns", lower=True) | reference_words("sited_nouns", lower=True)


@functools.cache
def firm_nouns() -> frozenset[str]:
    """The words names.yaml's ``descriptions`` give firms and investment firms."""
    descriptions = reference_names().get("descriptions") or {}
    return frozenset(str(w).lower() for cls in ("Company", "InvestmentFirm") for w in descriptions.get(cls) or ())


def in_capitals(ent) -> bool:
    """Whether the name's sentence is written in capitals, three words or more."""
    words = [t for t in ent.sent if t.is_alpha]
    return len(words) >= 3 and all(t.is_upper for t in words)


def listed_with_regions(ent) -> bool:
    """Whether a name is coordinated with names of regions only ("Oregon, Florida and
    Washington")."""
    root = ent.root
    head = root.head if root.dep_ == "conj" else root
    listed = [head, *(t for t in head.subtree if t.dep_ == "conj" and t.head.i in (head.i, *(c.i for c in head.subtree)))]
    others = [t for t in listed if t.i != root.i and not ent.start <= t.i < ent.end]
    return bool(others) and all(is_region(t.text) for t in others)


def site_in_place(ent, event_heads) -> bool:
    """Whether a name is where something happens, in a place named right after it:
    "met at X in Rancho Mirage", "the expo at X in Seoul" (an event's head word, of
    *event_heads*, before "at"), "at X, Seoul", "welcomed him to X, Nairobi", "at the X,
    Nairobi"; not where someone works ("an analyst at X in Tokyo"); or whose part a building's
    is ("the forecourt of X", ``site_parts``). Another mention of a name so placed is the
    same site ("arrived at X shortly after")."""
    doc = ent.doc
    sited = doc.user_data.setdefault("kg_sited_names", {})
    if ent.text not in sited:
        events = {w.lower() for w in event_heads}
        sited[ent.text] = any(_sited(doc, i, i + len(ent), events) for i in name_starts(ent))
    return sited[ent.text]


def _sited(doc, start: int, end: int, events: set[str]) -> bool:
    at = start - 2 if start > 1 and doc[start - 1].lower_ == "the" else start - 1
    if at > 0 and doc[at].lower_ == "of" and doc[at - 1].lower_ in reference_words("site_parts", lower=True):
        return True  # "at the forecourt of X": a part of a building, not of a firm or a person
    if at < 0 or doc[at].lower_ not in ("at", "to") or end + 1 >= len(doc) or doc[end].lower_ not in ("in", ","):
        return False
    head = doc[at].head
    # "to" only after verbs of coming and receiving ("welcomed him to X, Nairobi"; not
    # "contributed troops to X in Somalia").
    happens = head.pos_ == "VERB" and head.lemma_ not in reference_words("not_site_verbs") \
        and (doc[at].lower_ == "at" or head.lemma_.lower() in _arrival_verbs()) \
        or doc[at].lower_ == "at" and head.lemma_.lower() in events
    return happens and doc[end + 1].ent_type_ in ("GPE", "KG:City", "KG:Country")


@functools.cache
def _arrival_verbs() -> frozenset[str]:
    """Verbs after which "to X, Y" is where someone came or was received (``travel_verbs``,
    ``returning_verbs`` and ``arrival_verbs`` of names.yaml)."""
    return reference_words("travel_verbs", lower=True) | reference_words("returning_verbs", lower=True) \
        | reference_words("arrival_verbs", lower=True)


def named_by_initials(ent) -> bool:
    """Whether capitals in brackets right after a name of two words or more are its
    initials ("Trancerie Emiliane (TE)"), or the name is itself initials after "the" ("The
    MEA had announced"): people's names are neither."""
    doc = ent.doc
    if len(ent) == 1 and ent.start and doc[ent.start - 1].lower_ == "the" and re.fullmatch(r"[A-Z]{2,6}", ent.text):
        return True
    if len(ent) < 2 or ent.end + 2 >= len(doc) or doc[ent.end].text != "(" or doc[ent.end + 2].text != ")":
        return False
    return doc[ent.end + 1].text == "".join(t.text[0] for t in ent if t.text[:1].isupper())


def has_firm_title(ent, firm_titles) -> bool:
    """Whether a title only a firm's people hold (*firm_titles*) follows the name and its "'s"."""
    doc, i = ent.doc, ent.end
    if ent[-1].lower_ not in ("'s", "’s", "'", "’"):
        if i >= len(doc) or doc[i].lower_ not in ("'s", "’s", "'", "’"):
            return False
        i += 1
    while i < len(doc) and doc[i].lower_ in ("founder", "and", "co", "-") and i + 1 < len(doc) and doc[i + 1].lower_ not in (",", "."):
        if doc[i].lower_ in firm_titles:
            return True
        i += 1
    return i < len(doc) and doc[i].lower_.rstrip(".") in firm_titles


def currency_named(ent) -> bool:
    """Whether a country's name or demonym opens a currency's name (money.yaml: "US dollar",
    "Japanese yen", "Hong Kong dollars")."""
    doc, words = ent.doc, money_words()[0]
    return any(doc[ent.start:end].text.casefold() in words for end in range(ent.end + 1, min(ent.end + 3, len(doc) + 1)))


def backer_before(ent) -> bool:
    """Whether a name is glued to a participle that makes it an owner or a backer
    ("Oracle-backed", "Tesla-owned"): a firm's, however NER read it."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not doc[ent.end - 1].whitespace_ \
        and doc[ent.end + 1].lower_ in _backing_participles()


@functools.cache
def _backing_participles() -> frozenset[str]:
    return reference_words("backing_participles", lower=True)


def thing_relative_after(ent) -> bool:
    """Whether a comma and a relative pronoun only things take (``thing_relatives``:
    "which") follow the name: people are "who". Not after "by" ("Daewon Group, led by Kim
    Min-soo, which produces robots"), where the clause may be the firm's."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in reference_words("thing_relatives") \
        and not (ent.start and doc[ent.start - 1].lower_ == "by")
