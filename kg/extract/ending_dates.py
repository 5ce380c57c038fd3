"""Dates of an end told as to come, which date no fact that ends then: a deal's expected
closing ("expects to complete the acquisition in the second half", "is scheduled to close
on Wednesday") and a holder's leaving a post ("Kim will step down in June", "Kim will be
replaced by Park from March"). A deal agreed is a fact of the day it is agreed, which the
news tells, not of the day it is to close, and a post is dated by when it is taken, never by
when it is to end: such a fact takes the news' day instead
(:func:`kg.extract.event_dates.date_of`).
Told as done ("completed the purchase on Tuesday", "resigned on Friday"), the day is the
news' own event and dates the fact as before.

The verbs are ``closing_verbs`` and ``post_leaving_verbs`` of data/reference/dates.yaml, with
``post_succeeding_verbs`` in the passive."""

from __future__ import annotations

from kg.extract.date_words import date_words
from kg.extract.patterns import token_mark
from kg.extract.plans import planned

__all__ = ["end_to_come"]

_HOLDER_PRONOUNS = ("he", "she")


def end_to_come(date, trigger, ends: frozenset) -> bool:
    """Whether *date* (a date token) is that of an end told as to come of the fact whose
    *trigger* and entities (*ends*) are given: on a verb of closing a deal the trigger is not
    itself, or, for a title, on a verb of leaving a post (or of being replaced in it) whose
    subject is the title's holder."""
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.i == trigger.i or not planned(verb):
        return False
    words, lemma = date_words(), verb.lemma_.lower()
    if lemma in words.closing_verbs:
        return True
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if trigger.pos_ in ("VERB", "AUX") or not (lemma in words.post_leaving_verbs or passive and lemma in words.post_succeeding_verbs):
        return False
    # "Kim will step down in June", not "Park will take over when Kim steps down in June": the
    # holder, or the title itself, in the phrase before the verb, whatever the parse calls it
    # (a merged name may be hung on as an interjection: "Oh Se-ri, chairman of X, would step
    # down"; "Hanul president and chief executive Kim will step down" has the title as subject).
    return any(c.i < verb.i and c.dep_ not in ("prep", "advcl", "ccomp")
               and (token_mark(c, "kg_entity") in ends or c.lower_ in _HOLDER_PRONOUNS or c.left_edge.i <= trigger.i <= c.right_edge.i)
               for c in verb.children)
