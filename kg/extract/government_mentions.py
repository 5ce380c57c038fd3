"""Where a name stands for a government or for what a government owns: a capital acting as
its government ("Beijing retaliated"), a country's public body ("US Congress"), a country's
plan or law named before a policy's noun ("Saudi Arabia's Vision 2030 plan"). Moved out of
:mod:`kg.extract.mention_classes`, which decides the class with these answers among others."""

from __future__ import annotations

import functools
from collections.abc import Callable, Collection
from dataclasses import dataclass

from kg.errors import IngestError
from kg.extract.doc_ents import ents_of
from kg.extract.entities import KnownEntity
from kg.ingest.normalize import name_key
from kg.resources import resource_dir, word_set

__all__ = ["GovernmentCues"]


@dataclass(frozen=True)
class GovernmentCues:
    """What tells a government's name: the known names (name key to entity), demonyms,
    *seats* (capitals that stand for their government), *government_verbs* (by which
    governments act) and *government* (words of a public body's name)."""

    known: dict[str, KnownEntity]
    demonyms: dict[str, str]
    seats: frozenset[str] = frozenset()
    government_verbs: frozenset[str] = frozenset()
    government: tuple[str, ...] = ()

    def acts_as_government(self, ent) -> bool:
        """Whether a capital's mention is the subject of a verb by which governments act
        ("Beijing retaliated", "Washington has warned"), itself or coordinated with one, or
        owns a policy ("Beijing's Anti-Foreign Sanctions Law")."""
        token = ent.root
        if token.dep_ == "poss" and token.head.ent_type_ in ("KG:Policy", "LAW"):
            return True  # "Beijing's Anti-Foreign Sanctions Law": a government owns it
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        return token.dep_ == "nsubj" and token.head.lemma_ in self.government_verbs

    def country_body(self, words: list[str]) -> bool:
        """Whether a name is a country's name or people's before a word that names a public
        body as well as an event ("US Congress", "Mexican Congress"; not "World Mobile Congress")."""
        if words[-1].casefold() not in self.government:
            return False
        country = " ".join(words[:-1])
        known = self.known.get(name_key(country))
        return bool(self.demonyms.get(country)) or known is not None and known.cls == "Country"

    def named_policy(self, ent, legal_form: Callable[[str], bool], firm_words: Collection[str]) -> bool:
        """Whether a name is a country's plan or law, named before a policy's noun the country
        or its government owns ("Saudi Arabia's Vision 2030 plan", "the Saudi Vision 2030
        plan", "the government's Hanul Digital programme"): a firm's name before "plan" ("the
        Hanul plan") has no such owner. ``policy_nouns`` and ``government_nouns`` of names.yaml."""
        doc = ent.doc
        # "India's Production Linked Incentive (PLI) scheme": the name's initials between.
        at = ent.end + 3 if doc[ent.end:ent.end + 3].text.replace(" ", "").startswith("(") and doc[ent.end + 2:ent.end + 3].text == ")" \
            else ent.end
        # Every word hung outside the name hangs on the noun ("Production Linked Incentive
        # scheme", where the tagger makes "Linked" a participle and the root).
        outside = [t for t in ent if not ent.start <= t.head.i < ent.end]
        if at >= len(doc) or any(t.head.i != at or t.dep_ not in ("compound", "nmod", "amod") for t in outside):
            return False
        noun = doc[at]
        if not noun.is_lower or noun.lower_ not in _policy_nouns() or legal_form(ent.text) \
                or any(w.lower() in firm_words for w in ent.text.split()):
            return False
        if any(c.dep_ in ("acl", "relcl") or c.lower_ == "to" for c in noun.children):
            return False  # "China's BYD plan to build a plant": a firm's plan
        names = {t.i: e.text for e in ents_of(doc) for t in e}
        for owner in noun.children:
            name = names.get(owner.i, owner.text)
            known = self.known.get(name_key(name))
            if owner.dep_ == "poss" and (owner.lower_ in _government_nouns() or name in self.seats
                                         or known is not None and known.cls in ("Country", "GovernmentBody")):
                return True
            if owner.dep_ in ("amod", "compound", "nmod") and owner.i < ent.start and self.demonyms.get(name):
                return True
        return False


@functools.cache
def _policy_nouns() -> frozenset[str]:
    """``policy_nouns`` of names.yaml: common nouns a plan's or a law's name is written before."""
    return word_set(resource_dir("data") / "reference" / "names.yaml", "policy_nouns", IngestError, "reference data",
                    required=True)


@functools.cache
def _government_nouns() -> frozenset[str]:
    """``government_nouns`` of names.yaml: the nouns by which a text names a government."""
    return word_set(resource_dir("data") / "reference" / "names.yaml", "government_nouns", IngestError, "reference data",
                    required=True)
