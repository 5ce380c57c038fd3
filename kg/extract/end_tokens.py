"""Tokens a rule's end stands on: a mention, the name a common noun is written just before,
a round named by its series, and the names listed with a mention."""

from __future__ import annotations

from kg.extract.spans import coordinated

__all__ = ["is_series", "listed", "name_after", "name_or_named"]

#: What English writes after a possessor.
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def is_series(token) -> bool:
    """Whether *token* names a round by its series ("the Series A was led by ...")."""
    return len(token.text) <= 2 and any(c.lower_ == "series" and c.dep_ == "compound" for c in token.children)


def name_after(token):
    """The name a common noun is written just before, as its own description: "existing
    investors Iconia, Sorel and Mubo", "wheelchair maker Whill" (the parser hangs the name on
    the noun as a modifier or in apposition); else None."""
    if token._.kg_entity or token.pos_ != "NOUN" or token.i + 1 >= len(token.doc):
        return None
    after = token.doc[token.i + 1]
    if after._.kg_entity and after.head.i == token.i and after.dep_ in ("appos", "amod", "compound", "nmod", "npadvmod"):
        return after
    return None


def name_or_named(token):
    """*token* if it is a mention, else the name it is written just before, else None."""
    return token if token._.kg_entity else name_after(token)


def listed(tokens: list) -> list:
    """The mention of *tokens* (at most one) and the mentions listed with it ("A, B and C"),
    except for a possessor or a name that modifies the noun after it: in "A, B and C's
    unit" and in "A, B and C unit D" the unit is C's alone."""
    if tokens and tokens[0].i + 1 < len(tokens[0].doc):
        after = tokens[0].doc[tokens[0].i + 1]
        # "unit" modifies the name after it; a verb the tagger took for a noun ("A and B
        # hold 5 percent") does not.
        if after.text in _POSSESSIVE_MARKS or after.pos_ == "NOUN" and not after._.kg_entity and after.dep_ in ("compound", "nmod"):
            return list(tokens[:1])
    return coordinated(tokens)
