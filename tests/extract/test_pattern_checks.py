"""Patterns spaCy validated once are remembered in kg's cache directory: the rules load the
same with and without the file, a bad pattern is refused every time, and a damaged file is
ignored with a warning and written again. Only public names: compile_check,
remember_checks and forget_cache (the file is what kg writes to its cache directory)."""

from __future__ import annotations

import json

import pytest

from kg.errors import OntologyError
from kg.extract import patterns
from kg.extract.frames import load_frame_patterns
from kg.extract.patterns import compile_check, load_patterns
from kg.ontology import load_ontology
from kg.store.pieces import CacheWarning

__all__: list[str] = []


@pytest.fixture(scope="module")
def ontology():
    return load_ontology()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache directory; the process's record of checks forgotten before and after."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    patterns.forget_cache()
    yield tmp_path
    patterns.forget_cache()


def _rules(ontology):
    return [*load_patterns(ontology), *load_frame_patterns(ontology)]


def _file(directory):
    (path,) = directory.glob("checked-patterns-*.json")
    return path


def test_rules_load_the_same_from_the_remembered_checks(cache, ontology):
    fresh = _rules(ontology)
    remembered = json.loads(_file(cache).read_text(encoding="utf-8"))["passed"]
    assert len(remembered) == len(set(remembered)) > 1000
    written = _file(cache).stat()
    patterns.forget_cache()
    again = _rules(ontology)
    assert again == fresh
    # Loading the rules writes the checks back when one was new: every pattern was found
    # among the remembered ones (none validated again), so the file was left as it was.
    patterns.remember_checks()
    assert (_file(cache).stat().st_ino, _file(cache).stat().st_mtime_ns) == (written.st_ino, written.st_mtime_ns)


@pytest.mark.parametrize("dependency", [False, True])
def test_bad_pattern_is_refused_every_time(cache, dependency):
    bad = [{"RIGHT_ID": "a", "RIGHT_ATTRS": {"NO_SUCH_ATTR": "x"}}] if dependency else [{"NO_SUCH_ATTR": "x"}]
    for _ in range(2):
        with pytest.raises(OntologyError, match="^rule 1: "):
            compile_check(bad, "rule 1", dependency=dependency)
        patterns.remember_checks()
        patterns.forget_cache()
    assert not list(cache.glob("checked-patterns-*.json"))


def test_good_pattern_is_remembered_once(cache):
    compile_check([{"LOWER": "stake"}], "rule 1")
    patterns.remember_checks()
    (digest,) = json.loads(_file(cache).read_text(encoding="utf-8"))["passed"]
    patterns.forget_cache()
    compile_check([{"LOWER": "stake"}], "rule 2")
    patterns.remember_checks()
    assert json.loads(_file(cache).read_text(encoding="utf-8"))["passed"] == [digest]
    # The same list as a dependency pattern is another check, and spaCy refuses it there.
    with pytest.raises(OntologyError, match="^rule 3: "):
        compile_check([{"LOWER": "stake"}], "rule 3", dependency=True)


@pytest.mark.parametrize(
    "text",
    ["{not json", json.dumps({"kind": "kg-checked-patterns/1", "key": "other", "passed": []}),
     json.dumps({"kind": "kg-checked-patterns/1", "passed": ["short"]}), "[]"],
    ids=["truncated", "other-key", "bad-digest", "not-a-mapping"],
)
def test_damaged_file_is_ignored_with_a_warning(cache, text):
    compile_check([{"LOWER": "stake"}], "rule 1")
    patterns.remember_checks()
    path = _file(cache)
    kept = json.loads(path.read_text(encoding="utf-8"))["passed"]
    path.write_text(text, encoding="utf-8")
    patterns.forget_cache()
    with pytest.warns(CacheWarning, match="rebuilding"):
        compile_check([{"LOWER": "stake"}], "rule 1")
    patterns.remember_checks()
    assert json.loads(path.read_text(encoding="utf-8"))["passed"] == kept
