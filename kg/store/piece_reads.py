"""Reading pieces (:mod:`kg.store.pieces`) from the store: each section of each graph by
single-pattern SELECTs, flat, by threads, and, within :func:`read_behind`, while the
caller goes on with the sections already read.

A cold projection reads about 1.4 million terms and then joins them; both cores read,
then one joins while the other waits. Within a :func:`read_behind` block,
:func:`read_sections` returns at once and the threads read on: a section's answers are
put together when the caller asks for it (``ready(sections)``), so that the caller joins
what is read while the rest is being read. A section is put together from its answers in
the order of its queries, by whichever thread asks first, so that the pieces are the same
whoever reads them and when.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import groupby

from rdflib import URIRef

__all__ = ["Section", "part_values", "read_behind", "read_sections", "reading_of", "section_parts"]

_GRAPHS_PER_QUERY = 200
_SWITCH_INTERVAL = 0.0005  # seconds; see read_behind
#: The readings started within this context's read_behind block, if it is in one.
_READS: ContextVar[list[_Reading] | None] = ContextVar("kg_piece_reads", default=None)

#: How a section is read: (variables, pattern), or parts of it, each (variables, pattern,
#: fixed) where *fixed* puts constants between the variables' columns: ``((1, iri),)``
#: makes rows (x, iri, y) of a part reading ?x ?y. A term the store would decode on every
#: row, when the query can name it, costs nothing that way.
Section = tuple[str, str] | list[tuple[str, str, tuple[tuple[int, str], ...]]]
#: A query of a read: (section, graph read alone or None, whether it reads many graphs
#: (?g first), SPARQL, fixed).
_Job = tuple[str, URIRef | None, bool, str, tuple[tuple[int, str], ...]]


def section_parts(sections: dict[str, Section]) -> list[tuple[str, str, str, tuple[tuple[int, str], ...]]]:
    """(section, variables, pattern, fixed) of each query that reads *sections*."""
    parts = []
    for section, spec in sections.items():
        if isinstance(spec, tuple):
            parts.append((section, spec[0], spec[1], ()))
        else:
            parts += [(section, variables, pattern, fixed) for variables, pattern, fixed in spec]
    return parts


def part_values(values: list[str], width: int, fixed: tuple[tuple[int, str], ...]) -> list[str]:
    """The flat *values* of a part's answer (rows of *width* columns, end to end), its
    constants put in their columns.

    >>> part_values(["a", "1", "b", "2"], 2, ((1, "k"),))
    ['a', 'k', '1', 'b', 'k', '2']
    """
    if not fixed or not values:
        return values
    # Column by column (extended slices are copied in C): the rows are many, the
    # constants few. A column is a value column's number or a constant in a 1-tuple.
    columns: list = list(range(width))
    for position, constant in fixed:
        columns.insert(position, (constant,))
    count, total = len(values) // width, len(columns)
    flat: list = [None] * (count * total)
    for position, column in enumerate(columns):
        flat[position::total] = [column[0]] * count if isinstance(column, tuple) else values[column::width]
    return flat


def read_sections(
    store, graphs: list[URIRef | None], sections: dict[str, Section], *, threads: int = 1
) -> dict[str, dict[str, list[str]]]:
    """Answer each section's SELECT for each of *graphs*, split by graph: a piece by graph
    IRI (``""``: the default graph). *sections* maps a name to (the variables, the pattern),
    ``("?e ?label", "?e rdfs:label ?label")``, or to parts (see :data:`Section`). Several
    named graphs are read together, a few hundred per query (``VALUES ?g {...} GRAPH ?g
    {...}``: the store reads each graph's part of its indexes, not the others'); the
    default graph, or one named graph, alone. Sections are read in the order of
    *sections*, each for every graph before the next.

    Within a :func:`read_behind` block, with *threads*, the pieces are returned before
    they are read: see :func:`reading_of`."""
    pieces: dict[str, dict[str, list[str]]] = {
        "" if g is None else str(g): {section: [] for section in sections} for g in graphs
    }
    named = [g for g in graphs if g is not None]
    alone = [g for g in graphs if g is None] + (named if len(named) == 1 else [])
    parts = section_parts(sections)
    jobs: list[tuple[int, _Job]] = [
        (number, (section, graph, False, f"SELECT {variables} WHERE {{ {pattern} }}", fixed))
        for graph in alone for number, (section, variables, pattern, fixed) in enumerate(parts)
    ]
    together = named if len(named) > 1 else []
    for start in range(0, len(together), _GRAPHS_PER_QUERY):
        values = " ".join(f"<{g}>" for g in together[start:start + _GRAPHS_PER_QUERY])
        jobs += [
            (number, (section, None, True, f"SELECT ?g {variables} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ {pattern} }} }}", fixed))
            for number, (section, variables, pattern, fixed) in enumerate(parts)
        ]
    # Part by part, each for every graph (a stable sort keeps a part's graphs in order): a
    # section is read whole before the next, when the caller may join it.
    ordered = [job for _, job in sorted(jobs, key=lambda numbered: numbered[0])]

    def run(job: _Job) -> tuple[list[str], list[str]]:
        _, graph, batch, sparql, _ = job
        return store.select_values(sparql) if batch else store.select_graph_values(sparql, graph)

    if threads <= 1:
        for job in ordered:
            _put(pieces, job, run(job))
        return pieces
    pool = ThreadPoolExecutor(max_workers=threads)
    reading = _Reading(pieces, ordered, pool, [pool.submit(run, job) for job in ordered])
    reads = _READS.get()
    if reads is not None:
        reads.append(reading)
        return pieces
    try:
        reading.wait()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return pieces


@contextmanager
def read_behind() -> Iterator[Callable[[Iterable[str] | None], None]]:
    """Within the block, :func:`read_sections` with threads returns pieces still being
    read; the block gives ``ready(sections)``, which waits until those sections (all, for
    None) of every such piece are read and put in. The block ends when all are."""
    if _READS.get() is not None:  # already inside such a block: its end waits for these
        yield _ready(_READS.get())
        return
    reads: list[_Reading] = []
    token = _READS.set(reads)
    # A reader back from the store waits for the GIL while the caller joins in Python, up
    # to the interpreter's switch interval (5 ms) at each of its ~150 answers: with a
    # shorter one for the block the store is kept busy (3.28 -> 2.95 s, median of six
    # alternated cold projections of the 1M store, against 3.12 s without it).
    switch = sys.getswitchinterval()
    sys.setswitchinterval(min(switch, _SWITCH_INTERVAL))
    failed = True
    try:
        yield _ready(reads)
        failed = False
    finally:
        sys.setswitchinterval(switch)
        _READS.reset(token)
        for reading in reads:
            if failed:  # nobody will use them: stop reading
                reading.pool.shutdown(wait=True, cancel_futures=True)
            else:
                reading.wait()


def reading_of(pieces: object) -> _Reading | None:
    """The reading still filling *pieces* (what :func:`read_sections` returned) within
    this context's :func:`read_behind` block, None when they are read. Readings of other
    pieces are completed first: only the pieces their reader returned are known to be
    filled later."""
    reads = _READS.get() or []
    found = next((reading for reading in reads if reading.pieces is pieces), None)
    for reading in reads:
        if reading is not found:
            reading.wait()
    return found


def _ready(reads: list[_Reading]) -> Callable[[Iterable[str] | None], None]:
    def ready(sections: Iterable[str] | None = None) -> None:
        wanted = None if sections is None else set(sections)
        for reading in list(reads):
            reading.wait(wanted)

    return ready


class _Reading:
    """Pieces being read by a pool of threads, one future per query (*jobs*, in order)."""

    def __init__(self, pieces: dict, jobs: list[_Job], pool: ThreadPoolExecutor, futures: list[Future]) -> None:
        self.pieces, self.pool = pieces, pool
        self.by_section: dict[str, list[tuple[_Job, Future]]] = {}
        for job, future in zip(jobs, futures):
            self.by_section.setdefault(job[0], []).append((job, future))
        self.left = set(self.by_section)  # sections not yet put in
        self.lock = threading.Lock()

    def wait(self, sections: set[str] | None = None) -> None:
        """Put in the *sections* (None: all) once read; the pool ends after the last."""
        for section, queries in self.by_section.items():
            if section not in self.left or (sections is not None and section not in sections):
                continue
            answers = [future.result() for _, future in queries]  # waited for without the lock
            with self.lock:
                if section in self.left:
                    for (job, _), answer in zip(queries, answers):
                        _put(self.pieces, job, answer)
                    self.left.discard(section)
        if not self.left:
            self.pool.shutdown(wait=False)


def _put(pieces: dict, job: _Job, answer: tuple[list[str], list[str]]) -> None:
    """Append the answer of *job* to its section of the pieces of the graphs it read."""
    section, graph, batch, _, fixed = job
    variables, values = answer
    width = len(variables)
    if not batch:
        pieces["" if graph is None else str(graph)][section] += part_values(values, width, fixed)
        return
    # The graph is each row's first value; a graph's rows come one after another (the
    # store answers VALUES ?g in turn), so each run of them is sliced off whole.
    start = 0
    for graph_name, run_of_rows in groupby(values[0::width]):
        end = start + width * len(list(run_of_rows))
        found = values[start:end]
        del found[0::width]
        pieces[graph_name][section] += part_values(found, width - 1, fixed)
        start = end
