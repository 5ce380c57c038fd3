"""No module of kg names a relation or a domain qualifier of kg.ttl: that knowledge is data.

The scan reads every ``kg/**/*.py`` with :mod:`ast` and looks, outside docstrings, for

- a string literal that is a relation's name (``holdsStakeIn``), its snake_case name in the
  evaluation format (``holds_stake_in``), a qualifier's camelCase name (``stakePercent``), or
  any of them as ``kg:name``;
- ``kg:name`` of a relation or qualifier inside a longer string (SPARQL text);
- an attribute or item of the kg namespace (``KG.holdsStakeIn``, ``KG["investsIn"]``).

Qualifier names that are plain words (``date``, ``amount``, ``round``) are looked for only as
``kg:name`` and ``KG.name``: as bare strings they are ordinary keys (a document's date, a
span's start). The statement model and provenance (the qualifiers kg.ttl marks
``kg:display "hidden"``: subject, relation, object, confidence, evidence offsets, ...) are
what kg's writer and reader of statements are built on, not knowledge of the news, and are
not looked for.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kg.ontology import camel_to_snake, load_ontology

ROOT = Path(__file__).resolve().parents[1]

#: Files allowed to name terms, with the terms and why. The ontology loader names only
#: kg.ttl's annotation properties; scoring names what shared/eval/FORMAT.md fixes.
NEEDED: dict[str, tuple[set[str], str]] = {
    "kg/extract/evaluate.py": (
        {"trades_with", "partners_with", "competes_with"},
        ("FORMAT.md's scoring rule names the three predicates matched in either order; kg.ttl's "
         "symmetric relations are not that list (spouse_of is symmetric there, not in scoring)"),
    ),
}

#: Names still written in modules (issue 17, point 4), with what moving them needs. An
#: entry fails its own test once the module stops naming them, so that it is removed rather
#: than left to allow a new use. Empty since session 8: place-name facts take their
#: relation from triggers.yaml (kg/extract/place_facts.py), periods and flags are written
#: and read through Ontology.period_qualifiers and flag_qualifiers.
NOT_YET_MOVED: dict[str, tuple[set[str], str]] = {}


def _names():
    onto = load_ontology()
    relations = set(onto.relations)
    shown = {q.name for q in onto.qualifiers.values() if q.display != "hidden"}
    exact = relations | {camel_to_snake(r) for r in relations} | {q for q in shown if re.search("[A-Z]", q)}
    prefixed = relations | shown
    return exact, prefixed


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                found.add(id(first.value))
    return found


def names_in(path: Path, exact: set[str], prefixed: set[str]) -> set[str]:
    """The relation and qualifier names *path* writes in its code."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    alternatives = "|".join(sorted(prefixed, key=len, reverse=True))
    in_text = re.compile(rf"(?<![\w:])kg:({alternatives})\b")
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            text = node.value
            if text in exact:
                found.add(text)
            found.update(in_text.findall(text))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "KG":
            if node.attr in prefixed:
                found.add(node.attr)
        elif isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == "KG":
            key = node.slice
            if isinstance(key, ast.Constant) and key.value in prefixed:
                found.add(key.value)
    return found


def test_the_scan_finds_each_way_of_naming_a_term(tmp_path):
    exact, prefixed = _names()
    module = tmp_path / "module.py"
    module.write_text(
        '"""Docstrings may name holdsStakeIn and kg:investsIn."""\n'
        'from kg.namespaces import KG\n'
        'A = ("investsIn", "head_of_state_of", "stakePercent", "kg:date", "date")\n'
        'Q = "SELECT ?o WHERE { ?s kg:subsidiaryOf ?o ; kg:amount ?a ; kg:confidence ?c }"\n'
        'B = (KG.acquires, KG["locatedIn"], KG.round, KG.evidenceStart)\n'
        'def f():\n'
        '    """Nor does kg:ownerOf count here."""\n',
        encoding="utf-8",
    )
    assert names_in(module, exact, prefixed) == {
        "investsIn", "head_of_state_of", "stakePercent", "date", "subsidiaryOf", "amount", "acquires",
        "locatedIn", "round",
    }


def test_no_module_names_a_relation_or_qualifier():
    exact, prefixed = _names()
    allowed = {**NEEDED, **NOT_YET_MOVED}
    wrong = {}
    for path in sorted((ROOT / "kg").rglob("*.py")):
        where = path.relative_to(ROOT).as_posix()
        found = names_in(path, exact, prefixed) - allowed.get(where, (set(), ""))[0]
        if found:
            wrong[where] = sorted(found)
    assert wrong == {}, "name these through kg.ontology (annotations in ontology/kg.ttl) instead"


@pytest.mark.parametrize("where", sorted({**NEEDED, **NOT_YET_MOVED}))
def test_every_allowance_is_still_used(where):
    exact, prefixed = _names()
    names, _ = {**NEEDED, **NOT_YET_MOVED}[where]
    assert names <= names_in(ROOT / where, exact, prefixed), f"{where} no longer names {names}: shrink the entry"
