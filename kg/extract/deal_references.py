"""The deal a sentence refers back to: a definite deal noun ("The transaction came to ...",
"Daewon completed the acquisition on April 3", "the $2.7 billion deal") that names no deal
of its own ("the purchase of a new plant"). Read by :mod:`kg.extract.restated_values` to
carry a later sentence's money and dates to the deal told before, and by
:mod:`kg.extract.qualifiers` for a round told with "the"."""

from __future__ import annotations

from kg.extract.parse_paths import hangs_on
from kg.extract.patterns import token_mark
from kg.extract.values import same_money_nouns

__all__ = ["deal_object", "deal_subject", "deal_with_own_money", "definite", "of_another"]


#: Possessive pronouns of a firm: "its acquisition" is the deal of the firm told before.
_OWNING = frozenset({"its", "their"})


def deal_subject(sentence, deal_nouns: dict[str, frozenset[str]], *, money: bool = False):
    """The definite deal noun a sentence refers back to a deal with, as its subject ("The
    transaction came to ...") or, where the parser made the noun the root, as its first
    noun ("The transaction, valued at ..., closed in March"); with *money*, the money
    itself may be that subject ("The $20 million will fund ...")."""
    for token in sentence:
        # The place in the parse tested first: the determiners are read only for a subject
        # (reading them at every token of every sentence cost ~0.1 s CPU per 60 mixes).
        if not (token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "ROOT" and token.pos_ == "NOUN"):
            continue
        # "The 4 billion yen share purchase": the parser may hang "the" on the sum before the noun.
        # "Its total acquisition costs reached ...": the firm's own deal, told before.
        if not (definite(token) or any(token_mark(c, "kg_value_kind") == "money" and definite(c) or c.dep_ == "poss" and (definite(c) or c.lower_ in _OWNING)
                                       for c in token.children if c.i < token.i)):
            continue
        if of_another(token):
            continue  # "The purchase of a new plant will cost $50 million": a deal of its own
        # "The sales of Hanul reached $2 billion": a deal noun in the plural tells back no one deal.
        if token.tag_ != "NNS" and token.lemma_.lower() in deal_nouns or money and token_mark(token, "kg_value_kind") == "money":
            return token
        if money and token.lemma_.lower() in same_money_nouns():
            # "The purchase price is $2 billion", "The deal's value came to ...", "The value of
            # the deal was ...": the deal noun the price is of.
            named = next((c for c in token.children if c.dep_ in ("compound", "poss") and c.lemma_.lower() in deal_nouns), None)
            # "The size of the investment was 20 billion won": the deal noun after "of", told before.
            named = named or next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                                   if g.dep_ == "pobj" and g.lemma_.lower() in deal_nouns and definite(g)), None)
            if named is not None:
                return named
    return None


def deal_with_own_money(sentence, deal_nouns: dict[str, frozenset[str]], money: list):
    """(a definite deal noun of *sentence* in any place, the sums of *money* written on it:
    "the $2.7 billion deal", "the deal, worth $2.7 billion", "the transaction, valued at $2.7
    billion"), or (None, []). Its own sum, with "the", says it is the deal told before."""
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.tag_ == "NNS" or noun.lemma_.lower() not in deal_nouns or of_another(noun):
            continue
        own = [t for t in money if hangs_on(t, noun) or t.head.lower_ == "at" and t.head.head.tag_ == "VBN"
               and t.head.head.dep_ == "acl" and t.head.head.head.i == noun.i]
        told_before = definite(noun) or any(token_mark(c, "kg_value_kind") == "money" and definite(c) for c in noun.children if c.i < noun.i)
        if own and told_before:
            first = min(t.i for t in own)
            return noun, [t for t in money if t.i >= first]
    return None, []


def deal_object(sentence, deal_nouns: dict[str, frozenset[str]]):
    """The definite deal noun a sentence refers back to a deal with as the object of its verb
    ("Daewon completed the acquisition on April 3"), or None."""
    return next((t for t in sentence if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.lemma_.lower() in deal_nouns
                 and definite(t) and not of_another(t)), None)


def of_another(noun) -> bool:
    """Whether a deal noun names a thing of its own after "of" with "a" ("the purchase of a new
    plant"), which no deal told before is; a part bought ("the purchase of a 41% stake") may be."""
    return any(g.dep_ == "pobj" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)
               and not any(token_mark(d, "kg_value_kind") == "percent" for d in g.subtree)
               for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)


def definite(token) -> bool:
    """Whether *token* is told with "the", "this" or "that": a deal noun so told refers back
    to a deal told before ("The transaction came to ...", "The round was led by ...")."""
    return any(c.lower_ in ("the", "this", "that") and c.dep_ == "det" for c in token.children)
