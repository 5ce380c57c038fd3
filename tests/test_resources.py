"""kg.resources.read_yaml: libyaml's loader when PyYAML has it, the same results as
PyYAML's pure-Python safe loader, and the same bounds (nesting depth, aliases) with both."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from kg import resources
from kg.resources import read_yaml, resource_dir

LOADERS = [yaml.SafeLoader] + ([yaml.CSafeLoader] if yaml.__with_libyaml__ else [])


@pytest.fixture(params=LOADERS, ids=lambda loader: loader.__name__)
def loader(request, monkeypatch):
    monkeypatch.setattr(resources, "YAML_LOADER", request.param)
    return request.param


def _read(tmp_path: Path, text: str):
    path = tmp_path / "file.yaml"
    path.write_text(text, encoding="utf-8")
    return read_yaml(path, ValueError, "test file")


def test_the_c_loader_is_used_when_pyyaml_has_it():
    if not yaml.__with_libyaml__:
        pytest.skip("this PyYAML is built without libyaml")
    assert resources.YAML_LOADER is yaml.CSafeLoader


def _nested(levels: int, leaf: str = "x") -> str:
    return "[" * levels + leaf + "]" * levels


@pytest.mark.parametrize("make", [
    lambda n: _nested(n),
    lambda n: "".join("{k: " for _ in range(n)) + "x" + "}" * n,
    lambda n: "\n".join("  " * i + "- " for i in range(n - 1)) + "\n" + "  " * (n - 1) + "- x",
], ids=["flow sequences", "flow mappings", "block sequences"])
def test_one_hundred_levels_are_read_and_one_more_is_refused(loader, tmp_path, make):
    # A scalar inside 99 collections is a node 100 levels deep.
    value = _read(tmp_path, make(99))
    for _ in range(99):
        assert len(value) == 1
        value = value[0] if isinstance(value, list) else value["k"]
    assert value == "x"
    with pytest.raises(ValueError, match="nested deeper than 100 levels"):
        _read(tmp_path, make(100))


def test_an_empty_collection_is_a_level_too(loader, tmp_path):
    assert _read(tmp_path, "[" * 100 + "]" * 100) is not None
    with pytest.raises(ValueError, match="nested deeper than 100 levels"):
        _read(tmp_path, "[" * 101 + "]" * 101)


def test_a_very_deep_document_is_refused_at_once(loader, tmp_path):
    started = time.process_time()
    with pytest.raises(ValueError, match="nested deeper than 100 levels"):
        _read(tmp_path, _nested(200_000))
    # Refused as the parser reaches level 101, not after parsing 200,000 levels.
    assert time.process_time() - started < 5


def test_fifty_aliases_are_read_and_one_more_is_refused(loader, tmp_path):
    def aliases(n: int) -> str:
        return "a: &a [1, 2]\nb: [" + ", ".join(["*a"] * n) + "]\n"

    assert _read(tmp_path, aliases(50)) == {"a": [1, 2], "b": [[1, 2]] * 50}
    with pytest.raises(ValueError, match="more than 50 aliases"):
        _read(tmp_path, aliases(51))


def test_the_billion_laughs_are_refused(loader, tmp_path):
    levels = [f"l{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]" for n in range(1, 10)]
    with pytest.raises(ValueError, match=r"cannot read test file .*file\.yaml: more than 50 aliases"):
        _read(tmp_path, "\n".join(["l0: &l0 [lol]", *levels]))


def test_broken_yaml_is_one_line_naming_the_file(loader, tmp_path):
    with pytest.raises(ValueError) as caught:
        _read(tmp_path, "rules: [\n  - a\n")
    message = str(caught.value)
    assert message.startswith(f"cannot read test file {tmp_path / 'file.yaml'}: while parsing")
    assert "\n" not in message


def test_not_safe_tags_are_refused(loader, tmp_path):
    with pytest.raises(ValueError, match="could not determine a constructor"):
        _read(tmp_path, "x: !!python/object/apply:os.system [echo hi]\n")


AWKWARD = """\
base: &base {name: Acme, "quoted key": 'it''s', empty: , tilde: ~}
merged:
  <<: *base
  name: Other
numbers: [0, -1, +2, 0x1F, 0o17, 1_000, 1e3, -.5, .inf, -.Inf, 12:30]
words: [yes, No, on, OFF, true, False, null, Null, "null", '1']
dates: [2013-03-04, 2013-03-04T10:20:30Z, 2013-03-04 10:20:30.5 +02:00]
unicode: "Zhiyuan \\u00e9\\U0001F600 Ünïcödé 中国 \\t tab"
folded: >
  one
  two

  three
literal: |-
  keep
    indent
binary: !!binary aGVsbG8=
set: !!set {a, b}
pairs: !!omap [{a: 1}, {b: 2}]
multi: "line one
  line two"
"""


def test_the_same_as_the_pure_python_safe_loader(loader, tmp_path):
    """The oracle is yaml.safe_load: on an awkward document and on every YAML file kg ships."""
    assert _read(tmp_path, AWKWARD) == yaml.load(AWKWARD, Loader=yaml.SafeLoader)
    shipped = [
        path for folder in ("ontology", "data", "examples") for path in sorted(resource_dir(folder).rglob("*.yaml"))
    ]
    assert len(shipped) >= 10
    for path in shipped:
        text = path.read_text(encoding="utf-8")
        assert read_yaml(path, ValueError, "shipped file") == yaml.load(text, Loader=yaml.SafeLoader), path


def test_a_shipped_file_is_parsed_once_and_each_caller_gets_its_own_copy(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "RESOURCE_ROOTS", (tmp_path,))
    rules = tmp_path / "ontology" / "rules.yaml"
    rules.parent.mkdir()
    rules.write_text("a: [1, 2]\nb: {c: !!set {x, y}}\n", encoding="utf-8")
    first = read_yaml(rules, ValueError, "rules")
    first["a"].append(3)
    first["b"]["c"].add("z")
    assert read_yaml(rules, ValueError, "rules") == yaml.safe_load(rules.read_text(encoding="utf-8"))
    # Parsed once: the second answer came from memory, not from the parser.
    monkeypatch.setattr(resources.yaml, "load", lambda *a, **k: pytest.fail("parsed again"))
    assert read_yaml(rules, ValueError, "rules") == {"a": [1, 2], "b": {"c": {"x", "y"}}}


def test_a_shipped_file_changed_on_disk_is_read_again(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "RESOURCE_ROOTS", (tmp_path,))
    names = tmp_path / "data" / "names.yaml"
    names.parent.mkdir()
    names.write_text("a: 1\n", encoding="utf-8")
    assert read_yaml(names, ValueError, "names") == {"a": 1}
    names.write_text("a: 22\n", encoding="utf-8")
    assert read_yaml(names, ValueError, "names") == {"a": 22}
    names.unlink()
    with pytest.raises(ValueError, match="no such names"):
        read_yaml(names, ValueError, "names")


def test_other_files_are_parsed_at_every_read(tmp_path, monkeypatch):
    import os

    monkeypatch.setattr(resources, "RESOURCE_ROOTS", (tmp_path / "kg",))
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("a: 1\n", encoding="utf-8")
    stamp = mapping.stat()
    assert read_yaml(mapping, ValueError, "mapping") == {"a": 1}
    # Same size and change time: only a file read again shows the new text.
    mapping.write_text("a: 2\n", encoding="utf-8")
    os.utime(mapping, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert read_yaml(mapping, ValueError, "mapping") == {"a": 2}
