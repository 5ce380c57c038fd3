"""Clauses on an event at another time than the one a sentence tells: a clause opened by
"after" or "following" ("The deal comes after Daewon raised $50 million in March") and the
object of a verb that places the sentence's event after or before another ("The deal followed
the merger of X and Y in 2020"). A sum or date inside one is that other event's, not the
fact's the sentence refers back to. Read by :func:`kg.extract.parse_paths.in_other_time_phrase`."""

from __future__ import annotations

import functools

from kg.errors import IngestError
from kg.extract.date_words import date_words
from kg.resources import resource_dir, word_set

__all__ = ["other_time_clause"]


@functools.cache
def _sequence_verbs() -> frozenset[str]:
    return word_set(resource_dir("data") / "reference" / "dates.yaml", "other_time_verbs", IngestError, "reference data")


def other_time_clause(token, below) -> bool:
    """Whether *token*, an ancestor of *below* (the word a value hangs under), opens a clause
    on another time: a verb clause marked "after"/"following", or a verb of
    ``other_time_verbs`` (dates.yaml) whose object *below* is, or follows ("followed the
    merger of X and Y | in 2020": the parser may hang the date on the verb)."""
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in date_words().other_time_prepositions for c in token.children):
        return True
    return token.pos_ == "VERB" and token.lemma_.lower() in _sequence_verbs() and below.head.i == token.i \
        and any(c.dep_ == "dobj" and c.i <= below.i for c in token.children)
