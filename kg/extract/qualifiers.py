"""Qualifiers of a fact from its sentence: the money after the trigger with its currency and
the US-dollar figure beside it, the percentage of the match, the round, the date of the
event (attached to the trigger in the parse, else the sentence's or paragraph's, else the
news' own for a past event), and the role from the trigger's words. The dates are chosen in
:mod:`kg.extract.event_dates`; the sentences and their values are kept by
:mod:`kg.extract.sentence_values`, and what other sentences of the document add once all
its facts are read by :mod:`kg.extract.restated_values`."""

from __future__ import annotations

from kg.extract.clause_prices import clause_price
from kg.extract.deal_money import on_deal_noun, prices_as_before, whole_value, without_valuations
from kg.extract.event_dates import date_of, news_date, phrase_date
from kg.extract.guard import setting_words
from kg.extract.parse_paths import days_of_another_event, has_subject, not_other_verbs, several_sellers, stake_changed_to
from kg.extract.patterns import Pattern, token_mark, token_marks
from kg.extract.plans import announced, dates_telling, goal_date, goal_figure, lasting_until, planned, title_beside_name, to_come
from kg.extract.qualifier_merge import JOINT, SOLD, TO_COME, bought_whole, holds_a_stake, merge_qualifiers
from kg.extract.deal_references import definite
from kg.extract.restated_values import RestatedValues
from kg.extract.roles import described_as, own_part
from kg.extract.trigger_words import deal_nouns_of, object_actor_verbs, trigger_nouns
from kg.extract.values import (
    added_part_words,
    funding_round,
    holding_prepositions,
    joint_sum,
    level_verbs,
    listed_part,
    money_of,
    money_reference_words,
    parties_sum,
    part_verbs,
    price_verbs,
    span_of_days,
    unit_price,
    whole_stake_words,
)

__all__ = ["QualifierReader", "announced", "described_as", "merge_qualifiers", "own_part", "phrase_date", "planned", "to_come"]

_WORDS_NOT_IN_ROLE = ("latest", "new", "former", "recent", "its", "his", "her", "their", "the", "a", "an")


class QualifierReader(RestatedValues):
    """Reads qualifiers, keeping what it learns of one document (its sentences, their values)
    until :meth:`start` is called for the next."""

    @staticmethod
    def percent_name(pattern: Pattern) -> str | None:
        named = pattern.qualifiers.get("percent")
        return named or next((q for q in pattern.carries if q.endswith("_percent")), None)

    def read(self, pattern: Pattern, span, triggers: list, published: str | None) -> dict:
        """The qualifiers of a fact *pattern* found over *span*, of those its relation carries."""
        carries = pattern.carries
        self._published = published
        qualifiers: dict[str, object] = {}
        figure_day = None  # the date of a figure told in a clause of "with" (see _figure_clause)
        sentence = self.sentence_of(span)
        values = self.values_of(sentence)
        in_span = [t for t in values if span.start <= t.i < span.end]
        percent_name = self.percent_name(pattern)
        if percent_name:
            # "A's exports rose 5%, while imports fell 3%": the figure of the verb the trigger
            # is the subject of, before any among the match's words.
            part = next((g for t in triggers if t.dep_ in ("nsubj", "nsubjpass") for c in t.head.children
                         for g in (c, *(c.children if c.lower_ == "by" or c.dep_ in ("advmod", "acomp") else ()))
                         if token_mark(g, "kg_value_kind") == "percent"), None) \
                or next((t for t in in_span if token_mark(t, "kg_value_kind") == "percent"), None)
            # "Daewon and Honda hold 51 percent and 49 percent stakes in Hanul": parts listed
            # for holders listed, which the match does not pair ("respectively" does, later).
            listed = part is not None and listed_part(part)
            percent = None if part is None or listed else token_mark(part, "kg_value")
            if percent is not None and percent_name != "stake_percent" and _fallen_by(part):
                percent = -percent  # "imports fell 3%": a change, signed
            if percent is None and not listed:
                # "a 30% stake in Lynk from Volvo": the trigger's own figure, wherever the
                # match's words begin.
                percent = next((token_mark(c, "kg_value") for t in triggers for c in t.children
                                if token_mark(c, "kg_value_kind") == "percent" and token_mark(c, "kg_value") is not None), None)
            if percent is None and not listed and percent_name == "stake_percent":
                # "will remain Hanul's largest shareholder at 25 percent": a holder's title, the
                # figure on it or on the verb it completes.
                percent = next((token_mark(g, "kg_value") for t in triggers if t.pos_ in ("NOUN", "PROPN")
                                for h in (t, t.head if t.dep_ in ("attr", "oprd") else t) for c in h.children
                                if c.dep_ == "prep" and c.lower_ in holding_prepositions() for g in c.children
                                if g.dep_ == "pobj" and token_mark(g, "kg_value_kind") == "percent" and token_mark(g, "kg_value") is not None), None)
            if percent is None and not listed and percent_name != "stake_percent":
                # "trade stood at 2.3 trillion yuan, an increase of 11.2 percent": the change
                # told beside the figure.
                change = next((g for t in values if token_mark(t, "kg_value_kind") == "money" for c in t.children
                               if c.dep_ == "appos" and c.lemma_.lower() in setting_words("change_nouns")
                               for p in c.children if p.lower_ == "of" for g in p.children
                               if token_mark(g, "kg_value_kind") == "percent" and token_mark(g, "kg_value") is not None), None)
                if change is not None:
                    percent = -token_mark(change, "kg_value") if _fallen_by(change) else token_mark(change, "kg_value")
            if percent is None and not listed:
                # "bought 10 million shares of Hanul, or 12% of the company": the part restated.
                percent = next((token_mark(c, "kg_value") for t in triggers for c in t.subtree if token_mark(c, "kg_value_kind") == "percent"
                                and token_mark(c, "kg_value") is not None and c.dep_ in ("conj", "appos") and c.i and c.nbor(-1).lower_ == "or"), None)
            if percent is None and not listed and percent_name == "stake_percent":
                # "acquired 9.4 million shares in Hanul, representing 15.6% of its capital".
                percent = next((value for t, kind, value in zip(sentence, token_marks(sentence, "kg_value_kind"), token_marks(sentence, "kg_value"))
                                if kind == "percent" and value is not None and _restating(t, triggers)), None)
            # "acquire all outstanding shares of Kokusai", "fully acquire", "buy X outright", "a
            # wholly owned subsidiary" (the word on the trigger's participle).
            modifiers = [m for t in triggers for c in t.children if c.dep_ in ("det", "predet", "amod", "advmod")
                         for m in (c, *(g for g in c.children if c.dep_ == "amod" and g.dep_ == "advmod"))]
            # Not an adjective of a possessed stake: "Artemis' entire stake in Hanul" is all of
            # what Artemis holds, which may be a small part of Hanul ("Daewon's wholly owned
            # unit" is still all of the unit).
            possessed = any(c.dep_ == "poss" for t in triggers for c in t.children)
            if percent is None and percent_name == "stake_percent" and any(
                    m.lower_ in whole_stake_words() and not (possessed and m.head in triggers) for m in modifiers):
                percent = 100.0
            if percent is None and percent_name == "stake_percent":
                percent = stake_changed_to(triggers) or stake_changed_to(
                    _stake_after(triggers, trigger_nouns(pattern.eval_name) | money_reference_words("stake_nouns")))
            elif percent is not None and percent_name == "stake_percent" and _added_part(in_span, triggers, percent):
                # "acquired a further 5% of Hanul, taking its stake to 25%": the stake held after.
                nouns = trigger_nouns(pattern.eval_name)
                percent = stake_changed_to([t for t in sentence if t.pos_ == "NOUN" and t.lemma_.lower() in nouns
                                            and (t in triggers or not _names_a_theme(t))]) or percent
            if percent is not None and percent_name == "stake_percent" and _from_sellers(span, triggers):
                # "acquire the remaining 66.5% stake in Hanul from Minjin and others": the
                # part of several holders together, no one seller's stake.
                percent = None
            if percent is not None:
                qualifiers[percent_name] = percent
                if _from_seller(span, triggers):
                    qualifiers[SOLD] = True  # what the seller keeps, told elsewhere, replaces it
                if percent_name == "stake_percent" and triggers and planned(triggers[0]) and holds_a_stake(pattern.eval_name):
                    qualifiers[TO_COME] = True  # "would soon hold an 86% stake": see stakes_of_own_sentence
        # The figure that goes with the fact: the first after the trigger word ("exports to
        # X totaled 1.03 trillion yuan, with imports ... at 1.34 trillion yuan"), else the
        # first of the match, else the first of the sentence.
        if "amount" in carries:
            values = without_valuations(values)
            deal_nouns = deal_nouns_of(pattern.eval_name)
            # "to invest a combined 80 billion won": the sum of several, no one's own.
            kept = not_other_verbs(values, triggers[0], deal_nouns=deal_nouns) if triggers else values
            figure = _figure_clause(triggers[0], trigger_nouns(pattern.eval_name) | deal_nouns) if triggers else None
            own = [t for t in values if token_mark(t, "kg_value_kind") == "money" and not joint_sum(t) and not goal_figure(t)
                   and (t in kept or triggers and (_paid_in_passing(t, triggers[0]) or _level_reached(t, triggers[0]))
                        or figure is not None and figure in t.ancestors)]
            # (Money only: a date after the trigger must not hide the money before it.)
            after = [t for t in own if triggers and t.i > triggers[0].i]
            first = next(iter(on_deal_noun(triggers, own) or after or [t for t in in_span if t in own] or own), None)
            if first is None and triggers:
                # "raised a combined $73 million from A and B": the sum of several is each's
                # while the text tells none of them a part of its own (see joint_shared).
                first = next((t for t in values if token_mark(t, "kg_value_kind") == "money" and t in kept and parties_sum(t)
                              and not goal_figure(t)), None)
                if first is not None:
                    qualifiers[JOINT] = True
            # The US-dollar figure beside the amount is read whichever verb the parse hangs it on.
            money = money_of([t for t in values if t.i >= first.i]) if first is not None else {}
            if not money and triggers:
                # "completed the purchase of Hanul, which it agreed to buy for $800 million".
                money = money_of(clause_price(triggers[0], values))
            if not money and prices_as_before(sentence):
                money = self.earlier_money(sentence)  # "agreed to buy X for the same price"
            if not money and triggers and bought_whole(pattern.eval_name) and qualifiers.get("stake_percent", 100.0) == 100.0:
                # "will acquire Hanul for $12 a share, valuing the company at $1.5 billion": the
                # firm bought whole at a price a share, its value is the price. Without a price
                # a share ("in a deal that values Hanul at $2 billion") the value is the firm's,
                # which the price need not be (debt, a premium, a part paid in shares).
                stated = self.values_of(sentence)
                if any(token_mark(t, "kg_value_kind") == "money" and unit_price(t) for t in stated):
                    money = money_of([t for t in stated if t.i > triggers[0].i and whole_value(t)])
            qualifiers.update(money)
            if money and figure is not None and first is not None and figure in first.ancestors:
                # "..., with bilateral trade hitting $157 billion in 2023": the figure's year too.
                figure_date = next((t for t in values if token_mark(t, "kg_value_kind") == "date" and token_mark(t, "kg_value") and figure in t.ancestors), None)
                if figure_date is not None:
                    figure_day = token_mark(figure_date, "kg_value")
        told = {}
        # "The round was led by Daewon", "Investors in the round include Daewon": the round
        # the sentences before tell of.
        referring = pattern.round_only or "round" in carries and any(
            definite(t) and t.lemma_.lower() in deal_nouns_of(pattern.eval_name) for t in span)
        if referring and ("amount" in carries and "amount" not in qualifiers or "round" in carries and not funding_round(sentence.text)):
            told = self.earlier_round(sentence, deal_nouns_of(pattern.eval_name), verbs=object_actor_verbs(pattern.eval_name))
            if "amount" in qualifiers and (told.get("money") or {}).get("amount") not in (None, qualifiers["amount"]):
                # "A raised $12 million last week. B said in March it had secured 4 billion yen
                # from investors including C": a sum of its own that is not the round told
                # before tells another round, which lends no day.
                told = {}
            if "amount" in carries and "amount" not in qualifiers and told.get("money"):
                qualifiers.update(told["money"])
                self._borrowed.add(float(told["money"]["amount"]))
            if "round" in carries and told.get("round"):
                qualifiers["round"] = told["round"]
        if "round" in carries:
            # "X, which invested in Y in 2021, led its Series C": a relative clause's deal is
            # not the round its sentence names outside it.
            clause = triggers[0] if triggers and triggers[0].dep_ == "relcl" else None
            stage = funding_round(sentence.text if clause is None else clause.doc[clause.left_edge.i:clause.right_edge.i + 1].text)
            if stage:
                qualifiers["round"] = stage
        if "date" in carries and figure_day:
            qualifiers["date"] = figure_day
        elif "date" in carries:
            # "aim to raise trade to $100 billion by 2030": the goal's year dates no fact.
            values = [t for t in values if token_mark(t, "kg_value_kind") != "date" or not goal_date(t)]
            if told.get("date"):
                # "X raised $20 million in January. Y led the round, X said on Tuesday": the
                # round's day, not the telling's.
                values = [t for t in values if token_mark(t, "kg_value_kind") != "date" or not dates_telling(t)]
            date = date_of(self, span, triggers, values, deal_nouns_of(pattern.eval_name), published, titled=pattern.titled)
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
            # Nor does a title beside its holder's name take the day its holder's clause or the
            # telling has ("X said on Monday that its chairman, Kim, would visit Busan").
            titled = titled or pattern.titled and bool(triggers) and title_beside_name(triggers[0])
            if not date and not told.get("date") and not titled:
                date = news_date(self, span, triggers, published)
                if date and date == self.dateline_day(sentence.doc) and not days_of_another_event(triggers[0]):
                    # "NEW DELHI, Feb 17 - X arrived here on a three-day state visit": the
                    # dateline's day is one the text gives, so the visit's period runs from it.
                    date = span_of_days(date, sentence.text, following=self.sentence_after(sentence)) or date
            date = date or told.get("date")
            if date:
                qualifiers["date"] = date
        if pattern.role in ("trigger", "title") and triggers:
            trigger = triggers[0]
            # A modifier's own words too: "Public Relations Manager", not "Relations Manager".
            words = [w for c in trigger.children if c.dep_ in ("amod", "compound") and c.lower_ not in _WORDS_NOT_IN_ROLE and c.i < trigger.i and not token_mark(c, "kg_entity")
                     for w in c.subtree if w.i < trigger.i and w.dep_ in ("amod", "compound") and not token_mark(w, "kg_entity") and w.lower_ not in _WORDS_NOT_IN_ROLE]
            if trigger.i > 0 and trigger.nbor(-1).lower_ in ("chief", "vice", "deputy", "co", "state", "strategic", "managing") \
                    and trigger.nbor(-1).text not in [w.text for w in words]:
                words.append(trigger.nbor(-1))
            words = _hyphen_joined(words)  # "second-biggest trade partner", not "biggest"
            text = _as_written(words) + (trigger.lemma_ if trigger.tag_ == "NNS" else trigger.text)
            if trigger.i + 1 < len(trigger.doc) and trigger.nbor(1).lower_ in ("minister", "officer"):
                text += " " + trigger.nbor(1).text
            qualifiers["role"] = text.title() if pattern.role == "title" else text
        elif pattern.role:
            qualifiers["role"] = pattern.role
        return qualifiers


def _restating(part, triggers: list) -> bool:
    """Whether the percentage *part* restates what the trigger counts, through a word of
    ``restating_words`` (money.yaml) on the trigger, its verb or its name ("bought 9.4 million
    shares of Hanul, representing 15.6% of the company", "..., equivalent to 8.5 percent")."""
    word = part.head.head if part.head.pos_ == "ADP" else part.head
    if word.lemma_.lower() not in money_reference_words("restating_words") or not triggers:
        return False
    trigger = triggers[0]
    return word.i > trigger.i and (trigger in word.ancestors or word.head.i == trigger.head.i and word.dep_ in ("advcl", "acl", "xcomp"))


def _hyphen_joined(words: list) -> list:
    """*words* in text order, with the words a hyphen joins to the first of them ("second-"
    of "second-biggest", which the parse may hang elsewhere): a rank told so is the role's."""
    if not words:
        return words
    words = sorted(words, key=lambda w: w.i)
    first = words[0]
    doc = first.doc
    while first.i >= 2 and doc[first.i - 1].text in ("-", "–") and not doc[first.i - 1].whitespace_ \
            and not doc[first.i - 2].whitespace_ and doc[first.i - 2].is_alpha and not token_mark(doc[first.i - 2], "kg_entity"):
        first = doc[first.i - 2]
        words = [first, doc[first.i + 1], *words]
    return words


def _as_written(words: list) -> str:
    """*words* (tokens before a title) with the space the text puts after each, a hyphen's
    parts kept together ("non-executive", not "non - executive"), and one space before the
    title."""
    text = ""
    for word, following in zip(words, [*words[1:], None]):
        text += word.text + (word.whitespace_ if following is not None and following.i == word.i + 1 else " ")
    return text


def _fallen_by(part) -> bool:
    """Whether a percentage is how much something fell: the figure of a verb or noun of
    falling ("fell 3%", "declined by 3 percent", "a 3% drop", "down 3%"), not a level it
    fell to ("fell to 3%") (``decrease_words`` of ontology/extraction.yaml)."""
    head = part.head
    if head.dep_ == "prep" and head.lower_ in ("by", "of"):  # "declined by 3%", "a decline of 3%"
        head = head.head
    elif head.dep_ == "prep":
        return False
    elif head.dep_ in ("acomp", "advmod") and any(c.dep_ == "npadvmod" and part.i < c.i < head.i for c in head.children):
        # "rose 3.8 percent, 23.8 percentage points lower": the nearer figure is how much
        # lower; the first is the verb's ("fell 3.8 percent, 2.1 points lower" fell).
        head = head.head
    return head.lemma_.lower() in setting_words("decrease_words") or head.lower_ in setting_words("decrease_words")


def _figure_clause(trigger, nouns: frozenset[str]):
    """The clause of "with" on the trigger's verb whose subject is a noun of the fact's
    relation ("China has been Brazil's largest trading partner, with bilateral trade hitting
    $157 billion in 2023"; *nouns*: the relation's trigger and deal nouns), which tells the
    fact's figure: its verb, or None."""
    governors = {trigger.i, trigger.head.i, trigger.head.head.i}
    for verb in trigger.sent:
        if verb.dep_ == "pcomp" and verb.pos_ == "VERB" and verb.head.lower_ == "with" and verb.head.head.i in governors \
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in nouns for c in verb.children):
            return verb
    return None


def _paid_in_passing(money, trigger) -> bool:
    """Whether *money* is the object of a participle of paying or putting in, with no subject
    of its own, that hangs on the trigger or the verb the trigger is on ("took a 30% stake in
    Hanul, investing 200 billion won", "bought Hanul, paying $2 billion": ``part_verbs`` and
    ``price_verbs`` of money.yaml): the deal's price, told beside it."""
    verb = money.head
    if money.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ in ("prep", "prt"):
        verb = verb.head  # "pumping in $50 million", "putting in $20 million"
    elif money.dep_ != "dobj":
        return False
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") \
        and verb.head.i in (trigger.i, trigger.head.i) and not has_subject(verb) \
        and verb.lemma_.lower() in part_verbs() | frozenset(price_verbs())


def _level_reached(money, trigger) -> bool:
    """Whether *money* is the level a participle with no subject of its own says reached, the
    participle hanging on the verb *trigger* is the subject of ("Trade between A and B has
    grown, reaching $1.1 billion", "..., rising to $2 billion": ``level_verbs`` of
    money.yaml): what the fact's word came to."""
    verb, marker = money.head, "direct"
    if money.dep_ == "pobj" and verb.dep_ == "prep":
        verb, marker = verb.head, verb.lower_
    elif money.dep_ != "dobj":
        return False
    # "Exports to X grew 45.7% and reached $34.8 billion": a verb joined to the trigger's,
    # sharing its subject, says the same.
    return trigger.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("advcl", "xcomp", "conj") \
        and (verb.tag_ == "VBG" or verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP")) \
        and verb.head.i == trigger.head.i and not has_subject(verb) and marker in level_verbs().get(verb.lemma_.lower(), ())


def _from_seller(span, triggers: list) -> bool:
    """Whether the match reads its holder after "from" on the trigger ("bought 16.9% of Hanul
    from Kim", "a 20% stake in Hanul from Minjin"): the part named is what the seller gave
    up, its whole stake unless the text tells what it keeps."""
    heads = {t.i for t in triggers} | {t.head.i for t in triggers}
    return any(t.lower_ == "from" and t.dep_ == "prep" and t.head.i in heads
               and any(c.dep_ == "pobj" and token_mark(c, "kg_entity") and span.start <= c.i < span.end for c in t.children)
               for t in span)


def _from_sellers(span, triggers: list) -> bool:
    """Whether the match reads its holder after "from" on the trigger as one of several
    sellers (:func:`~kg.extract.parse_paths.several_sellers`)."""
    return any(span.start <= s.i < span.end and token_mark(s, "kg_entity") for t in triggers
               for s in several_sellers(t))


def _added_part(in_span: list, triggers: list, percent: float) -> bool:
    """Whether the percentage *percent* of the match is a part added to a stake ("a further
    5%", "an additional 5 percent stake": ``added_part_words`` of money.yaml)."""
    words = added_part_words()
    for value in [*in_span, *(c for t in triggers for c in t.children)]:
        if token_mark(value, "kg_value_kind") != "percent" or token_mark(value, "kg_value") != percent:
            continue
        near = [*value.children, *(value.head.children if value.head.pos_ == "NOUN" else ()), value.nbor(-1) if value.i else value,
                # "an additional stake of up to 4%": the word on the stake noun the part hangs on.
                *(c for t in triggers if value.head.head.i == t.i and value.head.lower_ == "of" for c in t.children)]
        # The words may be inside the merged value ("an additional 5 percent").
        if any(t.lower_ in words for t in near if t.i < value.i) or words & set(value.lower_.split()):
            return True
    return False


def _stake_after(triggers: list, nouns: frozenset[str]) -> list:
    """The stake nouns a participle on the trigger's verb, with no subject of its own, moves
    for the actor ("bought 2 million shares in Hanul, raising its stake to 25%", "lifting
    its holding in the company to 25 percent"; *nouns*: the relation's): the stake the
    purchase leaves it with. Not one that names another firm than the trigger's own."""
    if not triggers:
        return []
    trigger = triggers[0]
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    themes = {token_mark(g, "kg_entity") for c in [*trigger.children, *verb.children] if c.dep_ == "prep" for g in c.children if token_mark(g, "kg_entity")}
    return [noun for clause in verb.children if clause.tag_ == "VBG" and clause.dep_ in ("advcl", "xcomp", "conj")
            and not has_subject(clause)
            for noun in clause.children if noun.dep_ == "dobj" and noun.lemma_.lower() in nouns
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
            and all(token_mark(g, "kg_entity") in themes for c in noun.children if c.dep_ == "prep" for g in c.children if token_mark(g, "kg_entity"))]


def _names_a_theme(noun) -> bool:
    """Whether *noun* names what it is in ("its stake in Minjin"): then it is no stake of the
    match's firm unless it is the match's own word."""
    return any(c.dep_ == "prep" and any(token_mark(g, "kg_entity") for g in c.children) for c in noun.children)

