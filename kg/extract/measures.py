"""Measures a country or a public body takes, named by what they are rather than by a name:
"the EU adopted new sanctions against Russia", "Washington imposed tariffs on steel and
aluminum", "Japan tightened curbs on chip equipment exports". News and the real-news gold
keep such a phrase, as the text words it, as the policy of the one who imposed it; a name
of no capitals that NER leaves out. Only the object of a verb of imposing (``measure_verbs``
of names.yaml) whose subject is a country or a public body, and only with a word that says
which measure it is (an adjective, a noun before it, or what it falls "on"): "imposed
tariffs" alone names nothing one could tell from another."""

from __future__ import annotations

from kg.extract.name_repairs import with_longer

__all__ = ["measures_named"]

#: NER's and the ruler's labels of those who impose measures: countries, their capitals
#: standing for them ("Washington imposed"), public bodies.
_OWNER_LABELS = frozenset({"GPE", "KG:Country", "KG:City", "KG:GovernmentBody"})


def measures_named(doc, nouns: frozenset[str], verbs: frozenset[str], body_words: frozenset[str]):
    """*doc* with a policy's mention for each measure noun (*nouns*: "sanctions", "tariffs")
    that is the direct object of a verb of *verbs* ("impose", "adopt") whose subject is a
    country or a public body (an organisation's name holding one of *body_words*:
    "Union", "Commission", "Ministry"), spanning its modifiers and what it is "on" or
    "against" ("new sanctions against Russia")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    by_token = {i: e for e in ents for i in range(e.start, e.end)}
    found = []
    for noun in doc:
        if noun.lower_ not in nouns or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in verbs or noun.i in by_token:
            continue
        subject = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        owner = by_token.get(subject.i) if subject is not None else None
        if owner is None or not (owner.label_ in _OWNER_LABELS or owner.label_ == "ORG" and any(t.lower_ in body_words for t in owner)):
            continue
        start = noun.i
        while start > 0 and doc[start - 1].dep_ in ("amod", "compound") and doc[start - 1].head.i in range(start, noun.i + 1) \
                and doc[start - 1].i not in by_token:
            start -= 1
        end = noun.i + 1
        # "imposed tariffs on steel": the parser hangs "on" on the verb as often as on the noun.
        if end < len(doc) and doc[end].lower_ in ("on", "against") and doc[end].head.i in (noun.i, noun.head.i):
            objects = [c for c in doc[end].children if c.dep_ == "pobj"]
            if objects:
                last = max(t.i for t in objects[0].subtree)
                words = doc[end + 1:last + 1]
                if all(not t.is_punct or t.text == "-" for t in words) and len(words) <= 8:
                    end = last + 1
        if end - start < 2:
            continue  # "imposed tariffs": no word says which
        # A name inside goes with the measure ("sanctions against Russia"): one mention cannot be
        # both, and the whole phrase is the one the gold keeps. Keeping a country named nowhere
        # else instead cost a fact on each real-news development set (session 30).
        found.append(Span(doc, start, end, label="KG:Policy"))
    return with_longer(doc, ents, found)
