"""Stable IRIs for entities, statements and sources.

An entity's IRI comes from its name, so the same name gives the same IRI in every run and
on every machine; a statement's IRI comes from its source and what it says, so re-importing
a source replaces its statements instead of adding copies.

>>> entity_iri("LG Electronics")
rdflib.term.URIRef('https://w3id.org/kg/id/lg-electronics')
>>> entity_iri("China–South Korea Innovation and Entrepreneurship Forum")
rdflib.term.URIRef('https://w3id.org/kg/id/china-south-korea-innovation-and-entrepreneurship-forum')
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from kg.namespaces import ID, SRC, STMT

__all__ = ["entity_iri", "slugify", "source_iri", "statement_iri"]


def slugify(text: str) -> str:
    """Lowercase ASCII words joined by hyphens; non-Latin text keeps a hash so it is not empty.

    >>> slugify("  Mirae Asset Management ")
    'mirae-asset-management'
    >>> slugify("上海")
    'x-99f1e46974'
    """
    # Punctuation of any script (an en dash, say) separates words before accents are dropped.
    spaced = "".join(ch if unicodedata.category(ch)[0] in "LNM" else " " for ch in text)
    ascii_text = unicodedata.normalize("NFKD", spaced).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if slug:
        return slug
    return "x-" + hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:10]


def local_name(iri: str) -> str:
    """The last segment of an IRI, the readable stand-in for an entity without a label.

    >>> local_name("https://w3id.org/kg/id/agibot"), local_name("https://w3id.org/kg/ontology#Company")
    ('agibot', 'Company')
    """
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def entity_iri(name: str) -> URIRef:
    """The IRI of the entity called *name*."""
    return ID[slugify(name)]


def source_iri(kind: str, key: str) -> URIRef:
    """The IRI (and graph name) of a source, e.g. ``source_iri("table", "crunchbase")``."""
    return SRC[f"{slugify(kind)}-{slugify(key)}"]


def statement_iri(source: URIRef, *parts: object) -> URIRef:
    """The IRI of a statement of *source*, from what identifies it within the source
    (subject, relation, object, qualifiers, row number...)."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    local = str(source).rsplit("/", 1)[-1]
    return STMT[f"{local}/{digest}"]
