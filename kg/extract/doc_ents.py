"""A document's entities read once while they stay as they are (:func:`ents_of`).

spaCy's ``doc.ents`` walks the whole document and builds a new ``Span`` for every entity at
each read, and kg's passes over a parsed article read it some 90 times, most of them after
a pass that changed nothing. :func:`ents_of` keeps the last document's entities with the
token annotations they were read from (each token's entity tag, type, knowledge-base and
span ids and its character offset) and returns them again while those are unchanged; any
change (entities set, tokens merged or split, one token's tag set) reads them afresh. The
entities returned are the same ``Span`` values spaCy's read gives, in a tuple, as there.
"""

from __future__ import annotations

__all__ = ["ents_of"]

_READ: list = [None, None, ()]  # the document last read, its annotations' bytes, its entities
_ATTRS: list = []


def _annotations(doc) -> bytes:
    if not _ATTRS:
        from spacy.attrs import ENT_ID, ENT_IOB, ENT_TYPE, IDX

        _ATTRS.extend((ENT_IOB, ENT_TYPE, ENT_ID, IDX))
    return doc.to_array(_ATTRS).tobytes() if len(doc) else b""


def ents_of(doc) -> tuple:
    """``doc.ents``, read again only when the document's entity annotations changed."""
    seen = _annotations(doc)
    if _READ[0] is doc and _READ[1] == seen:
        return _READ[2]
    ents = doc.ents
    _READ[:] = [doc, seen, ents]
    return ents
