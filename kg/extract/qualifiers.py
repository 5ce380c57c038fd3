"""Qualifiers of a fact from its sentence: the money after the trigger with its currency and
the US-dollar figure beside it, the percentage of the match, the round, the date of the
event (attached to the trigger in the parse, else the sentence's or paragraph's, else the
news' own for a past event), and the role from the trigger's words."""

from __future__ import annotations

import functools

from kg.errors import OntologyError
from kg.extract.date_words import fiscal_words
from kg.extract.deal_money import on_deal_noun, prices_as_before, without_valuations
from kg.extract.parse_paths import (
    NEAR,
    days_of_another_event,
    held_now_by,
    has_subject,
    hangs_on,
    in_adverbial_clause,
    is_origin_word,
    is_theme,
    not_other_verbs,
    of_origin,
    of_other_actor,
    run_of_event,
    stake_changed_to,
    steps_between,
    themeless,
)
from kg.extract.patterns import Pattern
from kg.extract.plans import (
    announced,
    closing_day,
    dateline_day,
    dates_telling,
    in_dateline,
    in_headline,
    lasting_until,
    not_after_the_news,
    planned,
    reporting_verb,
    telling_day,
    to_come,
    told,
    told_now,
)
from kg.extract.qualifier_merge import TO_COME, holds_a_stake, merge_qualifiers, round_shared, stake_shared
from kg.extract.roles import described_as, own_part
from kg.extract.trigger_words import (
    carrying,
    deal_nouns_of,
    object_actor_verbs,
    stating_words,
    trigger_nouns,
)
from kg.extract.values import (
    funding_round,
    funding_rounds,
    later_than,
    money_of,
    pair_noun,
    resolve_date,
    span_of_days,
    whole_stake_words,
)
from kg.ingest.normalize import name_key
from kg.ontology import load_ontology

__all__ = ["QualifierReader", "announced", "described_as", "merge_qualifiers", "own_part", "planned", "to_come"]

_WORDS_NOT_IN_ROLE = ("latest", "new", "former", "recent", "its", "his", "her", "their", "the", "a", "an")


class QualifierReader:
    """Reads qualifiers, keeping what it learns of one document (its sentences, their values)
    until :meth:`start` is called for the next."""

    def __init__(self) -> None:
        self.start(None)

    def start(self, doc) -> None:
        self._values: dict[int, list] = {}
        self._sentences = None
        self._names = None
        # Amounts a fact took from the round a sentence before told of, not from its own:
        # an investor's own sum told elsewhere replaces them.
        self._borrowed: set[float] = set()

    def values_of(self, sentence) -> list:
        """The value tokens (money, percentages, dates) of a sentence, read once per sentence;
        not a wire dateline's date, which dates the telling only."""
        cache = self._values
        if sentence.start not in cache:
            for token in sentence:
                # "the 2023-24 fiscal year": the words after the span say which year it is.
                if token._.kg_value_kind == "date" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ in fiscal_words():
                    token._.kg_value = resolve_date(f"{token.text} {token.nbor(1).text} year", None) or token._.kg_value
            cache[sentence.start] = [t for t in sentence if t._.kg_value_kind and t._.kg_value is not None
                                     and not (t._.kg_value_kind == "date" and in_dateline(t))]
        return cache[sentence.start]

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
        fact ("X invested in Y in 2019. Z acquired W." leaves W's purchase undated)."""
        for before in reversed(self.sentences_before(sentence)):
            if any("\n" in t.text or "\n" in t.whitespace_ for t in before):
                # A paragraph break inside or after this sentence ends the search, but a
                # date in its last line still counts.
                tail = before.text_with_ws.rsplit("\n", 1)[-1]
                if tail.strip():
                    dates = [t for t in self.values_of(before) if t._.kg_value_kind == "date" and t.idx >= before.end_char - len(tail)
                             and not of_origin(t)]
                    if dates:
                        return None if of_other_actor(dates[-1], ends) else dates[-1]._.kg_value
                return None
            dates = [t for t in self.values_of(before) if t._.kg_value_kind == "date" and not of_origin(t)]
            if dates:
                return None if of_other_actor(dates[-1], ends) else dates[-1]._.kg_value
        return None

    def later_amounts(self, doc, facts: list[dict], deal_nouns: dict[str, frozenset[str]]) -> None:
        """Give a fact the money of a later sentence that refers back to it ("Nippon Steel
        acquired U.S. Steel. The transaction came to about $14.1 billion."): a definite deal
        noun as subject, the fact's relation among those the noun may mean, the fact stated
        in one of the two sentences before (or, when none is, the text's only such fact) and
        its own sentence without an amount. Of such facts, those of the nearest sentence take
        it."""
        sentences, of_token = self.sentence_index(doc)
        with_money = frozenset(name for names in deal_nouns.values() for name in names)
        for number, sentence in enumerate(sentences):
            money = [t for t in self.values_of(sentence) if t._.kg_value_kind == "money"]
            if not money:
                continue
            noun = next((t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and _definite(t)
                         and (t.lemma_.lower() in deal_nouns or t._.kg_value_kind == "money")), None)
            if noun is None:
                continue
            # "The $20 million will fund ...": the money itself refers back, to a fact of any
            # relation a deal noun may mean.
            relations = with_money if noun._.kg_value_kind == "money" else deal_nouns[noun.lemma_.lower()]
            earlier = {s.start_char: i for i, s in enumerate(sentences[max(0, number - 2):number], max(0, number - 2))}
            meant = [f for f in facts if f["predicate"] in relations and "amount" not in f["qualifiers"]
                     and not f.get("implied")]
            waiting = [f for f in meant if f["evidence"][0] in earlier]
            if not waiting and len({(f["subject"], f["predicate"], f["object"]) for f in meant}) == 1:
                # "The transaction came to $14.1 billion" in a text that tells of one deal
                # only, wherever it states it.
                waiting = meant
            if not waiting:
                continue
            nearest = max(f["evidence"][0] for f in waiting)
            read = money_of(money)
            for fact in waiting:
                if fact["evidence"][0] == nearest:
                    fact["qualifiers"].update(read)
        self._restated_amounts(doc, facts, deal_nouns)
        round_shared(facts, funding_rounds(doc.text))

    def stakes_of_own_sentence(self, doc, facts: list[dict]) -> None:
        """Give a fact that carries a stake but has none (one implied by an investment: "X
        invested $100 million in Y for a 4.5 percent stake") the percentage of its own
        sentence that stands on a noun stating its relation ("stake"), when there is exactly
        one and that noun is in no other firm than the fact's object. For the facts of the
        whole document, implied ones included; then a subsidiary takes the stake its parent
        is told to hold (:func:`~kg.extract.qualifier_merge.stake_shared`)."""
        sentences, _ = self.sentence_index(doc)
        starts = {s.start_char: s for s in sentences}
        names = None
        for fact in facts:
            nouns = trigger_nouns(fact["predicate"])
            sentence = starts.get((fact.get("evidence") or [None])[0])
            if "stake_percent" in fact["qualifiers"] or "stake_percent" not in carrying(fact["predicate"]) \
                    or not nouns or sentence is None:
                continue
            names = names if names is not None else self.entity_names(doc)
            found = []
            for value in self.values_of(sentence):
                noun = value.head
                if value._.kg_value_kind != "percent" or noun.lemma_.lower() not in nouns:
                    continue
                themes = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g._.kg_entity is not None]
                verb = next((t for t in noun.ancestors if t.pos_ in ("VERB", "AUX")), None)
                # Held by another firm ("Y, which holds a 20% stake"): not the fact's.
                other = verb is not None and (verb.dep_ in ("relcl", "acl") or any(
                    c.dep_ == "nsubj" and c._.kg_entity is not None and name_key(fact["subject"]) not in names.get(c._.kg_entity, ())
                    for c in verb.children))
                if not other and all(name_key(fact["object"]) in names.get(g._.kg_entity, ()) for g in themes):
                    found.append(value._.kg_value)
            if len(found) == 1:
                fact["qualifiers"]["stake_percent"] = found[0]
        for fact in facts:
            if fact["qualifiers"].pop(TO_COME, None):
                names = names if names is not None else self.entity_names(doc)
                self._held_now(fact, sentences, names)
        stake_shared(facts)

    def _held_now(self, fact: dict, sentences: list, names: dict[str, set[str]]) -> None:
        """Give a stake told only as to come ("would soon hold an 86 percent stake") the one
        percentage the text tells its holder holds now in the firm ("adding to the 13.51
        percent that Midea already holds in the German firm"), if any."""
        holder, firm = name_key(fact["subject"]), name_key(fact["object"])
        found = set()
        for sentence in sentences:
            for value in self.values_of(sentence):
                told = held_now_by(value) if value._.kg_value_kind == "percent" else None
                if told and holder in names.get(told[0]._.kg_entity, ()) and (
                        told[1] is None or told[1]._.kg_entity is None or firm in names.get(told[1]._.kg_entity, ())):
                    found.add(value._.kg_value)
        if len(found) == 1:
            fact["qualifiers"]["stake_percent"] = found.pop()

    def _restated_amounts(self, doc, facts: list[dict], deal_nouns: dict[str, frozenset[str]]) -> None:
        """Give a fact without an amount the money of another sentence that states the same
        deal: a word there that states the fact's relation (ontology/triggers.yaml's verbs and
        nouns, or a deal noun), money that hangs on that word in the parse, and both ends of
        the fact named (or referred to) close to it ("Tsumura said it will acquire Yomeishu's
        operations for 6.8 billion yen." ... "Tsumura then plans to take full control of
        Yomeishu."). Right before or after the fact's own sentence, the sentence may also leave
        the firm unsaid if it names no theme at all, the fact's subject being the word's
        ("He has personally invested over $100m."). Of several such sentences the nearest to
        the fact's own gives it. A stake is read so too ("has acquired 100% of the ownership
        of U.S. Steel's common stock"), never from a sentence that leaves the firm unsaid."""
        words = stating_words(deal_nouns)
        names = None  # read once for all the facts: a walk over the whole document
        for kind, key in (("money", "amount"), ("percent", "stake_percent")):
            waiting = [f for f in facts if (key not in f["qualifiers"] or kind == "money" and float(f["qualifiers"]["amount"]) in self._borrowed)
                       and not f.get("implied") and key in carrying(f["predicate"])]
            for fact in waiting:
                names = self.entity_names(doc) if names is None else names
                found = self._restated(doc, fact, words.get(fact["predicate"], {}), kind, unsaid_allowed=kind == "money", names=names)
                if found and kind == "money":
                    # "... a round co-led by its chief executive Kim. Kim has personally
                    # invested $100m": his own sum, not the round's.
                    for name in ("amount", "currency", "amount_usd"):
                        fact["qualifiers"].pop(name, None)
                    fact["qualifiers"].update(money_of(found))
                elif found:
                    fact["qualifiers"][key] = found[0]._.kg_value

    def _restated(self, doc, fact: dict, stating: dict[str, frozenset[str]], kind: str, *, unsaid_allowed: bool,
                  names: dict[str, set[str]]) -> list:
        """The values of *kind* of the sentence nearest to *fact*'s own that states its deal
        again (see :meth:`_restated_amounts`), or []; *names* are :func:`_entity_names`'."""
        sentences, of_token = self.sentence_index(doc)
        own = next((i for i, s in enumerate(sentences) if s.start_char == fact["evidence"][0]), None)
        ends = (name_key(fact["subject"]), name_key(fact["object"]))
        found = []
        for number, sentence in enumerate(sentences):
            if number == own:
                continue
            values = [t for t in without_valuations(self.values_of(sentence)) if t._.kg_value_kind == kind]
            if not values:
                continue  # most sentences: their words need not be read
            mentions = [t for t in sentence if t._.kg_entity is not None]
            # "The two countries" names both ends of a fact that holds both ways when the
            # sentence before names them both ("goods worth 245 billion euros were traded
            # between the countries").
            pairs = [t for t in sentence if pair_noun(t)] if number and _symmetric(fact["predicate"]) and all(
                any(end in names.get(t._.kg_entity, ()) for t in sentences[number - 1] if t._.kg_entity) for end in ends) else []
            if not pairs and not any(ends[0] in names.get(t._.kg_entity, ()) for t in mentions):
                continue
            beside = unsaid_allowed and own is not None and abs(number - own) == 1
            for trigger in sentence:
                themes = stating.get(trigger.lemma_.lower()) or stating.get(trigger.lower_)
                own_values = [t for t in values if hangs_on(t, trigger)] if themes else []
                if not own_values:
                    continue
                if any(steps_between(t, trigger) <= 2 for t in pairs):
                    found.append((abs(number - own) if own is not None else number, number, own_values))
                    break
                # The object end is the word's theme ("acquire Yomeishu's operations"),
                # not any firm of the clause ("purchase loans ... to Kokusai for ...").
                objects = [t for t in mentions if ends[1] in names.get(t._.kg_entity, ()) and is_theme(t, trigger, themes)]
                subjects = [t for t in mentions if ends[0] in names.get(t._.kg_entity, ()) and steps_between(t, trigger) <= NEAR]
                unsaid = beside and not objects and themeless(trigger, themes) and any(
                    t.head.i == trigger.i and t.dep_ == "nsubj" for t in subjects)
                if subjects and (objects or unsaid):
                    found.append((abs(number - own) if own is not None else number, number, own_values))
                    break
            else:
                # A fact that holds both ways, its two ends named in a sentence that states it
                # with one sum, however the parser hangs the sum ("trade revenues between X and
                # Y rose 15%, as goods worth 245 billion euros were traded between the countries").
                both = pairs or all(any(end in names.get(t._.kg_entity, ()) for t in mentions) for end in ends)
                sums = [t for t in values if not any(0 < t.i - o.i <= 4 for o in values)]  # not a figure beside another
                if _symmetric(fact["predicate"]) and both and len(sums) == 1 and any(
                        stating.get(t.lemma_.lower()) or stating.get(t.lower_) for t in sentence):
                    found.append((abs(number - own) if own is not None else number, number, values))
        return min(found, key=lambda item: item[:2])[2] if found else []

    def earlier_round(self, sentence, nouns: frozenset[str], *, verbs: frozenset[str] = frozenset(), back: int = 2) -> dict:
        """The funding round the nearest of the *back* sentences before *sentence* tells of
        (by its stage, a deal noun such as "round", or money that hangs on one of *verbs*:
        "said on Monday it had raised $50 million"): ``{"round": stage, "money": {...},
        "date": date}``, each when that sentence gives it; {} when none tells of one."""
        for before in reversed(self.sentences_before(sentence)[-back:]):
            stage = funding_round(before.text)
            raised = any(t._.kg_value_kind == "money" and any(hangs_on(t, v) for v in before if v.lemma_.lower() in verbs)
                         for t in self.values_of(before))
            if stage or raised or any(t.lemma_.lower() in nouns for t in before):
                found = {"money": money_of(without_valuations(self.values_of(before)))}
                dates = [t for t in self.values_of(before) if t._.kg_value_kind == "date" and not of_origin(t)]
                if dates:
                    found["date"] = dates[-1]._.kg_value
                return {**found, "round": stage} if stage else found
        return {}

    def earlier_money(self, sentence, *, back: int = 3) -> dict:
        """The money of the nearest of the *back* sentences before *sentence* that has any
        (for "for the same price"), or {}."""
        for before in reversed(self.sentences_before(sentence)[-back:]):
            read = money_of(without_valuations(self.values_of(before)))
            if read:
                return read
        return {}

    @staticmethod
    def percent_name(pattern: Pattern) -> str | None:
        named = pattern.qualifiers.get("percent")
        return named or next((q for q in pattern.carries if q.endswith("_percent")), None)

    def _date_of(self, span, triggers: list, values: list, deal_nouns: frozenset[str] = frozenset(), published: str | None = None):
        """The date of the event the trigger states: a date attached to the trigger or to
        the verb above it ("completed in 2017"), else the date nearest to the trigger in its
        sentence that no other verb holds, else (the sentence dating nothing) the
        paragraph's."""
        # A date of a beginning ("since its founding in 2015") dates only a beginning: the
        # trigger's own, or that of what the trigger names ("formed a partnership in March").
        beginning = bool(triggers) and (is_origin_word(triggers[0]) or triggers[0].dep_ in ("dobj", "nsubjpass")
                                        and is_origin_word(triggers[0].head))
        dates = [t for t in values if t._.kg_value_kind == "date" and (beginning or not of_origin(t))]
        later = self._later(span, triggers, values)
        if later:
            return later
        if not dates:
            return self.paragraph_date(self.sentence_of(span), frozenset(t._.kg_entity for t in span if t._.kg_entity))
        if triggers:
            trigger = triggers[0]
            # A verb joined by "and" to another has its own dates, not the other's; so has a
            # verb that only modifies a noun ("Arden, which bought X in 2019, invested ..."
            # parsed with both clauses hanging on "Arden").
            # A clause with a subject of its own tells of another event ("its biggest deal
            # since it paid $3 billion for Z in 2019").
            own_clause = trigger.dep_ in ("conj", "acl", "relcl") or trigger.pos_ in ("VERB", "AUX") and in_adverbial_clause(trigger)
            governor = trigger if own_clause else trigger.head
            # Nor is the date of a purpose the deal's ("signed an agreement to build a plant by
            # 2033"), unless the trigger is that purpose ("paid $90 million on Tuesday to buy").
            near = {trigger.i, governor.i, *(c.i for c in governor.children
                                             if c.pos_ in ("VERB", "AUX") and c.dep_ not in ("conj", "acl", "relcl")
                                             and not has_subject(c) and not (c.i != trigger.i and _infinitive(c)))}
            # Of the dates attached to them, the trigger's own before its governor's ("announced
            # on Monday that it acquired X last month": last month).
            attached = []
            for date in dates:
                told_by = reporting_verb(date)
                head, steps = (told_by, 0) if told_by is not None else (date.head, 0)
                while steps < 3:
                    if head.i in near:
                        attached.append((head.i != trigger.i, steps, date))
                        break
                    if head.head.i == head.i or head.pos_ in ("VERB", "AUX"):
                        break  # the date of another verb ("X, whose sales rose last year, ...")
                    head, steps = head.head, steps + 1
            if attached:
                chosen = min(attached, key=lambda found: found[:2])[2]
                value = not_after_the_news(chosen, trigger, published)
                # "CES, which ends Friday in Las Vegas": the month, unless the text gives the days.
                sentence = self.sentence_of(span)
                short = value and len(str(value)) == 10 and closing_day(chosen) \
                    and not span_of_days(value, sentence.text, following=self.sentence_after(sentence))
                return value[:7] if short else value
            # Else the days an event ran, told in a clause on its name that is the fact's
            # end ("attended the expo, which ran from May 5 to 7").
            ends = {t._.kg_entity for t in span if t._.kg_entity}
            ran = [t for t in dates if run_of_event(t, ends)]
            if ran:
                value = not_after_the_news(ran[0], trigger, published)
                if not value or len(str(value)) != 10:
                    return value
                if closing_day(ran[0]):
                    return value[:7]  # "the show, which ends Friday": its month, the first day being unsaid
                # "the expo, which opened on Tuesday and runs through Friday": the days between.
                return lasting_until(value, next(t for t in ran[0].ancestors if t.pos_ in ("VERB", "AUX")), dates) or value
            # Else the nearest, of the dates no other verb holds: none is the news' own.
            dates = not_other_verbs(dates, trigger, "date", deal_nouns=deal_nouns)
            return not_after_the_news(min(dates, key=lambda t: abs(t.i - trigger.i)), trigger, published) if dates else None
        return dates[0]._.kg_value

    def _later(self, span, triggers: list, values: list) -> str | None:
        """The date "two years later" on the trigger's clause gives, counted from the last
        date before it in its sentence or paragraph ("X bought Y in 2027. Two years later, it
        invested in Z": 2029), or None."""
        if not triggers:
            return None
        sentence, trigger = self.sentence_of(span), triggers[0]
        for phrase in sentence:
            if phrase._.kg_value_kind != "date" or phrase._.kg_value is not None or not phrase.lower_.endswith(("later", "afterward", "afterwards")):
                continue
            verb = next((t for t in phrase.ancestors if t.pos_ in ("VERB", "AUX")), None)
            if verb is None or verb.i not in (trigger.i, trigger.head.i):
                continue
            before = [t._.kg_value for t in values if t._.kg_value_kind == "date" and t.i < phrase.i]
            earlier = before[-1] if before else self.paragraph_date(sentence)
            return later_than(earlier, phrase.text) if earlier else None
        return None

    def _news_date(self, span, triggers: list, published: str | None, *, referred: bool = False) -> str | None:
        """A fact the text dates nowhere is dated by the day the news tells it: the day its
        sentence names its source with ("according to a filing on Tuesday"), else the
        publication date (or the dateline's day, finer than a publication known by its
        month), else the last date of the two sentences before. So is an event told as done
        in any tense ("was acquired", "has invested") or as under way ("is acquiring"); not
        one in a clause of another time ("since it bought Z"). A plan only when it is reported as made
        ("announced it plans to acquire", "has agreed to buy") or as done to a purpose ("paid
        $90 million to acquire"), not when only held ("will buy", "plans to invest"). Not a
        title ("chairman Kim said") nor a participle that describes a name ("Y, backed by X,").
        A headline's verb tells the day's news in any form ("X buys Y", "X to buy Y").
        A round *referred* to from a sentence before ("The round was led by X") is dated so
        only when told in the active voice. An event told in the present ("X buys Y" in the
        body) is the day's news too."""
        if not triggers or in_adverbial_clause(triggers[0]):
            return None
        trigger = triggers[0]
        if not (announced(trigger) if planned(trigger) else told(trigger, passive=not referred)
                or told_now(trigger) and not is_origin_word(trigger)) \
                and not (in_headline(trigger) and trigger.pos_ in ("VERB", "AUX")):
            return None
        told_on = telling_day(self.values_of(self.sentence_of(span)))
        if told_on:
            return told_on  # "X has acquired Y, according to a filing on Tuesday"
        day = dateline_day(span.doc)
        if published:
            # A dateline's day refines a publication known only by its month or year.
            return day if day and len(day) > len(published) and day.startswith(published) else published
        if day:
            return day
        sentence = self.sentence_of(span)
        before = self.sentences_before(sentence)[-2:]
        dates = [t for s in before for t in self.values_of(s) if t._.kg_value_kind == "date"]
        return dates[-1]._.kg_value if dates else None

    def read(self, pattern: Pattern, span, triggers: list, published: str | None) -> dict:
        """The qualifiers of a fact *pattern* found over *span*, of those its relation carries."""
        carries = pattern.carries
        qualifiers: dict[str, object] = {}
        sentence = self.sentence_of(span)
        values = self.values_of(sentence)
        in_span = [t for t in values if span.start <= t.i < span.end]
        percent_name = self.percent_name(pattern)
        if percent_name:
            percent = next((t._.kg_value for t in in_span if t._.kg_value_kind == "percent"), None)
            if percent is None:
                # "a 30% stake in Lynk from Volvo": the trigger's own figure, wherever the
                # match's words begin.
                percent = next((c._.kg_value for t in triggers for c in t.children
                                if c._.kg_value_kind == "percent" and c._.kg_value is not None), None)
            # "acquire all outstanding shares of Kokusai", "fully acquire", "buy X outright", "a
            # wholly owned subsidiary" (the word on the trigger's participle).
            modifiers = [m for t in triggers for c in t.children if c.dep_ in ("det", "predet", "amod", "advmod")
                         for m in (c, *(g for g in c.children if c.dep_ == "amod" and g.dep_ == "advmod"))]
            if percent is None and percent_name == "stake_percent" and any(m.lower_ in whole_stake_words() for m in modifiers):
                percent = 100.0
            if percent is None and percent_name == "stake_percent":
                percent = stake_changed_to(triggers)
            if percent is not None:
                qualifiers[percent_name] = percent
                if percent_name == "stake_percent" and triggers and planned(triggers[0]) and holds_a_stake(pattern.eval_name):
                    qualifiers[TO_COME] = True  # "would soon hold an 86% stake": see stakes_of_own_sentence
        # The figure that goes with the fact: the first after the trigger word ("exports to
        # X totaled 1.03 trillion yuan, with imports ... at 1.34 trillion yuan"), else the
        # first of the match, else the first of the sentence.
        if "amount" in carries:
            values = without_valuations(values)
            deal_nouns = deal_nouns_of(pattern.eval_name)
            own = [t for t in (not_other_verbs(values, triggers[0], deal_nouns=deal_nouns) if triggers else values)
                   if t._.kg_value_kind == "money"]
            # (Money only: a date after the trigger must not hide the money before it.)
            after = [t for t in own if triggers and t.i > triggers[0].i]
            first = next(iter(on_deal_noun(triggers, own) or after or [t for t in in_span if t in own] or own), None)
            # The US-dollar figure beside the amount is read whichever verb the parse hangs it on.
            money = money_of([t for t in values if t.i >= first.i]) if first is not None else {}
            if not money and prices_as_before(sentence):
                money = self.earlier_money(sentence)  # "agreed to buy X for the same price"
            qualifiers.update(money)
        told = {}
        # "The round was led by Daewon", "Investors in the round include Daewon": the round
        # the sentences before tell of.
        referring = pattern.round_only or "round" in carries and any(
            _definite(t) and t.lemma_.lower() in deal_nouns_of(pattern.eval_name) for t in span)
        if referring and ("amount" in carries and "amount" not in qualifiers or "round" in carries and not funding_round(sentence.text)):
            told = self.earlier_round(sentence, deal_nouns_of(pattern.eval_name), verbs=object_actor_verbs(pattern.eval_name))
            if "amount" in carries and "amount" not in qualifiers and told.get("money"):
                qualifiers.update(told["money"])
                self._borrowed.add(float(told["money"]["amount"]))
            if "round" in carries and told.get("round"):
                qualifiers["round"] = told["round"]
        if "round" in carries:
            stage = funding_round(sentence.text)
            if stage:
                qualifiers["round"] = stage
        if "date" in carries:
            if told.get("date"):
                # "X raised $20 million in January. Y led the round, X said on Tuesday": the
                # round's day, not the telling's.
                values = [t for t in values if t._.kg_value_kind != "date" or not dates_telling(t)]
            date = self._date_of(span, triggers, values, deal_nouns_of(pattern.eval_name), published)
            if date:
                # "his three-day visit" from that day: the period, not its first day (the
                # text's own day only: the news' date is no day the text gives the event).
                if not (triggers and days_of_another_event(triggers[0])):
                    date = span_of_days(date, sentence.text, following=self.sentence_after(sentence)) or date
                if triggers:
                    date = lasting_until(date, triggers[0], values) or date  # "opened Tuesday and runs until Sunday"
            # Else the day the round it refers to was told of, across a paragraph break too.
            # A title ("co-led by its chief executive He") tells of no event the news dates.
            titled = pattern.role == "title" and bool(triggers) and triggers[0].pos_ != "VERB"
            date = date or told.get("date") or (None if titled else self._news_date(span, triggers, published, referred=bool(told)))
            if date:
                qualifiers["date"] = date
        if pattern.role in ("trigger", "title") and triggers:
            trigger = triggers[0]
            words = [c.text for c in trigger.children if c.dep_ in ("amod", "compound") and c.lower_ not in _WORDS_NOT_IN_ROLE and c.i < trigger.i and not c._.kg_entity]
            if trigger.i > 0 and trigger.nbor(-1).lower_ in ("chief", "vice", "deputy", "co", "state", "strategic", "managing") and trigger.nbor(-1).text not in words:
                words.append(trigger.nbor(-1).text)
            text = " ".join([*words, trigger.lemma_ if trigger.tag_ == "NNS" else trigger.text])
            if trigger.i + 1 < len(trigger.doc) and trigger.nbor(1).lower_ in ("minister", "officer"):
                text += " " + trigger.nbor(1).text
            qualifiers["role"] = text.title() if pattern.role == "title" else text
        elif pattern.role:
            qualifiers["role"] = pattern.role
        return qualifiers


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


@functools.cache
def _symmetric(relation: str) -> bool:
    try:
        return load_ontology().relation(relation).symmetric
    except OntologyError:
        return False


def _definite(token) -> bool:
    return any(c.lower_ in ("the", "this", "that") and c.dep_ == "det" for c in token.children)


def _entity_names(doc) -> dict[str, set[str]]:
    """The name keys each entity of *doc* goes by: its mentions' words and its key's name
    (references such as "it" stand for an entity but do not name it)."""
    names: dict[str, set[str]] = {}
    for token in doc:
        key = token._.kg_entity
        if key is None:
            continue
        known = names.setdefault(key, {name_key(key.split(":", 1)[-1])})
        if not token._.kg_coref:
            known.add(name_key(token.text))
    return names
