"""Trade told of "the two countries": "Canada and Mexico signed agreements to boost trade
between the two countries", "Trade between the countries increased by 32 per cent last
year" (dev: four stories of a visit or a forum told their pair's trade so, no fact read).

A trade noun of ``pair_trade_nouns`` (``ontology/extraction.yaml``) that is no modifier of
another noun ("a trade agreement between the two countries" is a pact) and takes "between"
a noun naming two parties at once (:func:`~kg.extract.values.pair_noun`) is the trade of
the two countries its sentence names before it, when it names two and no more, else of the two the
story has named most so far, when two stand out (each named twice, a third less often than
the second). The fact is of the relation of ``pair_trade_relation``, only where none of the
pair is read already, with the sentence's money, its first date and a rise it tells.
"""

from __future__ import annotations

from kg.extract.guard import setting_words
from kg.extract.patterns import token_mark
from kg.extract.values import money_of, pair_noun

__all__ = ["pair_trades"]


def pair_trades(doc, relations: list[dict], entities: dict) -> list[dict]:
    """The facts of trade between "the two countries" of *doc* (see the module's text) that
    *relations* lack; *entities*: the document's, by key."""
    (relation,) = setting_words("pair_trade_relation") or ("",)
    nouns = setting_words("pair_trade_nouns")
    if not relation or not nouns:
        return []
    countries = {key: e for key, e in entities.items() if e.cls == "Country"}
    told = {frozenset((f["subject"], f["object"])) for f in relations if f["predicate"] == relation}
    found: list[dict] = []
    for sentence in doc.sents:
        trade = next((t for t in sentence if t.lemma_.lower() in nouns and t.dep_ != "compound" and _between_pair(t)), None)
        if trade is None:
            continue
        pair = _named_in(sentence[:trade.i - sentence.start], countries) or _most_named(countries, sentence.start_char)
        if pair is None or frozenset(pair) in told:
            continue
        told.add(frozenset(pair))
        found.append({"subject": pair[0], "predicate": relation, "object": pair[1], "qualifiers": _figures(sentence),
                      "confidence": 0.6, "evidence": [sentence.start_char, sentence.end_char], "implied": False,
                      "frame": "pair-trade-between"})
    return found


def _between_pair(trade) -> bool:
    """Whether *trade* takes "between" a pair noun: "trade between the two countries", "the
    trade turnover for 2018 between two countries", "trade and economic growth between the
    two countries"."""
    heads = {trade.i, *(c.i for c in trade.children), *(c.i for c in trade.conjuncts)}
    if trade.dep_ == "nmod" and any(c.dep_ == "cc" for c in trade.children):
        heads.add(trade.head.i)  # the parse hangs "trade and ... growth" on the last noun
    for word in (*trade.subtree, *(trade.head.subtree if trade.head.i in heads else ())):
        if word.lower_ == "between" and word.head.i in heads:
            return any(pair_noun(c) for c in word.children if c.dep_ == "pobj")
    return False


def _named_in(words, countries: dict) -> tuple[str, str] | None:
    """The two countries *words* name, in order, when they name two and no more. Only the
    words before the trade noun: "the two countries" points back, and a pair named after it
    ("..., Ecuador and Bolivia said") is the speaker, not the traders."""
    named: list[str] = []
    for token in words:
        key = token_mark(token, "kg_entity")
        if key in countries and countries[key].name not in named:
            named.append(countries[key].name)
    return (named[0], named[1]) if len(named) == 2 else None


def _most_named(countries: dict, before: int) -> tuple[str, str] | None:
    """The two countries named most often before *before*, when two stand out."""
    counts = sorted(((sum(1 for start, _ in e.mentions if start < before), -min(s for s, _ in e.mentions), e.name)
                     for e in countries.values() if e.mentions), reverse=True)
    if len(counts) < 2 or counts[1][0] < 2 or len(counts) > 2 and counts[2][0] >= counts[1][0]:
        return None
    return counts[0][2], counts[1][2]


def _figures(sentence) -> dict:
    """The sentence's money, the percentage of a rise it tells, and with either its first date."""
    values = [t for t in sentence if token_mark(t, "kg_value_kind") in ("money", "date", "percent") and token_mark(t, "kg_value") is not None]
    figures = money_of(values)
    date = next((token_mark(t, "kg_value") for t in values if token_mark(t, "kg_value_kind") == "date" and isinstance(token_mark(t, "kg_value"), str)), None)
    percent = next((t for t in values if token_mark(t, "kg_value_kind") == "percent"), None)
    rising = setting_words("rising_verbs")
    if percent is not None and any(t.lemma_.lower() in rising for t in sentence):
        figures["growth_percent"] = token_mark(percent, "kg_value")
    if date and figures:
        figures["date"] = date  # a figure's period; with no figure, the news' own day tells nothing
    return figures
