"""Whether a word of a sentence tells of what is to come ("will buy", "plans to invest") or
of a plan reported as made ("agreed to buy", "announced it plans to acquire"): dates and
qualifiers are read by it."""

from __future__ import annotations

import functools

from kg.ingest.normalize import reference_names

__all__ = ["announced", "planned", "to_come"]


def planned(token, *, steps: int = 4) -> bool:
    """Whether *token* (a verb, a noun or a date in the parse) speaks of what is to come:
    "will buy", "plans to invest", "is scheduled to visit ... from Sunday", looking up to
    *steps* heads above it."""
    return _plan_marker(token, steps) is not None


_MODALS = ("will", "would", "could", "may", "might", "to")
_PLAN_WORDS = ("plan", "consider", "aim", "seek", "mull", "weigh", "expect", "intend", "hope", "propose", "offer", "schedule")


def _plan_marker(token, steps: int):
    """The word that makes *token* speak of what is to come (one with a modal or "to", or a
    word of planning), of *token* and the *steps* heads above it; None if none does."""
    for _ in range(steps):
        if any(c.lower_ in _MODALS and c.dep_ in ("aux", "mark") for c in token.children) or token.lemma_ in _PLAN_WORDS:
            return token
        if token.head.i == token.i:
            break
        token = token.head
    return None


def to_come(token, *, steps: int = 6) -> bool:
    """Whether a date phrase (its root *token*) tells of what is to come, for reading
    "Tuesday" or "in November" as the next one: the text speaks of a plan (:func:`planned`),
    unless the plan is an infinitive that a verb in the past tense reports as made ("agreed
    to buy X on Tuesday": the Tuesday just gone; but "is scheduled to visit from Sunday, the
    spokesman said Friday" is to come)."""
    marked = _plan_marker(token, steps)
    if marked is None:
        return False
    infinitive = not any(c.lower_ != "to" and c.dep_ in ("aux", "mark") and c.lower_ in _MODALS for c in marked.children) \
        and any(c.lower_ == "to" and c.dep_ in ("aux", "mark") for c in marked.children)
    reported = marked.dep_ == "xcomp" and marked.head.tag_ == "VBD" and marked.head.lemma_.lower() in _announcing_verbs()
    return not (infinitive and reported)


def announced(token, *, steps: int = 4) -> bool:
    """Whether *token* is a plan a verb in the past tense reports as made: "announced it
    plans to acquire", "agreed to buy", "said it would invest" (the verbs are
    ``announcing_verbs`` of data/reference/names.yaml), looking up to *steps* heads above."""
    verbs = _announcing_verbs()
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.tag_ == "VBD" and token.lemma_.lower() in verbs:
            return True
    return False


@functools.cache
def _announcing_verbs() -> frozenset[str]:
    return frozenset(str(v).lower() for v in reference_names().get("announcing_verbs", ()))
