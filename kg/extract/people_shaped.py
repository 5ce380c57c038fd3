"""Names NER calls a people's ("NORP") that are shaped like no people's: "competes with
Corvane", "owned by Halvex and Britain's Dorvo" are firms, where a people's name is an
adjective ("Kazakh artists"), a plural ("Filipinos") or a word of the suffixes peoples'
names end in ("Kenyan", "Swedish", "Japanese", "Iraqi", "Baltic", "Maoist")."""

from __future__ import annotations

import re

from kg.extract.places import world_city_country
from kg.ingest.normalize import reference_words

__all__ = ["firm_read_as_people"]

#: How the names of peoples, and of followers of faiths and parties, end.
_PEOPLES_ENDINGS = re.compile(r"(?i).*(?:an|ans|ish|ese|i|ic|ist|ite|ch|ss|er|ers)")
#: Where a noun, not an adjective, stands.
_NOUN_PLACES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "nmod", "conj", "appos"})


def firm_read_as_people(ent) -> bool:
    """Whether a name NER labels a people's is a firm's: one singular proper noun where a
    noun stands (a verb's subject or object, a preposition's object, a list's member), not
    ending as peoples' names do, no word of ``peoples_unsuffixed`` of names.yaml ("Muslim",
    "Hindu", "Democrat") and no city's name."""
    root = ent.root
    text = ent.text
    return len(ent) == 1 and root.tag_ == "NNP" and root.dep_ in _NOUN_PLACES and text[:1].isupper() and text[1:].islower() \
        and not _PEOPLES_ENDINGS.fullmatch(text) and text.lower() not in reference_words("peoples_unsuffixed", lower=True) \
        and not world_city_country(text)
