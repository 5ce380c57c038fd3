"""Ministries named together by one plural: "the ministries of finance, trade and home
affairs" names three public bodies, a "Ministry of Finance", a "Ministry of Trade" and a
"Ministry of Home Affairs", though no one of those names stands in the text. NER finds
none of them (the briefs are in lower case); each brief of the list must end in a word of
a ministry's brief (``briefs`` of ``data/reference/names.yaml``: "affairs", "industries")
and hold at most one word before it ("heavy industries", "external affairs").
"""

from __future__ import annotations

import re

from kg.extract.entities import DocumentEntity
from kg.ingest.normalize import name_key

__all__ = ["listed_ministries"]

_BRIEF = r"(?:[A-Za-z]+ )?[A-Za-z]+"
_JOINT = re.compile(r",? (?:and|&) |, ")
#: Words that cannot open a brief: the list is of something else ("the ministries of the
#: two countries and their agencies").
_NOT_BRIEFS = frozenset({"the", "and", "of", "their", "its", "our", "both", "all", "two", "three", "these", "those", "other"})
_LIST = re.compile(rf"\b[Mm]inistries (?:of|for) (?P<list>{_BRIEF}(?:, {_BRIEF})*,? (?:and|&) {_BRIEF})\b")


def listed_ministries(text: str, entities: dict[str, DocumentEntity], briefs: frozenset[str]) -> None:
    """Adds to *entities* the ministries each list of *text* of the form "the ministries of
    A, B and C" names, when every brief of the list ends in a word of *briefs* (single
    words, lower case); a body the text names already is kept as it is.

    >>> found = {}
    >>> listed_ministries("It went to the ministries of heavy industries and home affairs.", found,
    ...                   frozenset({"industries", "affairs"}))
    >>> sorted(e.name for e in found.values())
    ['Ministry of Heavy Industries', 'Ministry of Home Affairs']
    """
    for found in _LIST.finditer(text):
        listed, at, items = found["list"], 0, []
        for joint in [*_JOINT.finditer(listed), None]:
            items.append((at, joint.start() if joint else len(listed)))
            at = joint.end() if joint else at
        words = [listed[a:b].split() for a, b in items]
        if any(w[-1].lower() not in briefs or w[0].lower() in _NOT_BRIEFS for w in words):
            continue
        for (a, b), item in zip(items, words):
            name = "Ministry of " + " ".join(w[:1].upper() + w[1:] for w in item)
            key = f"GovernmentBody:{name_key(name)}"
            if key in entities:
                continue
            start = found.start("list") + a
            entities[key] = DocumentEntity(key=key, name=name, cls="GovernmentBody", iri=None,
                                           mentions=[(start, found.start("list") + b)])
            entities[key].surfaces[name] = None
