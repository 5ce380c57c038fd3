"""Mentions read together: the names coordinated with a fact's end ("A, B and C") and the
percentages a sentence gives them "respectively" or in brackets after each name."""

from __future__ import annotations

import re

from kg.extract.guard import setting_words
from kg.extract.patterns import token_mark

__all__ = ["bracketed_parts", "compatible", "coordinated", "respectively_pairs"]


def respectively_pairs(percent: str | None, sentence, subjects: list, objects: list) -> dict[int, float]:
    """ "A, B and C hold 30, 20 and 10 percent ..., respectively": each percentage goes to
    the coordinated name in the same place. Token index of the name -> its percentage.
    *percent* is the qualifier the relation gives percentages to (None: none)."""
    if not percent or "respectively" not in sentence.text.lower():
        return {}
    # "51 percent and 49 percent", "a 51 percent stake and 49 percent stake": a word may
    # follow each percentage, as the last one's follows it.
    listed = re.search(
        r"((?:(?:an?\s+)?\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)?(?:\s+[a-z]+)?\s*(?:,|,?\s*and)\s*)+(?:an?\s+)?\d+(?:\.\d+)?)"
        r"\s*(?:%|per\s*cent|percent)",
        sentence.text, re.IGNORECASE,
    )
    if not listed:
        return {}
    numbers = [float(n) for n in re.findall(r"\d+(?:\.\d+)?", listed.group(0))]
    for names in (subjects, objects):
        if len(names) > 1 and len(names) == len(numbers):
            ordered = sorted(names, key=lambda t: t.i)
            return {token.i: number for token, number in zip(ordered, numbers)}
    return {}


def bracketed_parts(percent: str | None, subjects: list, objects: list) -> dict[int, float]:
    """ "a joint venture between A (51%) and B (49%)": the percentage in brackets right after
    each of the coordinated names is that name's. Token index of the name -> its percentage."""
    if not percent:
        return {}
    for names in (subjects, objects):
        names = [t for t in names if not isinstance(t, str)]
        if not names:
            continue
        doc, found = names[0].doc, {}
        for token in names:
            after = doc[token.i + 1:token.i + 4]
            if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and token_mark(after[1], "kg_value_kind") == "percent" \
                    and token_mark(after[1], "kg_value") is not None:
                found[token.i] = token_mark(after[1], "kg_value")
        if found:
            return found
    return {}


def coordinated(tokens: list, *, companions: bool = True) -> list:
    """The matched mention and the mentions coordinated with it: "A, B and C"; with
    *companions*, a person's companion named after "and his wife" too."""
    if not tokens:
        return []
    first = tokens[0]
    found = [first]
    doc = first.doc
    for step in (1, -1):
        i = first.i
        while True:
            j = i + step
            # Skip one joining word or two (", and", "as well as").
            joiners = 0
            while 0 <= j < len(doc) and doc[j].lower_ in (",", "and", "as", "well", "&", "or") and joiners < 3:
                j += step
                joiners += 1
            # "France, Spain, the Netherlands and India": a name listed with its article, when
            # nothing after it makes it a modifier ("Hanul, the Daewon unit").
            if step == 1 and joiners and j + 2 < len(doc) and doc[j].lower_ == "the" and token_mark(doc[j + 1], "kg_entity") \
                    and doc[j + 2].lower_ in (",", "and", "or", ".", ";"):
                j += 1
            # "Yoon and his wife Kim Keon-hee left for Hanoi": a companion named with the first.
            if companions and step == 1 and joiners and j + 2 < len(doc) and doc[j].lower_ in ("his", "her", "their") \
                    and doc[j + 1].lemma_.lower() in setting_words("companion_nouns") and token_mark(first, "kg_class") == "Person":
                j += 2
            # ", and Sora said ...": the subject of a clause joined to the first is listed with
            # no end of it; "A, B, and C are ..." (C the parser's subject) is a list.
            # "... in the German firm, the company said": a description or a pronoun that
            # refers back is no name of a list (lists name their members).
            if joiners == 0 or not (0 <= j < len(doc)) or not token_mark(doc[j], "kg_entity") or token_mark(doc[j], "kg_coref") \
                    or token_mark(doc[j], "kg_class") != token_mark(first, "kg_class") and not compatible(doc[j], first) \
                    or step == 1 and doc[j].dep_ in ("nsubj", "nsubjpass") and doc[j].head.dep_ == "conj" and first.dep_ not in ("nsubj", "nsubjpass"):
                break
            # "At the invitation of Modi, Trump will visit India": a phrase's name and the
            # verb's subject after its comma are no list.
            if {doc[j].dep_, doc[i].dep_} & {"nsubj", "nsubjpass"} and {doc[j].dep_, doc[i].dep_} & {"pobj"}:
                break
            # "exports to China, Japan's biggest trading partner": a name after a bare comma
            # that possesses what follows it describes the one before; no list goes on.
            if step == 1 and all(doc[k].text == "," for k in range(i + 1, j)) and j + 1 < len(doc) \
                    and doc[j + 1].text in ("'s", "’s", "'", "’"):
                break
            # "Marubeni of Japan and Indonesia's Indocement Group", "SpaceX's Starlink and
            # Reliance's JioSpaceFiber": a name possessing the name right after it is that
            # name's determiner, of whatever class; the list's member is the other.
            if step == 1 and j + 2 < len(doc) and doc[j + 1].text in ("'s", "’s") and token_mark(doc[j + 2], "kg_entity"):
                break
            # "Hanul Land of Vietnam, and Korean investors", "his visit to India, Saudi Crown
            # Prince X": a people's adjective after a country's name modifies a noun (or a
            # title) of its own; it lists no country beside the name.
            if step == 1 and token_mark(doc[j], "kg_demonym") and not token_mark(first, "kg_demonym") and j + 1 < len(doc) \
                    and doc[j + 1].pos_ in ("NOUN", "PROPN") and doc[j].head.i > j:
                break
            found.append(doc[j])
            i = j
    # "Though known for its arm, Vinhomes, Vingroup is ...": two names and a comma alone
    # before a verb are a name set beside a noun and the verb's subject, no list.
    last = max(t.i for t in found)
    if len(found) == 2 and all(t.text == "," for t in doc[min(t.i for t in found) + 1:last]) \
            and last + 1 < len(doc) and doc[last + 1].pos_ in ("AUX", "VERB"):
        return [first]
    return found


def compatible(a, b) -> bool:
    organisations = {"Company", "InvestmentFirm", "GovernmentBody", "ResearchOrg"}
    return token_mark(a, "kg_class") in organisations and token_mark(b, "kg_class") in organisations
