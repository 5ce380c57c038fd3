"""What one document's sentences hold, read once: its sentences in order, the value tokens
(money, percentages, dates) of each, the names each entity goes by, and what the sentences
before a given one tell (a paragraph's date, a funding round, money). The base of
:class:`~kg.extract.qualifiers.QualifierReader`, apart from it because the relation reader
asks for sentences too and the later passes over a document
(:mod:`kg.extract.restated_values`) and the dates of events (:mod:`kg.extract.event_dates`)
read the same store."""

from __future__ import annotations

from kg.extract.date_words import fiscal_words
from kg.extract.deal_money import without_valuations
from kg.extract.parse_paths import comparison_base, hangs_on, of_origin, of_other_actor
from kg.extract.patterns import token_mark, token_marks
from kg.extract.plans import dateline_dates, goal_date, in_dateline
from kg.extract.story_periods import period_referred
from kg.extract.values import funding_round, money_of, resolve_date
from kg.ingest.normalize import name_key

__all__ = ["SentenceValues"]


class SentenceValues:
    """The sentences and values of one document, kept until :meth:`start` is called for the
    next."""

    def __init__(self) -> None:
        self.start(None)

    def start(self, doc) -> None:
        self._values: dict[int, list] = {}
        self._sentences = None
        self._names = None
        self._dateline = None

    def values_of(self, sentence) -> list:
        """The value tokens (money, percentages, dates) of a sentence, read once per sentence;
        not a wire dateline's date, which dates the telling only."""
        cache = self._values
        if sentence.start not in cache:
            # One pass, the kinds read at once (kg.extract.patterns.token_marks): spaCy builds
            # an object at each ``token._`` (a token's fiscal year below changes only its own value).
            found = []
            for offset, kind in enumerate(token_marks(sentence, "kg_value_kind")):
                if not kind:
                    continue
                token = sentence[offset]
                # "the 2023-24 fiscal year": the words after the span say which year it is.
                if kind == "date" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ in fiscal_words():
                    token._.kg_value = resolve_date(f"{token.text} {token.nbor(1).text} year", None) or token_mark(token, "kg_value")
                # "During the six-month period": the period of as many months dated before.
                if kind == "date" and token_mark(token, "kg_value") is None and "month" in token.lower_:
                    token._.kg_value = period_referred(token, [token_mark(t, "kg_value") for s in self.sentences_before(sentence)
                                                               for t in self.values_of(s) if token_mark(t, "kg_value_kind") == "date"])
                if token_mark(token, "kg_value") is not None and not (kind == "date" and in_dateline(token)):
                    found.append(token)
            cache[sentence.start] = found
        return cache[sentence.start]

    def dateline_day(self, doc) -> str | None:
        """:func:`~kg.extract.plans.dateline_day` of *doc*, its dateline's dates found once per
        document: the news' date of each fact walked the first 60 tokens again (0.07 s of the
        60 mixes). Their values are read at each call: a sentence's first reading may set one."""
        if self._dateline is None or self._dateline[0] is not doc:
            self._dateline = (doc, dateline_dates(doc))
        return next((token_mark(t, "kg_value") for t in self._dateline[1] if token_mark(t, "kg_value")), None)

    def sentence_index(self, doc):
        # Sentences listed once per document: spaCy finds a span's sentence by walking the
        # document from its start, each time it is asked.
        if self._sentences is None or self._sentences[0] is not doc:
            sentences = list(doc.sents)
            of_token = [0] * len(doc)
            for number, sentence in enumerate(sentences):
                of_token[sentence.start:sentence.end] = [number] * len(sentence)
            self._sentences = (doc, sentences, of_token)
        return self._sentences[1], self._sentences[2]

    def entity_names(self, doc) -> dict[str, set[str]]:
        """:func:`_entity_names` of *doc*, read once per document: the restated amounts and
        the stakes of a fact's own sentence both ask, and nothing renames a mention between."""
        if self._names is None or self._names[0] is not doc:
            self._names = (doc, _entity_names(doc))
        return self._names[1]

    def sentence_of(self, span):
        sentences, of_token = self.sentence_index(span.doc)
        return sentences[of_token[span.start]]

    def sentence_after(self, sentence) -> str:
        """The text of the sentence after *sentence*, or ""."""
        sentences, of_token = self.sentence_index(sentence.doc)
        number = of_token[sentence.start] + 1
        return sentences[number].text if number < len(sentences) else ""

    def sentences_before(self, sentence) -> list:
        """The sentences before *sentence*."""
        sentences, of_token = self.sentence_index(sentence.doc)
        return sentences[:of_token[sentence.start]]

    def paragraph_date(self, sentence, ends: frozenset = frozenset()):
        """The last date of the sentences before *sentence* in its paragraph ("Figures for the
        past year show ... Exports totaled ..."), or None. A date of a beginning ("was
        founded in 2015") dates nothing after it, nor does the date of another actor's deal:
        one whose clause has a named subject that is none of *ends*, the entities of the
        fact ("X invested in Y in 2019. Z acquired W." leaves W's purchase undated). Nor
        does the base a figure is compared with, nor a goal's year: "Exports rose to $3
        billion in 2023-24, from $2.8 billion the previous year. Imports rose 4%." dates
        the imports by 2023-24."""
        for before in reversed(self.sentences_before(sentence)):
            if any("\n" in t.text or "\n" in t.whitespace_ for t in before):
                # A paragraph break inside or after this sentence ends the search, but a
                # date in its last line still counts.
                tail = before.text_with_ws.rsplit("\n", 1)[-1]
                if tail.strip():
                    dates = [t for t in self.values_of(before) if token_mark(t, "kg_value_kind") == "date" and t.idx >= before.end_char - len(tail)
                             and not of_origin(t) and not _dates_no_fact(t)]
                    if dates:
                        return None if of_other_actor(dates[-1], ends) else token_mark(dates[-1], "kg_value")
                return None
            dates = [t for t in self.values_of(before) if token_mark(t, "kg_value_kind") == "date" and not of_origin(t) and not _dates_no_fact(t)]
            if dates:
                return None if of_other_actor(dates[-1], ends) else token_mark(dates[-1], "kg_value")
        return None

    def earlier_round(self, sentence, nouns: frozenset[str], *, verbs: frozenset[str] = frozenset(), back: int = 2,
                      reach: int = 5) -> dict:
        """The funding round the nearest of the *back* sentences before *sentence* tells of
        (by its stage, a deal noun such as "round", or money that hangs on one of *verbs*:
        "said on Monday it had raised $50 million"): ``{"round": stage, "money": {...},
        "date": date}``, each when a sentence of it gives it; {} when none tells of one.
        What that sentence leaves out, the sentences before it that tell of the same round,
        up to *reach* before *sentence*, give ("Mistral raised 600 million euros. ... The
        round, announced on Tuesday, values it at ... The company gave little detail about
        the round." : the money of the first, the day of the second); a sentence naming
        another stage ends the search."""
        found: dict = {}
        for number, before in enumerate(reversed(self.sentences_before(sentence)[-reach:])):
            if not found and number >= back:
                break
            stage = funding_round(before.text)
            raised = any(token_mark(t, "kg_value_kind") == "money" and any(hangs_on(t, v) for v in before if v.lemma_.lower() in verbs)
                         for t in self.values_of(before))
            if not (stage or raised or any(t.lemma_.lower() in nouns for t in before)):
                continue
            if stage and found.get("round", stage) != stage:
                break
            if not found.get("money"):
                found["money"] = money_of(without_valuations(self.values_of(before)))
            dates = [t for t in self.values_of(before) if token_mark(t, "kg_value_kind") == "date" and not of_origin(t)]
            if dates and "date" not in found:
                found["date"] = token_mark(dates[-1], "kg_value")
            if stage:
                found["round"] = stage
            if found["money"] and "date" in found:
                break
        return found

    def earlier_money(self, sentence, *, back: int = 3) -> dict:
        """The money of the nearest of the *back* sentences before *sentence* that has any
        (for "for the same price"), or {}."""
        for before in reversed(self.sentences_before(sentence)[-back:]):
            read = money_of(without_valuations(self.values_of(before)))
            if read:
                return read
        return {}


def _dates_no_fact(date) -> bool:
    """Whether *date* dates only a comparison's base or a goal, no fact told beside it."""
    return comparison_base(date) or goal_date(date)


def _entity_names(doc) -> dict[str, set[str]]:
    """The name keys each entity of *doc* goes by: its mentions' words and its key's name
    (references such as "it" stand for an entity but do not name it)."""
    names: dict[str, set[str]] = {}
    for i, (key, coref) in enumerate(zip(token_marks(doc, "kg_entity"), token_marks(doc, "kg_coref"))):
        if key is None:
            continue
        known = names.setdefault(key, {name_key(key.split(":", 1)[-1])})
        if not coref:
            known.add(name_key(doc[i].text))
    return names
