"""Whether one name is a short form of another: the words it keeps of the full name ("Jindal"
of "Jindal Steel"), its country left out or spelt another way, a plural, a contraction, a
unit's name. Read by coreference to link short forms to the name written in full."""

from __future__ import annotations

import functools

from kg.errors import IngestError
from kg.extract.entities import reference_entities
from kg.ingest.normalize import name_key, reference_names, reference_words

__all__ = ["anded", "before_nouns", "contracted", "country_respelled", "ends_with", "family_first_names", "named_for", "plural_of", "respelled", "shortens", "unit_of", "whole_firm", "without_country", "without_home"]

#: Heads that say only that a name is a firm's: "the company", "the group".
_GENERIC_HEADS = frozenset({"company", "firm", "group", "maker", "makers", "manufacturer", "startup", "giant", "based"})


def shortens(short: list[str], full: list[str]) -> bool:
    """Whether a name's words open another's longer name ("Jindal" of "Jindal Steel")."""
    return len(full) > len(short) and full[:len(short)] == short


def ends_with(short: list[str], full: list[str]) -> bool:
    """Whether the words *short* end the longer name *full* ("Business Forum" of "Ethio-Pakistan
    Business Forum"): an event named again by its head words."""
    return 0 < len(short) < len(full) and full[-len(short):] == short


def before_nouns(short: list[str], full: list[str]) -> bool:
    """Whether the event's name *short* opens the longer *full*, whose other words are lower-case
    nouns of meetings ("Gulfood" and "Gulfood trade fair"): one event named with its kind."""
    return 0 < len(short) < len(full) and full[:len(short)] == short and all(w.islower() for w in full[len(short):])


def anded(words: list[str]) -> list[str]:
    """*words* with "&" written "and" ("Sterling & Wilson" shortens "Sterling and Wilson Solar")."""
    return ["and" if w == "&" else w for w in words]


def unit_of(short: list[str], full: list[str]) -> bool:
    """Whether a longer name is a unit of the firm its first words name, not another name
    of it: it ends in a place ("Thyssenkrupp Steel Europe", "Orvik Arizona") or in a word
    of a unit ("Hyundai Motor Group Robotics Lab"; ``unit_heads`` of names.yaml), or of an
    investment arm after a word of its own ("LG Tech Ventures"; ``arm_heads``)."""
    from kg.extract.places import is_region, world_city_country

    rest = full[len(short):]
    if not rest:
        return False
    last = rest[-1]
    return last in _unit_heads() or len(rest) > 1 and last in _arm_heads() \
        or name_key(last) in _country_names() or is_region(last) or world_city_country(last) is not None


@functools.cache
def family_first_names() -> frozenset[str]:
    return reference_words("family_name_first")


@functools.cache
def _arm_heads() -> frozenset[str]:
    return reference_words("arm_heads")


@functools.cache
def _unit_heads() -> frozenset[str]:
    return reference_words("unit_heads")


@functools.cache
def _whole_firm_words() -> frozenset[str]:
    legal = (word for form in reference_words("corporate_suffixes", lower=True) for word in form.split() if len(word) > 1)
    return frozenset((*reference_words("whole_firm_words", lower=True), *legal))


def whole_firm(short: list[str], fits: list) -> list:
    """Of the organisations *fits* whose names *short* opens, the one the short name names
    whole: its other words only say it is a firm ("Tandor" of "Tandor Industries Ltd", not
    of "Tandor Retail"; ``whole_firm_words`` and the legal forms). One such fit, or none."""
    whole = [f for f in fits if all(w.lower().rstrip(".,") in _whole_firm_words() for w in f.name.split()[len(short):])]
    return whole if len(whole) == 1 else []


def plural_of(one: list[str], other: list[str]) -> bool:
    """Whether two names differ only by a plural "s" on the last word ("Xiaopeng Motors",
    "Xiaopeng Motor"): one firm, written two ways by the same text."""
    return len(one) == len(other) > 1 and one[:-1] == other[:-1] and one[-1] == other[-1] + "s"


def without_country(full: list[str], short: list[str]) -> bool:
    """Whether a name is another without the country that opens it ("Department of
    Commerce" of "U.S. Department of Commerce", "Ministry of Trade" of "Korean Ministry of
    Trade")."""
    cut = len(full) - len(short)
    return len(short) > 1 and cut > 0 and full[cut:] == short and name_key(" ".join(full[:cut])) in _country_names()


def without_home(full: list[str], short: list[str], others: list[str]) -> bool:
    """Whether a one-word name is another without the city or province that opens it
    ("Hengrui" of "Jiangsu Hengrui", "Ruyi" of "Shandong Ruyi"): news names such a firm again
    by the word after its home, which NER often reads as a person's name. Not where another
    organisation's name of the text, *others*, opens with the word ("Sanan" beside "Hunan
    Sanan" and "Sanan Optoelectronics"), which it shortens."""
    from kg.extract.places import place_led

    return len(short) == 1 and len(full) == 2 and full[1] == short[0] and short[0][:1].isupper() and place_led(" ".join(full)) \
        and not any(o.split()[0] == short[0] and len(o.split()) > 1 for o in others)


def founder_named(full: list[str], short: list[str]) -> bool:
    """Whether a one-word name is the family name of the person a firm is named after, the
    firm's name that person's given and family name and a firm's word ("Disney" of "Walt
    Disney Company", "Deere" of "John Deere Co."): news names such a firm again by the
    family name alone. Not a name of two words ("Reuters" of "Thomson Reuters", a firm of
    its own).

    >>> founder_named("The Walt Disney Company".split(), ["Disney"]), founder_named(["Thomson", "Reuters"], ["Reuters"])
    (True, False)
    """
    from kg.ingest.normalize import guess_class

    words = full[1:] if full[:1] in (["The"], ["the"]) else full
    return len(short) == 1 and len(words) == 3 and words[1] == short[0] and words[2].lower().strip(".") in _whole_firm_words() \
        and guess_class(" ".join(words[:2]), "Company") == "Person"


def _stems(words: list[str]) -> list[str]:
    """Words as a name's spellings in one text may differ: "&" for "and", "Int'l" for
    "International", "Bacteria" for "Bacterial" (the first seven letters)."""
    spelled = _short_spellings()
    return [spelled.get(w.lower(), w.lower().strip(".,"))[:7] for w in words]


@functools.cache
def _short_spellings() -> dict[str, str]:
    """``short_spellings`` of names.yaml: a word written short in a name -> the word."""
    table = reference_names().get("short_spellings") or {}
    if not isinstance(table, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise IngestError("data/reference/names.yaml: 'short_spellings' must map words to words")
    return {k.lower(): v.lower() for k, v in table.items()}


def respelled(short: list[str], full: list[str]) -> bool:
    """Whether a name of three words or more is another spelled another way, whole or
    without the other's first words ("Int'l Virus & Bacteria Industry Expo", "International
    Virus and Bacterial Industry Expo")."""
    if len(short) < 3 or short == full:
        return False
    stems, other = _stems(short), _stems(full)
    return stems == other[len(other) - len(stems):] and (len(stems) < len(other) or short != full)


def country_respelled(short: list[str], full: list[str]) -> bool:
    """Whether a name is another with the country that opens it written another way ("U.S.
    Steel" of "United States Steel Corp.", "UK Power Networks" of "United Kingdom Power
    Networks"), the rest of its words the first of the other's rest."""
    countries = _countries_by_name()
    home = countries.get(name_key(short[0])) if len(short) > 1 else None
    if home is None:
        return False
    for cut in range(1, min(4, len(full))):
        if countries.get(name_key(" ".join(full[:cut]))) == home and full[:cut] != short[:1]:
            return full[cut:cut + len(short) - 1] == short[1:]
    return False


@functools.cache
def _countries_by_name() -> dict[str, str]:
    """The country each name key of a country names (its names and other names)."""
    known, _, _ = reference_entities()
    return {name_key(name): e.label for e in known if e.cls == "Country" for name in e.names}


@functools.cache
def _country_names() -> frozenset[str]:
    """Name keys of the countries of the reference data, their other names and demonyms."""
    known, demonyms, _ = reference_entities()
    names = {name for e in known if e.cls == "Country" for name in e.names} | set(demonyms)
    return frozenset(name_key(n) for n in names)


def contracted(short: list[str], full: list[str]) -> bool:
    """Whether a name of two words or more leaves out inner words of a longer one, with
    the same first and last ("CHIPS Act" of "CHIPS and Science Act"). A legal form ending
    both is no word kept: "Fujitsu Limited" is the parent of "Fujitsu Toshiba Mobile
    Communications Limited", the venture named after it, not its short form."""
    short, full = name_key(" ".join(short)).split(), name_key(" ".join(full)).split()
    if not 1 < len(short) < len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    inner = iter(full[1:-1])
    return all(word in inner for word in short[1:-1])


def named_for(name: str, words: list[str]) -> bool:
    """Whether a name carries a word of a description, by its first five letters ("robot
    maker" and "Hanul Robotics", "battery maker" and "Orvik Batteries"); words shorter than
    four letters and the description's head nouns of firms in general do not count."""
    stems = {w[:5] for w in words if len(w) >= 4 and w.isalpha() and w not in _GENERIC_HEADS}
    return any(word.lower()[:5] in stems for word in name.split())
