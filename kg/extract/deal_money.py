"""Which money of a sentence is a deal's: the sum written on the noun that names the deal,
not the firm's valuation nor the price of one share, and whether a sentence prices its deal
as an earlier one ("for the same price"). The words are data: ``valuation_words`` of
data/reference/names.yaml, ``same_money_nouns`` and the unit words of money.yaml."""

from __future__ import annotations

import functools

from kg.extract.parse_paths import comparison_base
from kg.extract.patterns import token_mark
from kg.extract.trigger_words import all_deal_nouns, deal_verbs
from kg.extract.values import money_reference_words, same_money_nouns, unit_price
from kg.ingest.normalize import reference_words

__all__ = ["base_money", "deal_valued", "listed_sum", "objects_paid", "on_deal_noun", "prices_as_before", "running_total", "valuation_words", "whole_value", "without_valuations"]


def on_deal_noun(triggers: list, money: list) -> list:
    """The money written on the noun that names the deal: the trigger noun, or the noun a
    participle trigger is on ("including a $25 million round led by X", "a round of $25
    million led by X"), not a total of the clause above ("has raised $80 million to date")."""
    if not triggers:
        return []
    noun = triggers[0] if triggers[0].pos_ == "NOUN" else triggers[0].head if triggers[0].dep_ == "acl" else None
    if noun is None or noun.pos_ != "NOUN":
        return []
    if any(t.i == noun.i for t in money):
        return [noun]  # "raised 3.1bn yen ($21.4m) of funding, backed by X": on the money itself
    return [t for t in money if t.head.i == noun.i or t.head.head.i == noun.i and t.head.lower_ == "of"]


def listed_sum(end):
    """The end's own sum where a clause pairs sums and ends ("exported $26.16 billion to
    Japan, $22.05 billion to the United States and $18.4 billion to China"): the money
    written right before the end's preposition, both on the same verb; None unless two such
    pairs or more, with different sums, stand on that verb (one sum before one end is the
    whole clause's, read as before)."""
    prep = end.head if getattr(end, "dep_", None) == "pobj" else None
    if prep is None or prep.dep_ != "prep" or prep.i == 0:
        return None
    doc, verb = end.doc, prep.head

    def before(marker):
        money = doc[marker.i - 1] if marker.i else None
        return money if money is not None and token_mark(money, "kg_value_kind") == "money" and token_mark(money, "kg_value") is not None \
            and money.head.i == verb.i else None

    pairs = [(p, before(p)) for p in verb.children if p.dep_ == "prep" and p.lower_ == prep.lower_]
    pairs = [(p, m) for p, m in pairs if m is not None]
    if len(pairs) < 2 or len({token_mark(m, "kg_value") for _, m in pairs}) < 2:
        return None
    return next((m for p, m in pairs if p.i == prep.i), None)


def without_valuations(values: list) -> list:
    """The values without the money that prices the firm rather than the deal ("values it
    at RMB 25b ($3.66 billion)", "at a valuation of $1 billion"), nor the figure beside it;
    "the deal was valued at $14 billion" and "for an equity value of $300 million" are the
    deal's. Nor the price of one share, nor where a change started."""
    words = valuation_words()
    # "$30 a share, or about $1.2 billion": the price of one share, not the deal; the
    # figure beside it is the deal's. Nor what a firm has raised in all ("brings its total
    # funding to $171 million").
    left_out: set[int] = {t.i for t in values if token_mark(t, "kg_value_kind") == "money" and (unit_price(t) or running_total(t) or _change_base(t)
                                                                              or _compared_base(t))}
    for token in values:
        if token_mark(token, "kg_value_kind") != "money" or token.i in left_out:
            continue
        head = token.head.head if token.head.pos_ == "ADP" else token.head
        # "bought X for an enterprise value of $300 million": what was paid, the deal's.
        paid = head.dep_ == "pobj" and head.head.lower_ == "for"
        if _describes_a_name(token) or _sizes_a_holder(token):
            left_out.add(token.i)  # "acquired Hanul, a company with $50 million in annual revenue"
        elif token.head.i in left_out and not unit_price(token.head) or _valuing(head, words) and not paid and (
                head.pos_ == "NOUN" or any(c.dep_ == "dobj" for c in head.children) or _active(head)):
            left_out.add(token.i)
    return [t for t in values if t.i not in left_out] if left_out else values


def _valuing(head, words: frozenset[str]) -> bool:
    """Whether *head*, the word a money value hangs on, prices a firm: a word of valuing, or
    a bound the parser made a noun with that word its modifier ("at a valuation north of $3
    billion", "a valuation upwards of"), where the bound says how much, not what."""
    return head.lemma_.lower() in words or head.pos_ in ("NOUN", "ADV") and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in head.children)


def _describes_a_name(money) -> bool:
    """Whether *money* stands in a description set beside a name, with no verb between ("Hanul,
    a company with $50 million in annual revenue"): the firm's figure, not the deal's. Not
    money a verb modifies ("Hanul, a freight platform, secured $90 million": the parse lost
    the clause, and made the verb the money's modifier)."""
    if any(c.dep_ == "amod" and (c.pos_ == "VERB" or c.tag_ in ("VBD", "VBN")) for c in money.children):
        return False
    for token in money.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return False
        if token.dep_ == "appos" and token_mark(token.head, "kg_entity") is not None:
            # "completed its acquisition of Hanul, a deal worth $1.2 billion": the parser sets
            # the deal beside the last name, but a deal noun describes the deal, not the firm.
            return token.lemma_.lower() not in all_deal_nouns()
    return False


def _sizes_a_holder(money) -> bool:
    """Whether *money* is written before a noun of a party that it sizes ("but the $480
    billion fund may also buy more shares"): the party's worth, not what the deal costs
    (``holder_size_nouns`` of money.yaml)."""
    head = money.head
    return money.dep_ in ("compound", "nummod", "amod", "nmod") and money.i < head.i and head.pos_ == "NOUN" \
        and head.lemma_.lower() in money_reference_words("holder_size_nouns")


def _active(verb) -> bool:
    """Whether *verb* is told in the active voice ("values Mistral at", "valuing it at"),
    whatever the parser made of its object: a deal is valued in the passive ("the deal was
    valued at", "a deal valued at")."""
    return verb.tag_ in ("VBZ", "VBP", "VBD", "VBG") and not any(c.dep_ == "auxpass" for c in verb.children)


def prices_as_before(sentence) -> bool:
    """Whether the sentence prices its deal as an earlier one ("for the same price")."""
    nouns = same_money_nouns()
    return any(t.lower_ == "same" and t.head.lemma_.lower() in nouns for t in sentence)


@functools.cache
def valuation_words() -> frozenset[str]:
    """The words by which a text prices a firm ("valued at", "a valuation of"), lower case."""
    return reference_words("valuation_words", lower=True)


def whole_value(money) -> bool:
    """Whether a money token is what a verb of valuing in the active voice prices a firm at
    ("valuing the company at $1.5 billion", "values Hanul at $1.5 billion"): for a firm
    bought whole, the price of the deal."""
    if token_mark(money, "kg_value_kind") != "money" or unit_price(money) or money.dep_ != "pobj" or money.head.lower_ != "at":
        return False
    verb = money.head.head
    return verb.lemma_.lower() in valuation_words() and _active(verb)


def deal_valued(money):
    """(the deal noun, the thing it prices or None) where *money* is what a deal values a
    firm at ("a deal that values Hanul at $2 billion", "The deal values the robot maker at",
    "a deal valuing it at") or the value a deal is told with ("a deal with an enterprise value
    of $2 billion"); else None. For a firm bought whole that value is the deal's price; for a
    part bought it is not (the caller knows which)."""
    if token_mark(money, "kg_value_kind") != "money" or unit_price(money) or money.dep_ != "pobj":
        return None
    head, nouns = money.head, all_deal_nouns()
    if head.lower_ == "at" and head.head.pos_ == "VERB" and head.head.lemma_.lower() in valuation_words() \
            and head.head.tag_ != "VBN":  # "could value", "values", "valuing"; "valued at" is the deal's anyway
        verb = head.head
        deal = verb.head if verb.dep_ in ("relcl", "acl") else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if deal is None or deal.lemma_.lower() not in nouns:
            return None
        return deal, next((c for c in verb.children if c.dep_ == "dobj"), None)
    value = head.head
    if head.lower_ == "of" and value.pos_ == "NOUN" and value.lemma_.lower() in valuation_words() \
            and value.dep_ == "pobj" and value.head.lower_ == "with" and value.head.head.lemma_.lower() in nouns:
        return value.head.head, None
    # "agreed to acquire Hanul at an enterprise value of $2 billion": the value the deal's
    # own verb is done at, its object what it prices.
    verb = value.head.head if value.dep_ == "pobj" and value.head.lower_ == "at" else None
    if head.lower_ == "of" and value.pos_ == "NOUN" and value.lemma_.lower() in valuation_words() and verb is not None \
            and verb.pos_ == "VERB" and verb.lemma_.lower() in deal_verbs():
        return verb, next((c for c in verb.children if c.dep_ == "dobj"), None)
    return None


def base_money(money) -> bool:
    """Whether *money* is where a change started or what a figure is compared with, no
    figure the sentence gives as the fact's own (the two tests below)."""
    return _change_base(money) or _compared_base(money)


def _change_base(money) -> bool:
    """Whether *money* is where a change started, with where it ended told beside it ("rose
    from $2.5 billion in 2023 to $3 billion in 2024"; "from $9.3 billion in 2017-18 to 18.13
    in 2021-22", the second written without its scale): the figure is the second."""
    if money.dep_ != "pobj" or money.head.lower_ != "from":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "to" and any(token_mark(g, "kg_value_kind") == "money" or g.like_num for g in c.children)
           for c in money.head.head.children):
        return True
    # Where the parse lost the "to" ("grew 17.2% from USD 15.03 billion during the period Jan-
    # Nov 2009 to USD 17.61 billion"): the next money of the clause, written right after "to".
    for token in money.doc[money.i + 1:money.i + 16]:
        if token.text in (".", ";", "?", "!"):
            return False
        if token_mark(token, "kg_value_kind") == "money":
            return token.nbor(-1).lower_ == "to"
    return False


def _compared_base(money) -> bool:
    """Whether *money* is what a figure is compared with ("40% higher than Wednesday's closing
    price of 2,113 yen", "compared with $9 billion a year earlier": a base as
    :func:`~kg.extract.parse_paths.comparison_base` reads one), not a bound ("more than $100
    million", "less than $5 billion" say how much)."""
    if not comparison_base(money):
        return False
    bound = next((t for t in money.ancestors if t.lower_ == "than"), None)
    return bound is None or not bound.i or bound.nbor(-1).lower_ not in ("more", "less", "fewer")


def running_total(money) -> bool:
    """Whether *money* is what a firm has raised in all, the level a verb of bringing takes its
    total to ("brings its total funding to $171 million", "taking the tally to $80 million"):
    no deal's own sum (``running_total_verbs`` and ``running_total_nouns`` of money.yaml)."""
    if money.dep_ != "pobj" or money.head.lower_ != "to":
        return False
    verb = money.head.head
    nouns = money_reference_words("running_total_nouns")
    return verb.lemma_.lower() in money_reference_words("running_total_verbs") and any(
        c.dep_ == "dobj" and (c.lemma_.lower() in nouns or any(m.lower_ in nouns for m in c.children if m.dep_ in ("amod", "compound")))
        for c in verb.children)


def objects_paid(facts: list[dict], start: int, amount) -> set[str]:
    """The objects of the facts stated in the sentence at *start* that take *amount*: a
    sentence that refers back to a deal ("The deal comes two years after Daewon bought Hanul
    for $40 million") may pay that money for another firm, whose deal it then is."""
    return {f["object"] for f in facts if f["evidence"][0] == start and f["qualifiers"].get("amount") == amount}
