"""The kg command end to end: happy paths on a tiny fixture, and every kind of bad input
answered with one line on stderr, a non-zero exit and the store untouched.

Bad input runs through ``main()`` in this process (:func:`kg_runner.run_main`), as the
installed script runs it; one smoke test runs ``python -m kg`` in a fresh process.
"""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner, Result
from kg_runner import Ran, run_main
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.cli import cli
from kg.errors import OntologyError
from kg.namespaces import KG, PREFIXES
from kg.ontology import camel_to_snake, load_ontology

FIXTURES = Path(__file__).parent / "fixtures"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture
def store(tmp_path) -> str:
    url = f"oxigraph:{tmp_path / 'store'}"
    result = invoke("--store", url, "load", str(FIXTURES / "valid.trig"))
    assert result.exit_code == 0, result.output
    return url


def snapshot(url: str) -> list[str]:
    """Every quad of the store, sorted: what must not change after bad input."""
    result = invoke("--store", url, "export", "--format", "nquads")
    assert result.exit_code == 0, result.output
    return sorted(line for line in result.output.splitlines() if line)


# -- happy paths ---------------------------------------------------------------------


def test_load_reports_counts(tmp_path):
    result = invoke("--store", f"oxigraph:{tmp_path / 's'}", "load", str(FIXTURES / "valid.trig"))
    assert result.exit_code == 0
    assert result.output.startswith("loaded 18 quads from 1 file(s) in ")


def test_query_with_param_as_literal_csv(store):
    result = invoke(
        "--store", store, "query", "-f", "csv", "-p", 'name="Blue Fund"',  # quoted: text on purpose, no warning
        "SELECT ?firm ?stake WHERE { ?fund rdfs:label ?name ; kg:holdsStakeIn ?firm . "
        "?s kg:subject ?fund ; kg:object ?firm ; kg:stakePercent ?stake }",
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["firm,stake", "https://w3id.org/kg/id/acme,12.5"]


def test_query_param_cannot_inject(store):
    result = invoke(
        "--store", store, "query", "-f", "json", "-p", 'name=x" } ?a ?b ?c . { "',
        "SELECT ?fund WHERE { ?fund rdfs:label ?name }",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["results"]["bindings"] == []


def test_query_iri_param_and_file(store, tmp_path):
    query = tmp_path / "shareholders.rq"
    query.write_text("# Question: who holds stakes in a firm?\nSELECT ?holder WHERE { ?holder kg:holdsStakeIn ?firm }\n")
    result = invoke("--store", store, "query", "-f", "tsv", "-p", "firm=id:acme", str(query))
    assert result.exit_code == 0, result.output
    assert result.output == "?holder\n<https://w3id.org/kg/id/fund>\n"


def test_query_formats_table_json_turtle(store):
    table = invoke("--store", store, "query", "SELECT ?l WHERE { id:acme rdfs:label ?l }")
    assert "Acme Robotics" in table.output and "1 row" in table.output
    ask = invoke("--store", store, "query", "-f", "json", "ASK { id:fund kg:holdsStakeIn id:acme }")
    assert json.loads(ask.output) == {"head": {}, "boolean": True}
    turtle = invoke("--store", store, "query", "-f", "turtle", "CONSTRUCT WHERE { id:fund kg:holdsStakeIn ?o }")
    assert "id:fund kg:holdsStakeIn id:acme" in turtle.output


def test_stats(store):
    result = invoke("--store", store, "stats", "-f", "json")
    stats = json.loads(result.output)
    assert stats["entities"] == {"Company": 1, "InvestmentFirm": 1}
    assert stats["relations"] == {"holdsStakeIn": 1}
    assert stats["statements"] == 1
    assert [s["title"] for s in stats["sources"]] == ["A hand-written fixture"]


def test_export_round_trips(store, tmp_path):
    out = tmp_path / "out.trig"
    assert invoke("--store", store, "export", "-f", "trig", "-o", str(out)).exit_code == 0
    copy = f"oxigraph:{tmp_path / 'copy'}"
    assert invoke("--store", copy, "load", str(out)).exit_code == 0
    assert snapshot(copy) == snapshot(store)


def test_export_declares_kgs_prefixes_and_round_trips_integers(store, tmp_path):
    """Turtle and TriG name things as queries do (kg:, id:, ...), and an evidence offset
    comes back from the file as the xsd:integer it was."""
    statement = URIRef("https://w3id.org/kg/stmt/fixture-1")
    for fmt in ("turtle", "trig"):
        out = tmp_path / f"out.{fmt}"
        assert invoke("--store", store, "export", "-f", fmt, "-o", str(out)).exit_code == 0
        text = out.read_text(encoding="utf-8")
        declared = {line.split()[1].rstrip(":"): line.split()[2].strip("<>") for line in text.splitlines() if line.startswith("@prefix")}
        assert declared == PREFIXES
        assert "kg:evidenceStart 3" in text and "id:acme" in text
        back = Dataset()
        back.parse(out, format=fmt)
        starts = {o for _, _, o, _ in back.quads((statement, KG.evidenceStart, None, None))}
        assert starts == {Literal("3", datatype=XSD.integer)}, starts
    copy = f"oxigraph:{tmp_path / 'copy'}"
    assert invoke("--store", copy, "load", str(tmp_path / "out.trig")).exit_code == 0
    assert snapshot(copy) == snapshot(store)


def test_graph_exports_keep_evidence_offsets_integers(store, tmp_path):
    out = tmp_path / "graph.graphml"
    assert invoke("--store", store, "export", "-f", "graphml", "-o", str(out)).exit_code == 0
    (edge,) = [data for *_, data in nx.read_graphml(io.BytesIO(out.read_bytes()), force_multigraph=True).edges(data=True)]
    assert (edge["evidenceStart"], edge["evidenceEnd"]) == (3, 40)
    assert type(edge["evidenceStart"]) is int and type(edge["evidenceEnd"]) is int


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_evidence_offsets_stay_integers_in_the_projection_and_every_export(tmp_path, backend):
    """Issue 17 point 6 on both kinds of store: the projection's edge holds the offsets as
    ints, and GraphML, GEXF and Cytoscape JSON give them back as integers; Turtle and TriG
    declare kg's prefixes."""
    from kg.graph import KnowledgeGraph
    from kg.store import open_store

    store = open_store("memory:" if backend == "memory" else f"oxigraph:{tmp_path / 'store'}")
    graph = KnowledgeGraph(store)
    try:
        graph.load([FIXTURES / "valid.trig"])
        [(_, _, data)] = graph.projection().edges(data=True)
        assert (data["evidenceStart"], data["evidenceEnd"]) == (3, 40)
        assert type(data["evidenceStart"]) is int and type(data["evidenceEnd"]) is int
        exported = {}
        for fmt in ("graphml", "gexf", "cytoscape", "turtle", "trig"):
            out = io.BytesIO()
            if fmt in ("turtle", "trig"):
                from kg.formats import get_format

                graph.export(out, get_format(fmt))
            else:
                graph.export_graph(out, fmt)
            exported[fmt] = out.getvalue()
    finally:
        graph.close()
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        [(_, _, data)] = read(io.BytesIO(exported[fmt]), **({"force_multigraph": True} if fmt == "graphml" else {})).edges(data=True)
        assert (data["evidenceStart"], data["evidenceEnd"]) == (3, 40), fmt
        assert type(data["evidenceStart"]) is int, fmt
    [edge] = [e["data"] for e in json.loads(exported["cytoscape"])["elements"]["edges"]]
    assert (edge["evidenceStart"], edge["evidenceEnd"]) == (3, 40) and type(edge["evidenceStart"]) is int
    for fmt in ("turtle", "trig"):
        text = exported[fmt].decode("utf-8")
        declared = {line.split()[1].rstrip(":"): line.split()[2].strip("<>") for line in text.splitlines() if line.startswith("@prefix")}
        assert PREFIXES.items() <= declared.items(), fmt
        assert "kg:evidenceStart 3" in text, fmt


def test_validate_exit_codes(store, tmp_path):
    assert invoke("--store", store, "validate").exit_code == 0
    bad = f"oxigraph:{tmp_path / 'bad'}"
    invoke("--store", bad, "load", str(FIXTURES / "invalid.trig"))
    result = run_main("validate", store=bad)
    assert result.returncode == 1
    # Oxigraph keeps decimals in canonical form: 150.0 reads back as 150.
    assert "stmt:too-big kg:stakePercent: a stake is a decimal percentage from 0 to 100 (value 150)" in result.stdout
    # What was checked (the whole store: no validation before), then the count.
    assert result.stderr.splitlines() == ["kg: checked the whole store: no earlier validation is recorded", "6 violation(s)"]


def test_every_command_has_help():
    for name, command in cli.commands.items():
        result = invoke(name, "--help")
        assert result.exit_code == 0
        assert command.help and len(command.help.split()) > 4, name


# -- bad input: one line, non-zero exit, store untouched ----------------------------


def assert_one_error_line(result: Ran, needle: str) -> None:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("kg: error: ") and needle in lines[0], lines[0]
    assert "Traceback" not in result.stderr


#: Every command reading a file the user names, with {path} where the file goes, and the
#: word its errors name the file by (None: a plain file).
FILE_READERS = [
    (["load", "{path}.ttl"], None),
    (["import-table", "{path}.csv", "-m", str(FIXTURES / "tables" / "deals.yaml")], "table"),
    (["import-table", str(FIXTURES / "tables" / "deals.csv"), "-m", "{path}.yaml"], "mapping file"),
    (["eval", "{path}.yaml", str(FIXTURES)], "gold file"),
    (["extract", "{path}.txt"], None),
    (["query", "{path}.rq"], "query file"),
    (["update", "{path}.ru"], "update file"),
    (["ingest", "--feed", "{path}.xml"], "feed file"),
]


def _run_on(store: str, args: list[str], path: Path, make) -> tuple[Ran, str]:
    """Run *args* with {path} replaced, after *make* (when given) made the file it names."""
    given = [a.replace("{path}", str(path)) for a in args]
    shown = next(a for a in given if a.startswith(str(path)))
    if make is not None:
        make(Path(shown))
    return run_main(*given, store=store), shown


@pytest.mark.parametrize(("args", "what"), FILE_READERS)
def test_every_command_words_a_missing_file_and_a_directory_alike(store, tmp_path, args, what):
    """Issue 17 point 3: one reader (kg.safe_io) words what the system says of a file the
    user names, whichever command reads it; the store is left as it was."""
    before = snapshot(store)
    named = f"{what} " if what else ""
    for name, make, told in (
        ("absent", None, "no such {what}: {path}"),
        ("folder", Path.mkdir, "{named}{path} is a directory, not a regular file; kg reads only files"),
    )[: 1 if args[0] == "extract" else 2]:  # kg extract reads a directory's texts
        ran, shown = _run_on(store, args, tmp_path / name, make)
        expected = told.format(what=what or "file", path=shown, named=named)
        assert (ran.returncode, ran.stderr) == (1, f"kg: error: {expected}\n"), args
    assert snapshot(store) == before


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc/self/mem")
@pytest.mark.parametrize(("args", "what"), FILE_READERS)
def test_every_command_words_a_fifo_and_an_unreadable_file_alike(store, tmp_path, args, what):
    """A FIFO is refused before a read could block, and a file the system will not read is
    one line with the system's reason, worded alike by every command. The unreadable file
    is a link to /proc/self/mem: a regular file whose first byte no process can read (EIO),
    even as root, where a file without read permission would be read."""
    before = snapshot(store)
    named = f"{what} " if what else ""
    for name, make, told in (
        ("fifo", os.mkfifo, "{named}{path} is a FIFO (named pipe), not a regular file; kg reads only files"),
        ("unreadable", lambda p: p.symlink_to("/proc/self/mem"), "cannot read {named}{path}: Input/output error"),
    ):
        ran, shown = _run_on(store, args, tmp_path / name, make)
        expected = told.format(path=shown, named=named)
        assert (ran.returncode, ran.stderr) == (1, f"kg: error: {expected}\n"), args
    assert snapshot(store) == before


def test_malformed_rdf_file_writes_nothing(store, tmp_path):
    before = snapshot(store)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<http://a/s> <http://a/p> <http://a/o> .\n<http://a/s> <http://a/p> \n", encoding="utf-8")
    good = tmp_path / "good.ttl"
    good.write_text("<http://a/x> <http://a/p> <http://a/y> .\n", encoding="utf-8")
    assert_one_error_line(run_main("load", str(good), str(bad), store=store), "bad.ttl is not valid turtle")
    assert snapshot(store) == before


def test_unknown_format(store, tmp_path):
    before = snapshot(store)
    odd = tmp_path / "facts.xyz"
    odd.write_text("whatever", encoding="utf-8")
    assert_one_error_line(run_main("load", str(odd), store=store), "unknown RDF format '.xyz'")
    assert_one_error_line(run_main("load", "--format", "yaml", str(odd), store=store), "'yaml' is not one of")
    assert snapshot(store) == before


def test_missing_file(store, tmp_path):
    before = snapshot(store)
    assert_one_error_line(run_main("load", str(tmp_path / "absent.ttl"), store=store), "no such file")
    assert_one_error_line(run_main("query", str(tmp_path / "absent.rq"), store=store), "no such query file")
    assert snapshot(store) == before


def test_path_that_is_not_a_store(tmp_path):
    plain = tmp_path / "notes.txt"
    plain.write_text("not a database", encoding="utf-8")
    assert_one_error_line(run_main("stats", store=f"oxigraph:{plain}"), "is not a kg store")
    assert plain.read_text(encoding="utf-8") == "not a database"
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF")
    assert_one_error_line(run_main("load", str(FIXTURES / "valid.trig"), store=f"oxigraph:{folder}"), "is not a kg store")
    assert sorted(p.name for p in folder.iterdir()) == ["report.pdf"]
    assert_one_error_line(run_main("stats", store=f"oxigraph:{tmp_path / 'nothing'}"), "no store at")
    assert_one_error_line(run_main("stats", store="postgres://x"), "unknown store URL")


def test_sparql_syntax_error(store):
    before = snapshot(store)
    assert_one_error_line(run_main("query", "SELECT ?x WHERE { ?x ?p }", store=store), "SPARQL syntax error")
    assert_one_error_line(run_main("query", "-p", "oops", "SELECT ?x WHERE { ?x ?p ?o }", store=store), "--param needs name=value")
    assert snapshot(store) == before


@pytest.mark.parametrize(("query", "told"), [
    (
        "SELECT ?firm WHERE {\n  ?firm ex:holds ?stake\n}",
        "line 2, column 9: unknown prefix 'ex:' in ex:holds: declare it (PREFIX ex: <...>) or write the full IRI",
    ),
    (
        "SELECT ?firm WHERE {\n  ?firm rdfs:label 'Acme\n}",
        "line 2, column 20: the string opened at line 2, column 20 is not closed on its line",
    ),
    (
        "SELECT ?firm WHERE { ?firm ?p ?o }\nLIMIT ten",
        "line 2, column 7: unexpected 'ten' after 'LIMIT'",
    ),
])
def test_a_syntax_error_says_where_and_what_in_words(store, query, told):
    """Line and column in the user's text (kg's prefixes before it not counted) and what is
    wrong there, not the parser's list of the tokens its grammar would have taken."""
    ran = run_main("query", query, store=store)
    assert (ran.returncode, ran.stdout, ran.stderr) == (1, "", f"kg: error: SPARQL syntax error at {told}\n")


@pytest.mark.parametrize(("command", "text", "told"), [
    ("query", 'SELECT * WHERE {\n  ?s ?p "foo:x" . # foo:y\n  ?s foo:bar ?o }',
     "line 3, column 6: unknown prefix 'foo:' in foo:bar: declare it (PREFIX foo: <...>) or write the full IRI"),
    ("query", "SELECT * WHERE { ?s ?p _:b . ?s <http://x/foo:y> ?o . ?s :bar ?o }",
     "line 1, column 58: unknown prefix ':' in :bar: declare it (PREFIX : <...>) or write the full IRI"),
    ("update", "INSERT DATA {\n ex:a ex:b ex:c }",
     "line 2, column 2: unknown prefix 'ex:' in ex:a: declare it (PREFIX ex: <...>) or write the full IRI"),
])
@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_an_unknown_prefix_is_told_alike_by_every_store(tmp_path, backend, command, text, told):
    """rdflib (the memory: store) finds an undeclared prefix after parsing and says so
    without a position; kg finds the name in the user's text (not in a string, an IRI or a
    comment) and tells it as Oxigraph's parser error is told."""
    url = "memory:" if backend == "memory" else f"oxigraph:{tmp_path / 'store'}"
    if backend == "oxigraph":
        assert invoke("--store", url, "load", str(FIXTURES / "valid.trig")).exit_code == 0
    ran = run_main(command, text, store=url)
    assert (ran.returncode, ran.stdout, ran.stderr) == (1, "", f"kg: error: SPARQL syntax error at {told}\n")


def test_debug_shows_the_traceback_behind_the_error_line(store, monkeypatch):
    bad = "SELECT ?x WHERE { ?x ?p ?o"
    plain = run_main("query", bad, store=store)
    assert plain.stderr.count("\n") == 1 and "Traceback" not in plain.stderr
    for debugged in (run_main("--debug", "query", bad, store=store), run_main("query", bad, store=store, env={"KG_DEBUG": "1"})):
        assert debugged.returncode == 1
        *trace, line = debugged.stderr.strip().splitlines()
        assert line == plain.stderr.strip()
        # The engine's own error comes first, then what kg made of it.
        text = "\n".join(trace)
        assert text.startswith("Traceback (most recent call last):")
        assert text.index("SyntaxError: error at") < text.index("kg.errors.QueryError: SPARQL syntax error")
    assert run_main("query", bad, store=store, env={"KG_DEBUG": "0"}).stderr == plain.stderr


def test_a_broken_install_is_one_error_line(monkeypatch, tmp_path):
    """Without its data/ (or ontology/) directory kg says its installation is broken and
    what to do, instead of a FileNotFoundError from deep inside a command."""
    import kg.resources

    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(kg.resources, "RESOURCE_ROOTS", (empty,))
    monkeypatch.chdir(tmp_path)
    ran = run_main("demo", store="memory:")
    assert_one_error_line(ran, "kg is not installed completely: its ")
    assert f"directory is missing (looked in {empty}/" in ran.stderr
    assert ran.stderr.rstrip().endswith("reinstall kg (pip install --force-reinstall . in its source directory)")
    assert not (tmp_path / "kg-demo.html").exists()


def test_a_missing_ontology_file_is_worded_as_every_file(monkeypatch, tmp_path):
    """kg's own ontology/kg.ttl read by kg.safe_io: missing or not a file, it is a broken
    install in safe_io's words; an ontology file given by path is the user's, an
    OntologyError in the same words. The shipped ontology is kept per path, so an empty
    resource root is read afresh though the real one was loaded before."""
    import kg.resources

    load_ontology()
    root = tmp_path / "root"
    (root / "ontology").mkdir(parents=True)
    monkeypatch.setattr(kg.resources, "RESOURCE_ROOTS", (root,))
    shipped = root / "ontology" / "kg.ttl"
    advice = "; reinstall kg (pip install --force-reinstall . in its source directory)\n"
    for problem in (f"no such ontology file: {shipped}",
                    f"ontology file {shipped} is a directory, not a regular file; kg reads only files"):
        ran = run_main("stats", store="memory:")
        assert (ran.returncode, ran.stderr) == (1, f"kg: error: kg is not installed completely: {problem}{advice}")
        shipped.mkdir(exist_ok=True)
    with pytest.raises(OntologyError) as error:
        load_ontology(tmp_path / "mine.ttl")
    assert str(error.value) == f"no such ontology file: {tmp_path / 'mine.ttl'}"


def test_an_unknown_relation_name_lists_the_valid_ones(store, tmp_path):
    known = ", ".join(sorted(camel_to_snake(name) for name in load_ontology().relations))
    expected = f"kg: error: unknown relation 'holds_stake'; the relations are {known}\n"
    assert "holds_stake_in" in known
    for args in (
        ["links", "Blue Fund", "Acme Robotics", "--relations", "invests_in,holds_stake"],
        ["viz", "-o", str(tmp_path / "picture.html"), "--relation", "holds_stake"],
        ["why", "Blue Fund", "holds_stake", "Acme Robotics"],
    ):
        ran = run_main(*args, store=store)
        assert (ran.returncode, ran.stderr) == (1, expected), args


def test_the_installed_command_in_a_fresh_process(store):
    """One smoke test of the real entry point: ``python -m kg`` answers and fails as the
    in-process runs above do."""
    env = {**os.environ, "KG_LOCK_TIMEOUT": "5"}
    ran = subprocess.run([sys.executable, "-m", "kg", "--store", store, "query", "-f", "csv", "SELECT ?l WHERE { id:acme rdfs:label ?l }"],
                         capture_output=True, text=True, env=env, timeout=120, check=False)
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "l\nAcme Robotics\n", "")
    failed = subprocess.run([sys.executable, "-m", "kg", "--store", store, "query", "SELECT ?x WHERE { ?x ?p ?o"],
                            capture_output=True, text=True, env=env, timeout=120, check=False)
    assert_one_error_line(failed, "SPARQL syntax error at line 1, column 17")


def test_unreachable_endpoint():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # Nothing listens on the port once the socket is closed.
    result = run_main("stats", store=f"http://127.0.0.1:{port}/query")
    assert_one_error_line(result, "cannot reach the SPARQL endpoint")


def test_written_files_get_the_usual_permissions(tmp_path):
    import os

    old = os.umask(0o022)
    try:
        out = tmp_path / "seed.ttl"
        result = CliRunner().invoke(cli, ["--store", "memory:", "export", "-f", "turtle", "-o", str(out)])
        assert result.exit_code == 0, result.output
        assert out.stat().st_mode & 0o777 == 0o644
    finally:
        os.umask(old)


# -- answers as the engine gives them, bases, parameters (issue 12) ---------------------------

TERMS = """@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<firm> <note> "tab\\there\\nand a line" ; <founded> "2020-01-01Z"^^xsd:date ; <value> "30000"^^xsd:double ;
    <owner> [ <name> "x" ] .
<other> <founded> "2020-01-01"^^xsd:date .
"""


@pytest.fixture
def terms_store(tmp_path) -> tuple[str, Path]:
    """A store loaded from a file with relative IRIs; returns its URL and the data folder."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "terms.ttl").write_text(TERMS, encoding="utf-8")
    url = f"oxigraph:{tmp_path / 'store'}"
    result = invoke("--store", url, "load", str(data / "terms.ttl"))
    assert result.exit_code == 0, result.output
    return url, data


def test_a_query_files_relative_iris_resolve_against_it(terms_store):
    url, data = terms_store
    (data / "value.rq").write_text("SELECT ?v WHERE { <firm> <value> ?v }\n", encoding="utf-8")
    result = invoke("--store", url, "query", "-f", "tsv", str(data / "value.rq"))
    assert result.output == '?v\n"30000"^^<http://www.w3.org/2001/XMLSchema#double>\n'
    inline = invoke("--store", url, "query", "-f", "csv", "--base", (data / "x").as_uri(), "SELECT ?v WHERE { <firm> <founded> ?v }")
    assert inline.output.splitlines() == ["v", "2020-01-01Z"]


def test_a_relative_iri_without_a_base_is_one_error_line(terms_store):
    url, _ = terms_store
    assert_one_error_line(run_main("query", "SELECT ?v WHERE { <firm> ?p ?v }", store=url), "<firm> is a relative IRI and no base was given")
    assert_one_error_line(run_main("query", "--base", "firm", "ASK {}", store=url), "not a valid absolute IRI")


def test_tsv_and_csv_write_the_w3c_formats(terms_store):
    url, data = terms_store
    base = (data / "x").as_uri()
    tsv = invoke("--store", url, "query", "-f", "tsv", "--base", base, "SELECT ?n WHERE { <firm> <note> ?n }")
    assert tsv.output == '?n\n"tab\\there\\nand a line"\n'
    csv_out = invoke("--store", url, "query", "-f", "csv", "--base", base, "SELECT ?o ?n WHERE { <firm> <owner> ?o . ?o <name> ?n }")
    header, row = csv_out.output.splitlines()
    assert header == "o,n"
    assert row.startswith("_:") and row.endswith(",x")


def test_a_param_keeps_its_timezone_and_holds_in_subqueries(terms_store):
    url, data = terms_store
    base = (data / "x").as_uri()
    found = invoke("--store", url, "query", "-f", "tsv", "--base", base, "-p", 'd="2020-01-01Z"^^xsd:date', "SELECT ?s WHERE { ?s <founded> ?d }")
    assert found.output == f"?s\n<{base.rsplit('/', 1)[0]}/firm>\n"
    counted = invoke(
        "--store", url, "query", "-f", "csv", "--base", base, "-p", f"s=<{base.rsplit('/', 1)[0]}/firm>",
        "SELECT ?n WHERE { { SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o } } }",
    )
    assert counted.output.splitlines() == ["n", "4"]
    assert_one_error_line(run_main("query", "-p", "n=1", "SELECT (1 AS ?n) WHERE {}", store=url), "?n is assigned in the query")


def test_query_param_at_name_binds_the_entity(store):
    """ "@Blue Fund" binds the entity the name resolves to, as every command resolves names;
    the bare name binds the text and warns that it did."""
    sparql = "SELECT ?firm WHERE { ?fund kg:holdsStakeIn ?firm }"
    by_name = run_main("query", "-f", "csv", "-p", "fund=@blue fund", sparql, store=store)
    assert by_name.returncode == 0, by_name.stderr
    assert by_name.stdout.splitlines() == ["firm", "https://w3id.org/kg/id/acme"] and by_name.stderr == ""
    as_text = run_main("query", "-f", "csv", "-p", "fund=Blue Fund", sparql, store=store)
    assert as_text.stdout.splitlines() == ["firm"]
    assert as_text.stderr.startswith("kg: warning: 'Blue Fund' was bound as text") and "@Blue Fund" in as_text.stderr
    unknown = run_main("query", "-p", "fund=@Nobody Capital", sparql, store=store)
    assert unknown.returncode != 0 and unknown.stderr.startswith("kg: error:") and "Traceback" not in unknown.stderr
