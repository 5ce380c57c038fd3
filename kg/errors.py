"""Errors kg raises. The CLI turns each into one ``kg: error: ...`` line on stderr."""

from __future__ import annotations

__all__ = [
    "AnalysisError",
    "IngestError",
    "InstallError",
    "KGError",
    "OntologyError",
    "QueryError",
    "ResultTooLarge",
    "StoreBusyError",
    "StoreError",
]


class KGError(Exception):
    """Base of every error kg reports to its user; the message is a full sentence."""


class InstallError(KGError):
    """kg's installation lacks something it ships (the ontology, the reference data, the
    example queries): a broken or partial install, not a mistake of the user's input."""


class OntologyError(KGError):
    """The ontology files are missing, malformed or inconsistent; the message names the term."""


class StoreError(KGError):
    """A store cannot be opened, read or written (bad URL, not a store, unreachable endpoint)."""


class StoreBusyError(StoreError):
    """Another process holds the embedded store for longer than we were willing to wait."""


class IngestError(KGError):
    """An input file cannot be read or parsed; nothing of it was written."""


class QueryError(KGError):
    """A SPARQL query or update is malformed, or a parameter cannot be bound."""


class ResultTooLarge(QueryError):
    """A query's answer has more rows or triples than the caller allows."""


class AnalysisError(KGError, ValueError):
    """An analysis was asked for something it cannot compute (an unknown measure, a sample
    too small); a ValueError too, as NetworkX raises for such requests."""
