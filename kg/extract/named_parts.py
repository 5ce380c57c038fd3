"""Names written as a unit of another name just after it ("Hanul Textiles, Inc., an
operating subsidiary of Hanul, Inc."): two organisations, however much of the one's name
the other's starts (moved out of :mod:`kg.extract.coreference`, which asks it)."""

from __future__ import annotations

import bisect
import re

from kg.extract.entities import DocumentEntity
from kg.extract.guard import setting_words

__all__ = ["parts_named"]

#: The most characters between a part's name and its owner's (an owner's description may
#: stand between: "the venturing subsidiary of US-headquartered software provider Hanul").
_GAP = 110


def parts_named(text: str, entities: dict[str, DocumentEntity]) -> set[tuple[str, str]]:
    """(part, owner) for each name written as a unit of another just after it (the
    ``named_part_nouns`` of the setting words), perhaps after words that describe the
    owner, by the entities' keys.

    Only the owners' names that start within :data:`_GAP` characters after a part's name
    are read (the mentions' starts sorted once), not every pair of mentions of the text.

    >>> from kg.extract.entities import DocumentEntity
    >>> text = "Hanul Textiles, Inc., an operating subsidiary of Hanul, Inc., said Daewon bought it."
    >>> part = DocumentEntity(key="Company:hanul textiles", name="Hanul Textiles", cls="Company", iri=None)
    >>> owner = DocumentEntity(key="Company:hanul", name="Hanul", cls="Company", iri=None)
    >>> other = DocumentEntity(key="Company:daewon", name="Daewon", cls="Company", iri=None)
    >>> part.mentions, owner.mentions, other.mentions = [(0, 14)], [(49, 54)], [(67, 73)]
    >>> sorted(parts_named(text, {e.key: e for e in (part, owner, other)}))
    [('Company:hanul textiles', 'Company:hanul')]
    """
    nouns = "|".join(sorted(setting_words("named_part_nouns")))
    between = re.compile(rf"^[\s,.]*(?:(?:Inc|Ltd|Corp|Co|LLC|plc|PLC)\b[.,]*\s*)?,?\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+of\s+(?:[\w'’-]+\s+){{0,5}}$", re.I)
    starts = sorted((start, number) for number, owner in enumerate(entities.values()) for start, _ in owner.mentions)
    firsts = [start for start, _ in starts]
    owners = list(entities.values())
    found = set()
    for part in owners:
        for _, end in part.mentions:
            for start, number in starts[bisect.bisect_right(firsts, end):bisect.bisect_right(firsts, end + _GAP)]:
                owner = owners[number]
                if owner is not part and (part.key, owner.key) not in found and between.match(text[end:start]):
                    found.add((part.key, owner.key))
    return found
