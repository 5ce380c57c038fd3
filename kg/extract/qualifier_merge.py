"""How the statements of one fact join: a text may tell a deal several times (a headline, the
lead, a later sentence restating its price) or tell two deals of the same two ends (a round
now, another years ago). Money, day and round of one statement go together."""

from __future__ import annotations

import functools
import math

from kg.errors import OntologyError
from kg.extract.trigger_words import carrying
from kg.ontology import load_ontology

__all__ = ["JOINT", "NEEDS_MAJORITY", "SOLD", "TO_COME", "bought_whole", "holds_a_stake", "joint_shared", "merge_qualifiers", "other_event", "other_period", "periods_apart", "round_shared", "stake_shared"]


_MONEY_KEYS = ("amount", "currency", "amount_usd")
#: A mark, while a document is read, on a stake held that the text tells only as to come
#: ("would soon hold an 86 percent stake"): a stake told as held now replaces it. Never output.
TO_COME = "_stake_to_come"
#: A mark, while a document is read, on the stake of a seller read from the part it sold
#: ("bought 16.9% of Hanul from Kim"): a stake the text tells it keeps ("Kim will retain a
#: 78.1 percent holding") replaces it. Never output.
SOLD = "_stake_sold"
#: A mark, while a document is read, on a fact read by words that need more than half of the
#: firm ("looking to control Hanul") in a sentence that gives no percentage: a stake of half
#: or less another sentence tells between the same two ends undoes it. Kept only while every
#: statement of the fact has it. Never output.
NEEDS_MAJORITY = "_needs_majority"
#: A mark, while a document is read, on money told as the sum of several parties ("raised a
#: combined $73 million from A and B"): each's while no fact of the same deal has a part of
#: its own (:func:`joint_shared`). Never output.
JOINT = "_joint_sum"
#: The qualifiers that belong to one event of a fact: a statement's money, day and round go
#: together or not at all.
_EVENT_KEYS = (*_MONEY_KEYS, "growth_percent", "share_of_total_percent", "date", "round")
#: The figures a trade statement tells of one period beside its money ("grew 45.7% in the
#: first half"): another period's money is no money of theirs.
_FIGURE_KEYS = ("growth_percent", "share_of_total_percent")


def merge_qualifiers(kept: dict, new: dict) -> None:
    """Add to a fact's qualifiers *kept* those another statement of the same fact gives
    (*new*). Money goes as one: amount, currency and dollar figure of one statement, never
    mixed; and a statement giving a local amount with the dollar figure beside it replaces
    one that gave only that dollar figure (a headline "X to buy Y for $2 billion", then "for
    2.6 trillion won ($2 billion)"). A statement of another event of the same two ends (its
    amount or round differs: "raised $45 million in a Series B" and "led its $20 million
    Series A last year") lends nothing to the first; the more recent of the two, when both
    are dated, is kept whole, being the news rather than its background. Every other
    qualifier is kept as first read.

    >>> kept = {"amount": 2e9, "currency": "USD"}
    >>> merge_qualifiers(kept, {"amount": 2.6e12, "currency": "KRW", "amount_usd": 2e9, "date": "2031-05-13"})
    >>> kept
    {'amount': 2600000000000.0, 'currency': 'KRW', 'amount_usd': 2000000000.0, 'date': '2031-05-13'}
    >>> kept = {"amount": 2e7, "currency": "USD", "round": "series-a", "date": "2030-03"}
    >>> merge_qualifiers(kept, {"amount": 4.5e7, "currency": "USD", "round": "series-b", "date": "2031-05-13"})
    >>> kept
    {'amount': 45000000.0, 'currency': 'USD', 'round': 'series-b', 'date': '2031-05-13'}
    """
    if other_event(kept, new):
        if "date" in kept and "date" in new and str(new["date"]) > str(kept["date"]):
            for key in _EVENT_KEYS:
                kept.pop(key, None)
            kept.update({k: v for k, v in new.items() if k in _EVENT_KEYS})
        return
    if not new.get(NEEDS_MAJORITY):
        kept.pop(NEEDS_MAJORITY, None)  # another statement needs no majority
    for mark in (TO_COME, SOLD):
        if kept.get(mark) and "stake_percent" in new and not new.get(TO_COME) and not new.get(SOLD):
            kept["stake_percent"] = new["stake_percent"]  # the stake held now, not the one to come or sold
            kept.pop(mark)
    money = {k: new[k] for k in _MONEY_KEYS if k in new}
    if _other_part(kept, new):
        money = {}  # "tried to acquire a 70% stake ... in a $1.7 billion deal": not the 53% bought now
    if "amount" in money:
        if "amount" not in kept or kept.get(JOINT) and not new.get(JOINT):
            # A sum of the fact's own replaces the sum of several.
            for key in (*_MONEY_KEYS, JOINT):
                kept.pop(key, None)
            kept.update(money)
            if new.get(JOINT):
                kept[JOINT] = True
        elif _dollars_of(kept, money):
            for key in _MONEY_KEYS:
                kept.pop(key, None)
            kept.update(money)
    if "date" in kept and "date" in new and _finer_within(str(new["date"]), str(kept["date"])):
        kept["date"] = new["date"]  # "in mid-October" in the headline, "on October 15 and 16" after
    for name, value in new.items():
        if name not in _MONEY_KEYS and name not in (NEEDS_MAJORITY, JOINT) and not (name in (TO_COME, SOLD) and "stake_percent" in kept):
            kept.setdefault(name, value)


def _other_part(kept: dict, new: dict) -> bool:
    """Whether two statements of one fact tell of different parts of the firm ("has acquired a
    53% stake in Arabtec" and "tried to acquire a 70% stake in Arabtec in 2010 in a $1.7
    billion deal"): the money of the one is no price of the other. Not a stake told only as
    to come or as sold, which another statement replaces."""
    if any(statement.get(mark) for statement in (kept, new) for mark in (TO_COME, SOLD)):
        return False
    return "stake_percent" in kept and "stake_percent" in new \
        and not math.isclose(float(kept["stake_percent"]), float(new["stake_percent"]), rel_tol=1e-6)


def _finer_within(finer: str, coarser: str) -> bool:
    """Whether the date *finer* is a month of the year *coarser*, or days of the month
    *coarser*, or a shorter run of days within the run *coarser*: the text telling the same
    fact again more exactly ("visits to the US and Egypt from June 20 to 25", then "a state
    visit to Egypt from June 24 to 25"). Only what the text writes (a month, a run of days):
    a single day may be the news' own, given where the text gives none.

    >>> _finer_within("2024-10-15/2024-10-16", "2024-10"), _finer_within("2024-03", "2024"), _finer_within("2024-10-15", "2024-10")
    (True, True, False)
    >>> _finer_within("2023-06-24/2023-06-25", "2023-06-20/2023-06-25"), _finer_within("2023-06-20/2023-06-25", "2023-06-24/2023-06-25")
    (True, False)
    """
    if len(coarser) == 4:
        return len(finer) == 7 and finer.startswith(coarser)
    if _day_run(coarser) and _day_run(finer):
        (start, end), (first, last) = coarser.split("/"), finer.split("/")
        return start <= first <= last <= end and finer != coarser
    return len(coarser) == 7 and "/" in finer and all(len(p) == 10 and p.startswith(coarser) for p in finer.split("/"))


def _day_run(date: str) -> bool:
    """Whether *date* is a period from one day to another, as a text writes a visit's."""
    ends = date.split("/")
    return len(ends) == 2 and all(len(end) == 10 for end in ends)


def _dollars_of(kept: dict, money: dict) -> bool:
    """Whether *kept* gave only the US-dollar figure *money* gives beside its local amount."""
    return kept.get("currency") == "USD" and money.get("currency") != "USD" and "amount_usd" in money \
        and math.isclose(float(kept["amount"]), float(money["amount_usd"]), rel_tol=1e-6)


def other_event(kept: dict, new: dict) -> bool:
    """Whether two statements of one fact tell of different events: an amount (not the
    dollar figure of the other's local one) or a round that differs. A day alone does not
    tell: the news' own day and the deal's are two readings of one event.

    >>> other_event({"amount": 2e7, "round": "series-a"}, {"amount": 4.5e7, "round": "series-b"})
    True
    >>> other_event({"amount": 2.6e12, "currency": "KRW", "amount_usd": 2e9}, {"amount": 2e9, "currency": "USD"})
    False
    """
    if "amount" in kept and "amount" in new and not math.isclose(float(kept["amount"]), float(new["amount"]), rel_tol=1e-6) \
            and not _dollars_of(kept, new) and not _dollars_of(new, kept):
        return True
    if other_period(kept, new):
        return True
    return "round" in kept and "round" in new and kept["round"] != new["round"]


def other_period(kept: dict, new: dict) -> bool:
    """Whether two statements of a figure (one gives a growth or share) are of two periods the
    text writes, neither a day nor within the other ("grew 45.7% in the first half" and "rose
    to $586 billion in 2020"): figures of two periods, not two readings of one.

    >>> other_period({"growth_percent": 45.7, "date": "2021-01/2021-06"}, {"amount": 5.8e11, "date": "2020"})
    True
    >>> other_period({"growth_percent": 45.7, "date": "2021"}, {"amount": 5.8e11, "date": "2021-03"})
    False
    """
    if not any(k in kept or k in new for k in _FIGURE_KEYS) or "date" not in kept or "date" not in new:
        return False
    first, second = str(kept["date"]), str(new["date"])
    if first == second or len(first) == 10 or len(second) == 10:
        return False  # a lone day may be the news' own, given where the text gives none
    return not _finer_within(first, second) and not _finer_within(second, first)


def periods_apart(kept: dict, new: dict) -> bool:
    """Whether two statements of a trade figure give the money of two periods ("imports from
    China rose to $113.5 billion in the fiscal year ... jumped to $9.7 billion in March"):
    each dated, of another amount. A reader keeps both figures, not the later alone.

    >>> periods_apart({"amount": 1.135e11, "date": "2024-04/2025-03"}, {"amount": 9.7e9, "date": "2025-03"})
    True
    >>> periods_apart({"amount": 9.7e9, "date": "2025-03"}, {"amount": 9.7e9, "currency": "USD", "date": "2025"})
    False
    """
    return all("amount" in q and "date" in q for q in (kept, new)) and str(kept["date"]) != str(new["date"]) \
        and other_event(kept, new)


def round_shared(facts: list[dict], rounds_named: frozenset[str]) -> None:
    """Give every investor of a round the round's money and day: a fact of a relation that
    carries a round, told of a round (it has one) but with no amount, takes those of the
    facts of the same relation and object that have one ("Hanul raised $20 million led by
    Daewon. ... Other investors in its Series B round included Minjin Capital": Minjin's
    too). Only when those facts tell of one sum and the facts of no two rounds: their
    rounds, where read, agree, and where one is unread the text names no other round
    (*rounds_named*, the stages of the whole text). A fact's own day, read where it is
    told, is kept.

    >>> facts = [{"predicate": "invests_in", "object": "Hanul", "qualifiers": {"amount": 2e7, "currency": "USD", "date": "2031-05"}},
    ...          {"predicate": "invests_in", "object": "Hanul", "qualifiers": {"round": "series-b"}}]
    >>> round_shared(facts, frozenset({"series-b"}))
    >>> facts[1]["qualifiers"]
    {'round': 'series-b', 'amount': 20000000.0, 'currency': 'USD', 'date': '2031-05'}
    """
    groups: dict[tuple, list[dict]] = {}
    for fact in facts:
        if not fact.get("implied") and "round" in carrying(fact["predicate"]) and "amount" in carrying(fact["predicate"]):
            groups.setdefault((fact["predicate"], fact["object"]), []).append(fact)
    for group in groups.values():
        givers = [f["qualifiers"] for f in group if "amount" in f["qualifiers"]]
        if not givers or all("amount" in f["qualifiers"] and "date" in f["qualifiers"] for f in group) \
                or any(other_event(givers[0], q) for q in givers[1:]):
            continue
        stages = {q["round"] for f in group for q in (f["qualifiers"],) if "round" in q}
        every = all("round" in f["qualifiers"] for f in group)
        if len(stages) > 1 or not every and len(rounds_named | stages) > 1:
            continue  # two rounds, or a round unread for one fact and two named in the text
        # The local amount with its dollar figure, where one statement gave both.
        giver = max(givers, key=lambda q: "amount_usd" in q)
        dates = {str(q["date"]) for q in givers if "date" in q}
        for fact in group:
            kept = fact["qualifiers"]
            if "round" not in kept:
                continue  # only a fact told of a round takes it ("has also backed Hanul" is none)
            if "amount" not in kept:
                kept.update({k: giver[k] for k in _MONEY_KEYS if k in giver})
            elif other_event(kept, giver):
                continue
            # "X raised $45 million in a Series B round. The round was led by Y": Y's sum, read
            # through "the round", and the day of the round the others take.
            if len(dates) == 1 and "date" not in kept:
                kept["date"] = next(iter(dates))


def joint_shared(facts: list[dict]) -> None:
    """Keep a sum told as that of several parties ("raised a combined $73 million from A and
    B") as each party's amount only while no fact of the same relation and object has a sum
    of its own: the reference gives each investor the whole when the text tells no part,
    but where one party's part is told ("A invested $33 million ... A and B will invest a
    combined 80 billion won") the sum is no one's. The mark goes in any case.

    >>> facts = [{"predicate": "invests_in", "object": "Hanul", "qualifiers": {"amount": 8e10, "currency": "KRW", JOINT: True}},
    ...          {"predicate": "invests_in", "object": "Hanul", "qualifiers": {"amount": 3.3e7, "currency": "USD"}}]
    >>> joint_shared(facts)
    >>> facts[0]["qualifiers"]
    {}
    """
    owning = {(f["predicate"], f["object"]) for f in facts if "amount" in f["qualifiers"] and not f["qualifiers"].get(JOINT)}
    for fact in facts:
        if fact["qualifiers"].pop(JOINT, None) and (fact["predicate"], fact["object"]) in owning:
            for key in _MONEY_KEYS:
                fact["qualifiers"].pop(key, None)


def stake_shared(facts: list[dict]) -> None:
    """Give a fact of ownership that is no investment (kg.ttl: an ``owner_side`` and no
    ``investment``: a firm is a subsidiary of its parent) and carries a stake but has none the
    stake another fact of ownership tells between the same owner and owned ("its subsidiary
    Hanul ... will raise Daewon's stake in Hanul to 97 percent"): a stake is one, whichever
    relation tells it. Only when those facts tell one percentage; a fact read by words that
    need more than half (:data:`NEEDS_MAJORITY`) told half or less so is dropped from *facts*.

    >>> facts = [{"predicate": "subsidiary_of", "subject": "Hanul", "object": "Daewon", "qualifiers": {}},
    ...          {"predicate": "holds_stake_in", "subject": "Daewon", "object": "Hanul", "qualifiers": {"stake_percent": 97.0}}]
    >>> stake_shared(facts)
    >>> facts[0]["qualifiers"]
    {'stake_percent': 97.0}
    """
    told: dict[tuple, set] = {}
    for fact in facts:
        pair = _owner_and_owned(fact)
        if pair and "stake_percent" in fact["qualifiers"]:
            told.setdefault(pair, set()).add(float(fact["qualifiers"]["stake_percent"]))
    for fact in facts:
        pair = _owner_and_owned(fact)
        if not pair or "stake_percent" in fact["qualifiers"] or "stake_percent" not in carrying(fact["predicate"]) \
                or _ownership(fact["predicate"])[1]:
            continue
        if len(told.get(pair, ())) == 1:
            fact["qualifiers"]["stake_percent"] = next(iter(told[pair]))
    # A seller's share sold ("a 20% stake from Daewon") says not how much it held.
    held = {pair: told[pair] for pair in told if all(f["qualifiers"].get(SOLD) is None or _owner_and_owned(f) != pair
                                                     for f in facts)}
    facts[:] = [f for f in facts if not (f["qualifiers"].pop(NEEDS_MAJORITY, None) and len(held.get(_owner_and_owned(f), ())) == 1
                                         and next(iter(held[_owner_and_owned(f)])) <= 50)]
    for fact in facts:
        fact["qualifiers"].pop(SOLD, None)


def _owner_and_owned(fact: dict) -> tuple[str, str] | None:
    side = _ownership(fact["predicate"])[0]
    if side is None:
        return None
    return (fact["subject"], fact["object"]) if side == "subject" else (fact["object"], fact["subject"])


@functools.cache
def _relation(relation: str):
    """The ontology's relation of the FORMAT name *relation*, or None for a name it lacks."""
    try:
        return load_ontology().relation(relation)
    except OntologyError:
        return None


def _ownership(relation: str) -> tuple[str | None, bool]:
    """(the end of *relation* that owns the other, or None; whether it is an investment)."""
    found = _relation(relation)
    return (None, False) if found is None else (found.owner_side, found.investment)


def holds_a_stake(relation: str) -> bool:
    """Whether *relation* tells a stake one end holds (kg.ttl: an ownerSide and no
    defaultStake), not one bought whole."""
    found = _relation(relation)
    return found is not None and found.owner_side is not None and found.default_stake is None


def bought_whole(relation: str) -> bool:
    """Whether *relation* buys the whole of a firm unless a stake is stated (kg.ttl: a
    defaultStake of 100)."""
    found = _relation(relation)
    return found is not None and found.default_stake == 100.0
