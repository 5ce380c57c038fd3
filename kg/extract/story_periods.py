"""The period a story's figures are for: "Japan's exports tumbled for the seventh month in
June ... Exports to China fell 10%" tells June's trade throughout, dated once, in the lede.

``story_period`` of a relation in ``ontology/triggers.yaml`` lists words of its figures
(``{words: [export, import, trade, ...]}``): a fact of the relation that its own sentence
leaves undated takes the first date, not one of the telling ("the ministry said on
Thursday") nor of the base a figure is compared with ("up 4% from last year"), of the text's
first sentence that holds one of those words and a date. The day the news is published is
no period of figures: a fact dated only by it is undated here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import OntologyError
from kg.extract.date_words import DateWords, date_words
from kg.extract.parse_paths import comparison_base, in_other_time_phrase
from kg.extract.patterns import token_mark
from kg.extract.plans import dates_telling, goal_date
from kg.extract.trigger_words import relation_entries
from kg.ontology import Ontology

__all__ = ["StoryPeriod", "dated_by_story", "load_story_periods", "period_of", "period_referred"]


@dataclass(frozen=True)
class StoryPeriod:
    """The words of a relation's figures, lemmas in lower case."""

    words: frozenset[str]


def load_story_periods(ontology: Ontology, folder: Path | None = None) -> dict[str, StoryPeriod]:
    """Relation (FORMAT.md name) -> its ``story_period`` of ``ontology/triggers.yaml``; an
    OntologyError names the relation whose entry is broken."""
    found: dict[str, StoryPeriod] = {}
    for relation_name, spec, how in relation_entries("story_period", folder):
        where = f"triggers.yaml: {relation_name}: story_period"
        words = how.get("words") if isinstance(how, dict) and set(how) == {"words"} else None
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise OntologyError(f"{where}: must be {{words: [a list of words]}}")
        relation = ontology.relation(str(relation_name))
        if "date" not in (spec.get("carries") or ()):
            raise OntologyError(f"{where}: {relation.eval_name} carries no date")
        found[relation.eval_name] = StoryPeriod(frozenset(w.strip().lower() for w in words))
    return found


def period_of(doc, words: frozenset[str]) -> str | None:
    """The first date, not one of the telling, of *doc*'s first sentence that holds one of
    *words* (by lemma) and such a date; None if no sentence does."""
    for sentence in doc.sents:
        if not any(t.lemma_.lower() in words or t.lower_ in words for t in sentence):
            continue
        for token in sentence:
            if token_mark(token, "kg_value_kind") == "date" and token_mark(token, "kg_value") and not dates_telling(token) and not goal_date(token) \
                    and not comparison_base(token) and not in_other_time_phrase(token) and not _on_other_noun(token, words):
                return str(token_mark(token, "kg_value"))
    return None


def _on_other_noun(date, words: frozenset[str]) -> bool:
    """Whether *date* is held by a clause on a noun that is none of the figures' *words*
    ("exports fell 8%, hit by tariffs imposed in March"): the date of what the noun names."""
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN") \
        and verb.head.lemma_.lower() not in words and verb.head.lower_ not in words


def dated_by_story(doc, relations: list[dict], periods: dict[str, StoryPeriod], published: str | None) -> None:
    """Gives the facts of *relations* whose relation has a story period and that have no
    date, or only the day the news was *published*, the period of *doc*'s figures (see the
    module's text), in place."""
    found: dict[frozenset[str], str | None] = {}
    for fact in relations:
        rule = periods.get(fact["predicate"])
        if rule is None or fact["qualifiers"].get("date") not in (None, published):
            continue
        if rule.words not in found:
            found[rule.words] = period_of(doc, rule.words)
        if found[rule.words]:
            fact["qualifiers"]["date"] = found[rule.words]


def period_referred(phrase, earlier: list) -> str | None:
    """The period a length on "period" refers back to ("During the six-month period, X
    exported ...", "in the 10-month period": the first six months, January to October, that
    the text dated before): the last of the *earlier* date values that is a period of as many
    months; None for any other phrase (a token), or where none is."""
    if phrase.head.lemma_.lower() != "period":
        return None
    counts = DateWords.alternation(date_words().counts)
    found = re.fullmatch(rf"(?:the\s+)?(\d{{1,2}}|{counts})[\s-]+months?", phrase.text.casefold().strip())
    if not found:
        return None
    length = date_words().counts.get(found.group(1)) or int(found.group(1))
    for value in reversed([str(v) for v in earlier if v]):
        ends = re.fullmatch(r"(\d{4})-(\d{2})/(\d{4})-(\d{2})", value)
        if ends and (int(ends.group(3)) - int(ends.group(1))) * 12 + int(ends.group(4)) - int(ends.group(2)) + 1 == length:
            return value
    return None
