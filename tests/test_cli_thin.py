"""The CLI only prints (issue 17, point 1): no module of kg/cli/ runs a step of extraction,
ingest or scoring itself (the library does: KnowledgeGraph.extract_at, ingest, evaluate,
kg.ingest.web.ingest_web), none tests a store URL's scheme (it asks the store:
kg.store.store_exists), and none answers a library question itself: looking a name up in
the ontology (the library checks the names it is given: kg.resolution.dedupe checks its
classes) or sorting judgements into standing and withdrawn (kg.resolution.read_judgements). Every module's syntax tree is read, imports inside functions
included; help texts and messages may name schemes."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CLI = Path(__file__).resolve().parents[1] / "kg" / "cli"
#: Library modules whose steps a command would be running itself if it imported them.
STEPS = ("kg.extract.pipeline", "kg.extract.store_io", "kg.extract.documents", "kg.extract.evaluate")
#: Names of those steps a command would call (kg.extract.guard's check of an option's value
#: is a click callback's job; marking candidates is the library's).
STEP_NAMES = {"Extractor", "read_documents", "ingest_documents", "score", "read_gold", "gold_texts", "mark_candidates",
              "resolve_min_confidence"}
_SCHEME = re.compile(r"^(oxigraph|memory|https?)(:|$)", re.IGNORECASE)


def step_uses(source: str) -> list[str]:
    """Imports of the library's steps and calls of them in *source*, as ``line: name``.

    >>> step_uses("from kg.extract.pipeline import Extractor\\nx = score(g, r)\\nprint('score')")
    ['1: kg.extract.pipeline', '2: score']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{alias.name}" for alias in node.names]
            found += [f"{node.lineno}: {step}" for step in STEPS if any(n == step or n.startswith(step + ".") for n in names[:1])]
        elif isinstance(node, ast.Import):
            found += [f"{node.lineno}: {alias.name}" for alias in node.names if alias.name in STEPS]
        elif isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
            if name in STEP_NAMES:
                found.append(f"{node.lineno}: {name}")
    return sorted(set(found), key=lambda item: int(item.split(":")[0]))


def scheme_tests(source: str) -> list[str]:
    """Comparisons of a value with a store scheme's string in *source* (``==``, ``in``,
    ``startswith``), as ``line: text``.

    >>> scheme_tests("if url.startswith('oxigraph:'): pass\\nok = 'memory:' == url\\nhelp = 'oxigraph:PATH or memory:'")
    ['1: oxigraph:', '2: memory:']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        constants: list[ast.AST] = []
        if isinstance(node, ast.Compare):
            constants = [node.left, *node.comparators]
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", None) in ("startswith", "endswith", "removeprefix", "partition", "split"):
            constants = list(node.args)
            if isinstance(node.func, ast.Attribute):
                constants.append(node.func.value)
        for constant in constants:
            values = constant.elts if isinstance(constant, (ast.Tuple, ast.List, ast.Set)) else [constant]
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str) and _SCHEME.match(value.value):
                    found.append(f"{node.lineno}: {value.value}")
    return found


#: Attributes a command reads only when it answers for the library: the ontology's
#: lookups of a name and its class tree, and whether a judgement stands.
LIBRARY_ANSWERS = {"cls", "relation", "subclasses", "ancestors", "is_subclass", "most_specific", "withdrawn"}


def library_answers(source: str) -> list[str]:
    """Reads of :data:`LIBRARY_ANSWERS` in *source* (not keyword arguments of that name),
    as ``line: name``.

    >>> library_answers("for n in names:\\n    graph.ontology.cls(n)\\nrows = read(s, withdrawn=True)\\nk = [j for j in js if j.withdrawn]")
    ['2: cls', '4: withdrawn']
    """
    return [
        f"{node.lineno}: {node.attr}" for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Attribute) and node.attr in LIBRARY_ANSWERS
    ]


def _modules() -> list[Path]:
    return sorted(CLI.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.name)
def test_no_command_runs_a_library_step_itself(path):
    assert step_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.name)
def test_no_command_tests_a_store_url_s_scheme(path):
    assert scheme_tests(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: p.name)
def test_no_command_answers_a_library_question_itself(path):
    assert library_answers(path.read_text(encoding="utf-8")) == []


def test_the_checks_see_the_cli_modules():
    names = {p.name for p in _modules()}
    assert {"__init__.py", "news.py", "store.py", "analysis.py", "resolve.py", "viz.py", "serve.py"} <= names
