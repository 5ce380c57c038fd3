"""One actor left as two entities: a name that is another entity's other name ("Hon Hai
Precision Industry, better known as Foxconn", then "Foxconn" on its own; "Natarajan
Chandrasekaran, often referred to as Chandra", then "Chandra" read as a firm). The
aliases were linked, yet a later mention resolved to an entity of the bare name: that
entity is folded into the one whose other name it is, its mentions and facts with it.
"""

from __future__ import annotations

from kg.extract.entities import DocumentEntity
from kg.ingest.normalize import name_key

__all__ = ["aliases_folded"]


def aliases_folded(entities: dict[str, DocumentEntity], relations: list[dict]) -> list[dict]:
    """Folds into another each entity of *entities* whose name is one of the other's
    surfaces (by normalised name; only where exactly one other entity has it) and returns
    *relations* with the folded names replaced; a fact that then ties an entity to itself,
    or repeats one already held, is dropped. So is a fact of an entity folded into one of
    another class ("Chandra" read as a firm, folded into a person): it was read for the
    wrong kind of actor, and renamed it could tie a person to a firm's relation."""
    others: dict[str, list[DocumentEntity]] = {}
    for entity in entities.values():
        for surface in {name_key(s) for s in entity.surfaces} - {name_key(entity.name)}:
            others.setdefault(surface, []).append(entity)
    renamed: dict[str, str] = {}
    retyped: set[str] = set()
    for entity in list(entities.values()):
        into = [o for o in others.get(name_key(entity.name), ()) if o is not entity and o.key in entities]
        if len(into) != 1 or entity.name in renamed.values():
            continue
        into[0].surfaces.update(entity.surfaces)
        into[0].mentions.extend(entity.mentions)
        del entities[entity.key]
        renamed[entity.name] = into[0].name
        if entity.cls != into[0].cls:
            retyped.add(entity.name)
    if not renamed:
        return relations

    def triple(relation: dict, subject: str, obj: str) -> tuple:
        return subject, relation["predicate"], obj, bool(relation.get("candidate"))

    moved = [r["subject"] in renamed or r["object"] in renamed for r in relations]
    seen = {triple(r, r["subject"], r["object"]) for r, m in zip(relations, moved) if not m}
    kept = []
    for relation, m in zip(relations, moved):
        if not m:
            kept.append(relation)
            continue
        if relation["subject"] in retyped or relation["object"] in retyped:
            continue
        subject, obj = renamed.get(relation["subject"], relation["subject"]), renamed.get(relation["object"], relation["object"])
        if subject == obj or triple(relation, subject, obj) in seen:
            continue
        seen.add(triple(relation, subject, obj))
        kept.append({**relation, "subject": subject, "object": obj})
    return kept
