"""Repairs of the dependency parse around money and stakes, made with those of
:mod:`kg.extract.parse_repair` before the frames are matched: a sum the parser gave a
complement or a clause of its own, a stake's bound taken by its value, money after "of" or
after a bracket. Heads are moved only where the tree stays a tree."""

from __future__ import annotations

from kg.extract.patterns import token_mark

__all__ = ["CLAUSE_LABELS", "bounded_stakes", "money_after_of", "noun_after_bracketed_money", "purposes_off_money",
           "worth_after_noun"]

#: Labels the parser gives a money phrase it took for a clause ("inject 5 billion won into").
CLAUSE_LABELS = frozenset({"ccomp", "xcomp", "advcl", "conj", "dep"})


def purposes_off_money(doc) -> int:
    """Hang on the verb each "for" or "on" the parser hung on a sum that is the verb's
    direct object ("paid 1.2 billion riyals for a 30% stake in Hanul"); return how many were
    moved. What is paid for is the verb's; a sum has no complement of its own there."""
    changed = 0
    for money in doc:
        # The parse tested before the mark, which spaCy builds an object for at each ``token._``.
        if money.dep_ != "dobj" or money.head.pos_ != "VERB" or token_mark(money, "kg_value_kind") != "money":
            continue
        for prep in [c for c in money.children if c.dep_ == "prep" and c.lower_ in ("for", "on") and c.i > money.i]:
            prep.head = money.head
            changed += 1
    return changed


def bounded_stakes(doc, bounds: frozenset[str], stake_nouns: frozenset[str]) -> int:
    """Make the stake (a noun of *stake_nouns*) a bound of *bounds* before its value took as
    its object ("owns about a 35 percent stake in Hanul": "about" read as a preposition) the
    object of the verb that has none, and the bound the noun's modifier; return how many were
    moved. Not any noun: "agreed to invest in Hanul under a $500 million deal" is no deal
    invested."""
    changed = 0
    for bound in doc:
        if bound.dep_ != "prep" or not bound.text or bound.lower_.split()[0] not in bounds or bound.head.pos_ not in ("VERB", "AUX") \
                or any(c.dep_ == "dobj" for c in bound.head.children):
            continue
        noun = next((c for c in bound.children if c.dep_ == "pobj" and c.lemma_.lower() in stake_nouns), None)
        # The value merged with the bound ("about a 35 percent") or a word of its own.
        valued = token_mark(bound, "kg_value_kind") in ("percent", "money")
        if noun is None or not valued and not any(token_mark(c, "kg_value_kind") in ("percent", "money") for c in noun.children):
            continue
        verb = bound.head
        noun.head, noun.dep_ = verb, "dobj"
        bound.head, bound.dep_ = noun, "nummod" if valued else "advmod"
        changed += 1
    return changed


def money_after_of(doc, bounds: frozenset[str] = frozenset()) -> int:
    """Give a money value after a noun's "of" ("an investment of 300 mln euros in Hanul")
    its plain place, the object of "of", and the noun the prepositions the parser hung on
    the value (the sum says how much, the noun in what): a value merged into one token is
    often taken for a plural noun or, ending in "won", for a verb with the noun as its
    subject."""
    changed = 0
    for money in doc:
        # A percentage too: "a stake of 12 percent in Hanul" is a stake in Hanul.
        if money.ent_type_ not in ("MONEY", "PERCENT") or not money.i:
            continue
        of = money.nbor(-1)
        while of.i and of.head.i == money.i and of.lower_ in bounds:
            of = of.nbor(-1)  # "a stake of over 50 pct in Hanul"
        if of.lower_ != "of":
            continue
        noun = of.head
        if of.dep_ != "prep" or noun.pos_ != "NOUN" or noun.i > of.i or money.head.i == of.i and money.dep_ == "pobj" \
                and not any(c.dep_ == "prep" for c in money.children):
            continue
        heads = {t.i: t.head.i for t in doc}
        moved: dict[int, tuple[int, str]] = {}
        if heads[noun.i] == money.i:
            # "investment" as the subject of "1.2 trillion won": the noun takes its place,
            # the object of the verb before where the value was taken for its clause.
            root = heads[money.i] == money.i
            clause = money.dep_ in CLAUSE_LABELS and money.head.pos_ in ("VERB", "AUX") and money.head.i < noun.i \
                and not any(c.dep_ == "dobj" for c in money.head.children)
            moved[noun.i] = (noun.i, "ROOT") if root else (money.head.i, "dobj" if clause else money.dep_)
        for child in money.children:
            if child.dep_ == "prep" and child.i > money.i:
                moved[child.i] = (noun.i, child.dep_)
        moved[money.i] = (of.i, "pobj")
        changed += _moved(doc, heads, moved)
    return changed


def noun_after_bracketed_money(doc) -> int:
    """Give a noun written after a money value and the figure beside it in brackets ("a 3.5
    billion dirhams ($953 million) stake in Hanul") the value's place in the sentence, the
    value and its determiner becoming the noun's: the parser, seeing a noun phrase close at
    the bracket, took the value for the head and the noun for something set beside it."""
    changed = 0
    for money in doc:
        if money.ent_type_ != "MONEY" or money.i + 4 >= len(doc):
            continue
        opening, figure, closing, noun = doc[money.i + 1:money.i + 5]
        if opening.text != "(" or closing.text != ")" or figure.ent_type_ != "MONEY" or noun.pos_ != "NOUN" \
                or noun.head.i != money.i or noun.dep_ not in ("appos", "dep", "compound", "npadvmod"):
            continue
        heads = {t.i: t.head.i for t in doc}
        root = heads[money.i] == money.i
        moved: dict[int, tuple[int, str]] = {noun.i: (noun.i, "ROOT") if root else (money.head.i, money.dep_),
                                             money.i: (noun.i, "nummod")}
        for child in money.children:
            if child.dep_ in ("det", "amod", "quantmod") and child.i < money.i:
                moved[child.i] = (noun.i, child.dep_)
        changed += _moved(doc, heads, moved)
    return changed


def worth_after_noun(doc) -> int:
    """Give "worth" written between a noun and a money value ("bought a stake worth 22.6
    billion won in Hanul", "received investments worth 5 billion yen from Daewon") the
    place it has where the value is written with a sign ("$40 million"): the noun's
    modifier, the value its complement, and the prepositions the parser hung on the value
    its own. A value ending in a currency word is often taken for a clause or a noun of its
    own, "worth" then for a preposition or a clause of the verb; read so, the stake or the
    investment has no price and the firm it is in no place. Return how many were moved."""
    changed = 0
    for worth in doc:
        if worth.lower_ != "worth" or not 0 < worth.i < len(doc) - 1:
            continue
        noun, money = doc[worth.i - 1], doc[worth.i + 1]
        if noun.pos_ != "NOUN" or money.ent_type_ != "MONEY" or noun.head.i == worth.i or money.dep_ == "pobj":
            continue
        # Placed right but for the prepositions on the value ("Hanul, maker of X, received
        # investments worth 5 billion won from Daewon"): those still move to "worth".
        after = [c for c in money.children if c.dep_ == "prep" and c.i > money.i]
        if worth.head.i == noun.i and worth.dep_ in ("amod", "acl") and money.head.i == worth.i and not after:
            continue
        heads = {t.i: t.head.i for t in doc}
        moved: dict[int, tuple[int, str]] = {worth.i: (noun.i, "amod"), money.i: (worth.i, "npadvmod")}
        moved.update((child.i, (worth.i, child.dep_)) for child in after)
        changed += _moved(doc, heads, moved)
    return changed


def _moved(doc, heads: dict[int, int], moved: dict[int, tuple[int, str]]) -> int:
    """Give the tokens of *moved* (token -> its new head and label) their new place in the
    parse, unless that would make the heads (*heads*, token -> head, before the move) go
    round in a circle; 1 if moved, else 0."""
    heads.update({i: head for i, (head, _) in moved.items()})
    if _cyclic(heads, moved):
        return 0
    for i, (head, dep) in moved.items():
        doc[i].head, doc[i].dep_ = doc[head], dep
    return 1


def _cyclic(heads: dict[int, int], starts) -> bool:
    """Whether the heads given (token -> head) go round in a circle from any of *starts*
    (the tokens given new heads: a circle the parse had not must pass through one)."""
    for start in starts:
        seen, token = set(), start
        while heads[token] != token:
            if token in seen:
                return True
            seen.add(token)
            token = heads[token]
    return False
