"""Names NER cut, glued or missed, repaired by their shape: a public body whose brief is a
list, a firm's arm named with its country, a number that opens a name, "A and B Co.", a
product's model code, a firm named before a title and a person (a firm's arm named with its
country in :mod:`kg.extract.country_units`). Each takes the parsed
document (and word lists from the reference data) and gives it, or the spans to add, back.
Sectors' mentions are mended in :mod:`kg.extract.sector_mentions`, names spelled by an
acronym in :mod:`kg.extract.acronym_names`, events' in :mod:`kg.extract.event_names`."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from kg.extract.doc_ents import ents_of
from kg.extract.places import world_city_country
from kg.ingest.normalize import reference_words

__all__ = [
    "bodies_joined",
    "briefs_after_of",
    "briefs_joined",
    "digit_led_names",
    "facility_names",
    "firm_words_joined",
    "governments_named",
    "legal_form_joined",
    "member_bodies_joined",
    "model_codes_joined",
    "names_before_titles",
    "possessive_name_end",
    "open_brackets_cut",
    "place_led_words",
    "policy_subjects_joined",
    "rule_names",
    "with_longer",
    "written_alone",
]


def briefs_after_of(ent, briefs: Collection[str]) -> bool:
    """Whether the name *ent* lists only briefs (*briefs*: the fields a ministry's or a
    chamber's name covers, lower case) after the "of" or "for" before its first comma or
    "and": "Chamber of Commerce and Industry", "Tehran Chamber of Commerce, Industries" (a
    list NER cut) are such names, "Bank of Korea and Hanul Capital" is two."""
    joints = [t.i for t in ent if t.lower_ in (",", "and")]
    of = [t.i for t in ent if t.lower_ in ("of", "for") and t.i < (joints[0] if joints else ent.end)]
    if not of:
        return False
    items, start = [], of[-1] + 1
    for end in [*joints, ent.end]:
        items.append(" ".join(t.lower_ for t in ent.doc[start:end]))
        start = end + 1
    items = [item for item in items if item]  # ", and" and a list NER cut after its comma
    return bool(items) and all(item in briefs for item in items)


def briefs_joined(doc, heads: frozenset[str], briefs: frozenset[str]):
    """ "Ministry of Oceans, Fisheries and Ports", "Ministry of Science and ICT": a public
    body's name whose brief is a list NER cut at a comma or "and" is one name, when every
    item after the cut is a brief (*briefs*: lower-case words and phrases of the names of
    ministries and departments) and the list closes with "and". *heads*: the first words
    of such names ("ministry", "department")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    longer = []
    for ent in ents:
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        # "Tehran Chamber of Commerce, Industries | , Mines and Agriculture": any name whose
        # words after its "of" are briefs only goes on with the briefs listed after it.
        if not briefs_after_of(ent, briefs) and not ((ent[0].lower_ in heads or ent[0].lower_ == "the" and ent[1].lower_ in heads)
                               and any(t.lower_ in ("of", "for") for t in ent[:3])):
            continue
        # NER's name may hold the list's "and" ("The Ministry of SMEs and | Startups").
        i, end = ent.end - (ent[-1].text in (",", "and")), None
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
    return with_longer(doc, ents, longer)


def bodies_joined(doc, heads: frozenset[str]):
    """ "Canadian Radio-television and Telecommunications Commission", "U.S. Department of
    the Treasury": a public body's name NER cut in two at "and" or "of the" is one name,
    when the second part ends in a body's word (*heads*: "commission") and the first part
    is no name of its own (it ends in a common noun, not a proper one nor a body's word:
    not "Samsung and Fair Trade Commission"), or when the first part ends in a body's word
    and "of" ("of the") leads to the second, or "of" to a country ("the High Court of Kenya")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    longer = []
    for first, second in zip(ents, ents[1:]):
        between = [t.lower_ for t in doc[first.end:second.start]]
        last_first, last_second = first[-1].lower_, second[-1].lower_
        if first.label_ == "ORG" and second.label_ == "KG:Country" and between == ["of"] and last_first in heads:
            longer.append(Span(doc, first.start, second.end, label="ORG"))  # "the High Court of Kenya"
            continue
        if first.label_ != "ORG" or second.label_ != "ORG":
            continue
        if between == ["and"] and last_second in heads and last_first not in heads and first[-1].pos_ == "NOUN":
            longer.append(Span(doc, first.start, second.end, label="ORG"))
        elif between in (["of"], ["of", "the"]) and last_first in heads:
            longer.append(Span(doc, first.start, second.end, label="ORG"))
    return with_longer(doc, ents, longer)


_DIGIT_LED = re.compile(r"\d+(?:[A-Z][a-z]+|[a-z]+[A-Z])[A-Za-z]*")


def digit_led_names(doc):
    """ "36Kr", "4Paradigm", "23andMe": a token NER read as a number that goes on with a
    word written in mixed case is a name (units and scales, "5G", "3D", "10bn", are not in
    mixed case)."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    changed = [Span(doc, e.start, e.end, label="ORG") if e.label_ == "CARDINAL" and _DIGIT_LED.fullmatch(e.text) else e
               for e in ents]
    if any(a is not b for a, b in zip(changed, ents)):
        doc.ents = changed
    return doc


def member_bodies_joined(doc):
    """ "Ontario Teachers' Pension Plan", "the Employees' Provident Fund": a name after the
    possessive of a plural noun of people (``member_plurals`` of names.yaml), with that noun
    and the capitalised words before it, is one body's name where NER or the rules cut it at
    the apostrophe (the members it is for, not an owner: "Xiaomi's Redmi" stays two)."""
    from spacy.tokens import Span

    plurals = reference_words("member_plurals", lower=True)
    ents = list(ents_of(doc))
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    longer = []
    for ent in ents:
        member = ent.start - 2
        if member < 0 or doc[member + 1].lower_ not in ("'", "’", "'s", "’s") or doc[member].whitespace_ \
                or doc[member].lower_ not in plurals or not doc[member].text[:1].isupper() or ent.label_ in ("DATE", "MONEY", "PERCENT", "CARDINAL"):
            continue
        start = by_token[member].start if member in by_token else member
        while start > 0 and start - 1 not in by_token and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1  # "National Farmers' Union"
        longer.append(Span(doc, start, ent.end, label="ORG"))
    return with_longer(doc, ents, longer)


def legal_form_joined(doc, legal_forms: frozenset[str], nouns: frozenset[str]):
    """ "Mitsubishi Fuso Truck and Bus Corp.", "Orsk Shipping and Logistics Co.": a name
    whose last word before its legal form follows "and" (or "&") and is a common noun
    (*nouns*, lower case) is one name, where NER cut it in two or three; "Tokyo Electron
    and Advantest Corp." are two, and "co" of "Hanul and Google co-developing" is a prefix.
    Two names that abut, the second ending in a legal form, are one too."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    longer = []
    for k in range(3, len(doc)):
        if doc[k].lower_.strip(".,") not in legal_forms or doc[k - 2].lower_ not in ("and", "&") or doc[k - 1].lower_ not in nouns \
                or not doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].text in ("-", "‐") \
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
    # "Hyundai Merchant Marine Co Ltd" cut after its first word: two organisations' names
    # that abut, the second ending in a legal form, are one.
    for first, second in zip(ents, ents[1:]):
        if first.end == second.start and first.label_ == second.label_ == "ORG" and first[-1].whitespace_ \
                and second[-1].lower_.strip(".,") in legal_forms and len(second) > 1 \
                and all(t.text[:1].isupper() for t in (*first, *second)) \
                and not any(e.start <= first.start < e.end or e.start <= second.start < e.end for e in longer):
            longer.append(Span(doc, first.start, second.end, label="ORG"))
    return with_longer(doc, ents, longer)


_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d{1,4}[A-Za-z]{0,3}")
#: A model code that opens with its digits ("910B", "5090"), perhaps with the stop after it.
_DIGIT_LED_CODE = re.compile(r"\d{1,4}[A-Z]{0,3}\.?")


def model_codes_joined(doc):
    """ "Vela Q5", "Galen S4": a name NER ended before a model code (capitals and digits,
    "Q5", "X7", "EV9") goes on to it, and is a product's."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    taken = {i for e in ents for i in range(e.start, e.end)}
    changed = []
    for ent in ents:
        end = ent.end
        if ent.label_ in ("ORG", "PRODUCT", "PERSON", "GPE") and end < len(doc) and end not in taken \
                and ent[-1].whitespace_ == " " and _MODEL_CODE.fullmatch(doc[end].text):
            changed.append(Span(doc, ent.start, end + 1, label="PRODUCT"))
            continue
        # "Huawei's Ascend 910B": a code NER took for a name alone, after a capitalised word
        # of no name, is that word's model.
        before = doc[ent.start - 1] if ent.start else None
        if ent.label_ in ("ORG", "PRODUCT", "PERSON") and len(ent) == 1 and _DIGIT_LED_CODE.fullmatch(ent.text) and any(c.isalpha() for c in ent.text) and before is not None \
                and before.i not in taken and before.pos_ == "PROPN" and before.text[:1].isupper() and before.whitespace_ == " ":
            changed.append(Span(doc, ent.start - 1, ent.end, label="PRODUCT"))
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
    for ent in ents_of(doc):
        if ent.label_ != "PERSON":
            continue
        i = ent.start - 1
        # "founder and CEO": two titles joined by "and" are one run of titles.
        while i >= 0 and i not in taken and (doc[i].lower_.rstrip(".") in titles or doc[i].lower_ in ("and", "&")
                                             and i + 1 < ent.start and i > 0 and doc[i - 1].lower_.rstrip(".") in titles):
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


def firm_words_joined(doc, words: frozenset[str]):
    """ "Geely Auto Holdings CEO ...", "Geely Auto, the group's listed arm": capitalised
    words that end firms' names (*words*, lower case: "auto", "holdings", "motors") right
    after a name NER ended, or took for a person's, belong to it, and make it an
    organisation's."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    longer = []
    for ent in ents:
        if longer and ent.start < longer[-1].end:
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < 3 and doc[end - 1].whitespace_ == " " and doc[end].text.istitle() \
                and doc[end].is_alpha and doc[end].lower_ in words:
            end += 1
        # Not "Rupert Murdoch's News Corp": a person's full name in the possessive owns the
        # firm NER names after it and is no part of its name.
        owner = ent.label_ == "PERSON" and len(ent) > 2 and ent[-1].text in ("'s", "’s") \
            and ent.end < len(doc) and bool(doc[ent.end].ent_type_)
        if end > ent.end and ent.label_ in ("PERSON", "ORG", "GPE", "NORP") and not owner:
            longer.append(Span(doc, ent.start, end, label="ORG"))
            continue
        # "Arm Holdings", "Carbon6 Technologies" found as "Holdings", "Technologies": a name
        # NER began at its firm's word goes back over the capitalised words before it (a
        # word of letters and digits too, "Carbon6", "XOi": no common word is written so).
        start = ent.start
        if ent.label_ == "ORG" and ent[0].lower_ in words:
            while start > 0 and ent.start - start < 3 and doc[start - 1].whitespace_ == " " \
                    and (doc[start - 1].text.istitle() and doc[start - 1].is_alpha or _mixed_name_word(doc[start - 1].text)) \
                    and not doc[start - 1].is_stop and not doc[start - 1].ent_type_ \
                    and not (longer and start - 1 < longer[-1].end):
                start -= 1
        if start < ent.start:
            longer.append(Span(doc, start, ent.end, label="ORG"))
    return with_longer(doc, ents, longer)


def _mixed_name_word(word: str) -> bool:
    """A capitalised word of letters with digits or a capital inside ("Carbon6", "XOi",
    "OpenAI"), as names are written and common words are not."""
    return word[:1].isupper() and word.isalnum() and any(c.isalpha() for c in word[1:]) \
        and (any(c.isdigit() for c in word) or any(c.isupper() for c in word[1:]) and any(c.islower() for c in word))


def facility_names(doc, nouns: frozenset[str], firm_words: frozenset[str]):
    """ "the company's Giheung campus", "the NRD-K cleanroom facility": a proper name no
    other mention of the text has, before a common noun of sites (*nouns*: "campus",
    "plant"), names the site, written whole. A name the text gives a firm elsewhere ("the
    Samsung plant" beside "Samsung said"), one with a firm's word (*firm_words*: "a Hanul
    Holdings factory") and a place's ("the Ulsan plant") stay theirs."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
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


def rule_names(doc, nouns: frozenset[str], firm_words: frozenset[str]):
    """ "the Foreign Direct Investment (FDI) rules", "the Hanul Data Protection regulations":
    a name of two capitalised words or more, perhaps with its initials in brackets, right
    before a lower-case noun of rules (*nouns*: "rules", "regulations") names a policy,
    written whole. A name the text writes elsewhere ("Hanul Bank rules" beside "Hanul Bank
    said"), a known one, one with a firm's word (*firm_words*) and a person's stay theirs."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    found = []
    for ent in ents:
        end = ent.end
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].is_upper and doc[end + 2].text == ")":
            end += 3  # "(FDI)": the name's initials
        if end >= len(doc) or doc[end].lower_ not in nouns or not doc[end].is_lower or doc[end].pos_ != "NOUN" \
                or ent.label_ not in ("ORG", "LAW", "PRODUCT", "WORK_OF_ART", "EVENT") or ent.ent_id_:
            continue
        words = [t for t in ent if t.lower_ not in ("the", "a", "an")]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words) or any(t.lower_ in firm_words for t in words) \
                or sum(1 for o in ents if o.text == ent.text) > 1:
            continue
        found.append(Span(doc, words[0].i, end + 1, label="KG:Policy"))
    return with_longer(doc, ents, found)


def policy_subjects_joined(doc, heads: frozenset[str]):
    """ "the Law on Investment", "the EU's Regulation on Foreign Subsidies", "the Treaty of
    Rome": a policy's head word (*heads*: ``policy_only_heads`` of names.yaml) opening a name
    or ending a policy's, then "on", "of" or "for" and capitalised words (through "the" and
    "of" or "and" between them), names one policy, whatever NER made of its words (a
    policy cut at its head, "Investment" a firm of its own; the whole a firm's)."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    found = []
    for ent in ents:
        words = [t for t in ent if t.lower_ != "the"]
        if not words:
            continue
        # A name NER read whole: "Regulation on Foreign Subsidies".
        if ent.label_ in ("ORG", "LAW", "PRODUCT", "WORK_OF_ART") and len(words) > 2 and words[0].text.lower() in heads \
                and words[1].lower_ in ("on", "of", "for") and not ent.ent_id_:
            found.append(Span(doc, words[0].i, ent.end, label="KG:Policy"))
            continue
        # A policy's name, or its head word alone ("the Act" of "the Act on the Protection of ...").
        if not (ent.label_ == "KG:Policy" or ent.label_ in ("ORG", "LAW") and len(words) == 1) \
                or ent[-1].lower_ not in heads or ent.end + 1 >= len(doc) \
                or doc[ent.end].lower_ not in ("on", "of", "for"):
            continue
        end = ent.end + 1 + (doc[ent.end + 1].lower_ == "the")
        start_words = end
        while end < len(doc) and end - start_words < 6 and not doc[end].is_sent_start and (
                doc[end].text[:1].isupper() and doc[end].ent_type_ in ("", "ORG", "NORP", "GPE", "KG:Country", "KG:Sector", "LAW")
                or doc[end].lower_ in ("of", "and") and end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and end > start_words):
            end += 1
        # Not "the Act on Monday", nor a list's first name ("the Plan of Hanul and Daewon").
        if end > start_words and doc[end - 1].text[:1].isupper() and doc[start_words].ent_type_ != "DATE":
            found.append(Span(doc, ent.start, end, label="KG:Policy"))
    return with_longer(doc, ents, found)


def governments_named(doc, nouns: frozenset[str], briefs: frozenset[str]):
    """ "the U.S. government", "the Japanese government", "India's commerce ministry", "the
    Biden administration": a country (or its demonym) and a lower-case noun of government
    (*nouns*), a brief (*briefs*: "commerce", "foreign affairs") before one, or a person's
    name before "administration", name a public body NER leaves out."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    # NER's lower-case "commerce ministry" is no name to it; this makes it one.
    taken = {i for e in ents if not e.text.islower() for i in range(e.start, e.end)}
    bodies = []
    for noun in doc:
        if noun.text not in nouns or noun.i in taken or noun.i == 0 or doc[noun.i + 1:noun.i + 2].text in ("of", "-"):
            continue  # "the government of Japan": NER's, when it finds it; "government-backed" describes
        before = doc[noun.i - 1]
        # "the Biden administration": a person's name before it says whose (one word NER
        # may call an organisation's: "the Trump administration").
        country = next((e for e in ents if e.end == noun.i and (e.label_ in ("KG:Country", "KG:DEMONYM")
                                                                 or noun.text == "administration" and (e.label_ == "PERSON"
                                                                 or e.label_ == "ORG" and len(e) == 1 and e.text.istitle()))), None)
        if country is not None and before.whitespace_ == " " and not (
                noun.text == "administration" and country.text.endswith(("'s", "’s"))):
            # Not "Donald Trump's administration": a person's possessive is whose, no body's name.
            bodies.append(Span(doc, country.start, noun.i + 1, label="KG:GovernmentBody"))
            continue
        start = noun.i
        while start > 0 and noun.i - start < 2 and doc[start - 1].text.islower() and doc[start - 1].i not in taken \
                and " ".join(t.text for t in doc[start - 1:noun.i]) in briefs:
            start -= 1
        if start < noun.i:
            bodies.append(Span(doc, start, noun.i + 1, label="KG:GovernmentBody"))
    return with_longer(doc, ents, bodies)


def place_led_words(doc, titles: frozenset[str], common_nouns: frozenset[str]):
    """ "China Unicom": a place's name before one capitalised word no name holds, whose
    compound it is, opens an organisation's name with it, when the word is no English
    common noun (*common_nouns*: not "Taiwan Strait", "Korea Customs"), nor a title or a
    place's head word ("Seoul Mayor", "Chongqing Municipality"; *titles*, lower case), and
    the name does not go on with "of" ("U.S. Department of Commerce")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
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
    return with_longer(doc, ents, longer)


def with_longer(doc, ents: list, longer: list):
    """*doc* with the spans of *longer* among its entities, in place of those of *ents*
    they overlap."""
    if longer:
        kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in longer)]
        doc.ents = sorted([*kept, *longer], key=lambda e: e.start)
    return doc


def open_brackets_cut(doc):
    """ "the Ministry of Commerce (MOFCOM": NER's name running into a bracket it does not
    close ends before it, before the ruler reads the initials; else the ruler's known
    initials overwrite the whole name and its words are left as names of their own
    ("Ministry" and "Commerce", a firm)."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    cut = [Span(doc, e.start, t.i, label=e.label_) for e in ents
           for t in [next((t for t in e[1:] if t.text == "(" and ")" not in doc[t.i:e.end].text), None)]
           if t is not None and t.i - e.start > (e[0].lower_ == "the")]
    if not cut:
        return doc
    starts = {c.start for c in cut}
    doc.ents = sorted([e for e in ents if e.start not in starts] + cut, key=lambda e: e.start)
    return doc


def written_alone(ent) -> bool:
    """Whether the text also writes the name *ent* without the word before it: "Two" of
    "Two Lonmin executives" is no part of the name where "Lonmin" stands alone elsewhere;
    "One" of "One Way Ventures" is."""
    word = ent.doc[ent.start - 1].text
    text = ent.doc.text
    return any(not re.search(rf"(?<!\w){re.escape(word)}\s+$", text[:m.start()])
               for m in re.finditer(rf"(?<!\w){re.escape(ent.text)}(?!\w)", text))


def possessive_name_end(doc, start: int, names: Mapping[str, Sequence[str]]) -> int | None:
    """The end (a token index) of a firm's name whose possessive is its own ("McDonald's",
    "Lloyd's of London") that begins at token *start*; None where none does. *names* maps
    each such name's first word to its names, longest first, written with a straight
    apostrophe. Its "'s" owns nothing: it neither ends the name nor splits it into an owner
    and a thing owned.

    >>> import spacy
    >>> doc = spacy.blank("en")("Lloyd’s of London said")
    >>> names = {"Lloyd": ("Lloyd's of London", "Lloyd's")}
    >>> possessive_name_end(doc, 0, names), possessive_name_end(doc, 1, names)
    (4, None)
    """
    candidates = names.get(doc[start].text)
    if not candidates:
        return None  # decided on one word: the document's text is built anew at each ask
    at, window = doc[start].idx, doc[start:start + 8]
    text = window.text.replace("’", "'")
    for name in candidates:
        if text.startswith(name) and (len(text) == len(name) or not text[len(name)].isalnum()):
            stop = at + len(name)
            return next((t.i + 1 for t in window if t.idx + len(t.text) >= stop), window.end)
    return None
