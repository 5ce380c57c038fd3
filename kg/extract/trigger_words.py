"""The words of ontology/triggers.yaml that qualifiers are read by: a relation's deal nouns
("the transaction", "the round"), its verbs and nouns with the prepositions of their themes,
the verbs by which its object end acts, and the qualifiers it carries."""

from __future__ import annotations

import functools
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.values import price_verbs
from kg.resources import read_yaml, resource_dir

__all__ = ["all_deal_nouns", "carrying", "deal_nouns_of", "deal_verbs", "object_actor_verbs", "organisation_themes", "relation_entries", "stating_words",
           "trigger_nouns", "triggers"]


@functools.cache
def triggers() -> dict:
    """The relations of triggers.yaml, read once."""
    path = resource_dir("ontology") / "triggers.yaml"
    relations = (read_yaml(path, OntologyError, "extraction rules file") or {}).get("relations") or {}
    if not isinstance(relations, dict):
        raise OntologyError(f"{path.name}: 'relations' must be a mapping")
    return relations


def relation_entries(key: str, folder: Path | None = None) -> list[tuple[str, dict, object]]:
    """Each relation of ontology/triggers.yaml (or *folder*'s) that has an entry *key*: its
    name as written, its whole entry and the value under *key*. Read anew each call, for the
    loaders that check a folder's copy."""
    path = (folder or resource_dir("ontology")) / "triggers.yaml"
    data = read_yaml(path, OntologyError, "extraction rules file") or {}
    return [(str(name), spec, spec[key]) for name, spec in (data.get("relations") or {}).items()
            if isinstance(spec, dict) and spec.get(key) is not None]


@functools.cache
def all_deal_nouns() -> frozenset[str]:
    """The deal nouns of every relation: words that name a deal, whichever it is."""
    return frozenset(str(w).lower() for spec in triggers().values() if isinstance(spec, dict)
                     for w in spec.get("deal_nouns") or ())


@functools.cache
def deal_verbs() -> frozenset[str]:
    """The verbs that state a deal with a price: the verb triggers, with their object as
    theme, of every relation that carries an amount ("acquire", "buy")."""
    return frozenset(str(w).lower() for spec in triggers().values() if isinstance(spec, dict) and "amount" in (spec.get("carries") or ())
                     for g in spec.get("triggers") or () if isinstance(g, dict) and g.get("kind") == "verb" and g.get("theme") == "direct"
                     and not g.get("round_only") and not g.get("marked") for w in g.get("words") or ())


def deal_nouns_of(relation: str) -> frozenset[str]:
    """The deal nouns by which a later sentence refers back to a fact of *relation*."""
    return frozenset(str(w).lower() for w in (triggers().get(relation) or {}).get("deal_nouns") or ())


@functools.cache
def object_actor_verbs(relation: str) -> frozenset[str]:
    """The verbs of *relation* in triggers.yaml by which its object end acts ("Hanul raised
    $10 million from Daewon"): money hanging on one is the deal's."""
    groups = (triggers().get(relation) or {}).get("triggers") or []
    return frozenset(str(w).lower() for g in groups if isinstance(g, dict) and g.get("kind") == "verb"
                     and g.get("actor") == "object" and not g.get("round_only") for w in g.get("words") or ())


@functools.cache
def trigger_nouns(relation: str) -> frozenset[str]:
    """The nouns that state *relation* in triggers.yaml ("stake", "holding"); not those of
    a marked wording only ("the sale of Hanul to Minjin": "sales reaching $2 billion" are
    no deal)."""
    groups = (triggers().get(relation) or {}).get("triggers") or []
    return frozenset(str(w).lower() for g in groups if isinstance(g, dict) and g.get("kind") == "noun"
                     and not g.get("round_only") and not g.get("marked") for w in g.get("words") or ())


@functools.cache
def figure_words() -> frozenset[str]:
    """The words of every relation's figures, its ``story_period`` words in triggers.yaml
    ("export", "imports", "trade")."""
    return frozenset(str(w).lower() for spec in triggers().values() if isinstance(spec, dict)
                     for w in (spec.get("story_period") or {}).get("words") or ())


def carrying(relation: str) -> tuple:
    """The qualifiers a fact of *relation* carries."""
    return tuple((triggers().get(relation) or {}).get("carries") or ())


def stating_words(deal_nouns: dict[str, frozenset[str]]) -> dict[str, dict[str, frozenset[str]]]:
    """The verbs and nouns that state each relation, each with the prepositions that
    introduce its theme (or ``direct``): its trigger words of those kinds in
    ontology/triggers.yaml (not those of a funding round only), and the deal nouns that
    refer to it (their theme by "of", "in" or "for": "the acquisition of X"); and, for a
    relation that carries an amount, the verbs of paying (``price_verbs`` of money.yaml)."""
    words: dict[str, dict[str, set[str]]] = {}
    for relation, spec in triggers().items():
        for group in (spec or {}).get("triggers") or []:
            if not isinstance(group, dict) or group.get("kind") not in ("verb", "noun") or group.get("round_only"):
                continue
            theme = group.get("theme")
            themes = {"direct"} if theme == "direct" else {str(p).lower() for p in theme or ()}
            # "took a $1.5 billion stake in X" states the investment the stake also is.
            for told in (relation, *(group.get("also") or ())):
                for word in group.get("words") or ():
                    words.setdefault(str(told), {}).setdefault(str(word).lower(), set()).update(themes)
    for noun, relations in deal_nouns.items():
        for relation in relations:
            words.setdefault(relation, {}).setdefault(noun, set()).update(("of", "in", "for"))
    # "Daewon will pay $300 million for the company": a price states any deal that has one.
    for relation, spec in triggers().items():
        if "amount" in ((spec or {}).get("carries") or ()):
            for verb, themes in price_verbs().items():
                words.setdefault(str(relation), {}).setdefault(verb, set()).update(themes)
    return {relation: {word: frozenset(themes) for word, themes in found.items()} for relation, found in words.items()}


def organisation_themes(ontology) -> dict[str, frozenset[str]]:
    """The verbs and nouns by which money or ownership goes into an organisation, each with
    the prepositions that introduce it (or ``direct``): the trigger words of the relations
    kg.ttl marks as investments, by which their subject acts, and those relations' deal
    nouns ("invested in X", "acquired X", "the acquisition of X"). A name NER calls a work or
    a product in such a place is a firm's.

    >>> from kg.ontology import load_ontology
    >>> themes = organisation_themes(load_ontology())
    >>> "in" in themes["invest"], "direct" in themes["acquire"], "of" in themes["acquisition"]
    (True, True, True)
    """
    found: dict[str, set[str]] = {}
    for relation, spec in triggers().items():
        spec = spec or {}
        if not ontology.relation(str(relation)).investment:
            continue
        for group in spec.get("triggers") or []:
            if not isinstance(group, dict) or group.get("kind") not in ("verb", "noun") or group.get("actor", "subject") != "subject":
                continue
            theme = group.get("theme")
            themes = {"direct"} if theme == "direct" else {str(p).lower() for p in theme or ()}
            for word in group.get("words") or ():
                found.setdefault(str(word).lower(), set()).update(themes)
        for noun in spec.get("deal_nouns") or ():
            found.setdefault(str(noun).lower(), set()).update(("of", "in", "for"))
    return {word: frozenset(themes) for word, themes in found.items()}
