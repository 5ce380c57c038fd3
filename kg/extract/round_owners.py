"""Whose funding round a sentence tells of: the firm a round noun belongs to ("Pudu's round",
"the round for Hanul", the subject of the verb that raised it) and the raiser of a round
whose investors a sentence names without naming it ("... raised $20 million. Minjin and Sora
also participated."). Apart from :mod:`kg.extract.end_resolution`, which finds the other
kinds of end: a round's owner is mostly told in the sentence before, not in the frame."""

from __future__ import annotations

from collections import Counter

from kg.extract.deal_money import valuation_words
from kg.extract.end_tokens import after_of, is_series, relative_antecedent
from kg.extract.patterns import token_mark
from kg.extract.sentence_values import SentenceValues
from kg.ontology import Ontology

__all__ = ["RoundOwners", "most_named"]


def most_named(ontology: Ontology, entities, before: int, *, exclude=frozenset(), investors: bool = True,
           cls: str = "Organization", referred: Counter | None = None, skip=frozenset()) -> str | None:
    """The entity of *cls* (an organisation unless told) named most often before character
    *before*, with *referred* counting references to it, the mentions starting at *skip* not
    counted, neither public nor research bodies nor (unless *investors*) investment firms;
    None when none is named there. A story's own firm is the one it names most."""
    counts: dict[str, int] = {}
    for entity in entities.values():
        if entity.key in exclude or not ontology.is_subclass(entity.cls, cls):
            continue
        if entity.cls in ("GovernmentBody", "ResearchOrg") or not investors and entity.cls == "InvestmentFirm":
            continue
        counts[entity.key] = sum(1 for start, _ in entity.mentions if start < before and start not in skip) + (referred or {}).get(entity.key, 0)
    best = max(counts, key=lambda k: counts[k], default=None)
    return best if best and counts[best] else None


class RoundOwners:
    """The owners of funding rounds in one document's parse. *cues* are the relation
    reader's :class:`~kg.extract.relations.Cues` (round nouns, raising verbs); *sentences*,
    the reader of the document's sentences."""

    def __init__(self, ontology: Ontology, cues, sentences: SentenceValues) -> None:
        self.ontology = ontology
        self.cues = cues
        self.sentences = sentences

    def round_raiser(self, span, entities) -> list[tuple]:
        """ "... raised $20 million. Minjin and Sora also participated.": the firm whose
        round the sentence before (or this one) tells of, by a round noun or a raising verb;
        none when neither does."""
        sentences, of_token = self.sentences.sentence_index(span.doc)
        number = of_token[span.start]
        nearby = [t for s in sentences[max(0, number - 1):number + 1] for t in s]
        # "Hanul has been valued at $4.5 billion. Minjin is contributing $100 million.": a
        # firm valued is one raising money.
        if not any(t.lemma_.lower() in self.cues.round_nouns | self.cues.raise_verbs | valuation_words() for t in nearby):
            return []
        # "Hanul said it had secured $6 million from investors including Daewon": the firm
        # whose raising verb the list hangs under, before any other sentence's.
        own = self._raiser_above(span[0])
        if own is not None:
            return [(own, bool(token_mark(own, "kg_coref")))] if token_mark(own, "kg_class") != "InvestmentFirm" else []
        # A roundup of deals ("A raised ... B raised ... Backers include X"): the firm the
        # sentence before says raised money, over the one named most often.
        told, _ = self._raiser_before(span[0])
        if told is not None:
            return [(told, True)]
        firm = most_named(self.ontology, entities, span.start_char, investors=False)
        return [(firm, True)] if firm else []

    def owner(self, token, entities):
        """The firm whose funding round *token* names: its possessor ("Pudu's round"), the
        firm after "of"/"for", the subject of the verb that raised it, else the company most
        often named in the text before it."""
        for child in token.children:
            if child.dep_ == "poss" and token_mark(child, "kg_entity"):
                return child, token_mark(child, "kg_coref")
            # "the round, which values Hanul at $1 billion": the firm the round values.
            if child.dep_ == "relcl" and child.lemma_.lower() in valuation_words():
                for grand in child.children:
                    if grand.dep_ == "dobj" and token_mark(grand, "kg_entity"):
                        return grand, token_mark(grand, "kg_coref")
            if child.dep_ == "prep" and child.lower_ in ("of", "for", "in", "into"):
                for grand in child.children:
                    if grand.dep_ == "pobj" and token_mark(grand, "kg_entity"):
                        return grand, token_mark(grand, "kg_coref")
        head = token.head
        for _ in range(3):
            if head.lemma_ in self.cues.raise_verbs:
                # The subject, or the name beside it ("asset management company Neo raised
                # $48m"); a subject kg cannot name ("A wealth startup raised") is no other firm.
                # "Hanul, which raised $35 million led by Daewon": the clause's antecedent.
                for child in (relative_antecedent(c) for c in head.children if c.dep_ in ("nsubj", "nsubjpass")):
                    named = child if token_mark(child, "kg_entity") else next((c for c in child.children if c.dep_ == "appos" and token_mark(c, "kg_entity")), None)
                    return (named, token_mark(named, "kg_coref")) if named is not None else None
            if head.head.i == head.i:
                break
            head = head.head
        told, raised = self._raiser_before(token)
        if told is not None:
            return told, True
        if raised:
            return None  # raised by a firm the text names in no way kg reads
        # "Several firms, including LG and Hanwha, took part in the round": those the subject
        # of the verb names are who joined the round, not whose it is.
        # Not a firm the subject names after "of": "the chief executive of Hanul also took part
        # in the round" tells of Hanul's round; nor one its relative clause names: "Pado,
        # which invested in Hanul in 2021, led the Series C" tells of Hanul's round too.
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        joined = {token_mark(t, "kg_entity") for c in (verb.children if verb is not None else ()) if c.dep_ in ("nsubj", "nsubjpass")
                  for t in c.subtree if token_mark(t, "kg_entity") and not token_mark(t, "kg_coref") and not after_of(t, c) and not _in_relative_clause(t, c)}
        best = most_named(self.ontology, entities, token.idx, exclude=joined, investors=False)
        return (best, True) if best else None

    def _raiser_above(self, token):
        """The organisation subject of the nearest raising verb *token* hangs under ("Hanul
        said it had secured $6 million from investors including Daewon": Hanul, through
        "it"), or None. An investment firm found so raised a fund, no round, and no other
        sentence's round is the list's either."""
        verb = next((t for t in token.ancestors if t.lemma_ in self.cues.raise_verbs), None)
        if verb is None:
            return None
        subjects = [relative_antecedent(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return next((s for s in subjects if token_mark(s, "kg_entity") and self.ontology.is_subclass(token_mark(s, "kg_class"), "Organization")), None)

    def _raiser_before(self, token) -> tuple:
        """ "Sorel has raised EUR 40 million. The round was led by A and B.": the firm the
        sentence just before tells raised money (the subject of a raising verb with a round
        or an amount), or None; and whether that sentence tells of a raise at all. In a text
        of many deals the firm named most often is not the one the round is of."""
        sentences, of_token = self.sentences.sentence_index(token.doc)
        number = of_token[token.i]
        if number == 0:
            return None, False
        before = sentences[number - 1]
        subjects = [relative_antecedent(child) for verb in before if verb.lemma_ in self.cues.raise_verbs
                    and any(t.lemma_ in self.cues.round_nouns or token_mark(t, "kg_value_kind") == "money" for t in verb.subtree)
                    for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")]
        # "Porter secured $200 million in its Series F round. This round was led by X": where
        # the parse lost the raising verb, the round's own possessor.
        owners = [] if subjects else [c for t in before if {t.lower_, t.lemma_} & self.cues.round_nouns or is_series(t)
                                      for c in t.children if c.dep_ == "poss"]
        raisers = [s for s in subjects or owners if token_mark(s, "kg_entity") and self.ontology.is_subclass(token_mark(s, "kg_class"), "Organization")
                   and token_mark(s, "kg_class") != "InvestmentFirm"]
        return (raisers[-1] if raisers else None), bool(subjects or raisers)


def _in_relative_clause(token, top) -> bool:
    """Whether *token* is in a relative clause below *top* ("Pado, which invested in Hanul")."""
    while token.i != top.i and token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        token = token.head
    return False
