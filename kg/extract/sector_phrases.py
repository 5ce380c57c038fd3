"""Sectors named by the words of a text: "a maker of humanoid robots", "battery maker X",
"the world's largest chipmaker". A phrase names a sector when it is a reference sector
(``data/reference/sectors.yaml``), has a sector word among its words, or a maker word
vouches for it; the document gets one Sector entity per sector so named.
"""

from __future__ import annotations

import functools

from kg.extract.date_words import date_words
from kg.extract.entities import DocumentEntity, reference_sector_words
from kg.extract.patterns import doc_text, token_mark
from kg.extract.ranged_trades import range_ends
from kg.extract.sector_mentions import describes_investors, with_of_compound
from kg.errors import IngestError
from kg.ingest.normalize import name_key, reference_words
from kg.resources import read_yaml, resource_dir

__all__ = ["SectorPhrases", "measured", "modified", "serviced"]

#: Tags of a verb told in a tense, which never narrows a noun ("hit" of "tariffs hit steel").
_FINITE = ("VBD", "VBZ", "VBP")

#: Modifiers that do not narrow a sector ("new chips", "global batteries").
_VAGUE = {"new", "global", "major", "leading", "other", "such", "more", "many", "key", "advanced", "various", "own", "its", "their", "local", "domestic"}


@functools.cache
def _vague() -> frozenset[str]:
    """The modifiers above and the words of praise or growth that narrow no sector
    ("innovative stem cell treatments", "the growing electric vehicle market"),
    ``unnarrowing_adjectives`` of sectors.yaml, and the verbs a misread parse hangs on a
    sector's noun as if they were nouns (``unnarrowing_verb_forms``: "manufactures")."""
    return frozenset(_VAGUE) | reference_sector_words("unnarrowing_adjectives") | reference_sector_words("unnarrowing_verb_forms")


def modified(token) -> list:
    """A noun with the words that narrow it, as the text writes them ("next-generation
    semiconductors", "automotive electronics"), without names or vague words."""
    # A finite verb is no modifier, whatever its arc ("tariffs hit steel made by X").
    modifiers = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod") and c.lower_ not in _vague()
                 and c.tag_ not in _FINITE and (not token_mark(c, "kg_entity") or token_mark(c, "kg_class") == "Sector")]
    if not modifiers:
        return [token]
    start = min(c.left_edge.i for c in modifiers)
    return [t for t in token.doc[start:token.i + 1] if not (token_mark(t, "kg_entity") and token_mark(t, "kg_class") != "Sector") and t.lower_ not in _vague()]


@functools.cache
def _measure_nouns() -> frozenset[str]:
    """``measure_nouns`` of sectors.yaml, the units an amount of a thing is counted in, and
    its ``collective_nouns``, the words for a set of things ("a wide range of")."""
    return reference_sector_words("measure_nouns") | reference_sector_words("collective_nouns")


@functools.cache
def _share_nouns() -> frozenset[str]:
    """``share_nouns`` of sectors.yaml, as written: "supply" is a share of a whole, where
    "supplies" are goods ("a distributor of medical supplies")."""
    return reference_sector_words("share_nouns")


def measured(token):
    """What *token* names a quantity of: "produced 5 million tonnes of sugar" made sugar,
    "an annual two million ounces of platinum" platinum, "a wide range of industrial robots"
    robots, "one-third of the global supply of bromine" bromine, "the production of frozen
    dumplings" dumplings (the noun after the unit's, the set's, the share's or the activity's
    "of", through each such noun in turn).
    A unit or a share with no "of" names no thing (None): "produces about 40 percent" makes
    no trade "percent"; an activity with no "of", or with its own modifiers ("contract
    manufacturing of drugs"), and any other noun is itself."""
    activities = reference_sector_words("activity_nouns")
    for _ in range(4):
        # "the production of frozen dumplings": the thing done; bare, the activity may be a
        # trade's word ("payroll processing", "pharmaceutical distribution").
        if token.lemma_.lower() in activities or token.lower_ in activities:
            after = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            if after is None or any(c.dep_ in ("compound", "amod") for c in token.children):
                return token
            token = after
            continue
        # A value read whole is one token ("about 40 percent", "30%"): by its kind or last word.
        # A sum read whole may end in a unit too ("9 million pounds", money to NER): a weight.
        shares = {token.lower_, token.lower_.split()[-1] if token.lower_.split() else ""}
        if token.lemma_.lower() not in _measure_nouns() and token.lower_ not in _measure_nouns() \
                and not shares & (_share_nouns() | _measure_nouns()) and token_mark(token, "kg_value_kind") != "percent":
            return token
        token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
        if token is None:
            return None
    return token


def serviced(token) -> bool:
    """Whether *token*, a direct object, is one of a list of services a firm runs or offers
    ("operates bus and taxi services", "offers contract logistics, warehousing and intermodal
    services"): its verb is one of ``service_verbs`` of names.yaml and it, or a noun joined
    to it, is a service (``service_nouns``). Not "provides funding", "offers a discount"."""
    nouns = reference_words("service_nouns", lower=True)
    return token.head.lemma_.lower() in reference_words("service_verbs", lower=True) \
        and any(t.lemma_.lower() in nouns or t.lower_ in nouns for t in (token, *token.conjuncts))


def _written(tokens: list) -> str:
    """The words as the text joins them ("high-tech wheelchair", "vehicle (EV) battery")."""
    text = "".join(t.text + (t.whitespace_ if i + 1 < len(tokens) and tokens[i + 1].i == t.i + 1 else " ") for i, t in enumerate(tokens))
    return " ".join(text.split())


def _whole_words(tokens: list) -> list:
    """The tokens with the pieces of their first word the tokenizer split off before it
    ("6" of "6G networks"), and a lower-case word a hyphen joins to it ("short-video
    platform", whose "short" a frame may have read as a word of size)."""
    if not tokens:
        return tokens
    doc, start = tokens[0].doc, tokens[0].i
    while start > 0 and doc[start - 1].whitespace_ == "" and doc[start - 1].text.isalnum() and doc[start - 1].text[:1].isdigit():
        start -= 1
    if tokens[0].text in ("-", "–") and start > 0 and not doc[start - 1].whitespace_ and doc[start - 1].is_lower and doc[start - 1].is_alpha:
        start -= 1
    # Every piece of a word of many ("point-of-sale software", never "of-sale software").
    while start > 1 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_ \
            and doc[start - 2].is_lower and doc[start - 2].is_alpha:
        start -= 2
    return [*doc[start:tokens[0].i], *tokens]


def _with_glued_modifiers(tokens: list) -> list:
    """ "an electric vehicle maker": a lower-case modifier right before the phrase, of one
    of its words or of the noun the phrase modifies, is part of what the firm makes."""
    if not tokens:
        return tokens
    doc, first = tokens[0].doc, tokens[0]
    heads = {t.i for t in tokens} | {first.head.i}
    start = first.i
    while start > 0 and first.dep_ == "compound" and doc[start - 1].dep_ in ("amod", "compound") \
            and doc[start - 1].head.i in heads and doc[start - 1].pos_ in ("ADJ", "NOUN") \
            and doc[start - 1].text.islower() and doc[start - 1].lower_ not in _vague() and not token_mark(doc[start - 1], "kg_entity"):
        start -= 1
    return [*doc[start:first.i], *tokens]


def _glued_word(token) -> str:
    """The word *token* is a piece of, as written between spaces, in lower case
    ("state-of-the-art" for its "art"), without punctuation glued to it but hyphens."""
    doc, start, end = token.doc, token.i, token.i

    def piece(t) -> bool:
        return not t.is_punct or t.text in ("-", "–")

    while start > 0 and not doc[start - 1].whitespace_ and piece(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and not doc[end].whitespace_ and piece(doc[end + 1]):
        end += 1
    return doc[start:end + 1].text.lower()


def _hyphened(tokens: list) -> bool:
    """Whether the first word is joined by a hyphen to the next ("second-life")."""
    return len(tokens) > 2 and tokens[1].text in ("-", "–") and not tokens[0].whitespace_ and not tokens[1].whitespace_


def _hyphen_noun(words: list) -> bool:
    """Whether the words end in a gerund a hyphen joins to a noun before it, a noun as a
    whole ("ride-hailing", "video-sharing"), whatever the tagger made of the gerund."""
    return len(words) > 2 and words[-1].tag_ == "VBG" and words[-2].text in ("-", "–") and words[-3].pos_ == "NOUN" \
        and not words[-2].whitespace_ and not words[-3].whitespace_


@functools.cache
def _head_activities() -> dict[str, tuple[str, ...]]:
    """``head_activities`` of sectors.yaml: a firm's head noun -> the trade's nouns."""
    path = resource_dir("data") / "reference" / "sectors.yaml"
    found = read_yaml(path, IngestError, "reference data").get("head_activities")
    if not isinstance(found, dict):
        raise IngestError(f"{path}: 'head_activities' must be a mapping")
    return {str(head).lower(): tuple(str(t) for t in trades) for head, trades in found.items()}


@functools.cache
def _operated_trades() -> tuple[tuple[str, frozenset[str], tuple[tuple[str, ...], ...]], ...]:
    """``operated_trades`` of sectors.yaml: (sector, heads, the words of the service), the
    longest words first."""
    path = resource_dir("data") / "reference" / "sectors.yaml"
    found = read_yaml(path, IngestError, "reference data").get("operated_trades")
    if not isinstance(found, list):
        raise IngestError(f"{path}: 'operated_trades' must be a list")
    return tuple((str(e["sector"]), frozenset(str(h).lower() for h in e["heads"]),
                  tuple(sorted((tuple(str(w).lower().split()) for w in e["words"]), key=len, reverse=True))) for e in found)


def _place_hyphened(token) -> bool:
    """Whether a hyphen joins *token* to a place's name before it ("Chicago-area")."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text not in ("-", "–") or doc[i - 1].whitespace_ or doc[i - 2].whitespace_:
        return False
    place = doc[i - 2]
    return token_mark(place, "kg_class") in ("Country", "City") or place.ent_type_ in ("GPE", "LOC")


def _split(tokens: list) -> list[list]:
    """The words between commas and conjunctions."""
    parts, part = [], []
    for token in tokens:
        if token.pos_ == "CCONJ" or token.text == ",":
            parts.append(part)
            part = []
        else:
            part.append(token)
    return [p for p in [*parts, part] if p]


class SectorPhrases:
    """Reads sector phrases with the reference sectors (KnownEntity each), the words that
    make a phrase a sector's, the maker nouns ("chipmaker" -> "semiconductors") and the
    heads that name a firm rather than what it does ("giant", "firm")."""

    def __init__(self, sectors, sector_words: frozenset[str], maker_nouns: dict, firm_words: frozenset[str]) -> None:
        self._sectors = {name_key(n): s for s in sectors for n in s.names}
        self._openers = frozenset(n.split()[0].lower() for s in sectors for n in s.names if len(n.split()) > 1)
        self._sector_words = sector_words
        self._maker_nouns = maker_nouns
        self._firm_words = firm_words
        # "a lithium-ion battery plant": a site's noun ends no sector's name.
        self._site_nouns = reference_words("site_nouns", lower=True)
        self._generic = reference_sector_words("generic_sector_words")
        self._investor_kinds = reference_sector_words("investor_sectors")
        self._investor_heads = reference_sector_words("investor_heads")
        self._area_words = reference_sector_words("area_words")
        self._part_heads = reference_sector_words("part_heads")
        self._agent_heads = reference_sector_words("agent_heads")
        self._word_ends = tuple(reference_sector_words("sector_word_endings"))
        self._activities = _head_activities()
        self._ordinals = frozenset(date_words().ordinals)
        self._sizes = reference_sector_words("size_adjectives")
        self._sized_trades = reference_sector_words("sized_trade_nouns")
        self._served_heads = reference_sector_words("served_industry_heads")
        self._tails = reference_sector_words("sector_tail_nouns")
        self._of_compounds = reference_sector_words("of_compounds")
        self._range_heads = reference_sector_words("range_heads")

    def _trade_word(self, word: str) -> bool:
        """Whether *word* (lower case) makes a phrase a sector's: a sector word, or one of
        its endings glued to a word before ("foodtech", "spacetech": a trade's technology)."""
        return word in self._sector_words or len(word) > 5 and word.isalpha() and word.endswith(self._word_ends)

    def phrase(self, tokens: list, entities: dict[str, DocumentEntity], *, certified: bool = False, whole: bool = True) -> list[tuple]:
        """A sector named by words of the text: a reference sector's name, or words with a
        sector word among them ("industrial robots"), or any words a maker word certifies
        ("cafe chain operator X"). Anything else is no sector. Not *whole*: the words as
        given, without the pieces of their first word glued before them (a range's end)."""
        # "a small business lending platform": a frame's words of size left out that say
        # which firms the trade serves.
        if tokens and tokens[0].lower_ in self._sized_trades and tokens[0].i > 0 and tokens[0].doc[tokens[0].i - 1].lower_ in self._sizes:
            tokens = [tokens[0].doc[tokens[0].i - 1], *tokens]
        tokens = with_of_compound(_whole_words(_with_glued_modifiers(tokens)) if whole else tokens, self._of_compounds)
        # "the world's largest chipmaker": one word names both the firm and its sector.
        maker = tokens and (self._maker_nouns.get(tokens[-1].lower_) or self._maker_nouns.get(tokens[-1].lemma_.lower()))
        if maker:
            # "coal miner", "memory chipmaker": nouns glued before the word narrow what the
            # firm makes, and the text's words are one more name of the sector.
            word = tokens[-1]
            start = word.i
            while start > 0 and word.doc[start - 1].dep_ == "compound" and word.doc[start - 1].head.i == word.i \
                    and word.doc[start - 1].pos_ == "NOUN" and word.doc[start - 1].text.islower():
                start -= 1
            words = list(word.doc[start:word.i + 1])
            return self.entity(self._sectors[name_key(maker)], _written(words), words, entities)
        # "Arm-based chips", "Pune-based robot maker": what a thing is based on, or where a
        # firm is, is no part of what it makes; nor is what it relates to ("EV-related
        # products": the products, of no named trade).
        # Nor is the area of a place a firm is in ("Chicago-area companies": no trade "area").
        # A state's abbreviation keeps its hyphen in one token ("Reston, Va.-based").
        cut = [i for i, t in enumerate(tokens) if t.lower_ in ("based", "headquartered", "related") and i and tokens[i - 1].text in ("-", "–")
               or _place_hyphened(t) or t.lower_.endswith((".-based", ".-headquartered"))]
        if cut:
            tokens = tokens[cut[-1] + 1:]
        # Not "Estonian energy storage technology": a nationality says where, not what.
        # Nor "a local robot maker", "the largest battery maker": how big or near a firm is;
        # nor "a second semiconductor plant": which one of them (but an ordinal a hyphen joins
        # to the next word narrows it: "second-life batteries", "third-generation chips").
        while tokens and (tokens[0].is_punct or tokens[0].lower_ in ("a", "an", "the", "its", "their")
                          # "the 151-year-old grain trader": how old a firm is (a date's value).
                          or token_mark(tokens[0], "kg_value_kind") == "date"
                          or tokens[0].lower_ in _vague() or tokens[0].tag_ in ("JJS", "RBS")
                          # "state-of-the-art chips", "world-class steel": praise, however joined.
                          or _glued_word(tokens[0]) in _vague()
                          # "a large media group": how big the firm is, where the word is the head's.
                          # but "a small business lending platform": the firms it serves, however parsed.
                          or tokens[0].lower_ in self._sizes and tokens[0].head.i not in {t.i for t in tokens[1:]}
                          and not (len(tokens) > 2 and tokens[1].lower_ in self._sized_trades)
                          or tokens[0].lower_ in self._ordinals and not _hyphened(tokens)
                          # but "a third party logistics provider": an ordinal of a word inside.
                          and tokens[0].head.i not in {t.i for t in tokens[1:-1]}
                          # "the third-largest public bus operator": a rank, however joined.
                          or _hyphened(tokens) and tokens[2].tag_ in ("JJS", "RBS")
                          or tokens[0].ent_type_ == "NORP" or tokens[0].pos_ == "ADJ" and tokens[0].text.istitle()
                          and not (tokens[0].is_sent_start and tokens[0].text[1:].islower() and not tokens[0].ent_type_)):
            tokens = tokens[1:]
        # "the artificial intelligence (AI) space": an acronym in parentheses repeats the
        # words before it, and a last word such as "space", "market" or "business" names
        # no sector ("the robot business" is robots).
        inside = {t.i for t in tokens for o in tokens if o.text == "(" and o.i < t.i
                  and any(c.text == ")" and c.i > t.i for c in tokens)}
        bare = [t for t in tokens if t.text not in ("(", ")", ",") and t.i not in inside]
        areas = []
        while len(bare) > 1 and any(w in self._area_words or w in self._site_nouns for w in (bare[-1].lower_, bare[-1].lemma_.lower())):
            areas.append(bare[-1])
            bare = bare[:-1]
        # "focuses on the energy and mining sectors": a plural field's noun after words a
        # conjunction joins says each part is a field of its own (not "energy and mining"),
        # unless together they are a sector's name ("the oil and gas industries").
        if areas and areas[-1].tag_ == "NNS" and any(t.pos_ == "CCONJ" for t in bare) and name_key(_written(bare)) not in self._sectors:
            found = []
            for part in _split(bare):
                found += [f for f in self.phrase(part, entities, certified=certified) if f not in found]
            return found
        bare = self._served(bare)
        # "warehouse owner and operator X", "one of the largest heavy equipment distributors and
        # provider of ...": who does the trade is no word of it.
        while bare and (bare[-1].lower_ in self._agent_heads or bare[-1].lemma_.lower() in self._agent_heads):
            bare = bare[:-1]
        # "educational and humanoid robots": words joined before one noun narrow it each, and
        # name a sector each ("educational robots", "humanoid robots").
        # A list's commas part its items as its conjunction does ("air, ocean and road freight
        # services"), where the words hold a conjunction; commas alone part no list ("a large,
        # diversified mining group").
        listed = [t for t in tokens if t.text not in ("(", ")") and t.i not in inside and bare and t.i <= bare[-1].i]
        if not any(t.pos_ == "CCONJ" for t in listed):
            listed = bare
        joints = [i for i, t in enumerate(listed) if t.pos_ == "CCONJ" or t.text == ","]
        # A participle narrows as an adjective does ("dyed staple and filament yarn").
        if joints and 0 < joints[-1] < len(listed) - 2 and not self._one_trade(listed) and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "CCONJ", "PUNCT") or t.tag_ == "VBN"
                                                               for t in listed) \
                and all(t.head.i in {b.i for b in bare} for t in bare[:-1]):
            head, found = bare[-1], []
            last = listed[joints[-1] + 1:-1]
            for part in _split(listed[:joints[-1] + 1]) + [last]:
                # A plural names things of its own ("pharmaceuticals and health foods"), not
                # a kind of the head.
                whole = part if part and part[-1].tag_ == "NNS" else [*part, head]
                # "paper and plastic packaging products": a word of the kind the last item
                # opens with shares the words after that one (paper packaging products), unless
                # the last item's words are a sector's name together ("software and cloud
                # computing services") or the word is a trade of its own ("steel and auto parts").
                if part is not last and len(part) == 1 and len(last) > 1 and part[0].pos_ == last[0].pos_ and not token_mark(last[0], "kg_entity") \
                        and name_key(_written(last)) not in self._sectors and not self._trade_word(part[0].lower_) \
                        and not {name_key(part[0].text), name_key(part[0].text + "s")} & self._sectors.keys():
                    whole = [*part, *last[1:], head]
                for sector in self.phrase(whole, entities, certified=certified) if part else []:
                    if sector not in found:
                        found.append(sector)
            return found
        # A sector is named by a noun ("industrial robots"), not by a firm word ("tech giant");
        # a reference sector's mention is one, whatever the parse made of its first word
        # ("new energy vehicle", merged from an adjective the parse hung elsewhere).
        # An adjective that is a sector's word names the sector on its own ("pharmaceutical
        # company Hanul"), unless it opens a sector's longer name ("autonomous startup
        # Hanul": autonomous driving, or vehicles, or robots) or a part of a group follows
        # ("its automotive subsidiary Hanul": the group's division, as the gold reads it).
        if not bare or bare[-1].pos_ not in ("NOUN", "PROPN") and token_mark(bare[-1], "kg_class") != "Sector" and not _hyphen_noun(bare) \
                and not (bare[-1].pos_ == "ADJ" and self._trade_word(bare[-1].lower_) and bare[-1].lower_ not in self._openers
                         and bare[-1].i + 1 < len(bare[-1].doc) and bare[-1].doc[bare[-1].i + 1].lower_ not in self._part_heads) \
                or bare[-1].lemma_.lower() in self._firm_words:
            return []
        # "its popular compact Ora Good Cat EV": a name among the words (a model's, a brand's)
        # says which thing, not what trade; the words after it still may.
        named = [i for i, t in enumerate(bare) if t.is_alpha and t.text.istitle() and len(t) > 1 and not t.is_sent_start and t.i > 0]
        if named and name_key(_written(bare)) not in self._sectors:
            bare = bare[named[-1] + 1:]
            if not bare:
                return []
        key = name_key(_written(bare))
        # "a tech startup", "technology development": words that name no trade on their own.
        if not key or all(t.lower_ in self._generic or t.lemma_.lower() in self._generic for t in bare if not t.is_punct):
            return []
        # "robot" is the reference's "robots": singular and plural name one sector.
        known = next((self._sectors[k] for k in (key, key + "s", key[:-1] if key.endswith("s") else key) if k in self._sectors), None)
        # "venture capital firm General Catalyst": a kind of investor, not a trade.
        if known is not None and known.label.lower() in self._investor_kinds and describes_investors(bare[-1], self._investor_heads):
            return []
        # "Private equity firm Electra": the phrase lost the first word of a kind of investor
        # (set apart as a capitalised adjective, or left out by the frame), and is that kind.
        if known is None and bare[0].i > 0:
            wider = self._sectors.get(name_key(f"{bare[0].doc[bare[0].i - 1].text} {_written(bare)}"))
            if wider is not None and wider.label.lower() in self._investor_kinds and describes_investors(bare[-1], self._investor_heads):
                return []
        # "Toss operator Viva Republica": a brand's name is no sector, whatever vouches for it.
        worded = any(t.lower_ in self._sector_words or t.lemma_.lower() in self._sector_words for t in bare) \
            or any(self._trade_word(w) for w in _written(bare).lower().split())  # "ride-hailing", split by the tokenizer
        # Nor a name written in camel case ("WeChat"); capitals alone are an acronym ("LNG").
        if known is None and all(t.text[:1].isupper() and not t.text.isupper() for t in bare) and not (bare[0].is_sent_start and worded):
            return []
        if known is None and not certified and not worded:
            return []
        # A sector of no reference is named as the text writes it, acronym and all
        # ("electric vehicle (EV) charger"), when the parentheses close within the phrase.
        acronym = bool(inside) and known is None and tokens[-1].i == bare[-1].i
        words = [t for t in tokens if t.text != ","] if acronym else bare
        return self.entity(known, _written(words), words, entities)

    def _served(self, bare: list) -> list:
        """ "a maker of equipment for the flexible-packaging industry": goods of no trade
        of their own (``served_industry_heads`` of sectors.yaml) are named by the industry
        they serve, its words before theirs ("flexible-packaging equipment"). The "for"
        hangs on the goods or, as often parsed, on the maker noun whose "of" they follow."""
        if len(bare) != 1 or bare[0].lower_ not in self._served_heads:
            return bare
        goods = bare[0]
        holders = [goods, goods.head.head] if goods.dep_ == "pobj" and goods.head.lower_ == "of" else [goods]
        for holder in holders:
            for area in (g for c in holder.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > goods.i
                         for g in c.children if g.dep_ == "pobj" and g.lower_ in self._area_words):
                words = [t for t in modified(area) if t.i != area.i and not t.is_punct or t.text in ("-", "–")]
                while words and words[0].text in ("-", "–"):
                    words = words[1:]
                if words and all(t.is_lower or t.is_punct for t in words):
                    return [*words, goods]
        return bare

    def phrases(self, tokens: list, entities: dict[str, DocumentEntity], *, certified: bool = False, head=None) -> list[tuple]:
        """The sectors of words a conjunction may join ("a server and cloud solutions
        provider"): each part is read as a phrase of its own. A *head* that names what the
        firm does with the thing ("electronics retailer") gives each sector the trade's name
        too ("electronics retail": ``head_activities`` of sectors.yaml), as the gold may
        name it. A comma parts a list's items as a conjunction does ("a phone, internet and
        television provider"). Words opening with a conjunction have the words it joins
        before them back ("an educational and humanoid robot maker", whose "educational" a
        frame may read as a word of how big or new a firm is)."""
        # "Sorae Horn (a horn manufacturer) and lamp maker Minjin" (session 33, fresh news):
        # a bracket closed before a conjunction ends another firm's description, whose words
        # are not this head's. (Any bracket is too much: "(EV) battery maker" keeps its words.)
        closed = [i for i in range(len(tokens) - 1) if tokens[i].text == ")" and tokens[i + 1].pos_ == "CCONJ"]
        if closed:
            tokens = tokens[closed[-1] + 2:]
        if tokens and (tokens[0].pos_ == "CCONJ" or tokens[0].text == ","):
            doc, start = tokens[0].doc, tokens[0].i
            while start > 0 and doc[start - 1].is_lower and doc[start - 1].pos_ in ("ADJ", "NOUN") and not token_mark(doc[start - 1], "kg_entity"):
                start -= 1
            tokens = [*doc[start:tokens[0].i], *tokens]
        # "a chemicals-to-finance conglomerate": each end of the range is a trade of the group.
        ends = range_ends(tokens) if head is not None and head.lower_ in self._range_heads else None
        if ends:
            return list(dict.fromkeys([*self.phrases(ends[0], entities, certified=True),
                                       *self.phrase(ends[1], entities, certified=True, whole=False)]))
        operated = self._operated(tokens, head, entities) if head is not None else []
        if operated:
            return operated
        parts, part = [], []
        # "a bus and taxi services operator": one trade, whole (the hyphen of "-maker" no word).
        whole = self._one_trade(tokens)
        if whole:
            part = [t for t in tokens if t.text not in ("-", "–")]
        for token in tokens if not whole else ():
            if token.pos_ == "CCONJ" or token.text == ",":
                parts.append(part)
                part = []
            else:
                part.append(token)
        # "test and measurement equipment-maker": in a list, the hyphen that glues the head on
        # is no word. (Alone, words glued to "maker" are as often no trade: "policy-maker".)
        while parts and part and part[-1].text in ("-", "–") and not part[-1].whitespace_:
            part = part[:-1]
        found = []
        # "designer FuriosaAI and cosmetics manufacturer": a word with a capital inside it is a
        # name NER missed, not a trade's word; its part of the list names no sector.
        for words in [p for p in [*parts, part] if p and not any(_camel_cased(t.text) and t.lower_ not in self._sector_words for t in p)]:
            found += [f for f in self.phrase(self._sharing(words, part), entities, certified=certified) if f not in found]
        for key, _ in found if head is not None else ():
            start, end = entities[key].mentions[-1]
            said = doc_text(tokens[0].doc)[start:end]  # not doc.text, joined anew at each ask
            # "shipbuilder and defense contractor X": a word that names the firm already
            # takes no second agent ("shipbuilder contractor").
            if said.split()[-1].lower() in self._maker_nouns or said.split()[-1].lower() in self._agent_heads:
                continue
            for trade in self._activities.get(head.lower_, ()):
                entities[key].surfaces.setdefault(f"{said} {trade}", None)
        return found

    def _operated(self, tokens: list, head, entities: dict[str, DocumentEntity]) -> list[tuple]:
        """The trade of a firm that runs a service its words end in ("the country's biggest
        mobile phone operator", "a wireless carrier"): telecommunications, not the handsets
        "mobile phones" name (``operated_trades`` of sectors.yaml). Words a conjunction
        joins are left to the list's reading."""
        if not tokens or any(t.pos_ == "CCONJ" for t in tokens):
            return []
        # The frame may hand over the last word alone ("phone" of "mobile phone operator"):
        # the words glued before it are read from the text.
        doc, end = tokens[-1].doc, tokens[-1].i + 1
        for sector, heads, services in _operated_trades():
            if head.lower_ not in heads and head.lemma_.lower() not in heads or name_key(sector) not in self._sectors:
                continue
            for service in services:
                said = list(doc[max(end - len(service), 0):end])
                if tuple(t.lower_ for t in said) == service and not any(t.is_punct for t in said):
                    return self.entity(self._sectors[name_key(sector)], _written(said), said, entities)
        return []

    def _one_trade(self, words: list) -> bool:
        """Whether *words* are two nouns "and" joins before one noun they both narrow, which
        news names as one trade ("operates bus and taxi services", "a semiconductor and
        display material maker", "gold and diamond mining", "test and measurement
        equipment"): the gold keeps such a phrase whole (session 35, dev misses), where it
        parts adjectives ("educational and humanoid robots"), plurals that name things of
        their own, a noun that is a sector's name as written ("steel and auto parts"), a
        word of no trade before a generic noun ("a server and cloud solutions provider":
        servers), and two trades' words before a noun that is a trade itself ("broadband and
        satellite television")."""
        while words and words[-1].text in ("-", "–") and not words[-1].whitespace_:
            words = words[:-1]
        if len(words) != 4 or words[1].lower_ != "and":
            return False
        first, second, head = words[0], words[2], words[3]
        if not all(t.is_lower and (t.pos_ == "NOUN" and not token_mark(t, "kg_entity") or token_mark(t, "kg_class") == "Sector") for t in (first, second, head)) \
                or "NNS" in (first.tag_, second.tag_) or name_key(first.text) in self._sectors \
                or any(w in self._generic or w in self._agent_heads or w in self._area_words for w in (first.lower_, second.lower_)):
            return False
        trades = self._trade_word(first.lower_) and self._trade_word(second.lower_)
        if head.lower_ in self._generic or head.lemma_.lower() in self._generic:
            return trades
        return not trades or head.lower_ in self._served_heads or head.lower_ in self._tails

    def _sharing(self, words: list, last: list) -> list:
        """*words*, one item of a list before a head, with the last item's noun where the
        item is one word of no trade of its own and that noun names things ("test and
        measurement equipment maker": test equipment; "educational and humanoid robot
        maker": educational robots). A word that is a trade keeps to itself ("a battery and
        robot maker"), and a generic noun is shared by none ("a server and cloud solutions
        provider": the server trade)."""
        if words is last or len(words) != 1 or len(last) < 2 or last[-1].pos_ != "NOUN" or words[0].pos_ not in ("ADJ", "NOUN"):
            return words
        word, noun = words[0], last[-1]
        # An adjective that opens a sector's longer name is no trade alone ("a medical and
        # agricultural robot maker": medical robots).
        if self._trade_word(word.lower_) and not (word.pos_ == "ADJ" and word.lower_ in self._openers) \
                or name_key(word.text) in self._sectors or name_key(word.text + "s") in self._sectors:
            return words
        # "an industrial and general packaging products supplier": an adjective beside the
        # last item's adjective shares all its words after that (industrial packaging
        # products), where they hold more than generic nouns.
        shared = last[1:]
        if word.pos_ == "ADJ" and last[0].pos_ == "ADJ" and len(shared) > 1 and all(t.pos_ == "NOUN" for t in shared) \
                and any(t.lower_ not in self._generic and t.lemma_.lower() not in self._generic for t in shared):
            return [word, *shared]
        if any(w in self._generic or w in self._area_words or w in self._agent_heads for w in (noun.lower_, noun.lemma_.lower())):
            return words
        return [word, noun]

    def joined(self, token, entities: dict[str, DocumentEntity], *, certified: bool = False) -> list[tuple]:
        """The sectors of the nouns a conjunction joins to *token*, a reference sector's
        mention, that are no mention themselves ("batteries and electric motors",
        "batteries, solar panels and wind turbines"): each with its own modifiers, vouched
        for as *token* is (what a firm produces, services it offers)."""
        found, stack = [], [token]
        while stack:
            for other in stack.pop().children:
                if other.dep_ != "conj" or other.pos_ not in ("NOUN", "PROPN") or any(g.dep_ == "dobj" for g in other.children):
                    continue
                stack.append(other)
                if token_mark(other, "kg_entity") and token_mark(other, "kg_class") == "Sector":
                    found += [(other, False)]
                elif not token_mark(other, "kg_entity"):
                    words = [c for c in other.lefts if c.dep_ in ("compound", "amod") and c.i >= other.left_edge.i] + [other]
                    found += [f for f in self.phrase(words, entities, certified=certified) if f not in found]
        return found

    @staticmethod
    def entity(known, text: str, tokens: list, entities: dict[str, DocumentEntity]) -> list[tuple]:
        """The document's entity for a sector named by *tokens* (written *text*), made on
        first use; *known* is the reference sector it is, if any."""
        name = known.label if known else text
        entity_key = f"Sector:{name_key(name)}"
        entity = entities.get(entity_key)
        if entity is None:
            entity = entities[entity_key] = DocumentEntity(key=entity_key, name=name, cls="Sector", iri=known.iri if known else None, known=known is not None)
        entity.surfaces.setdefault(text, None)
        span = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        if span not in entity.mentions:
            entity.mentions.append(span)
        return [(entity_key, False)]


def _camel_cased(word: str) -> bool:
    """Whether *word*, opening with a capital, has another after a lower-case letter
    ("FuriosaAI", "PayPal"), as names are written ("AI", "EVs", "Li-ion" are not so; "eVTOL"
    opens in lower case, and a sector's own word, "LiDAR", is let through by the caller)."""
    return word[:1].isupper() and any(a.islower() and b.isupper() for a, b in zip(word, word[1:]))
