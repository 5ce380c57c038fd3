"""The price a relative clause on the thing bought restates the deal with: "completed the
purchase of Hanul, which it agreed to buy in November for $800 million". The clause's verb
is a deal verb whose object is the relative pronoun, so its money is the fact's own deal's,
told at the time it was agreed. Read by :mod:`kg.extract.qualifiers` when the fact's own
clause gives no sum."""

from __future__ import annotations

from kg.extract.patterns import token_mark
from kg.extract.trigger_words import deal_verbs

__all__ = ["clause_price"]

#: Relative pronouns that stand for the thing bought as the clause verb's object.
_RELATIVES = frozenset({"which", "that"})


def clause_price(trigger, values: list) -> list:
    """The money tokens of *values* (first one and those after it) that a relative clause on
    a word under *trigger* prices its bought thing with, or []."""
    for money in values:
        if token_mark(money, "kg_value_kind") != "money" or money.head.lower_ != "for":
            continue
        verb = money.head.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in deal_verbs() \
                or not any(c.dep_ == "dobj" and c.lower_ in _RELATIVES for c in verb.children):
            continue
        clause = verb
        while clause.dep_ in ("xcomp", "ccomp") and clause.head.i != clause.i:
            clause = clause.head  # "which it agreed to buy": the clause's own verb
        if clause.dep_ == "relcl" and clause.head.i != trigger.i and trigger in clause.head.ancestors:
            return [t for t in values if t.i >= money.i and token_mark(t, "kg_value_kind") == "money"]
    return []
