"""What the extraction tests read out of a kg-eval/1 record, written once."""

from __future__ import annotations

__all__ = ["direct_facts", "entity_classes", "fact_dates", "fact_qualifiers", "parsed_doc"]


def fact_qualifiers(record: dict, subject: str, predicate: str, obj: str) -> dict:
    """The qualifiers of the fact (not a candidate) ``subject predicate obj`` of *record*;
    the test fails with the facts found instead when it is missing."""
    found = [r for r in record["relations"]
             if (r["subject"], r["predicate"], r["object"]) == (subject, predicate, obj) and not r.get("candidate")]
    assert found, f"no fact {subject} {predicate} {obj} in {[(r['subject'], r['predicate'], r['object']) for r in record['relations']]}"
    return found[0]["qualifiers"]


def direct_facts(record: dict) -> set[tuple[str, str, str]]:
    """The facts of *record* written as direct triples (not candidates), as triples."""
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


def fact_ends(record: dict, predicate: str) -> set[tuple[str, str]]:
    """The (subject, object) of each direct fact of *predicate* in *record*."""
    return {(s, o) for s, p, o in direct_facts(record) if p == predicate}


def fact_dates(record: dict, predicate: str) -> dict[tuple[str, str], str | None]:
    """The date qualifier of each direct fact of *predicate* in *record*, by its two ends."""
    return {(r["subject"], r["object"]): (r.get("qualifiers") or {}).get("date") for r in record["relations"]
            if r["predicate"] == predicate and not r.get("candidate")}


def entity_classes(record: dict) -> dict[str, set[str]]:
    """The classes *record* gives each name of its entities, aliases included."""
    found: dict[str, set[str]] = {}
    for entity in record["entities"]:
        for name in (entity["name"], *entity["aliases"]):
            found.setdefault(name, set()).add(entity["type"])
    return found


def parsed_doc(words, heads, deps, tags, named, pos=None):
    """A spaCy Doc of *words* with the parse given (and the parts of speech, if any), the
    tokens at *named* marked as kg's mentions: what the parse repairs are tried on."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.patterns import register_token_extensions

    register_token_extensions()
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)
    for i in named:
        doc[i]._.kg_entity = words[i]
    return doc
