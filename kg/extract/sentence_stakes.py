"""The stake a sentence tells for a fact that carries one but has none (most often a stake
implied by an investment): the percentage on a noun stating the relation in the fact's own
sentence ("invested $100 million in Y for a 4.5 percent stake"), the level its holder's
stake is brought to by a clause of the fact's verb ("invested $20 million in Y, bringing
its stake to 15%"), the part of the shares that clause says its holder takes ("will invest
$2 million in Y and it will take 40% of the shares"), and the same told by the sentence
right after, of the holder alone ("X will invest $20 million in Y. X will hold a 15%
stake."; not one it holds "already"). Read by :meth:`~kg.extract.restated_values.RestatedValues.stakes_of_own_sentence`
once all facts of a document are read."""

from __future__ import annotations

from kg.extract.parse_paths import several_sellers, stake_changed_to
from kg.extract.patterns import token_mark
from kg.extract.values import listed_part, money_reference_words

__all__ = ["stakes_told", "stakes_told_after"]


def stakes_told(sentence, values: list, subject: str, obj: str, names: dict, nouns: frozenset[str]) -> list[float]:
    """The percentages the fact's own *sentence* tells as the stake *subject* holds in *obj*
    (name keys; *names*: an entity's name keys by its key; *nouns*: the nouns stating the
    fact's relation, "stake"), each once it is found; *values*: the sentence's values."""
    found = []
    for value, noun in _stake_values(values, nouns):
        themes = [g for c in noun.children if c.dep_ == "prep" for g in c.children if token_mark(g, "kg_entity") is not None]
        verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
        # Held by another firm ("Y, which holds a 20% stake"): not the fact's.
        other = verb is not None and (verb.dep_ in ("relcl", "acl") or any(
            c.dep_ == "nsubj" and token_mark(c, "kg_entity") is not None and not _names(c, subject, names) for c in verb.children))
        # Sold by several ("a 66.5% stake from Minjin and others"): none of them held it.
        sellers = [s for s in several_sellers(noun) if _names(s, subject, names)]
        if not other and not sellers and all(_names(g, obj, names) for g in themes):
            found.append(token_mark(value, "kg_value"))
    if not found:
        found = [v for v in (*_stakes_moved(sentence, subject, obj, names, nouns, after=False),
                             *_parts_taken(values, subject, obj, names, after=False)) if v is not None]
    return found


def stakes_told_after(sentence, values: list, subject: str, obj: str, names: dict, nouns: frozenset[str]) -> list[float]:
    """The percentages the sentence right after the fact's tells as the stake its holder
    holds, with no firm named but the fact's two ends: "X will hold a 15% stake", "It will
    own 15% of the company", "Its stake will rise to 15%", "The deal gives X a 15% stake"."""
    named = {e for t in sentence if (e := token_mark(t, "kg_entity")) is not None and e[0] not in _PLACE_CLASSES}
    if any(subject not in names.get(e, ()) and obj not in names.get(e, ()) for e in named):
        return []
    # "X agreed to buy Y. X already owns 12% of Y.": the part held before the deal, not its.
    if any(t.lower_ in money_reference_words("prior_holding_words") and t.head.dep_ == "ROOT" for t in sentence):
        return []
    found = []
    for value, noun in _stake_values(values, nouns):
        if any(token_mark(g, "kg_entity") is not None and not _names(g, obj, names)
               for c in noun.children if c.dep_ == "prep" for g in c.children):
            continue  # a stake in another firm
        verb = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
        if verb is not None and verb.dep_ == "ROOT" and _holder(verb, subject, names):
            found.append(token_mark(value, "kg_value"))
    found += [v for v in (*_stakes_moved(sentence, subject, obj, names, nouns, after=True),
                          *_parts_taken(values, subject, obj, names, after=True)) if v is not None]
    return found


_PLACE_CLASSES = ("Country", "City", "Region", "Sector", "Product", "Event")


def _stake_values(values: list, nouns: frozenset[str]):
    """Each percentage of *values* that a stake noun of *nouns* heads ("a 15% stake"), with
    that noun; not a part of a list of holders' parts."""
    for value in values:
        noun = value.head
        if token_mark(value, "kg_value_kind") == "percent" and noun.lemma_.lower() in nouns and not listed_part(value):
            yield value, noun


def _names(token, key: str, names: dict) -> bool:
    """Whether *token* is a mention of an entity one of whose names has the key *key*."""
    entity = token_mark(token, "kg_entity")
    return entity is not None and key in names.get(entity, ())


def _holder(verb, subject: str, names: dict) -> bool:
    """Whether *verb* tells of the fact's holder: its subject, or the one it gives to ("The
    deal gives X a 15% stake"), names *subject* or is a pronoun."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dative") and (
        c.pos_ == "PRON" and c.dep_ != "dative" or _names(c, subject, names))
        for c in verb.children)


def _continues_holder(verb, subject: str, names: dict, *, after: bool) -> bool:
    """Whether the clause of *verb* tells of the fact's holder: a clause joined to a verb
    whose subject names the holder (or is the holder's), with no subject of its own or a pronoun ("..., bringing
    its stake to", "and it will take"), or (*after*: the sentence after the fact's) the
    sentence's own verb, its subject the holder or a pronoun."""
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(c.pos_ != "PRON" and not _names(c, subject, names) for c in own):
        return False
    if after:
        return verb.dep_ == "ROOT" and (bool(own) or _holder(verb, subject, names))
    # The verb joined to: its subject the holder, or the holder's ("X's investment in Y will
    # be $2 million and it will take 40% of the shares").
    return verb.dep_ in ("advcl", "conj", "xcomp") and any(
        c.dep_ == "nsubj" and any(_names(w, subject, names)
                                  for w in (c, *(p for p in c.children if p.dep_ == "poss")))
        for c in verb.head.children)


def _stakes_moved(sentence, subject: str, obj: str, names: dict, nouns: frozenset[str], *, after: bool) -> list:
    """The level a stake noun of the holder's is brought to ("bringing its stake to 15%",
    "Its stake will rise to 15%"): the noun's owner a pronoun or the holder, the firm it is
    in (if named) the fact's object."""
    found = []
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns or noun.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        owners = [c for c in noun.children if c.dep_ == "poss"]
        themes = [g for c in noun.children if c.dep_ == "prep" for g in c.children if token_mark(g, "kg_entity") is not None]
        if not owners or any(c.pos_ != "PRON" and not _names(c, subject, names)
                             for c in owners) or not all(_names(g, obj, names) for g in themes):
            continue
        verb = noun.head
        held = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i]
        if noun.dep_ != "dobj" and held or not _continues_holder(verb, subject, names, after=after) and not (
                after and verb.dep_ == "ROOT" and noun.dep_ != "dobj"):
            continue
        found.append(stake_changed_to([noun]))
    return found


def _parts_taken(values: list, subject: str, obj: str, names: dict, *, after: bool) -> list:
    """The part of a firm's shares a clause of the holder's takes or holds ("and it will
    take 40% of the shares", "It will own 15% of the company": ``part_holding_verbs`` and
    ``held_part_nouns`` of money.yaml); a firm named after "of" is the fact's object."""
    verbs, parts = money_reference_words("part_holding_verbs"), money_reference_words("held_part_nouns")
    found = []
    for value in values:
        if token_mark(value, "kg_value_kind") != "percent" or value.dep_ != "dobj" or value.head.lemma_.lower() not in verbs or listed_part(value):
            continue
        of = [g for c in value.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
        if len(of) != 1 or (token_mark(of[0], "kg_entity") is None and of[0].lemma_.lower() not in parts) or (
                token_mark(of[0], "kg_entity") is not None and not _names(of[0], obj, names)):
            continue
        if _continues_holder(value.head, subject, names, after=after):
            found.append(token_mark(value, "kg_value"))
    return found
