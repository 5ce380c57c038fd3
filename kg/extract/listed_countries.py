"""Countries whose names are also people's or places' ("Jordan", "Georgia", "Chad"): the
entity ruler leaves them out, so NER's guess stands, unless the text lists them among
countries or names them where people come from."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.ingest.normalize import reference_words

__all__ = ["listed_country"]

_SEPARATORS = frozenset({",", "and", "&", "or", ";"})
#: Titles of a nation's leaders, which no region's or person's possessive comes before
#: ("Georgia's governor" is a US state's).
_LEADERS = frozenset({"president", "king", "prime", "premier", "leader", "junta", "emir"})


def listed_country(ent, is_country) -> bool:
    """Whether *ent* is one of names.yaml's ``countries_by_context`` standing where a
    country does: after "from", or beside a country in a list ("the Netherlands, Jordan,
    Argentina"); *is_country* tells whether another mention's text is a known country's.

    A person or a city of such a name ("Michael Jordan", "Atlanta, Georgia") is none.
    Nor is a place NER called so whose possessive comes before a name (a person's, which NER
    may call an organisation's) or a leader's title: "Chad's Mahamat Deby", "Jordan's King Abdullah" (Chad had been a
    firm; session 31, fresh news).
    """
    if ent.text not in reference_words("countries_by_context"):
        return False
    doc = ent.doc
    if ent.start and doc[ent.start - 1].lower_ == "from":
        return True
    if ent.label_ == "GPE" and ent.end + 1 < len(doc) and doc[ent.end].text in ("'s", "’s") \
            and (doc[ent.end + 1].ent_type_ in ("PERSON", "ORG") and doc[ent.end + 1].ent_iob_ == "B" or doc[ent.end + 1].lower_ in _LEADERS):
        return True
    for other in ents_of(doc):
        if other.end < ent.start:
            between = doc[other.end:ent.start]
        elif other.start > ent.end:
            between = doc[ent.end:other.start]
        else:
            continue
        words = [t.lower_ for t in between if t.lower_ != "the"]
        if len(words) in (1, 2) and all(w in _SEPARATORS for w in words) and is_country(other.text):
            return True
    return False
