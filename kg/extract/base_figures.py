"""A trade figure's base of another period is a figure of its own: "trade reached $20 billion
in 2023, up from $15 billion in 2022" tells the pair's trade of 2022 too, and "rose from $4
billion in 2021 to $6 billion in 2023" that of 2021 (a careful reader keeps both).

A fact of a relation with a ``story_period`` in ``ontology/triggers.yaml`` (a relation of
figures: exports, imports, trade) whose sentence holds money that is where a change started
or what a figure is compared with (:func:`~kg.extract.deal_money.base_money`), written with
a date of its own right after it ("$15 billion in 2022", "$92.7 million recorded in December
2022"), gets a twin fact with that money and that date. Only where the sentence tells one
such fact: of several, whose base it is the sentence does not say. A base undated ("up from
$15 billion") or dated as the fact is gives nothing; and a fact beside a dated base takes
its own figure's date, not one the base's may have lent it ("rose to $300 million in 2023
from $250 million a year earlier": 2023).
"""

from __future__ import annotations

from kg.extract.date_words import date_words
from kg.extract.deal_money import base_money
from kg.extract.patterns import token_mark
from kg.extract.values import money_of

__all__ = ["base_figures", "dated_figure"]

#: Words that may stand between a figure and its date ("$15 billion in 2022", "$92.7
#: million recorded in December 2022", "$5 billion during the same period of 2022").
_BETWEEN = frozenset({"in", "during", "for", "of", "recorded", "registered", "reported", "logged"})


def base_figures(doc, relations: list[dict], figure_relations: frozenset[str], entities: dict) -> list[dict]:
    """The twin facts of *relations* (see the module's text) that *doc*'s bases of a
    change or a comparison tell, for the relations named in *figure_relations*; a fact
    that took its base's date is given its own figure's, in place. *entities*: the
    document's, by key."""
    told: dict[tuple, list[dict]] = {}
    for fact in relations:
        if fact["predicate"] in figure_relations and not fact.get("implied") and fact.get("evidence"):
            told.setdefault(tuple(fact["evidence"]), []).append(fact)
    twins = []
    for (start, end), facts in told.items():
        sentence = doc.char_span(start, end, alignment_mode="expand")
        # One pair's figures (a symmetric fact may stand both ways round).
        if len({(f["predicate"], frozenset((f["subject"], f["object"]))) for f in facts}) != 1 or sentence is None:
            continue
        fact = facts[0]
        ends = {fact["subject"], fact["object"]}
        money = [t for t in sentence if token_mark(t, "kg_value_kind") == "money" and token_mark(t, "kg_value")]
        bases = [(t, dated_figure(t)) for t in money if _base(t) and not _after_another(t, ends, entities)]
        own = next((dated_figure(t) for t in money if token_mark(t, "kg_value")[0] == fact["qualifiers"].get("amount")
                    and all(t.i != b.i for b, _ in bases)), None)
        # The date a base is written with (its value, or one counted later from another
        # date: "a year earlier") is the base's, not the fact's.
        if own and any(_date_after(b) is not None for b, _ in bases) and fact["qualifiers"].get("date") != own:
            fact["qualifiers"]["date"] = own
        for base, date in bases:
            if date and date != fact["qualifiers"].get("date"):
                twins.append({**fact, "qualifiers": {**money_of([t for t in sentence if t.i >= base.i]), "date": date},
                              "frame": f"{fact.get('frame', '')}+base"})
    return twins


def dated_figure(money) -> str | None:
    """The date written right after *money*, only the words of ``_BETWEEN`` or a
    determiner between ("$15 billion in 2022"), as a text; None where there is none or
    its value is not known yet."""
    date = _date_after(money)
    return str(token_mark(date, "kg_value")) if date is not None and token_mark(date, "kg_value") else None


def _date_after(money):
    """The date token right after *money* (see :func:`dated_figure`), else None."""
    for token in money.doc[money.i + 1:money.i + 5]:
        if token_mark(token, "kg_value_kind") == "date":
            return token
        if token.lower_ not in _BETWEEN and token.pos_ != "DET":
            return None
    return None


def _base(money) -> bool:
    """Whether *money* is a base: where a change started ("rose from $4 billion", "up from
    $15 billion") or what a figure is compared with ("compared with $29.5 billion", "against
    $32.5 billion")."""
    if base_money(money):
        return True
    if money.dep_ != "pobj":
        return False
    words, head = date_words(), money.head
    return head.lower_ in words.comparison_only_words or head.lower_ == "from" \
        or head.head.i != head.i and head.head.lemma_.lower() in words.comparing_words


def _after_another(money, ends: set[str], entities: dict) -> bool:
    """Whether an entity that is neither of the fact's *ends* is named between the fact's
    last end and *money* ("trade with A rose from $9 billion, while for B it rose from $7
    billion": the second base is B's)."""
    for token in reversed(money.doc[money.sent.start:money.i]):
        entity = entities.get(token_mark(token, "kg_entity")) if token_mark(token, "kg_entity") else None
        if entity is not None and entity.name in ends:
            return False
        if entity is not None:
            return True
    return False
