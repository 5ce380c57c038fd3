"""KnowledgeGraph: the façade that the CLI, the server, the examples and the tests call.

It joins a :class:`~kg.store.Store` and the :class:`~kg.ontology.Ontology` and offers what a
user does with them: load RDF, the curated seed or a table; extract and ingest news and say
why a fact is held (:mod:`kg.extract`); query, count, export and validate; the per-entity
questions (links, portfolio, investors, co-investors, owners) read from the projection or
from the neighbourhoods around the entities (:attr:`KnowledgeGraph.reads_neighbourhoods`),
the whole-graph measures (central, communities, graph exports) from the projection
(:mod:`kg.analysis`); pictures of it (:mod:`kg.viz`).

Each method is a thin composition of the modules below it, handing them what they need (a
store, the ontology, a projection); nothing here knows a backend, and no module below
imports this one: only the CLI (:mod:`kg.cli`), the server (:mod:`kg.serve`) and the
package root do (``tests/test_layering.py``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Self

from rdflib import Dataset, URIRef
from rdflib.term import Identifier

from kg.errors import AnalysisError, IngestError
from kg.formats import RdfFormat, count_quads, guess_format, input_size
from kg.namespaces import ONTOLOGY_GRAPH
from kg.ontology import Ontology, load_ontology
from kg.resources import resource_dir
from kg.store import Results, Store, data_triples, install_ontology, open_store
from kg.store_stats import Stats, store_stats

if TYPE_CHECKING:
    import networkx as nx

    from kg.analysis.links import LinkPath
    from kg.validation import ValidationReport

# The analysis and validation modules (networkx and the rest) are imported by the methods
# that use them: kg ingest, load and query start without them, a fifth of a second sooner.

__all__ = ["ANALYSIS_MODES", "ONTOLOGY_GRAPH", "SEED_FILE", "KnowledgeGraph", "LoadReport", "Stats"]

SEED_FILE = "seed/seed.trig"
#: How per-entity questions read the graph (``$KG_ANALYSIS``): ``auto`` reads neighbourhoods
#: on a SPARQL server and the projection elsewhere; the other two say which, always. An
#: embedded store too large for its projection to fit in memory wants ``neighbourhood``.
ANALYSIS_MODES = ("auto", "projection", "neighbourhood")

Progress = Callable[[int, int], None]


@dataclass
class LoadReport:
    """What a load did: files and quads read, and how long it took."""

    files: list[tuple[str, int]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def quads(self) -> int:
        return sum(count for _, count in self.files)


class KnowledgeGraph:
    """A store seen through kg's ontology.

    >>> graph = KnowledgeGraph.open("memory:")
    >>> graph.load_seed() > 100
    True
    >>> graph.ask("ASK { id:lg-electronics kg:holdsStakeIn id:agibot }")
    True
    """

    def __init__(self, store: Store, ontology: Ontology | None = None, *, analysis: str | None = None) -> None:
        self.store = store
        self._ontology = ontology
        mode = analysis or os.environ.get("KG_ANALYSIS") or "auto"
        if mode not in ANALYSIS_MODES:
            raise AnalysisError(f"unknown analysis mode {mode!r} (KG_ANALYSIS); use one of {', '.join(ANALYSIS_MODES)}")
        self.analysis_mode = mode

    @classmethod
    def open(cls, url: str | None = None, *, read_only: bool = False, analysis: str | None = None) -> KnowledgeGraph:
        """Open the store at *url* (``$KG_STORE`` or ./kg-store by default); *analysis* is
        one of :data:`ANALYSIS_MODES` (default ``$KG_ANALYSIS``, else ``auto``)."""
        return cls(open_store(url, read_only=read_only), analysis=analysis)

    @property
    def ontology(self) -> Ontology:
        if self._ontology is None:
            self._ontology = load_ontology()
        return self._ontology

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    # -- querying --------------------------------------------------------------------

    def query(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None) -> Results:
        """Run SPARQL over the union of all sources, kg's prefixes declared."""
        return self.store.query(sparql, bindings=bindings)

    def ask(self, sparql: str, *, bindings: Mapping[str, Identifier] | None = None) -> bool:
        """Run an ASK query and return its answer."""
        return bool(self.query(sparql, bindings=bindings).boolean)

    # -- loading ---------------------------------------------------------------------

    def load(
        self,
        paths: Sequence[str | Path],
        *,
        fmt: RdfFormat | None = None,
        graph: URIRef | None = None,
        progress: Progress | None = None,
    ) -> LoadReport:
        """Load RDF files. Every file is parsed before anything is written, so a syntax
        error in any of them writes nothing; each file then lands in one transaction.

        *progress* is called with (bytes read, total bytes) while checking the files.
        """
        started = time.perf_counter()
        plan = []
        total = sum(input_size(p) for p in paths)
        done = 0
        for path in map(Path, paths):
            file_format = fmt or guess_format(path)
            offset = done
            count = count_quads(
                path,
                file_format,
                on_bytes=(lambda n, o=offset: progress(o + n, total)) if progress else None,
            )
            done += input_size(path)
            plan.append((path, file_format, count))
        report = LoadReport()
        if plan:
            self.install_ontology()
        for path, file_format, count in plan:
            self.store.load(path, file_format, graph=graph, validated=count)
            report.files.append((str(path), count))
        report.seconds = time.perf_counter() - started
        return report

    def load_seed(self) -> int:
        """Load (or refresh) the curated seed graph; returns the number of quads in it."""
        return self.replace_graphs(resource_dir("data") / SEED_FILE)

    def replace_graphs(self, path: Path) -> int:
        """Load a TriG/N-Quads file so that each named graph in it replaces the store's
        graph of the same name: loading the same file twice leaves one copy."""
        fmt = guess_format(path)
        count_quads(path, fmt)  # reject a malformed file before touching the store
        dataset = Dataset()
        dataset.parse(str(path), format=fmt.rdflib)
        by_graph: dict[URIRef, list] = {}
        for s, p, o, context in dataset.quads((None, None, None, None)):
            name = getattr(context, "identifier", context)
            if not isinstance(name, URIRef) or name == URIRef("urn:x-rdflib:default"):
                raise IngestError(f"{path}: every triple must be in a named graph")
            by_graph.setdefault(name, []).append((s, p, o, name))
        self.install_ontology()
        return sum(self.store.replace_graph(name, quads) for name, quads in by_graph.items())

    def import_table(
        self, path: str | Path, mapping: str | Path, *, strict: bool = False, validate: bool = False,
        progress: Progress | None = None,
    ):
        """Import a CSV/JSON table with a YAML mapping into its own named graph
        (see :func:`kg.ingest.tables.import_table`: *strict* stops at the first bad row,
        *validate* refuses a graph that would violate kg's shapes, *progress* gets (rows
        mapped, rows)); returns an :class:`~kg.ingest.tables.ImportReport`."""
        from kg.ingest.tables import import_table

        return import_table(self.store, self.ontology, path, mapping, strict=strict, validate=validate, progress=progress)

    # -- news ----------------------------------------------------------------------------

    def extractor(self, *, model: str | None = None):
        """A text extractor that knows this graph's entities (see :mod:`kg.extract`)."""
        from kg.extract.parsing import fewer_collections
        from kg.extract.pipeline import Extractor
        from kg.extract.store_io import known_entities

        with fewer_collections():  # the index and the rules are objects that live to the end
            return Extractor(self.ontology, known_entities(self.store, self.ontology), model=model)

    @classmethod
    def extractor_for(cls, url: str | None = None, *, model: str | None = None):
        """A text extractor that knows the entities of the store at *url*, read once; when
        no store is there yet, one that knows kg's ontology and reference data alone, as
        extracting writes nothing and needs no store."""
        from kg.extract.parsing import fewer_collections
        from kg.extract.pipeline import Extractor
        from kg.store import store_exists

        if not store_exists(url):
            with fewer_collections():
                return Extractor(load_ontology(), (), model=model)
        with cls.open(url, read_only=True) as graph:
            return graph.extractor(model=model)

    @staticmethod
    def evaluate(gold: str | Path, texts: str | Path, *, model: str | None = None, min_confidence: float | None = None):
        """Score extraction on the texts of the folder *texts* against the kg-eval/1 gold
        file *gold* (:func:`kg.extract.evaluate.score`'s report). The extractor knows kg's
        ontology and reference data only, never a store's entities: a score must not depend
        on what was ingested before. Relations less sure than *min_confidence* (default
        ``min_confidence`` of ontology/extraction.yaml) are candidates, not counted."""
        from kg.extract.evaluate import gold_texts, read_gold, score
        from kg.extract.guard import resolve_min_confidence
        from kg.extract.pipeline import Extractor

        threshold = resolve_min_confidence(min_confidence)
        gold_documents = read_gold(gold)
        documents = gold_texts(gold_documents, texts)
        extractor = Extractor(load_ontology(), (), model=model)
        return score(gold_documents, [extractor.extract(document) for document in documents], min_confidence=threshold)

    @classmethod
    def extract_at(
        cls, url: str | None, sources: Iterable[str], *, date: str | None = None, model: str | None = None,
        min_confidence: float | None = None,
    ) -> Iterator[tuple]:
        """Each news document of *sources* with its kg-eval/1 record, as it is extracted;
        names the store at *url* knows are resolved to its entities (see
        :meth:`extractor_for`: no store is made). Every source is read before the first
        record; relations less sure than *min_confidence* are marked candidates."""
        from kg.extract.documents import read_documents
        from kg.extract.guard import mark_candidates, resolve_min_confidence
        from kg.extract.store_io import extraction_processes

        threshold = resolve_min_confidence(min_confidence)
        documents = read_documents(sources, date=date)
        extractor = cls.extractor_for(url, model=model)
        records = extractor.extract_many(documents, processes=extraction_processes(len(documents)))
        for document, record in zip(documents, records):
            yield document, mark_candidates(record, min_confidence=threshold)

    def extract(
        self, sources: Iterable[str], *, date: str | None = None, model: str | None = None,
        min_confidence: float | None = None,
    ) -> list[dict]:
        """Entities and relations of news files (kg-eval/1 records); writes nothing. Each
        relation says whether it is a candidate, less sure than *min_confidence* (see
        :mod:`kg.extract.guard`; default ``min_confidence`` of ontology/extraction.yaml)."""
        from kg.extract.documents import read_documents
        from kg.extract.guard import mark_candidates, resolve_min_confidence
        from kg.extract.store_io import extraction_processes

        threshold = resolve_min_confidence(min_confidence)
        documents = read_documents(sources, date=date)
        extractor = self.extractor(model=model)
        records = extractor.extract_many(documents, processes=extraction_processes(len(documents)))
        return [mark_candidates(record, min_confidence=threshold) for record in records]

    def ingest(
        self, sources: Iterable[str], *, date: str | None = None, model: str | None = None,
        progress: Callable[[int, int], None] | None = None, min_confidence: float | None = None,
        refused: Callable[[list[str]], None] | None = None,
    ) -> list[dict]:
        """Extract news files and write each as its own source graph (see
        :func:`kg.extract.store_io.ingest_documents`). Every file is read and checked
        before anything is written. Relations less sure than *min_confidence* are written
        as candidate statements, not facts (see :mod:`kg.extract.guard`). With *refused*,
        each document's graph is validated with the store around it first; one that would
        violate a shape is not written, its summary says ``refused`` and *refused* gets its
        violations' lines (:func:`kg.ingest.web.refusing_check`)."""
        from kg.extract.documents import read_documents
        from kg.extract.guard import resolve_min_confidence
        from kg.extract.parsing import fewer_collections
        from kg.extract.store_io import ingest_documents
        from kg.ingest.web import refusing_check

        threshold = resolve_min_confidence(min_confidence)
        documents = read_documents(sources, date=date)
        check = refusing_check(self.store, self.ontology, refused) if refused is not None else None
        with fewer_collections():  # the extractor's objects live to the end (0.3 s of collections spared)
            return ingest_documents(
                self.store, self.ontology, documents, self.extractor(model=model), progress, min_confidence=threshold, check=check
            )

    def why(self, subject: str, relation: str, obj: str) -> list:
        """Every source of the fact *subject relation obj*, with the sentence it came from."""
        from kg.extract.provenance import evidence_for

        return evidence_for(self.store, self.ontology, self.resolve(subject), self.ontology.relation(relation).iri, self.resolve(obj))

    def install_ontology(self) -> None:
        """Keep the ontology's own graph in the store current, for queries on its labels
        (see :func:`kg.store.install_ontology`)."""
        install_ontology(self.store, self.ontology)

    # -- describing ------------------------------------------------------------------

    def stats(self) -> Stats:
        """Quads, graphs, entities by class, relations by name, and the sources."""
        return store_stats(self.store, self.ontology)

    def export(self, out: BinaryIO, fmt: RdfFormat, *, graph: URIRef | None = None) -> None:
        """Write the store (or one graph) to *out* in an RDF format."""
        self.store.dump(out, fmt, graph=graph)

    def validate(self, *, progress=None) -> ValidationReport:
        """Check the union of all graphs against ontology/shapes.ttl (see
        :func:`kg.validation.validate`); *progress* gets (done, total) queries."""
        from kg.validation import validate

        return validate(self.store, self.ontology, progress=progress)

    # -- analysis --------------------------------------------------------------------

    def resolve(self, name: str) -> str:
        """The IRI of the entity called *name* (label, alias, ``id:x`` or IRI)."""
        from kg.entity_lookup import resolve_entity

        return resolve_entity(self.store, name)

    def projection(
        self, *, classes: Iterable[str] | None = None, relations: Iterable[str] | None = None
    ) -> nx.MultiDiGraph:
        """The graph as an ``nx.MultiDiGraph`` (see :mod:`kg.analysis.project`), cached per
        store state; *classes* and *relations* filter a copy."""
        from kg.analysis.project import filter_projection, project

        graph = project(self.store, self.ontology)
        if classes is None and relations is None:
            return graph
        return filter_projection(graph, self.ontology, classes=classes, relations=relations)

    @property
    def reads_neighbourhoods(self) -> bool:
        """Whether per-entity questions (links, portfolio, investors, coinvestors, owners,
        a focused picture) read the neighbourhoods they need (see
        :mod:`kg.analysis.neighbourhood`) instead of the whole projection: in ``auto``
        mode on a SPARQL server, whose projection is an HTTP copy of the graph (an embedded
        store keeps its projection cached per state, and counting its quads to decide would
        cost seconds); always in ``neighbourhood`` mode. Whole-graph measures (central,
        communities, exports) use the projection in every mode."""
        if self.analysis_mode == "auto":
            return _is_server(self.store)
        return self.analysis_mode == "neighbourhood"

    def links(
        self,
        source: str,
        target: str,
        *,
        max_hops: int = 4,
        relations: Iterable[str] | None = None,
        through: Iterable[str] | None = None,
        limit: int | None = 20,
    ) -> list[tuple[LinkPath, str]]:
        """Paths between two named entities, ranked, each with its sentence."""
        from kg.analysis import neighbourhood
        from kg.analysis.links import describe_path, find_links

        start, end = self.resolve(source), self.resolve(target)
        wanted = [self.ontology.relation(r).name for r in relations] if relations else None
        classes = self._with_subclasses(through)
        if self.reads_neighbourhoods:
            graph = neighbourhood.links_graph(
                self.store, self.ontology, start, end, max_hops=max_hops, relations=wanted, through=classes,
            )
        else:
            graph = self.projection()
        paths = find_links(
            graph, start, end, max_hops=max_hops, relations=wanted,
            through=classes, limit=limit,
        )
        # describe_path reads the inverse relations' labels from the ontology it is given.
        return [(path, describe_path(graph, path, ontology=self.ontology)) for path in paths]

    def _with_subclasses(self, classes: Iterable[str] | None) -> set[str] | None:
        """Class names and every class below them; None when no class is asked for."""
        if not classes:
            return None
        return set().union(*(self.ontology.subclasses(name) for name in classes))

    def portfolio(self, investor: str) -> list[dict]:
        """Firms the named investor put money into (see :func:`kg.analysis.portfolio`)."""
        from kg import analysis

        entity = self.resolve(investor)
        return analysis.portfolio(self._deals_graph(entity), entity)

    def investors(self, firm: str) -> list[dict]:
        """Who put money into the named firm (see :func:`kg.analysis.investors`)."""
        from kg import analysis

        entity = self.resolve(firm)
        return analysis.investors(self._deals_graph(entity), entity)

    def _deals_graph(self, entity: str) -> nx.MultiDiGraph:
        from kg.analysis import neighbourhood
        if not self.reads_neighbourhoods:
            return self.projection()
        return neighbourhood.deals_graph(self.store, self.ontology, entity, relations=self.ontology.investment_relations())

    def coinvestors(self, investor: str, *, limit: int | None = None) -> list[dict]:
        """Investors sharing firms with the named one, most shared first."""
        from kg import analysis
        from kg.analysis import neighbourhood
        entity = self.resolve(investor)
        if self.reads_neighbourhoods:
            graph = neighbourhood.coinvestor_graph(self.store, self.ontology, entity, relations=self.ontology.investment_relations())
        else:
            graph = self.projection()
        return analysis.coinvestors(graph, entity, limit=limit)

    def owners(self, firm: str, *, max_depth: int | None = None) -> dict:
        """Owners of the named firm with integrated stakes (see :func:`kg.analysis.owners`).

        Each row also says its ``stake`` as people read it (``"≥ 12.5%"`` when unknown chains
        may add to the figure, ``"unknown"`` when the sources give none) and its ``kind``:
        ``direct``, ``intermediate`` (through a chain, or in a cross-holding) or ``ultimate``.
        """
        from kg import analysis
        from kg.analysis import neighbourhood
        from kg.analysis.ownership import direct_owners

        entity = self.resolve(firm)
        if self.reads_neighbourhoods:
            graph = neighbourhood.ownership_graph(
                self.store, self.ontology, entity, relations=self.ontology.ownership_relations(), owners_of=direct_owners,
            )
        else:
            graph = self.projection()
        result = analysis.owners(graph, entity, max_depth=max_depth)
        result["rows"] = [{**row, "stake": _stake_text(row), "kind": _owner_kind(row)} for row in result["rows"]]
        return result

    def central(
        self, *, measure: str = "degree", classes: Iterable[str] | None = None,
        k: int | None = None, limit: int | None = 20, progress: Progress | None = None,
    ) -> list[tuple[str, float]]:
        """Entities ranked by centrality; *classes* include their subclasses. *progress* gets
        (sources done, sources) while exact betweenness is computed (see
        :func:`kg.analysis.centrality`); :func:`kg.analysis.metrics.ranking_rows` turns the
        ranking into rows."""
        from kg import analysis

        return analysis.centrality(
            self.projection(), measure=measure, classes=self._with_subclasses(classes), k=k, limit=limit,
            progress=progress,
        )

    def communities(self, *, seed: int = 0) -> list[set[str]]:
        """Groups of densely linked entities, largest first."""
        from kg import analysis

        return analysis.communities(self.projection(), seed=seed)

    def viz(
        self,
        *,
        focus: str | None = None,
        hops: int = 1,
        links: tuple[str, str] | None = None,
        max_hops: int = 4,
        classes: Iterable[str] | None = None,
        relations: Iterable[str] | None = None,
        query: str | None = None,
        size_by: str = "degree",
        max_nodes: int | None = None,
        seed: int = 0,
        expand_url: str | None = None,
    ) -> str:
        """An HTML page picturing the graph, or part of it, that opens with no network.

        Parameters
        ----------
        focus : str, optional
            An entity's name: picture it and what lies within *hops* links of it.
        hops : int
            Radius of a *focus* view.
        links : (str, str), optional
            Two entities' names: picture the paths of :meth:`links` between them,
            highlighted, at most *max_hops* long.
        max_hops : int
            Longest path of a *links* view.
        classes, relations : iterable of str, optional
            Only entities of these classes (and their subclasses), only these relations.
        query : str, optional
            SPARQL: picture what a CONSTRUCT returns, or a SELECT of entity pairs.
        size_by : {"degree", "pagerank", "betweenness"}
            What a node's size shows.
        max_nodes : int, optional
            Larger views keep the best-connected nodes and say what was left out
            (default :data:`kg.viz.MAX_NODES`).
        seed : int
            Seed of the layout and of sampled measures: the same seed, the same page.
        expand_url : str, optional
            A path on the page's own server that a double click on a node asks for its
            neighbours (the explorer's); a file written by ``kg viz`` has none.

        Returns
        -------
        str
            The page (see :func:`kg.viz.page_for`). A focused picture sized by degree reads
            only the entities it draws when :attr:`reads_neighbourhoods`; sizes by a
            whole-graph measure need the projection.
        """
        from kg.viz.pictures import page_for

        view = {"focus": focus, "hops": hops, "links": links, "max_hops": max_hops, "classes": classes,
                "relations": relations, "query": query}
        page = {"size_by": size_by, "seed": seed, "expand_url": expand_url}
        if max_nodes is not None:
            page["max_nodes"] = max_nodes
        if focus and size_by == "degree" and self.reads_neighbourhoods:
            from kg.analysis import neighbourhood

            for name in classes or ():
                self.ontology.cls(name)  # an unknown class is an error, as on the projection
            graph = neighbourhood.focus_graph(
                self.store, self.ontology, self.resolve(focus), hops=hops,
                relations=relations or None, classes=self._with_subclasses(classes),
            )
        else:
            graph = self.projection()
        return page_for(self.store, self.ontology, graph, **page, **view)

    def show(self, *, height: int = 600, **options):
        """The same picture as :meth:`viz` (*options* are its parameters), displayed inline
        by Jupyter (no network needed)."""
        from kg.viz import NotebookPicture

        return NotebookPicture(self.viz(**options), height=height)

    def export_graph(self, out: BinaryIO, fmt: str) -> None:
        """Write the projection as GraphML, GEXF or Cytoscape JSON."""
        from kg import analysis

        analysis.export_graph(self.projection(), fmt, out)

    def triples(self) -> Iterable[tuple[Identifier, Identifier, Identifier]]:
        """Every triple outside the ontology graph (graphs merged, duplicates kept)."""
        return data_triples(self.store)


def _stake_text(row: dict) -> str:
    """An owner's effective stake as people read it: ``unknown``, or the figure, after ``≥``
    when unknown chains may add to it."""
    if row["percent"] is None:
        return "unknown"
    return f"{'≥ ' if row['at_least'] else ''}{row['percent']:.4g}%"


def _owner_kind(row: dict) -> str:
    """``ultimate``, ``intermediate`` (owning through a chain or in a cross-holding) or
    ``direct``."""
    if row["ultimate"]:
        return "ultimate"
    return "intermediate" if row["depth"] > 1 or row["in_cycle"] else "direct"


def _is_server(store: Store) -> bool:
    """Whether the store's data lives behind a SPARQL endpoint, where reading the whole
    projection means copying the graph over HTTP."""
    # A remote store exists only once its module is imported; importing it (and httpx)
    # just to ask would cost an embedded store's command a third of a second.
    remote = sys.modules.get("kg.store.remote")
    return remote is not None and isinstance(store, remote.RemoteStore)

