"""What the text tells of one investor of a round: what it calls it ("an existing investor",
"earlier investors A and B"), the role of its fact, and the money it put in itself ("led by
A, which put in $20 million"; "A and B invested $12 million and $4 million, respectively")."""

from __future__ import annotations

from kg.extract.guard import setting_words
from kg.extract.parse_paths import hangs_on
from kg.extract.patterns import token_mark
from kg.extract.values import money_of, part_verbs

__all__ = ["described_as", "own_part"]


def described_as(mention) -> str:
    """The description the text gives a mention, when it is a holder noun with an
    adjective ("Minjin, an existing investor,", "earlier investors Minjin and Sora"):
    "existing investor"; else ""."""
    doc = mention.doc
    nouns = [c for c in mention.children if c.dep_ == "appos"]
    if mention.dep_ == "appos":
        nouns.append(mention.head)
    if mention.i > 0 and doc[mention.i - 1].pos_ == "NOUN":
        nouns.append(doc[mention.i - 1])
    for noun in nouns:
        if noun.lemma_.lower() in setting_words("holder_nouns"):
            words = [c.lower_ for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
            if words:
                return " ".join([*words, noun.lemma_.lower()])
    if mention.dep_ == "conj" and mention.head.ent_type_:
        return described_as(mention.head)  # "earlier investors A and B": B's too
    return ""


def own_part(mention) -> dict:
    """The money an investor itself put into a round, where a clause on its mention says so
    ("led by Arden, which put in $20 million"; "Arden, contributing $20 million,"): the
    amount and currency, or {}. The clause's verb must be one of putting money in
    (``part_verbs`` of money.yaml), not in the perfect ("which has invested $2 billion" tells
    of all it ever put in) and with no firm it went into ("which invested $5 million in X").
    Else the sum "respectively" pairs with it, if any."""
    if isinstance(mention, str):
        return {}
    for clause in mention.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in part_verbs():
            continue
        if any(c.lemma_ == "have" and c.dep_ == "aux" for c in clause.children):
            continue
        if any(c.dep_ == "prep" and any(token_mark(g, "kg_entity") for g in c.children) for c in clause.children):
            continue
        money = [t for t in clause.subtree if token_mark(t, "kg_value_kind") == "money" and token_mark(t, "kg_value") is not None and hangs_on(t, clause)]
        if money:
            return money_of(money)
    return _respective_money_of(mention)


def _respective_money_of(mention) -> dict:
    """The sum of a sentence that pairs names and sums "respectively" ("A and B invested $10
    million and $5 million, respectively"), the one in *mention*'s place among the names;
    {} when the counts differ."""
    sentence = mention.sent
    if not any(t.lower_ == "respectively" for t in sentence):
        return {}
    first = mention
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    names = [t for t in first.subtree if token_mark(t, "kg_entity") and (t.i == first.i or t.dep_ == "conj")]
    money = [t for t in sentence if token_mark(t, "kg_value_kind") == "money" and token_mark(t, "kg_value") is not None]
    if len(names) < 2 or len(names) != len(money) or mention.i not in [t.i for t in names]:
        return {}
    return money_of([money[[t.i for t in names].index(mention.i)]])
