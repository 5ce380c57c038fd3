"""Extraction's relation rules, compiled once and kept in kg's cache directory.

Building the ~1,700 relation rules (:func:`kg.extract.patterns.load_patterns`, the frames
of :func:`kg.extract.frames.load_frame_patterns` and the qualifiers each relation carries)
costs about 0.3 s CPU in every process that extracts, for the same result each time. The
rules of kg's own ontology are therefore kept as JSON under a key that hashes everything
they are built from: every file of ``ontology/`` and ``data/reference/``, the code of
``kg/extract/``, ``kg/ontology.py``, ``kg/resources.py`` and ``kg/ingest/normalize.py``, and the versions of
Python and spaCy. Any edit makes another key, and the rules are built again; so are those
of any other ontology, never kept.

The file goes through :mod:`kg.json_cache` (kind and key checked, a damaged file ignored
with a :class:`~kg.store.pieces.CacheWarning`). Rules are written only when JSON gives
them back exactly, containers' types included: tuples, and mappings with keys other than
strings, are tagged.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import platform
import warnings
from collections.abc import Callable
from pathlib import Path

from kg.extract.patterns import Pattern
from kg.json_cache import read_cached, write_cached
from kg.ontology import Ontology, load_ontology
from kg.resources import resource_dir

__all__ = ["relation_rules", "rules_key", "word_sets"]

_KIND = "kg-relation-rules/1"
_WORDS_KIND = "kg-relation-words/1"
_TUPLE = "__tuple__"
_PAIRS = "__pairs__"  # a mapping whose keys are not all strings, as [key, value] pairs
_FIELDS = tuple(f.name for f in dataclasses.fields(Pattern))


def relation_rules(ontology: Ontology) -> list[Pattern]:
    """The relation rules an extractor reads *ontology*'s relations with: surface patterns
    with their relations' qualifiers, then frame patterns (see the module docstring for
    when they come from the cache)."""
    if ontology is not load_ontology():
        return _built(ontology)
    from kg.store.pieces import cache_dir

    key = rules_key()
    path = cache_dir() / f"relation-rules-{key[:16]}.json"
    found = read_cached(path, kind=_KIND, key=key, field="rules", valid=_valid)
    if found is not None:
        try:
            return _rules_of(found)
        except (TypeError, ValueError) as error:
            from kg.store.pieces import CacheWarning

            warnings.warn(f"ignoring the cache file {path} ({error}); rebuilding it", CacheWarning, stacklevel=2)
    rules = _built(ontology)
    # Kept as one JSON text (parsed in C, tags resolved by an object hook, when read), and
    # only if it gives every rule back exactly (types of containers included).
    try:
        encoded = [[_encoded(getattr(rule, name)) for name in _FIELDS] for rule in rules]
        text = json.dumps(encoded, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except (TypeError, ValueError):
        return rules  # a value JSON cannot spell: built in every process, as before
    back = _rules_of(text)
    if len(back) == len(rules) and all(_same(a, b) for a, b in zip(back, rules)):
        write_cached(path, {"rules": text}, kind=_KIND, key=key, stale="relation-rules-*.json")
    return rules


def word_sets(name: str, build: Callable[[], dict[str, frozenset[str]]]) -> dict[str, frozenset[str]]:
    """The word sets *build* reads from kg's own rule files (the end nouns of frames.yaml,
    the deal nouns of triggers.yaml), kept as *name* beside the rules under the rules' key:
    parsing the YAML they come from cost ~0.1 s CPU in every extractor build."""
    from kg.store.pieces import cache_dir

    key = rules_key()
    path = cache_dir() / f"relation-words-{name}-{key[:16]}.json"
    found = read_cached(path, kind=_WORDS_KIND, key=key, field="words", valid=_word_lists)
    if found is not None:
        return {word: frozenset(items) for word, items in found.items()}
    built = build()
    words = {word: sorted(items) for word, items in built.items()}
    if _word_lists(words):
        write_cached(path, {"words": words}, kind=_WORDS_KIND, key=key, stale=f"relation-words-{name}-*.json")
    return built


def _word_lists(found: object) -> bool:
    return isinstance(found, dict) and all(
        isinstance(word, str) and isinstance(items, list) and all(isinstance(item, str) for item in items)
        for word, items in found.items()
    )


def _rules_of(text: str) -> list[Pattern]:
    """The rules of a JSON text written by :func:`relation_rules`."""
    found = json.loads(text, object_hook=_untagged)
    if not isinstance(found, list) or not all(isinstance(rule, list) and len(rule) == len(_FIELDS) for rule in found):
        raise ValueError("not a list of rules")
    return [Pattern(*values) for values in found]


def _built(ontology: Ontology) -> list[Pattern]:
    from kg.extract.frames import load_carries, load_frame_patterns, with_carries
    from kg.extract.patterns import load_patterns

    return [*with_carries(load_patterns(ontology), load_carries(ontology)), *load_frame_patterns(ontology)]


def rules_key(roots: tuple[Path, ...] | None = None) -> str:
    """The sha256 of everything kg's relation rules are built from (the module docstring
    lists it); *roots*, the folders hashed whole, default to kg's."""
    import spacy

    package = Path(__file__).resolve().parent.parent
    if roots is None:
        roots = (resource_dir("ontology"), resource_dir("data") / "reference", package / "extract")
    files = [path for root in roots for path in sorted(root.rglob("*")) if path.is_file() and path.suffix in (".yaml", ".ttl", ".py")]
    files += [package / "ontology.py", package / "resources.py", package / "ingest" / "normalize.py"]
    digest = hashlib.sha256()
    for part in (_KIND, platform.python_version(), spacy.__version__):
        digest.update(part.encode() + b"\0")
    for path in files:
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()


def _encoded(value):
    if isinstance(value, tuple):
        return {_TUPLE: [_encoded(item) for item in value]}
    if isinstance(value, list):
        return [_encoded(item) for item in value]
    if isinstance(value, dict):
        if all(isinstance(key, str) for key in value) and _TUPLE not in value and _PAIRS not in value:
            return {key: _encoded(item) for key, item in value.items()}
        return {_PAIRS: [[_encoded(key), _encoded(item)] for key, item in value.items()]}
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(f"a rule holds a {type(value).__name__}, which the rules cache does not keep")


def _untagged(mapping: dict):
    if len(mapping) == 1 and _TUPLE in mapping:
        return tuple(mapping[_TUPLE])
    if len(mapping) == 1 and _PAIRS in mapping:
        if any(isinstance(key, list) for key, _ in mapping[_PAIRS]):
            raise ValueError("a mapping key that is a list")
        return {key: item for key, item in mapping[_PAIRS]}
    return mapping


def _same(one, other) -> bool:
    """Equal, and of the same types all the way down (1 is not 1.0, a tuple not a list)."""
    if type(one) is not type(other):
        return False
    if isinstance(one, Pattern):
        return all(_same(getattr(one, name), getattr(other, name)) for name in _FIELDS)
    if isinstance(one, (list, tuple)):
        return len(one) == len(other) and all(_same(a, b) for a, b in zip(one, other))
    if isinstance(one, dict):
        return list(one) == list(other) and all(_same(k, j) for k, j in zip(one, other)) \
            and all(_same(one[k], other[k]) for k in one)
    return one == other


def _valid(found: object) -> bool:
    return isinstance(found, str)
