"""Names no class of kg's holds, or that name nothing: natural features, armed groups,
stages NER calls laws, and a firm only kg's repairs found in one common word; and the
nouns of making by which a firm's description names its product. The words are data in
``data/reference/names.yaml``."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from kg.extract.entities import reference_sector_words
from kg.extract.places import world_city_country
from kg.ingest.normalize import name_key, reference_words

__all__ = ["kind_of_firm", "lone_common_word", "named_for_founder", "no_class_name", "product_makers", "words_of_an_abstraction"]

#: What numbers a stage after its word: digits, a Roman numeral, a letter ("Phase 2", "Phase
#: II", "Series B"); no firm or body is named so.
_STAGE_NUMBER = re.compile(r"\d+[A-Za-z]?|[IVX]{1,4}|[A-Z]")
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten".split())


def no_class_name(text: str, label: str, firm_words: frozenset[str], legal_form: Callable[[str], bool]) -> bool:
    """Whether a name is a natural feature's ("Salar de Atacama", "the Red Sea": a first or
    last word of ``landform_leads``/``landform_tails``, the last only where NER calls it a
    place, not "Hanwha Ocean"), an armed group's ("Taliban"; ``armed_groups``), office
    holders' ("Heads of State"; ``office_holder_groups``) or a stage's ("Phase 3", "Phase I",
    "Phase One"; ``stage_words`` and a number): what no class of kg's holds. A city
    of the world so named, or a name with a firm's word (*firm_words*, lower case) or a
    legal form, stays.

    >>> no_class_name("Salar de Atacama", "ORG", frozenset(), lambda name: False)
    True
    """
    words = text.split()
    if name_key(text) in _armed_groups():
        return True
    if len(words) == 2 and words[0].lower() in reference_words("stage_words", lower=True) \
            and (label == "LAW" or _STAGE_NUMBER.fullmatch(words[1]) or words[1].lower() in _NUMBER_WORDS):
        return True  # "entered Phase 3 trials", "Phase I of the estate", "Phase One": a stage, whatever NER calls it
    if len(words) < 2 or world_city_country(text) or legal_form(text) or any(w.lower() in firm_words for w in words):
        return False
    return words[0] in reference_words("landform_leads") or label in ("LOC", "GPE", "FAC") and words[-1] in reference_words("landform_tails")


def kind_of_firm(text: str, common_nouns: frozenset[str]) -> bool:
    """Whether a name is a kind of firm written in title case, as headlines write it ("China
    Appliance Maker", "as fast as FinTech Startups", "Chip Firms"): capitalised common nouns
    or a sector's word before a noun of firms (``firm_kind_heads``), none of them a name's; a
    name with a word that is no common noun ("Hanul Makers") or a digit ("500 Startups") stays."""
    words = text.split()
    return 1 < len(words) <= 3 and words[-1].lower() in reference_words("firm_kind_heads", lower=True) \
        and all(w[:1].isupper() and (w.lower() in common_nouns or w.lower() in reference_sector_words()) for w in words[:-1])


def lone_common_word(entity, ner_chars: set[int], common_nouns: frozenset[str]) -> bool:
    """Whether *entity* (a DocumentEntity) is a firm named once, in one word that is an
    English common noun, that only kg's repairs took for a name, not NER (*ner_chars*: the
    characters of NER's names; "Server" of a headline's "Chip and Server Firms"), and that
    neither the store nor the reference data knows: on the development texts not read while
    tuning, each such firm was no name of the gold. Whether a fact has it as an end is for
    the caller to ask."""
    if entity.cls != "Company" or entity.iri or entity.known or len(entity.mentions) != 1 or " " in entity.name \
            or entity.name.lower() not in common_nouns:
        return False
    start, end = entity.mentions[0]
    return not any(i in ner_chars for i in range(start, end))


def words_of_an_abstraction(text: str, common_nouns: frozenset[str]) -> bool:
    """Whether a name NER calls a person's is capitalised common words that end in an
    abstract noun ("Public Relations", "Sustainable Development", "Export Development" of
    "Export Development Canada"): the last a common noun of the model's index that ends
    as abstract nouns do (``abstract_noun_endings`` of names.yaml) and is more than its
    ending, which no family name is (not "Eliot Ness"); a plural's singular is such a noun
    ("Private Public Partnerships")."""
    words = text.split()
    last = words[-1].lower()
    return len(words) > 1 and all(w[:1].isupper() for w in words) and (last in common_nouns or last.removesuffix("s") in common_nouns) \
        and any(last.endswith(e) and len(last) > len(e) + 2 for e in reference_words("abstract_noun_endings", lower=True))


def named_for_founder(text: str, common_nouns: frozenset[str]) -> bool:
    """Whether capitalised words of an abstraction (see :func:`words_of_an_abstraction`) open
    with a word that is no common noun and end in a plural: a body named for the one who
    founded it ("Bezos Expeditions"), not an aim's words ("Economic Partnerships")."""
    words = text.split()
    return len(words) == 2 and words[0].lower() not in common_nouns and words[-1].endswith("s") \
        and words[-1].lower().removesuffix("s") in common_nouns


@functools.cache
def product_makers() -> frozenset[str]:
    """``product_maker_words`` of names.yaml, in lower case."""
    return reference_words("product_maker_words", lower=True)


@functools.cache
def _armed_groups() -> frozenset[str]:
    """``armed_groups`` and ``office_holder_groups`` of names.yaml, by name key."""
    return frozenset(name_key(w) for w in reference_words("armed_groups") | reference_words("office_holder_groups"))
