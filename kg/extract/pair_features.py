"""Features of two entities named in one sentence, for the learned pair scorer.

The rules (trigger words in syntactic frames) miss facts whose wording no rule reads. The
pair scorer (:mod:`kg.extract.pair_scorer`) looks instead at every two entities of a
sentence whose classes could be the ends of some relation of the ontology, and describes
each such *pair case* by what a reader would look at: the two classes, the shortest path
between them in the dependency parse (its words and its arcs), the words between them,
the trigger words of ``ontology/triggers.yaml`` on that path, between them or in the
sentence (by the relation they trigger: a feature names the relation as data, never in
code), how far apart they are, whether an end was reached through a reference, and what
the rules already said of the two.

The document is the one :class:`~kg.extract.pipeline.Extractor` hands its ``extra_facts``
hook: mentions and values merged into single tokens carrying ``kg_entity``, ``kg_class``
and ``kg_value_kind``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kg.errors import OntologyError
from kg.resources import read_yaml, resource_dir

__all__ = ["PairCase", "PairFeatures", "trigger_words", "fitting_relations"]

#: Dependency paths longer than this many arcs are described only by their length: a
#: fact is seldom stated across so much of a parse, and the long paths are all different.
_MAX_PATH = 6
#: At most this many words between the two ends are read as words between.
_MAX_BETWEEN = 12


@dataclass(frozen=True)
class PairCase:
    """Two entities named in one sentence, in text order, and what describes them."""

    first: str  # entity key of the mention that comes first in the text
    second: str
    features: tuple[str, ...]
    evidence: tuple[int, int]  # the sentence's character offsets
    arcs: int = 99  # length of the dependency path between the two (99: none)


@functools.cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Word (lower case, or lemma for verbs and nouns) -> the relations
    ``ontology/triggers.yaml`` lets it trigger."""
    path = resource_dir("ontology") / "triggers.yaml"
    data = read_yaml(path, OntologyError, "trigger file")
    words: dict[str, set[str]] = {}
    for relation, spec in ((data or {}).get("relations") or {}).items():
        for group in (spec or {}).get("triggers") or ():
            for word in group.get("words") or ():
                for part in str(word).lower().split():
                    words.setdefault(part, set()).add(str(relation))
    return {word: frozenset(relations) for word, relations in words.items()}


def fitting_relations(ontology, relations: Iterable[str], first_cls: str, second_cls: str) -> list[tuple[str, bool]]:
    """The relations of *relations* (FORMAT.md names) whose domain and range the two
    classes fit, each with its direction: ``(name, True)`` when the first is the subject,
    ``(name, False)`` when the second is."""
    fits = []
    for name in relations:
        relation = ontology.relation(name)
        domain, range_ = ontology.cls(relation.domain).name, ontology.cls(relation.range).name
        if ontology.is_subclass(first_cls, domain) and ontology.is_subclass(second_cls, range_):
            fits.append((name, True))
        if ontology.is_subclass(second_cls, domain) and ontology.is_subclass(first_cls, range_):
            fits.append((name, False))
    return fits


def _bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def _word(token) -> str:
    """How a token appears in a feature: a mention by its class, a value by its kind, any
    other word by its lemma in lower case."""
    if token._.kg_entity:
        return f"<{token._.kg_class or 'entity'}>"
    if token._.kg_value_kind:
        return f"<{token._.kg_value_kind}>"
    return token.lemma_.lower()


def _chain(token) -> list:
    chain = [token]
    while chain[-1].head.i != chain[-1].i and len(chain) < 60:
        chain.append(chain[-1].head)
    return chain


def _path(a, b) -> tuple[list, object, list] | None:
    """The tokens from *a* up to the lowest common head, that head, and the tokens from it
    down to *b* (the ends included), or None when they share no head."""
    up, down = _chain(a), _chain(b)
    down_index = {t.i: n for n, t in enumerate(down)}
    for n, token in enumerate(up):
        if token.i in down_index:
            return up[:n], token, list(reversed(down[:down_index[token.i]]))
    return None


class PairFeatures:
    """Finds the pair cases of a parsed document and describes them.

    Parameters
    ----------
    ontology : kg.ontology.Ontology
        For the relations' domains and ranges.
    relations : Iterable[str]
        The relations (FORMAT.md names) a pair may hold: a pair is a case only if its
        classes fit one of them either way round.
    """

    def __init__(self, ontology, relations: Iterable[str]) -> None:
        self.ontology = ontology
        self.relations = tuple(sorted(set(relations)))
        self._triggers = trigger_words()
        self._fit_memo: dict[tuple[str, str], list] = {}

    def fits(self, first_cls: str, second_cls: str) -> list[tuple[str, bool]]:
        """:func:`fitting_relations` of the scorer's relations, remembered per class pair."""
        key = (first_cls, second_cls)
        if key not in self._fit_memo:
            self._fit_memo[key] = fitting_relations(self.ontology, self.relations, first_cls, second_cls)
        return self._fit_memo[key]

    def cases(self, doc, entities: Mapping, relations: Iterable[Mapping] = ()) -> list[PairCase]:
        """Every pair case of *doc*: two mentions of different entities in one sentence
        whose classes fit a relation, described by :meth:`describe`."""
        said: dict[tuple[str, str], list[str]] = {}
        names = {e.name: key for key, e in entities.items()}
        for fact in relations:
            s, o = names.get(fact.get("subject")), names.get(fact.get("object"))
            if s and o:
                weak = "?" if fact.get("confidence") is not None and float(fact["confidence"]) < 0.5 else ""
                said.setdefault((s, o), []).append(f"{fact['predicate']}>{weak}")
                said.setdefault((o, s), []).append(f"{fact['predicate']}<{weak}")
        cases = []
        for sentence in doc.sents:
            mentions = [t for t in sentence if t._.kg_entity and t._.kg_entity in entities]
            if len(mentions) < 2:
                continue
            sentence_triggers = {r for t in sentence for r in self._relations_of(t)}
            for n, a in enumerate(mentions):
                for b in mentions[n + 1:]:
                    ea, eb = entities[a._.kg_entity], entities[b._.kg_entity]
                    if ea.key == eb.key or not self.fits(ea.cls, eb.cls):
                        continue
                    features = self.describe(a, b, ea.cls, eb.cls, sentence_triggers, said.get((ea.key, eb.key), ()))
                    path = _path(a, b)
                    arcs = len(path[0]) + len(path[2]) if path else 99
                    cases.append(PairCase(ea.key, eb.key, tuple(features), (sentence.start_char, sentence.end_char), arcs))
        return cases

    def _relations_of(self, token) -> frozenset[str]:
        if token._.kg_entity or token._.kg_value_kind:
            return frozenset()
        return self._triggers.get(token.lower_, frozenset()) | self._triggers.get(token.lemma_.lower(), frozenset())

    def describe(self, a, b, a_cls: str, b_cls: str, sentence_triggers: Iterable[str] = (), said: Iterable[str] = ()) -> list[str]:
        """The features of the pair of mention tokens *a* (first in the text) and *b*."""
        features = ["bias-pair", f"cls={a_cls}|{b_cls}", f"cls1={a_cls}", f"cls2={b_cls}"]
        if a._.kg_coref:
            features.append("ref1")
        if b._.kg_coref:
            features.append("ref2")
        gap = b.i - a.i - 1
        features.append(f"gap={_bucket(gap)}")
        between = a.doc[a.i + 1:b.i]
        others = sum(1 for t in between if t._.kg_entity)
        features.append(f"others={_bucket(others)}")
        if gap <= _MAX_BETWEEN:
            words = [_word(t) for t in between if not t.is_punct or t.text in ",()"]
            features.extend(f"btw={w}" for w in set(words))
            if len(words) <= 4:
                features.append("btwseq=" + " ".join(words))
        else:
            features.append("btw=far")
        features.extend(f"trig-btw={r}" for r in {r for t in between for r in self._relations_of(t)})
        features.extend(f"trig-sent={r}" for r in sentence_triggers)
        path = _path(a, b)
        if path is None:
            features.append("path=none")
        else:
            up, top, down = path
            arcs = len(up) + len(down)
            features.append(f"arcs={_bucket(arcs)}")
            middle = [*up[1:], *([top] if top.i not in (a.i, b.i) else []), *down[:-1]]
            if arcs <= _MAX_PATH:
                steps = [f"{t.dep_}^" for t in up] + ([_word(top)] if top.i not in (a.i, b.i) else ["."]) + [f"v{t.dep_}" for t in down]
                deps = " ".join(steps)
                features.append("dpath=" + deps)
                words = " ".join([*(f"{t.dep_}^ {_word(t.head)}" for t in up), *(f"v{t.dep_}" for t in down)])
                features.append("lpath=" + words)
                features.append(f"dpath+cls={a_cls}|{deps}|{b_cls}")
            else:
                features.append("dpath=long")
            features.extend(f"on={_word(t)}" for t in middle)
            features.extend(f"arc1={t.dep_}" for t in up[:1])
            features.extend(f"arc2={t.dep_}" for t in down[-1:])
            features.append(f"top={_word(top) if top.i not in (a.i, b.i) else ('first' if top.i == a.i else 'second')}")
            features.append(f"top+cls={_word(top)}|{a_cls}|{b_cls}")
            features.extend(f"trig-path={r}" for r in {r for t in middle for r in self._relations_of(t)})
        features.extend(f"rule={s}" for s in said)
        return features
