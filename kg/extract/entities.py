"""What extraction knows and finds: entities known by name (from the store and from the
reference data in ``data/reference/``) and the entities of one document."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.errors import IngestError
from kg.extract.places import place_led
from kg.ingest.normalize import guess_class, name_key, reference_names, reference_words
from kg.resources import read_yaml, resource_dir

__all__ = ["DocumentEntity", "KnownEntity", "combining_forms", "country_by_code", "firm_homes", "given_name", "mention_at", "reference_entities",
           "reference_maker_nouns", "reference_sector_words", "same_kind", "spelt_alike"]


@dataclass(frozen=True)
class KnownEntity:
    """An entity extraction can recognise by name: from the graph or reference data."""

    label: str
    cls: str
    names: tuple[str, ...]
    iri: str | None = None
    country: str | None = None  # for a city of the reference data: the country it is in


@dataclass
class DocumentEntity:
    key: str
    name: str
    cls: str
    iri: str | None
    known: bool = False  # from the store or the reference data: its class is not guessed
    titled: bool = False  # a person's title stands before a mention ("President Lula"): a person, whatever a frame wants
    surfaces: dict[str, None] = field(default_factory=dict)
    mentions: list[tuple[int, int]] = field(default_factory=list)


def spelt_alike(name: str, other: str) -> bool:
    """Whether two people's names of as many words are one name written two ways: the
    same last word, and each word before it the other's, its initial ("N Chandrasekaran",
    "N. Chandrasekaran" for "Natarajan Chandrasekaran") or the other spelt with a letter
    doubled or not ("Kasym-Zhomart" for "Kassym-Zhomart"). Not two given names ("Hana
    Park", "Mina Park").

    >>> spelt_alike("N Chandrasekaran", "Natarajan Chandrasekaran"), spelt_alike("Hana Park", "Mina Park")
    (True, False)
    """
    words, others = name.split(), other.split()
    if len(words) != len(others) or len(words) < 2 or words[-1] != others[-1] or words == others:
        return False

    def undoubled(word: str) -> str:
        return re.sub(r"(\w)\1", r"\1", word.lower())

    return all(a == b or undoubled(a) == undoubled(b) or re.fullmatch(r"[A-Z]\.?", a) and b.startswith(a[0])
               or re.fullmatch(r"[A-Z]\.?", b) and a.startswith(b[0]) for a, b in zip(words[:-1], others[:-1]))


def given_name(full_name: str, family_first: frozenset[str]) -> str | None:
    """The given name of a person's full name written given name first ("Natascha" of
    "Natascha Viljoen"), by which a quote may name them; None for a name that opens with a
    family name of *family_first* ("Wang Chuanfu"), one shaped like no person's, or a
    firm's that opens with its place ("Shandong Ruyi", which NER may read as a person's).

    >>> given_name("Natascha Viljoen", frozenset()), given_name("Wang Chuanfu", frozenset({"Wang"}))
    ('Natascha', None)
    """
    words = full_name.split()
    if len(words) < 2 or words[0] in family_first or guess_class(full_name, "Company") != "Person" or place_led(full_name):
        return None
    return words[0]


@functools.cache
def combining_forms() -> dict[str, str]:
    """The combining forms of countries.yaml ("Sino" -> "China"), each one country's."""
    path = resource_dir("data") / "reference" / "countries.yaml"
    forms: dict[str, str] = {}
    for country in read_yaml(path, IngestError, "reference data")["countries"]:
        for form in country.get("combining") or ():
            if not isinstance(form, str) or not form.istitle() or forms.setdefault(form, country["name"]) != country["name"]:
                raise IngestError(f"{path}: combining form {form!r} of {country['name']!r} must be one capitalised word of one country")
    return forms


@functools.cache
def reference_entities() -> tuple[tuple[KnownEntity, ...], dict[str, str], dict[str, list[str]]]:
    """Entities known by name from reference data (countries, sectors, public bodies,
    investment firms, research organisations, policies, events, facilities, products), the
    demonyms of countries, and the head words of event, facility and plan names."""
    folder = resource_dir("data") / "reference"
    countries = read_yaml(folder / "countries.yaml", IngestError, "reference data")
    others = read_yaml(folder / "sectors.yaml", IngestError, "reference data")
    known, demonyms = [], {}
    for country in countries["countries"]:
        known.append(KnownEntity(country["name"], "Country", (country["name"], *country.get("aliases", []))))
        for demonym in country.get("demonyms", []):
            demonyms[demonym] = country["name"]
    for key, cls in (("sectors", "Sector"), ("public_bodies", "GovernmentBody"), ("investment_firms", "InvestmentFirm"),
                     ("research_organisations", "ResearchOrg")):
        for item in others.get(key) or ():
            known.append(KnownEntity(item["name"], cls, (item["name"], *item.get("aliases", []))))
    for key, cls in (("policies", "Policy"), ("events", "Event"), ("facilities", "Facility"), ("products", "Product")):
        for item in reference_names().get(key) or ():
            known.append(KnownEntity(item["name"], cls, (item["name"], *item.get("aliases", []))))
    cities = read_yaml(folder / "cities.yaml", IngestError, "reference data")
    country_names = {c["name"] for c in countries["countries"]}
    for country, names in cities["cities"].items():
        if country not in country_names:
            raise IngestError(f"{folder / 'cities.yaml'}: {country!r} is not a country of countries.yaml")
        for name in names or ():
            known.append(KnownEntity(name, "City", (name,), country=country))
    known.extend(_lower_cased_firms(folder / "firms.yaml"))
    heads = reference_names().get("name_heads")
    if not isinstance(heads, dict) or not heads:
        raise IngestError(f"{folder / 'names.yaml'}: 'name_heads' must map classes to head words")
    return tuple(known), demonyms, {str(cls): [str(w) for w in words] for cls, words in heads.items()}


@functools.cache
def firm_homes() -> dict[str, str]:
    """The home country of each name of a firm of ``data/reference/firms.yaml``, by its name
    key ("honda": "Japan"); a name two firms of two countries share is left out. Such a name
    is a company's wherever a text writes it, and not a store's or the ruler's entity (but
    for the few NER cannot find, :func:`_lower_cased_firms`): the text's own names stay its own."""
    folder = resource_dir("data") / "reference"
    path = folder / "firms.yaml"
    firms = read_yaml(path, IngestError, "reference data").get("companies")
    if not isinstance(firms, dict):
        raise IngestError(f"{path}: 'companies' must map countries to lists of firms' names")
    country_names = {c["name"] for c in read_yaml(folder / "countries.yaml", IngestError, "reference data")["countries"]}
    homes: dict[str, set[str]] = {}
    for country, names_of_firms in firms.items():
        if country not in country_names:
            raise IngestError(f"{path}: {country!r} is not a country of countries.yaml")
        for names in names_of_firms or ():
            if not isinstance(names, list) or not names or not all(isinstance(n, str) and n.strip() for n in names):
                raise IngestError(f"{path}: {country}: {names!r} is not a list of a firm's names")
            for name in names:
                homes.setdefault(name_key(name), set()).add(country)
    return {key: next(iter(countries)) for key, countries in homes.items() if len(countries) == 1 and key}


def _lower_cased_firms(path) -> list[KnownEntity]:
    """The firms of *path* (firms.yaml) with a word in lower case in one of their names ("SK
    hynix"), which NER, led by capitals, never finds: the ruler names them. The other firms
    are looked up only once NER found them (:func:`firm_homes`)."""
    found = []
    for names_of_firms in (read_yaml(path, IngestError, "reference data").get("companies") or {}).values():
        for names in names_of_firms or ():
            if isinstance(names, list) and any(isinstance(n, str) and _lower_cased_word(n) for n in names):
                found.append(KnownEntity(names[-1], "Company", tuple(names)))
    return found


def _lower_cased_word(name: str) -> bool:
    """ "SK hynix", "iFlytek"; not "Bank of China", "Seven & i Holdings" (a word in lower case
    that joins a name's words, or a single letter)."""
    joints = reference_words("organisation_name_joints", lower=True)
    return any(word[:1].islower() and len(word) > 1 and word not in joints for word in name.split())


@functools.cache
def reference_sector_words(key: str = "sector_words") -> frozenset[str]:
    """Words that make a phrase name a sector ("industrial robots"), from sectors.yaml; or
    another list of words of that file by its *key* ("generic_sector_words")."""
    path = resource_dir("data") / "reference" / "sectors.yaml"
    words = read_yaml(path, IngestError, "reference data").get(key)
    if not isinstance(words, list) or not words:
        raise IngestError(f"{path}: {key!r} must be a non-empty list")
    return frozenset(str(w).lower() for w in words)


@functools.cache
def reference_maker_nouns() -> dict[str, str]:
    """Words that name a firm by what it makes, each with its sector's name ("chipmaker"
    -> "semiconductors"), from the ``makers`` of sectors.yaml."""
    path = resource_dir("data") / "reference" / "sectors.yaml"
    makers: dict[str, str] = {}
    for sector in read_yaml(path, IngestError, "reference data").get("sectors") or ():
        for word in sector.get("makers") or ():
            word = str(word).lower()
            if word in makers:
                raise IngestError(f"{path}: maker word {word!r} names two sectors ({makers[word]}, {sector['name']})")
            makers[word] = str(sector["name"])
    return makers


@functools.cache
def country_by_code() -> dict[str, str]:
    """Country names of the reference data by ISO 3166 code ("EE" -> "Estonia")."""
    path = resource_dir("data") / "reference" / "countries.yaml"
    countries = read_yaml(path, IngestError, "reference data")["countries"]
    return {str(c["code"]): c["name"] for c in countries if c.get("code")}


def mention_at(entities: dict[str, DocumentEntity], char: int, classes: tuple[str, ...]):
    """(start, entity) of the mention of an entity of *classes* that covers character *char*,
    or None."""
    return next(((start, e) for e in entities.values() if e.cls in classes for start, end in e.mentions
                 if start <= char < end), None)


_PLACES = frozenset({"City", "Country"})


def same_kind(one: str, other: str, second: str) -> bool:
    """Whether two classes may be one entity's, named two ways: not a place and something
    else ("TOKYO (Reuters)": a dateline and its agency), nor a person and an organisation
    whose *second* name is no initials ("Jane Okafor (Paystack)": the firm she is of, in a
    list of backers; "Mohammed bin Salman (MBS)" is his)."""
    return (one in _PLACES) == (other in _PLACES) and ((one == "Person") == (other == "Person") or second.isupper())
