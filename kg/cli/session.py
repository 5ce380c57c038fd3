"""What every kg command shares about the store: the :class:`Session` the group puts in
``ctx.obj`` (the store URL, opened once by the first command that asks) and what a writing
command does after its write (:func:`refresh_projection`)."""

from __future__ import annotations

__all__ = ["Session", "refresh_projection"]


class Session:
    """What the group puts in ``ctx.obj``: the store URL, opened once by the first command
    that asks, read-only unless the command writes."""

    def __init__(self, store_url: str) -> None:
        self.store_url = store_url
        self._graph = None

    def graph(self, *, write: bool = False):
        """The :class:`~kg.graph.KnowledgeGraph` of the store, opened on the first call
        (to write when *write*)."""
        from kg.graph import KnowledgeGraph

        if self._graph is None:
            self._graph = KnowledgeGraph.open(self.store_url, read_only=not write)
        return self._graph

    def store_exists(self) -> bool:
        """Whether the store is there already (:func:`kg.store.store_exists`): a command
        that would only read an embedded store not yet created does without it."""
        from kg.store import store_exists

        return store_exists(self.store_url)

    def close(self) -> None:
        if self._graph is not None:
            self._graph.close()


def refresh_projection(graph) -> None:
    """After a write to an embedded store, read and cache the projection's pieces of the
    graphs written (:func:`kg.analysis.project.refresh_pieces`), so that the first analysis
    command reads every graph from the cache; the other graphs are not read. A store with
    no cache on disk (in memory, on a server) keeps nothing past the command: nothing is
    built for it."""
    from kg.analysis.project import refresh_pieces
    from kg.store.pieces import store_cache_folder

    # The store package knows which stores keep pieces on disk; the CLI does not look at
    # the URL's scheme itself.
    if store_cache_folder(graph.store) is not None:
        refresh_pieces(graph.store, graph.ontology)
