"""Dependencies point one way: the CLI (kg/cli/), the server (kg/serve/) and the package
root sit on top of the KnowledgeGraph façade (kg/graph.py); nothing below them imports the
façade or the CLI, so a lower layer takes what it needs (a store, an ontology, a projection)
instead of the façade handed back down. Every module's syntax tree is read, imports inside
functions included."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kg"
#: The modules the rule is about: nothing else may import them.
UPPER = ("kg.graph", "kg.cli")
#: Where importing them is the point: the CLI itself, the server, the package root (and
#: ``python -m kg``).
ALLOWED = ("kg.cli", "kg.serve", "kg", "kg.__main__")


def module_name(path: Path) -> str:
    """The dotted name of a module file under kg/ (a package is its ``__init__``)."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _within(name: str, upper: str) -> bool:
    return name == upper or name.startswith(upper + ".")


def _absolute(node: ast.ImportFrom, module: str, is_package: bool) -> str:
    """The absolute module a ``from ... import`` reads from."""
    if not node.level:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def upper_imports(source: str, module: str, *, is_package: bool = False) -> list[str]:
    """The imports of kg.graph or kg.cli (or their modules) in *source*, the text of
    *module*, as ``line: name``; relative imports, ``from kg import graph`` and
    ``importlib.import_module("kg.graph")`` count.

    >>> upper_imports("import os\\nfrom kg.graph import KnowledgeGraph", "kg.viz.pictures")
    ['2: kg.graph']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            origin = _absolute(node, module, is_package)
            names = [origin] + [f"{origin}.{alias.name}" for alias in node.names]
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
            and (getattr(node.func, "attr", None) == "import_module" or getattr(node.func, "id", None) in ("import_module", "__import__"))
        ):
            names = [node.args[0].value]
        hits = sorted({upper for name in names for upper in UPPER if _within(name, upper)})
        found += [f"{node.lineno}: {hit}" for hit in hits]
    return sorted(set(found), key=lambda item: int(item.split(":")[0]))


def _allowed(module: str) -> bool:
    return any(module == top or (top != "kg" and module.startswith(top + ".")) for top in ALLOWED)


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_below_the_cli_and_the_server_imports_the_facade_or_the_cli():
    offenders = []
    for path in _modules():
        module = module_name(path)
        if _allowed(module):
            continue
        hits = upper_imports(path.read_text(encoding="utf-8"), module, is_package=path.name == "__init__.py")
        offenders += [f"{path.relative_to(PACKAGE.parent)}:{hit}" for hit in hits]
    assert offenders == []


def test_the_walk_sees_every_module_and_the_allowed_ones_do_import_the_facade():
    """The rule would pass vacuously if the walk missed files or the check missed imports:
    the package root and the CLI's session are known importers, and the walk finds them."""
    modules = {module_name(p): p for p in _modules()}
    assert {"kg", "kg.graph", "kg.cli", "kg.cli.session", "kg.analysis.links", "kg.store.oxigraph"} <= set(modules)
    assert upper_imports(modules["kg"].read_text(encoding="utf-8"), "kg", is_package=True) != []
    assert upper_imports(modules["kg.cli.session"].read_text(encoding="utf-8"), "kg.cli.session") != []


@pytest.mark.parametrize(
    ("source", "module", "is_package", "expected"),
    [
        ("import kg.graph", "kg.analysis.project", False, ["1: kg.graph"]),
        ("import kg.cli.output as out", "kg.viz.html", False, ["1: kg.cli"]),
        ("from kg import graph", "kg.ingest.tables", False, ["1: kg.graph"]),
        ("from kg import cli, ids", "kg.ingest.tables", False, ["1: kg.cli"]),
        ("def f():\n    from kg.graph import ONTOLOGY_GRAPH", "kg.validation_changes", False, ["2: kg.graph"]),
        ("from ..graph import KnowledgeGraph", "kg.extract.store_io", False, ["1: kg.graph"]),
        ("from .. import cli", "kg.analysis", True, ["1: kg.cli"]),
        ("from . import graph", "kg.formats", False, ["1: kg.graph"]),
        ("import importlib\nimportlib.import_module('kg.graph')", "kg.viz.pictures", False, ["2: kg.graph"]),
        # Not the façade: names that only start alike, and modules below it.
        ("import kg.graphs\nfrom kg.analysis import graph_tools\nfrom kg import client", "kg.viz.html", False, []),
        ("from kg.store import open_store\nfrom kg.namespaces import ONTOLOGY_GRAPH", "kg.validation", False, []),
        ("from .links import find_links", "kg.analysis.metrics", False, []),
    ],
)
def test_the_check_names_each_way_of_importing(source, module, is_package, expected):
    assert upper_imports(source, module, is_package=is_package) == expected


def test_allowed_modules_are_the_cli_the_server_and_the_root_only():
    assert all(map(_allowed, ["kg", "kg.__main__", "kg.cli", "kg.cli.store", "kg.serve", "kg.serve.app"]))
    assert not any(map(_allowed, ["kg.graph", "kg.analysis", "kg.analysis.project", "kg.server", "kg.client", "kg.viz.pictures"]))


# -- the lower layers called without the façade -----------------------------------------------

#: The functions below the façade that write, validate or project a store: each takes the
#: store and the ontology first, never the KnowledgeGraph handed down.
LOWER = [
    ("kg.store", "install_ontology"),
    ("kg.validation", "validate"),
    ("kg.validation_changes", "validate_changes"),
    ("kg.validation_changes", "check_write"),
    ("kg.validation_changes", "refuse_violations"),
    ("kg.ingest.tables", "import_table"),
    ("kg.extract.store_io", "ingest_documents"),
    ("kg.analysis.project", "project"),
    ("kg.analysis.project", "refresh_pieces"),
    ("kg.resolution", "dedupe"),
    ("kg.resolution.candidates", "read_entities"),
    ("kg.viz.pictures", "choose_view"),
    ("kg.viz.pictures", "view_for"),
    ("kg.viz.pictures", "page_for"),
    ("kg.extract.provenance", "evidence_for"),
]

#: Parameter names that would hand the façade down (under any annotation).
FACADE_NAMES = {"kg_graph", "kg", "knowledge_graph", "facade"}


def facade_parameters(source: str) -> list[str]:
    """Functions of *source* that take the façade: a parameter named as one, or annotated
    with ``KnowledgeGraph``; as ``line: function(parameter)``.

    >>> facade_parameters("def f(store, kg_graph): pass\\ndef g(x: 'KnowledgeGraph'): pass\\ndef h(kg_store): pass")
    ['1: f(kg_graph)', '2: g(x)']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        arguments = node.args
        for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs, arguments.vararg, arguments.kwarg]:
            if argument is None:
                continue
            annotation = ast.unparse(argument.annotation) if argument.annotation is not None else ""
            if argument.arg in FACADE_NAMES or "KnowledgeGraph" in annotation:
                found.append(f"{node.lineno}: {getattr(node, 'name', 'lambda')}({argument.arg})")
    return found


def test_no_function_below_the_cli_and_the_server_takes_the_facade():
    wrong = {}
    for path in _modules():
        module = module_name(path)
        if _allowed(module) or module == "kg.graph":
            continue
        found = facade_parameters(path.read_text(encoding="utf-8"))
        if found:
            wrong[path.relative_to(PACKAGE.parent).as_posix()] = found
    assert wrong == {}


@pytest.mark.parametrize(("module", "name"), LOWER)
def test_lower_layers_take_a_store_and_an_ontology(module, name):
    import importlib
    import inspect

    parameters = list(inspect.signature(getattr(importlib.import_module(module), name)).parameters)
    # ("graph", where a function has it, is a named graph's IRI.)
    assert parameters[:2] == ["store", "ontology"]
    assert not {"kg_graph", "kg", "knowledge_graph"} & set(parameters)


def test_lower_layers_run_on_a_bare_store_and_ontology(tmp_path):
    """Import a table, validate, check a write, ingest a news text, project, draw a view
    and read a fact's evidence, with an embedded store and the ontology only: no
    KnowledgeGraph is made."""
    from rdflib import RDF, URIRef

    from kg.analysis.project import project, refresh_pieces
    from kg.extract.documents import Document
    from kg.extract.pipeline import Extractor
    from kg.extract.provenance import evidence_for
    from kg.extract.store_io import ingest_documents, known_entities
    from kg.ingest.tables import import_table
    from kg.namespaces import ID, KG, ONTOLOGY_GRAPH
    from kg.ontology import load_ontology
    from kg.store import open_store
    from kg.validation import validate
    from kg.validation_changes import check_write, validate_changes
    from kg.viz.pictures import choose_view

    tables = Path(__file__).parent / "fixtures" / "tables"
    ontology = load_ontology()
    with open_store(f"oxigraph:{tmp_path / 'store'}") as store:
        report = import_table(store, ontology, tables / "deals.csv", tables / "deals.yaml", validate=True)
        assert (report.rows, report.statements, report.entities_created) == (7, 5, 6)
        assert ONTOLOGY_GRAPH in store.graphs()  # installed by the import
        assert validate(store, ontology).conforms
        assert validate_changes(store, ontology).scope == "all"
        assert validate_changes(store, ontology).scope == "unchanged"
        new = URIRef("https://w3id.org/kg/source/n")
        unnamed = [(ID.newco, RDF.type, KG.Company, new)]
        assert [str(v) for v in check_write(store, ontology, new, unnamed).violations] == [
            "id:newco rdfs:label: an entity needs a label"
        ]
        text = "Accel Partners invested $5 million in Dropbox in 2010."
        document = Document(id="n1", text=text, path=None, title="Accel", publication_date="2010-01-02")
        [summary] = ingest_documents(store, ontology, [document], Extractor(ontology, known_entities(store, ontology)))
        assert (summary["entities"], summary["relations"], summary["refused"]) == (2, 2, False)
        assert refresh_pieces(store, ontology)
        G = project(store, ontology)
        edges = sorted((G.nodes[u]["label"], rel, G.nodes[v]["label"]) for u, v, rel in G.edges(data="relation"))
        assert edges == [
            ("Accel Partners", "holdsStakeIn", "Dropbox"),  # from the text
            ("Accel Partners", "investsIn", "Dropbox"),  # from the text
            ("Accel Partners", "investsIn", "Facebook"),
            ("Accel Partners", "investsIn", "Facebook"),
            ("Accel Partners LLC", "investsIn", "Dropbox"),
            ("Greylock Partners", "investsIn", "Facebook"),
            ("Peter Thiel", "investsIn", "Facebook"),
        ]
        view, _ = choose_view(store, ontology, focus="Dropbox")
        assert sorted(view.graph.nodes[n]["label"] for n in view.graph) == ["Accel Partners", "Accel Partners LLC", "Dropbox"]
        accel, dropbox = (next(n for n in G if G.nodes[n]["label"] == name) for name in ("Accel Partners", "Dropbox"))
        [evidence] = evidence_for(store, ontology, accel, ontology.relation("invests_in").iri, dropbox)
        assert (evidence.title, evidence.issued, evidence.flags, evidence.note) == ("Accel", "2010-01-02", {"implied": False}, "source file not at hand")


# -- one default for worker processes (issue 17, point 3) ----------------------------------------


def worker_choices(source: str) -> list[str]:
    """Where *source* decides a number of workers itself: ``os.cpu_count()``, or a
    ``processes=`` / ``n_process=`` / ``max_workers=`` / ``workers=`` / ``threads=`` argument
    that is a literal or a conditional expression rather than a variable or a helper's
    answer; as ``line: text``.

    >>> worker_choices("x(processes=2 if n > 8 else 1)\\ny(workers=read_workers(s))\\nz = os.cpu_count()")
    ['1: processes=2 if n > 8 else 1', '3: os.cpu_count()']
    """
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "cpu_count":
            found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.keyword) and node.arg in ("processes", "n_process", "max_workers", "workers", "threads") \
                and isinstance(node.value, (ast.Constant, ast.IfExp, ast.BinOp)):
            found.append(f"{node.value.lineno}: {node.arg}={ast.unparse(node.value)}")
    return sorted(found, key=lambda item: int(item.split(":")[0]))


def test_worker_counts_come_from_one_default_each():
    """Reading a store: kg.store.base.read_workers; extracting: extraction_processes."""
    wrong = {}
    for path in _modules():
        where = path.relative_to(PACKAGE.parent).as_posix()
        found = worker_choices(path.read_text(encoding="utf-8"))
        if where == "kg/store/base.py":
            found = [f for f in found if "cpu_count" not in f]  # read_workers itself
        if found:
            wrong[where] = found
    assert wrong == {}


def _attribute_uses(name: str) -> dict[str, list[int]]:
    """Modules of kg that use the attribute or call the method *name*, with the lines."""
    found: dict[str, list[int]] = {}
    for path in _modules():
        lines = [node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, ast.Attribute) and node.attr == name]
        if lines:
            found[path.relative_to(PACKAGE.parent).as_posix()] = lines
    return found


def test_spacy_token_extensions_are_registered_in_one_place():
    assert list(_attribute_uses("set_extension")) == ["kg/extract/patterns.py"]


def test_inverse_labels_are_read_from_the_ontology_in_one_place():
    """Ontology.inverse_labels is the one reading of declared inverses' labels."""
    assert list(_attribute_uses("inverse_of")) == ["kg/ontology.py"]
