"""Names and acronyms: "the Association of Hanul Traders in Korea (AHTK)" keeps its place,
"Sociedad Química y Minera de Chile SA (SQM)" is one name however NER cut it (the capitals
in brackets spell it), and "Skilled AI" is a firm's name ending in a sector's acronym.
Separate from :mod:`kg.extract.name_repairs` (whose :func:`with_longer` they share): these
read a name against an acronym, not its shape."""

from __future__ import annotations

import functools

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import with_longer
from kg.ingest.normalize import name_key, reference_names, reference_words

__all__ = ["acronym_firms_joined", "acronym_led_names", "acronym_places_joined", "bracketed_names_joined", "common_noun_acronyms",
           "name_initials"]

#: Small words an acronym gives no letter to ("the Belt and Road", "a ban on exports").
_UNSPELLED = frozenset({"and", "of", "on", "for", "the", "in", "to", "-"})


def acronym_places_joined(doc):
    """ "the Association of Hanul Traders in Korea (AHTK)": a place NER cut off a name
    belongs to it when the initials in brackets right after spell the name with the place
    ("in Korea" gives the K), perhaps skipping a word's ("ASOK" of "Association of American
    States Offices in Korea")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
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


def acronym_led_names(doc, legal_forms: frozenset[str], joints: frozenset[str]):
    """ "Sociedad Química y Minera de Chile SA (SQM)": capitalised words and the lower-case
    words between them (*joints*: "y", "de") right before capitals in brackets whose letters
    their initials spell in order, first with first, are one name, however NER cut it.
    *legal_forms* (lower case) give no initial ("SA")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
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
    return with_longer(doc, ents, longer)


def _spelled_by(acronym: str, initials: str) -> bool:
    """Whether *acronym* (capitals, three or more) takes the first and last of *initials*
    and the others in order."""
    if len(acronym) < 3 or not acronym.isalpha() or not acronym.isupper() or acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    rest = iter(initials[1:-1])
    return all(letter in rest for letter in acronym[1:-1])


def acronym_firms_joined(doc, acronyms: frozenset[str], nouns: frozenset[str] = frozenset()):
    """ "invested in Skilled AI", "Velto AI said": a capitalised word inside a sentence
    right before a sector's acronym that firms end their names with (*acronyms*, as
    written: "AI") is a firm's name with it, where NER and the sector ruler read a place,
    or nothing, and a sector. At a sentence's start, where every word has a capital, only
    an English noun (*nouns*) and the acronym that do a verb's deed ("Figure AI builds
    robots"; not "Generative AI is booming")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    longer = []
    for ent in ents:
        if ent.text not in acronyms or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        # At a sentence's start, a noun (not an adjective) and the acronym doing a verb's deed
        # are a firm ("Figure AI builds robots"); "Generative AI is booming" is no firm.
        acting = before.tag_ in ("NN", "NNP", "NNPS") and before.lower_ in nouns and ent.root.dep_ == "nsubj" and ent.root.head.pos_ == "VERB"
        if not (before.text.istitle() and before.is_alpha and not before.is_stop and (not before.is_sent_start or acting)
                and before.whitespace_ == " "):
            continue
        owner = next((e for e in ents if e.start <= before.i < e.end), None)
        if owner is None:
            longer.append(Span(doc, before.i, ent.end, label="ORG"))
        elif len(owner) == 1 and owner.label_ in ("GPE", "ORG", "PERSON"):
            longer.append(Span(doc, owner.start, ent.end, label="ORG"))
    return with_longer(doc, ents, longer)


def common_noun_acronyms(doc):
    """ "a free trade agreement (FTA)", "the comprehensive economic partnership agreement
    (CEPA)": capitals in brackets that lower-case words right before them spell, the last
    a policy's head word (``name_heads`` of names.yaml: "agreement"), name a policy wherever
    the text writes them, whatever NER called them (a firm's name, most often). Words that
    spell no capitals ("a trade deal (TD)") or end in no such head leave them as they were;
    so do events' and sites' heads, whose lower-case forms ("annual general meeting (AGM)",
    "a data centre (DC)") name no one event or site. Capitals other lower-case words spell
    ("a letter of intent (LoI)", "memorandums of understanding (MoUs)") name nothing at all:
    dropped wherever NER found them."""
    from spacy.tokens import Span

    heads = _policy_heads()

    named: dict[str, str] = {}
    common: set[str] = set()  # "a letter of intent (LoI)", "low Earth orbit (LEO)": no one's name
    bodies: list = []
    policies: list = []
    for token in doc[1:-2]:
        acronym = doc[token.i + 1].text
        if token.text != "(" or doc[token.i + 2].text != ")" or not (2 <= len(acronym) <= 6 and acronym.isalpha()):
            continue
        head = doc[token.i - 1]
        label = next((lab for lab, words in heads.items() if head.is_lower and head.lower_ in words), None)
        titled = _titled_policy(doc, token.i, acronym, heads) if label is None and acronym.isupper() else None
        if titled is not None:
            # "the Production Linked Incentive (PLI) scheme": the head after the brackets.
            policies.append(titled)
            named.setdefault(acronym, "KG:Policy")
            continue
        if label is None or not acronym.isupper():
            spelt = _spelt_by_common_words(doc, token.i, acronym) if head.is_lower else None
            if spelt is not None and spelt[0].lower_ in _body_words():
                bodies.append(Span(doc, spelt.start, spelt.end, label="KG:GovernmentBody"))  # "the department of telecommunications (DoT)"
            elif spelt is not None and not any(w.lower_ in _body_words() for w in spelt):
                common.add(acronym)
            continue
        words, i = [], token.i - 1
        while i >= 0 and len(words) < len(acronym) and (doc[i].is_lower and doc[i].is_alpha or doc[i].text == "-"):
            if doc[i].lower_ not in _UNSPELLED:
                words.insert(0, doc[i])
            i -= 1
        if "".join(w.text[0] for w in words) == acronym.lower():
            named.setdefault(acronym, label)
    ents = list(ents_of(doc))
    if bodies or policies:
        doc.ents = ents = sorted([*(e for e in ents if not any(e.start < b.end and b.start < e.end for b in bodies + policies)),
                                  *bodies, *policies], key=lambda e: e.start)
    if common - set(named):
        # Capitals that common words spell name none of kg's entities, wherever the text
        # writes them, unless the ruler or the store knows them.
        kept = [e for e in ents if not (e.text in common and e.text not in named and not e.ent_id_ and not e.label_.startswith("KG:"))]
        if len(kept) < len(ents):
            doc.ents = ents = kept
    if not named:
        return doc
    spans = [Span(doc, t.i, t.i + 1, label=named[t.text]) for t in doc if t.text in named
             and all(not e.start <= t.i < e.end or len(e) == 1 and not e.ent_id_ and not e.label_.startswith("KG:") for e in ents)]
    kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in spans)]
    doc.ents = sorted([*kept, *spans], key=lambda e: e.start)
    return doc


def _titled_policy(doc, bracket: int, acronym: str, heads: dict[str, frozenset[str]]):
    """The capitalised words before *bracket* whose initials are *acronym*, where a policy's
    head in lower case follows the brackets ("the Production Linked Incentive (PLI)
    scheme"), as a policy's span; None otherwise (a firm's "Hanul Motors (HM) plan")."""
    from spacy.tokens import Span

    after = bracket + 3
    if after >= len(doc) or not doc[after].is_lower or doc[after].lower_ not in heads["KG:Policy"]:
        return None
    words, i = [], bracket - 1
    while i >= 0 and len(words) < len(acronym) and doc[i].is_title and doc[i].is_alpha and not doc[i].is_sent_start:
        words.insert(0, doc[i])
        i -= 1
    if len(words) != len(acronym) or "".join(w.text[0] for w in words) != acronym \
            or any(w.lower_ in _firm_words() for w in words) or any(e.label_.startswith("KG:") and e.start <= words[0].i < e.end for e in ents_of(doc)):
        return None
    return Span(doc, words[0].i, bracket, label="KG:Policy")


@functools.cache
def _firm_words() -> frozenset[str]:
    # Built once: names.yaml's words of firms' and bodies' names, which no policy's name holds.
    return frozenset().union(*(reference_words(key, lower=True) for key in ("organisation_cues", "investment_firm_cues", "government_cues")))


def _spelt_by_common_words(doc, bracket: int, acronym: str):
    """The words before *bracket* whose first letters are the capitals of *acronym* ("LoI",
    "MoUs", "LEO", "DoT"), lower case but for a name inside ("low Earth orbit"), small
    words skipped; None where they spell other letters."""
    letters = [c.lower() for c in (acronym[:-1] if acronym.endswith("s") and acronym[:-1].isupper() else acronym) if c.isupper()]
    if len(letters) < 2:
        return None
    words, i = [], bracket - 1
    while i >= 0 and len(words) < len(letters) and (doc[i].is_alpha or doc[i].text == "-") \
            and (doc[i].is_lower or doc[i].is_title and i > 0 and doc[i - 1].is_lower and len(words) > 0):
        if doc[i].lower_ not in _UNSPELLED:
            words.insert(0, doc[i])
        i -= 1
    if "".join(w.lower_[0] for w in words) != "".join(letters) or not words[0].is_lower:
        return None
    return doc[words[0].i:bracket]


@functools.cache
def _body_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in reference_names().get("government_cues") or () if " " not in str(w))


@functools.cache
def _policy_heads() -> dict[str, frozenset[str]]:
    return {"KG:Policy": frozenset(str(w).lower() for w in reference_names()["name_heads"].get("Policy") or ())}


def bracketed_names_joined(doc, firm_words: frozenset[str]):
    """ "Hanul Emiliane (HE) Slovakia", "Daewon (China) Holdings": a firm's name may carry its
    initials or its country in brackets and go on after them, with a country or a word that
    ends firms' names (*firm_words*, lower case). NER cuts such a name at the bracket; the
    capitalised words before it, the brackets and what follows are then one name. Brackets
    holding anything else (a percentage, a ticker, initials the words do not spell) or
    followed by other capitalised words ("Hanul Motors (HM) Chairman Kim") join nothing."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    longer = []
    for token in doc[1:-3]:
        inner, close = doc[token.i + 1], doc[token.i + 2]
        if token.text != "(" or close.text != ")" or not inner.text[:1].isupper() or not inner.is_alpha:
            continue
        words, i = [], token.i - 1
        while i >= 0 and doc[i].text[:1].isupper() and doc[i].is_alpha and not doc[i].is_sent_start and "\n" not in doc[i].whitespace_:
            words.insert(0, doc[i])
            i -= 1
        initials = "".join(w.text[0] for w in words)
        country = next((e for e in ents if e.start == inner.i and e.end == inner.i + 1 and e.label_ in ("GPE", "KG:Country")), None)
        if not words or not (inner.text.isupper() and len(inner) >= 2 and inner.text == initials or country is not None):
            continue
        tail = close.i + 1
        after = next((e for e in ents if e.start == tail and e.label_ in ("GPE", "KG:Country")), None)
        end = after.end if after is not None else tail + 1 if doc[tail].lower_ in firm_words and doc[tail].text[:1].isupper() else None
        if end is None or end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
            continue
        longer.append(Span(doc, words[0].i, end, label="ORG"))
    return with_longer(doc, ents, longer)


def name_initials(name: str) -> tuple[str, str]:
    """The short forms a firm's initials make: the capitals of each word, inner ones included
    ("SolidEnergy Systems" -> "SES"), and those of the name without the legal form its key
    drops ("General Motors Corp." -> "GM", not "GMC").

    >>> name_initials("General Motors Corp.")
    ('GMC', 'GM')
    """
    bare = " ".join(name.split()[:len(name_key(name).split())])
    return "".join(c for c in name if c.isupper()), "".join(c for c in bare if c.isupper())
