"""The W3C SPARQL 1.1 test manifests (w3c-sparql11 of the shared data, see
:mod:`shared_data`), read with rdflib once per
session: which tests there are, what each loads, runs and expects."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection
from shared_data import shared_path

__all__ = ["SUITES", "SUITE_DIR", "W3CTest", "suite_tests"]

SUITE_DIR = shared_path("w3c-sparql11")

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")

#: Each suite of the issue: its top manifest and the test types it runs.
SUITES = {
    "query-evaluation": ("manifest-sparql11-query.ttl", ("QueryEvaluationTest",)),
    "result-formats": ("manifest-sparql11-results.ttl", ("QueryEvaluationTest", "CSVResultFormatTest")),
    "query-syntax-positive": ("manifest-sparql11-query.ttl", ("PositiveSyntaxTest11",)),
    "query-syntax-negative": ("manifest-sparql11-query.ttl", ("NegativeSyntaxTest11",)),
    "update-syntax-positive": ("manifest-sparql11-update.ttl", ("PositiveUpdateSyntaxTest11",)),
    "update-syntax-negative": ("manifest-sparql11-update.ttl", ("NegativeSyntaxTest11", "NegativeUpdateSyntaxTest11")),
    "update-evaluation": ("manifest-sparql11-update.ttl", ("UpdateEvaluationTest",)),
}


@dataclass(frozen=True)
class W3CTest:
    """One test of a manifest. Graph names are IRIs; files are local paths."""

    id: str  # folder/name, e.g. aggregates/agg01
    kind: str  # the manifest's test type, e.g. QueryEvaluationTest
    action: Path  # the query (.rq) or update (.ru)
    data: tuple[Path, ...] = ()  # into the default graph
    graph_data: tuple[tuple[str, Path], ...] = ()  # (graph name, file)
    result: Path | None = None  # expected answer of a query
    result_data: tuple[Path, ...] = ()  # expected default graph after an update
    result_graph_data: tuple[tuple[str, Path], ...] = field(default=())


def _path(term) -> Path:
    return Path(str(term).removeprefix("file://"))


def _graph_data(graph: Graph, node) -> tuple[tuple[str, Path], ...]:
    """Named graphs of an action or result: an update names them with rdfs:label, a query's
    graph is named by its file's IRI."""
    found = []
    for value in graph.objects(node, QT.graphData):
        found.append((str(value), _path(value)))
    for value in graph.objects(node, UT.graphData):
        found.append((str(graph.value(value, RDFS.label)), _path(graph.value(value, UT.graph))))
    return tuple(sorted(found))


def _read(graph: Graph, test: URIRef, kind: str, folder: str) -> W3CTest:
    action = graph.value(test, MF.action)
    result = graph.value(test, MF.result)
    name = f"{folder}/{str(test).rpartition('#')[2]}"
    if kind.endswith("SyntaxTest11"):
        return W3CTest(name, kind, _path(action))
    if kind == "UpdateEvaluationTest":
        return W3CTest(
            name,
            kind,
            _path(graph.value(action, UT.request)),
            data=tuple(sorted(_path(d) for d in graph.objects(action, UT.data))),
            graph_data=_graph_data(graph, action),
            result_data=tuple(sorted(_path(d) for d in graph.objects(result, UT.data))) if result is not None else (),
            result_graph_data=_graph_data(graph, result) if result is not None else (),
        )
    return W3CTest(
        name,
        kind,
        _path(graph.value(action, QT.query)),
        data=tuple(sorted(_path(d) for d in graph.objects(action, QT.data))),
        graph_data=_graph_data(graph, action),
        result=_path(result),
    )


@functools.cache
def _manifest_tests(top: str) -> tuple[W3CTest, ...]:
    """Every test listed by the manifests that *top* includes, in manifest order."""
    tests = []
    for include in _includes(SUITE_DIR / top):
        graph = Graph()
        graph.parse(include, format="turtle")
        for manifest in graph.subjects(RDF.type, MF.Manifest):
            for entries in graph.objects(manifest, MF.entries):
                for test in Collection(graph, entries):
                    kind = str(graph.value(test, RDF.type)).rpartition("#")[2]
                    tests.append(_read(graph, test, kind, include.parent.name))
    return tuple(tests)


def _includes(top: Path) -> list[Path]:
    graph = Graph()
    graph.parse(top, format="turtle")
    return [_path(item) for lists in graph.objects(None, MF.include) for item in Collection(graph, lists)]


def suite_tests(suite: str) -> list[W3CTest]:
    """The tests of one of :data:`SUITES` (none when the shared data is absent)."""
    if not SUITE_DIR.is_dir():
        return []
    top, kinds = SUITES[suite]
    return [test for test in _manifest_tests(top) if test.kind in kinds]
