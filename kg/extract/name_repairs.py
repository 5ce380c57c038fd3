"""Names NER cut, glued or missed, repaired by their shape: a public body whose brief is a
list, a firm's arm named with its country, a number that opens a name, "A and B Co.", a
product's model code, a firm named before a title and a person. Each takes the parsed
document (and word lists from the reference data) and gives it, or the spans to add, back."""

from __future__ import annotations

import re
from collections.abc import Collection

from kg.extract.places import world_city_country

__all__ = [
    "acronym_led_names",
    "briefs_joined",
    "known_body_led",
    "country_tailed",
    "digit_led_names",
    "editions_joined",
    "facility_names",
    "firm_words_joined",
    "governments_named",
    "industry_sectors",
    "legal_form_joined",
    "model_codes_joined",
    "names_before_titles",
    "folded_sectors",
    "narrowed_sectors",
    "occasions_named",
    "place_led_words",
    "sector_acronyms",
    "acronym_places_joined",
]


def briefs_joined(doc, heads: frozenset[str], briefs: frozenset[str]):
    """ "Ministry of Oceans, Fisheries and Ports", "Ministry of Science and ICT": a public
    body's name whose brief is a list NER cut at a comma or "and" is one name, when every
    item after the cut is a brief (*briefs*: lower-case words and phrases of the names of
    ministries and departments) and the list closes with "and". *heads*: the first words
    of such names ("ministry", "department")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    longer = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) < 3 or not (ent[0].lower_ in heads or ent[0].lower_ == "the" and ent[1].lower_ in heads):
            continue
        if not any(t.lower_ in ("of", "for") for t in ent[:3]):
            continue
        i, end = ent.end, None
        while i + 1 < len(doc) and doc[i].text in (",", "and") and doc[i + 1].text[:1].isupper():
            item = i + 1
            while item < len(doc) and doc[item].text[:1].isupper() and " ".join(t.lower_ for t in doc[i + 1:item + 1]) in briefs:
                item += 1
            if item == i + 1:
                break
            if doc[i].text == "and":
                end = item  # a list closes with "and": "..., Fisheries and Ports"
                if item >= len(doc) or doc[item].text != ",":
                    break
            i = item
        if end is not None:
            longer.append(Span(doc, ent.start, end, label="ORG"))
    return _with_longer(doc, ents, longer)


def country_tailed(doc, firm_words: frozenset[str]):
    """ "Velto Foods Vietnam", "Hyundai Motor India": a firm's name ending in a firm's word
    (*firm_words*, lower case) right before a country's name, with no comma or word between
    and no name after, is the name of the firm's arm in that country, one name."""
    from spacy.tokens import Span

    ents = list(doc.ents)
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


_DIGIT_LED = re.compile(r"\d+(?:[A-Z][a-z]+|[a-z]+[A-Z])[A-Za-z]*")


def digit_led_names(doc):
    """ "36Kr", "4Paradigm", "23andMe": a token NER read as a number that goes on with a
    word written in mixed case is a name (units and scales, "5G", "3D", "10bn", are not in
    mixed case)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    changed = [Span(doc, e.start, e.end, label="ORG") if e.label_ == "CARDINAL" and _DIGIT_LED.fullmatch(e.text) else e
               for e in ents]
    if any(a is not b for a, b in zip(changed, ents)):
        doc.ents = changed
    return doc


def legal_form_joined(doc, legal_forms: frozenset[str], nouns: frozenset[str]):
    """ "Mitsubishi Fuso Truck and Bus Corp.", "Orsk Shipping and Logistics Co.": a name
    whose last word before its legal form follows "and" (or "&") and is a common noun
    (*nouns*, lower case) is one name, where NER cut it in two or three; "Tokyo Electron
    and Advantest Corp." are two."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    longer = []
    for k in range(3, len(doc)):
        if doc[k].lower_.strip(".,") not in legal_forms or doc[k - 2].lower_ not in ("and", "&") or doc[k - 1].lower_ not in nouns \
                or not doc[k - 1].text[:1].isupper() or not doc[k - 3].text[:1].isupper() \
                or doc[k - 3].lower_.strip(".,") in legal_forms:
            continue
        before = by_token.get(k - 3)
        start = before.start if before is not None else k - 3
        if before is None:
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ == "PROPN" and start - 1 not in by_token:
                start -= 1
        end = k + 1
        if before is not None and before.label_ not in ("ORG", "PERSON", "FAC", "GPE", "PRODUCT") or start == k - 3 and before is None:
            continue
        longer.append(Span(doc, start, end, label="ORG"))
    return _with_longer(doc, ents, longer)


_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}")


def model_codes_joined(doc):
    """ "Vela Q5", "Galen S4": a name NER ended before a model code (capitals and digits,
    "Q5", "X7", "EV9") goes on to it, and is a product's."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    changed = []
    for ent in ents:
        end = ent.end
        if ent.label_ in ("ORG", "PRODUCT", "PERSON", "GPE") and end < len(doc) and end not in taken \
                and ent[-1].whitespace_ == " " and _MODEL_CODE.fullmatch(doc[end].text):
            changed.append(Span(doc, ent.start, end + 1, label="PRODUCT"))
            continue
        changed.append(ent)
    if any(a is not b for a, b in zip(changed, ents)):
        doc.ents = changed
    return doc


def names_before_titles(doc, taken: set[int], titles: frozenset[str], modifiers: frozenset[str]) -> list:
    """Organisations' names NER missed before a title and a person's name: "Geely Auto
    Holdings CEO Gui Shengyue", "Orvik Marine Vice Chairman Ana Lim". A run of capitalised
    words, not yet a name (*taken*: token indices of names), right before one or more
    *titles* (lower case) and a name NER calls a person's; words that only qualify the title
    ("Former", "Acting": *modifiers*) open no name. Returns spans labelled ORG."""
    from spacy.tokens import Span

    found = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        i = ent.start - 1
        while i >= 0 and doc[i].lower_.rstrip(".") in titles and i not in taken:
            i -= 1
        if i == ent.start - 1:
            continue
        end = i + 1
        while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha and i not in taken \
                and doc[i].lower_ not in titles and "\n" not in doc[i].whitespace_:
            i -= 1
        start = i + 1
        if start > 0 and start - 1 in taken and doc[start - 1].whitespace_:
            continue  # "Korean | Air Chairman": the run goes on a name found already, a fragment alone
        while start < end and doc[start].lower_ in modifiers:
            start += 1
        if start < end and any(t.pos_ == "PROPN" for t in doc[start:end]) and not (end - start == 1 and doc[start].is_sent_start):
            found.append(Span(doc, start, end, label="ORG"))
    return found


#: What may narrow a sector's words in front of them: "lithium-ion batteries",
#: "next-generation semiconductors", "DNA chips" (a word glued by a hyphen comes whole).
_NARROWING = ("compound", "amod", "nmod", "npadvmod", "punct")


def narrowed_sectors(doc, vague: frozenset[str], makers: frozenset[str]):
    """ "humanoid robots", "lithium metal batteries", "contract chipmaking": a reference
    sector the ruler found with words before it that narrow it is mentioned with those
    words, named as the text writes it (the gold's names of sectors). Each such mention's
    characters and the reference sector it narrows go to ``doc.user_data["kg_narrowed"]``
    (see :func:`folded_sectors`). Words that only rank or place ("new", "leading":
    *vague*; a demonym), another name, a verb's "-ing" and a maker noun ("mid-sized
    shipbuilder": *makers*) narrow nothing. A reference sector narrowed by another ("AI
    chips") has both labels under its characters in ``doc.user_data["kg_sector_forms"]``,
    by which two spellings of it are one sector."""
    from spacy.tokens import Span

    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    ents, narrowed = [], doc.user_data.setdefault("kg_narrowed", {})
    forms = doc.user_data.setdefault("kg_sector_forms", {})  # a mention's characters -> both sectors' labels
    for ent in doc.ents:
        start = ent.start
        if ent.label_ == "KG:Sector" and ent.ent_id_ and ent[-1].lower_ not in makers:
            while start > 0 and start - 1 not in taken:
                word = doc[start - 1]
                if word.dep_ not in _NARROWING or not start <= word.head.i < ent.end or word.lower_ in vague \
                        or word.tag_ in ("VBG", "JJS", "RBS", "DT", "PRP$", "POS") or word.ent_type_ in ("NORP", "GPE") \
                        or word.dep_ == "punct" and word.text != "-" or word.pos_ not in ("NOUN", "PROPN", "ADJ", "PUNCT", "VERB") \
                        or word.text.istitle() and (not word.is_sent_start or ent.text.isupper()):
                    break  # a capitalised word names ("Moonshot AI", "Hanul robots"), unless it opens a sentence
                start -= 1
            # "AI chips": a reference sector that narrows another is one sector with it,
            # whichever names of the two the text writes ("artificial intelligence chips").
            prev = ents[-1] if ents else None
            if start == ent.start and prev is not None and prev.end == ent.start and prev.label_ == "KG:Sector" and prev.ent_id_ \
                    and prev.ent_id_ != ent.ent_id_ and (prev.start_char, prev.end_char) not in narrowed \
                    and doc[prev.end - 1].whitespace_ == " " and prev.root.dep_ in ("compound", "amod") and ent.start <= prev.root.head.i < ent.end:
                ents.pop()
                start = prev.start
                forms[(doc[start].idx, ent.end_char)] = f"{prev.ent_id_} {ent.ent_id_}"
            # Whole words only ("Singapore-based" is no part), and never a hyphen first.
            while start < ent.start and (doc[start].text == "-" or start > 0 and not doc[start - 1].whitespace_):
                start += 1
        if start < ent.start:
            ents.append(Span(doc, start, ent.end, label=ent.label_))
            narrowed[(ents[-1].start_char, ents[-1].end_char)] = ent.ent_id_
        else:
            ents.append(ent)
    if narrowed:
        doc.ents = ents
    return doc


def industry_sectors(doc):
    """ "the healthcare industry": a reference sector before "industry" or "sector" is
    mentioned with the word (another name of it, as news writes it)."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    by_end = {e.end: e for e in ents}
    narrowed = doc.user_data.get("kg_narrowed", {})
    changed = {}
    for token in doc[1:]:
        if token.lower_ not in ("industry", "sector") or token.i in taken:
            continue
        before = by_end.get(token.i)
        if before is not None and before.label_ == "KG:Sector" and before.ent_id_ \
                and (before.start_char, before.end_char) not in narrowed and doc[token.i - 1].whitespace_ == " ":
            changed[before.start] = Span(doc, before.start, token.i + 1, label=before.label_, span_id=before.ent_id_)
    if changed:
        doc.ents = [changed.get(e.start, e) for e in ents]
    return doc


def folded_sectors(entities: dict, narrowed: dict, ends: set[str], both: Collection = ()) -> None:
    """A narrowed sector (:func:`narrowed_sectors`) no fact names is one more name of the
    reference sector it narrows, where the text names that one too: "rechargeable
    batteries" beside "batteries" adds a name, not a sector. The other way round, a
    reference sector no fact names is one more name of the one narrowed sector of it that
    a fact names ("next-generation chips", then "the chips"). *ends* are the names of
    facts' ends; *both*, the characters of mentions of two reference sectors in one ("AI
    chips"), which fold into neither."""
    def narrows(entity) -> str | None:
        if any(tuple(m) in both for m in entity.mentions):
            return None  # "AI chips": two sectors in one, no more a name of either
        references = {narrowed.get(tuple(m)) for m in entity.mentions}
        return references.pop() if entity.cls == "Sector" and len(references) == 1 and None not in references else None

    def fold(entity, into) -> None:
        into.surfaces.update(entity.surfaces)
        into.mentions.extend(entity.mentions)
        del entities[entity.key]

    phrases = [e for e in entities.values() if narrows(e)]
    broad = {label: e for e in entities.values() for label in {narrows(p) for p in phrases} if e.cls == "Sector" and e.name == label}
    for label, entity in list(broad.items()):
        named = [p for p in phrases if narrows(p) == label and p.name in ends]
        if entity.name not in ends and len(named) == 1:
            fold(entity, named[0])
            broad[label] = named[0]
    for entity in phrases:
        home = broad.get(narrows(entity))
        if home is not None and home is not entity and entity.name not in ends:
            fold(entity, home)
    # "robots" of "educational and humanoid robots", read by a fact as two sectors: a
    # reference sector no fact names, each of whose mentions is inside a phrase a fact
    # names as a sector, is a word of that phrase, not a sector of its own.
    named = [m for e in entities.values() if e.cls == "Sector" and e.name in ends for m in e.mentions]
    for entity in [e for e in entities.values() if e.cls == "Sector" and e.known and e.name not in ends]:
        if entity.mentions and all(any(a <= m[0] and m[1] <= b and (a, b) != tuple(m) for a, b in named) for m in entity.mentions):
            del entities[entity.key]


def sector_acronyms(doc, sector_words: frozenset[str]):
    """ "a new energy vehicle (NEV) maker", "high-bandwidth memory (HBM)": lower-case
    words of a sector (one of *sector_words* among them) whose initials the capitals in
    brackets after them spell are a sector named as written, and the capitals another name
    of it, whatever NER made of either (often a firm: "NEV")."""
    from spacy.tokens import Span

    found = []
    for close in doc:
        if close.text != ")" or close.i < 3 or doc[close.i - 2].text != "(":
            continue
        acronym = doc[close.i - 1]
        letters = acronym.text[:-1] if acronym.text.endswith("s") else acronym.text
        if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()) or acronym.ent_id_:
            continue
        words, i = [], close.i - 3
        while i >= 0 and len(words) < len(letters) and (doc[i].text == "-" or doc[i].is_alpha and doc[i].is_lower):
            if doc[i].text != "-":
                words.insert(0, doc[i])
            i -= 1
        if "".join(w.text[0] for w in words).upper() == letters \
                and any(w.lower_ in sector_words or w.lemma_.lower() in sector_words for w in words):
            found += [Span(doc, words[0].i, close.i - 2, label="KG:Sector"), Span(doc, acronym.i, acronym.i + 1, label="KG:Sector")]
    if found:
        covered = {i for span in found for i in range(span.start, span.end)}
        doc.ents = sorted([e for e in doc.ents if not covered & set(range(e.start, e.end))] + found, key=lambda e: e.start)
    return doc


def firm_words_joined(doc, words: frozenset[str]):
    """ "Geely Auto Holdings CEO ...", "Geely Auto, the group's listed arm": capitalised
    words that end firms' names (*words*, lower case: "auto", "holdings", "motors") right
    after a name NER ended, or took for a person's, belong to it, and make it an
    organisation's."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    longer = []
    for ent in ents:
        if longer and ent.start < longer[-1].end:
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < 3 and doc[end - 1].whitespace_ == " " and doc[end].text.istitle() \
                and doc[end].is_alpha and doc[end].lower_ in words:
            end += 1
        if end > ent.end and ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
            longer.append(Span(doc, ent.start, end, label="ORG"))
            continue
        # "Arm Holdings" found as "Holdings": a name NER began at its firm's word goes back
        # over the capitalised words before it.
        start = ent.start
        if ent.label_ == "ORG" and ent[0].lower_ in words:
            while start > 0 and ent.start - start < 3 and doc[start - 1].whitespace_ == " " and doc[start - 1].text.istitle() \
                    and doc[start - 1].is_alpha and not doc[start - 1].is_stop and not doc[start - 1].ent_type_ \
                    and not (longer and start - 1 < longer[-1].end):
                start -= 1
        if start < ent.start:
            longer.append(Span(doc, start, ent.end, label="ORG"))
    return _with_longer(doc, ents, longer)


def facility_names(doc, nouns: frozenset[str], firm_words: frozenset[str]):
    """ "the company's Giheung campus", "the NRD-K cleanroom facility": a proper name no
    other mention of the text has, before a common noun of sites (*nouns*: "campus",
    "plant"), names the site, written whole. A name the text gives a firm elsewhere ("the
    Samsung plant" beside "Samsung said"), one with a firm's word (*firm_words*: "a Hanul
    Holdings factory") and a place's ("the Ulsan plant") stay theirs."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    found = []
    for token in doc:
        if token.lower_ not in nouns or token.pos_ != "NOUN" or not token.i:
            continue
        start = token.i
        while start > 0 and (doc[start - 1].dep_ in ("compound", "nmod", "amod") or doc[start - 1].text == "-") \
                and doc[start - 1].head.i in range(start, token.i + 1) and doc[start - 1].pos_ in ("PROPN", "NOUN", "PUNCT", "ADJ"):
            start -= 1
        while start < token.i and not doc[start].text[:1].isupper():
            start += 1  # "the new Hanul plant": only the name and what follows it
        if start == token.i or not (doc[start].pos_ == "PROPN" or start in by_token) or not doc[start].text[:1].isupper():
            continue
        if any(doc[i].lower_ in firm_words for i in range(start, token.i)):
            continue
        named = {by_token[i].start for i in range(start, token.i) if i in by_token}
        owners = [by_token[i] for i in range(start, token.i) if i in by_token]
        # A place no gazetteer knows opens a site's name ("LG's Ochang plant"), a city does not.
        if any(e.label_ not in ("ORG", "PRODUCT", "FAC") and not (e.label_ == "PERSON" and len(e) == 1)
               and not (e.label_ == "GPE" and world_city_country(e.text) is None) or e.end > token.i or e.start < start
               or sum(1 for o in ents if o.text == e.text) > 1 for e in owners) or len(named) > 1:
            continue
        found.append(Span(doc, start, token.i + 1, label="FAC"))
    if found:
        covered = {i for span in found for i in range(span.start, span.end)}
        doc.ents = sorted([e for e in ents if not covered & set(range(e.start, e.end))] + found, key=lambda e: e.start)
    return doc


def acronym_places_joined(doc):
    """ "the Association of Hanul Traders in Korea (AHTK)": a place NER cut off a name
    belongs to it when the initials in brackets right after spell the name with the place
    ("in Korea" gives the K), perhaps skipping a word's ("ASOK" of "Association of American
    States Offices in Korea")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    joined = {}
    for ent, place in zip(ents, ents[1:]):
        gap = doc[ent.end:place.start]
        if ent.label_ != "ORG" or len(ent) < 2 or [t.lower_ for t in gap] not in (["in"], ["of"]) \
                or place.label_ not in ("GPE", "KG:Country", "KG:City") or place.end + 2 >= len(doc) \
                or doc[place.end].text != "(" or doc[place.end + 2].text != ")":
            continue
        initials = "".join(t.text[0] for t in [*ent, *place] if t.text[:1].isupper())
        if _spelled_by(doc[place.end + 1].text, initials):
            joined[ent.start] = Span(doc, ent.start, place.end, label="ORG")
    if not joined:
        return doc
    covered = {i for span in joined.values() for i in range(span.start, span.end)}
    doc.ents = sorted([*(e for e in ents if e.start not in covered), *joined.values()], key=lambda e: e.start)
    return doc


def editions_joined(doc, cues: frozenset[str]):
    """ "at CES 2026", "during SEMICON Korea 2026", "at the Hanul Mobility Show 2025": a run
    of capitalised words a year follows on the same line, right after a word that says
    something takes place there (*cues*: "at", "during", "attend"), is an event's edition,
    whatever NER made of its words."""
    from spacy.tokens import Span

    editions = []
    for year in doc[2:]:
        if not re.fullmatch(r"(?:19|20)\d\d", year.text) or doc[year.i - 1].whitespace_ != " ":
            continue
        start = year.i
        while start > 0 and doc[start - 1].whitespace_ == " " and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].lower_ not in cues and doc[start - 1].ent_type_ not in ("DATE", "PERSON") \
                and not doc[start - 1].is_sent_start and year.i - start < 5:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ == "the" and start > 1:
            before = doc[start - 2]
        if start < year.i and before is not None and before.lower_ in cues and not any(e.start < year.i + 1 and start < e.end for e in editions):
            editions.append(Span(doc, start, year.i + 1, label="EVENT"))
    return _with_longer(doc, list(doc.ents), editions)


def occasions_named(doc, nouns: frozenset[str]):
    """ "the APEC summit", "the Xi-Biden summit", "the G20 summit": a name, or two joined
    by a dash, before a lower-case noun of meetings (*nouns*) names an event NER leaves out."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    by_end = {e.end: e for e in ents}
    events = []
    for noun in doc[1:]:
        ent = by_end.get(noun.i)
        if noun.text not in nouns or ent is None or doc[noun.i - 1].whitespace_ != " " \
                or ent.label_ not in ("KG:GovernmentBody", "KG:Country", "KG:City", "GPE", "PERSON", "ORG", "NORP"):
            continue
        start = ent.start
        # "Xi-Biden": a first name before a dash, written close.
        if start > 1 and doc[start - 1].text in ("-", "–") and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
                and doc[start - 2].pos_ == "PROPN":
            first = next((e for e in ents if e.end == start - 1), None)
            start = first.start if first is not None else start - 2
        if not events or events[-1].end <= start:
            events.append(Span(doc, start, noun.i + 1, label="EVENT"))
    return _with_longer(doc, ents, events)


def governments_named(doc, nouns: frozenset[str], briefs: frozenset[str]):
    """ "the U.S. government", "the Japanese government", "India's commerce ministry", "the
    Biden administration": a country (or its demonym) and a lower-case noun of government
    (*nouns*), a brief (*briefs*: "commerce", "foreign affairs") before one, or a person's
    name before "administration", name a public body NER leaves out."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    # NER's lower-case "commerce ministry" is no name to it; this makes it one.
    taken = {i for e in ents if not e.text.islower() for i in range(e.start, e.end)}
    bodies = []
    for noun in doc:
        if noun.text not in nouns or noun.i in taken or noun.i == 0 or doc[noun.i + 1:noun.i + 2].text in ("of", "-"):
            continue  # "the government of Japan": NER's, when it finds it; "government-backed" describes
        before = doc[noun.i - 1]
        # "the Biden administration": a person's name before it says whose.
        country = next((e for e in ents if e.end == noun.i and (e.label_ in ("KG:Country", "KG:DEMONYM")
                                                                 or e.label_ == "PERSON" and noun.text == "administration")), None)
        if country is not None and before.whitespace_ == " ":
            bodies.append(Span(doc, country.start, noun.i + 1, label="KG:GovernmentBody"))
            continue
        start = noun.i
        while start > 0 and noun.i - start < 2 and doc[start - 1].text.islower() and doc[start - 1].i not in taken \
                and " ".join(t.text for t in doc[start - 1:noun.i]) in briefs:
            start -= 1
        if start < noun.i:
            bodies.append(Span(doc, start, noun.i + 1, label="KG:GovernmentBody"))
    return _with_longer(doc, ents, bodies)


def known_body_led(ent, inside: list, overlapping: list) -> bool:
    """Whether a statistical organisation's name *ent* holds a known body's name the ruler
    found at its end after capitalised words of its own ("Industrial | Bank of Korea",
    "Development | Bank of Japan"; of the ruler's names in *overlapping*, the only one):
    another organisation, named whole."""
    ruled = [r for r in overlapping if r.label_.startswith("KG:")]
    if ent.label_ != "ORG" or len(ruled) != 1 or ruled[0] not in inside:
        return False
    known = ruled[0]
    return known.label_ in ("KG:GovernmentBody", "KG:Company", "KG:InvestmentFirm", "KG:ResearchOrg") and bool(known.ent_id_) \
        and known.end == ent.end and known.start > ent.start and all(t.text.istitle() for t in ent.doc[ent.start:known.start])


def place_led_words(doc, titles: frozenset[str], common_nouns: frozenset[str]):
    """ "China Unicom": a place's name before one capitalised word no name holds, whose
    compound it is, opens an organisation's name with it, when the word is no English
    common noun (*common_nouns*: not "Taiwan Strait", "Korea Customs"), nor a title or a
    place's head word ("Seoul Mayor", "Chongqing Municipality"; *titles*, lower case), and
    the name does not go on with "of" ("U.S. Department of Commerce")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    longer = []
    for ent in ents:
        end = ent.end
        if ent.label_ not in ("KG:City", "KG:Country") or end >= len(doc) or end in taken or doc[end - 1].whitespace_ != " ":
            continue
        word = doc[end]
        if word.pos_ == "PROPN" and word.is_alpha and word.text.istitle() and word.lower_ not in titles | common_nouns \
                and ent.root.dep_ == "compound" and ent.root.head.i == end \
                and not (end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" and doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ == "of")):
            longer.append(Span(doc, ent.start, end + 1, label="ORG"))
    return _with_longer(doc, ents, longer)


def acronym_led_names(doc, legal_forms: frozenset[str], joints: frozenset[str]):
    """ "Sociedad Química y Minera de Chile SA (SQM)": capitalised words and the lower-case
    words between them (*joints*: "y", "de") right before capitals in brackets whose letters
    their initials spell in order, first with first, are one name, however NER cut it.
    *legal_forms* (lower case) give no initial ("SA")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    spans = {(e.start, e.end) for e in ents}
    longer = []
    for token in doc[1:-2]:
        acronym = doc[token.i + 1].text
        if token.text != "(" or doc[token.i + 2].text != ")" or not (3 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            continue
        words = []
        i = token.i - 1
        while i >= 0 and (doc[i].text[:1].isupper() and doc[i].text.rstrip(".").isalpha() or doc[i].lower_ in joints) \
                and doc[i].whitespace_ and "\n" not in doc[i].whitespace_:
            words.insert(0, doc[i])
            i -= 1
        for first, word in enumerate(words):
            if not word.text[:1].isupper():
                continue
            initials = "".join(w.text[0] for w in words[first:] if w.text[:1].isupper() and w.lower_.strip(".") not in legal_forms)
            letters = iter(initials[1:])
            if initials[:1] == acronym[0] and all(letter in letters for letter in acronym[1:]):
                start, end = word.i, token.i
                if (start, end) not in spans and any(w.lower_ in joints for w in words[first:]) \
                        and all(e.start >= start and e.end <= end or e.end <= start or e.start >= end for e in ents if e.label_ != "KG:Country"):
                    longer.append(Span(doc, start, end, label="ORG"))
                break
    return _with_longer(doc, ents, longer)


def _with_longer(doc, ents: list, longer: list):
    """*doc* with the spans of *longer* among its entities, in place of those of *ents*
    they overlap."""
    if longer:
        kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in longer)]
        doc.ents = sorted([*kept, *longer], key=lambda e: e.start)
    return doc


def _spelled_by(acronym: str, initials: str) -> bool:
    """Whether *acronym* (capitals, three or more) takes the first and last of *initials*
    and the others in order."""
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper() or acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in acronym[1:-1])
