"""Qualifiers a fact takes from sentences other than its own, once all facts of a document
are read: money a later sentence refers back with ("The transaction came to $14.1
billion"), the amount or stake another sentence states the same deal with, and a stake
told in the fact's own sentence for a fact implied by another. Apart from
:mod:`kg.extract.qualifiers`, which reads one statement's qualifiers where it is found:
these passes need every fact of the document."""

from __future__ import annotations

import functools

from kg.errors import OntologyError
from kg.extract.deal_money import deal_valued, objects_paid, without_valuations
from kg.extract.deal_references import deal_object, deal_subject, deal_with_own_money, definite, of_another
from kg.extract.denials import failed
from kg.extract.guard import setting_words
from kg.extract.parse_paths import (
    NEAR,
    a_difference,
    comparison_base,
    hangs_on,
    held_now_by,
    in_other_time_phrase,
    is_theme,
    of_origin,
    several_sellers,
    steps_between,
    themeless,
)
from kg.extract.patterns import doc_text, token_mark, token_marks
from kg.extract.plans import a_deadline, before_the_news, dates_telling, first_time, goal_date, goal_figure, planned
from kg.extract.qualifier_merge import JOINT, SOLD, TO_COME, bought_whole, joint_shared, other_period, round_shared, stake_shared
from kg.extract.sentence_stakes import stakes_told, stakes_told_after
from kg.extract.sentence_values import SentenceValues
from kg.extract.trigger_words import all_deal_nouns, carrying, object_actor_verbs, stating_words, trigger_nouns
from kg.extract.values import funding_rounds, money_of, money_reference_words, pair_noun
from kg.ingest.normalize import name_key, reference_names
from kg.ontology import load_ontology

__all__ = ["RestatedValues"]


class RestatedValues(SentenceValues):
    """:class:`~kg.extract.sentence_values.SentenceValues` with the passes that give the
    facts of a whole document qualifiers from other sentences."""

    #: The words that state each relation, for the deal nouns they were read with (the
    #: extractor's, the same for every document): read once, not per document.
    _stating: tuple = (None, {})

    def start(self, doc) -> None:
        super().start(doc)
        # Amounts a fact took from the round a sentence before told of, not from its own:
        # an investor's own sum told elsewhere replaces them (QualifierReader.read adds them).
        self._borrowed: set[float] = set()
        # The news' day, as QualifierReader.read was last given it: a fact dated by it alone
        # is one its text dates nowhere.
        self._published: str | None = None

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
            # Not the price of one share nor the firm's value ("for 9.09 riyals a share, ...
            # before the transaction was announced").
            # Nor money in a phrase of another time ("The Series A round comes months after its
            # $3 million seed round"): the earlier deal's.
            money = [t for t in without_valuations(self.values_of(sentence)) if token_mark(t, "kg_value_kind") == "money"
                     and not in_other_time_phrase(t)]
            if not money:
                continue
            noun = deal_subject(sentence, deal_nouns, money=True)
            if noun is None:
                # "Both boards approved the $2.7 billion deal", "backed the deal, worth $2.7
                # billion": a definite deal noun wherever it stands, told with its own sum.
                noun, money = deal_with_own_money(sentence, deal_nouns, money)
            if noun is None:
                continue
            # "The $20 million will fund ...": the money itself refers back, to a fact of any
            # relation a deal noun may mean.
            relations = with_money if token_mark(noun, "kg_value_kind") == "money" else deal_nouns[noun.lemma_.lower()]
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
            read = money_of(money)
            paid = objects_paid(facts, sentence.start_char, read.get("amount"))  # another deal's money ("after X bought Y for $N")
            waiting = [f for f in waiting if not paid or f["object"] in paid]
            if not waiting:
                continue
            nearest = max(f["evidence"][0] for f in waiting)
            for fact in waiting:
                if fact["evidence"][0] == nearest:
                    fact["qualifiers"].update(read)
        self._restated_amounts(doc, facts, deal_nouns)
        joint_shared(facts)
        self._deal_values(doc, facts)
        round_shared(facts, funding_rounds(doc_text(doc)))
        self._later_dates(doc, facts, deal_nouns)
        self._origin_dates(doc, facts)
        self._one_statement_dated(facts)

    def _deal_values(self, doc, facts: list[dict]) -> None:
        """Give a firm bought whole, still without an amount once every other sentence is read,
        the value a deal puts on it in the fact's own sentence or the next ("agreed to acquire
        Hanul in a deal that values the robot maker at $2 billion"; "Daewon is in talks to buy
        Hanul. It is discussing a deal that could value the startup at $2 billion", "in a deal
        with an enterprise value of $2 billion"): the price of a firm bought whole. Only where
        the deal values the fact's object (named, or a description naming no other firm) and
        the text tells of no other firm bought whole without a price; never for a part bought
        (a deal that values a firm at $2 billion says nothing of what 20% of it cost)."""
        waiting = [f for f in facts if not f.get("implied") and bought_whole(f["predicate"]) and "amount" not in f["qualifiers"]
                   and "amount" in carrying(f["predicate"]) and float(f["qualifiers"].get("stake_percent", 100.0)) == 100.0]
        if len({(f["subject"], f["predicate"], f["object"]) for f in waiting}) != 1:
            return  # none, or two deals a valuation could be told of
        sentences, _ = self.sentence_index(doc)
        own = next((i for i, s in enumerate(sentences) if s.start_char == waiting[0]["evidence"][0]), None)
        if own is None:
            return
        names = self.entity_names(doc)
        target = name_key(waiting[0]["object"])
        if _part_told(sentences[own], target, names):
            return  # "acquired a majority stake in Hanul in a deal that valued it at ...": a part, not the whole
        for sentence in sentences[own:own + 2]:
            values = self.values_of(sentence)
            for money in values:
                told = deal_valued(money) if token_mark(money, "kg_value_kind") == "money" else None
                if told is None or _names_another(told[1], target, names):
                    continue
                read = money_of([t for t in values if t.i >= money.i and token_mark(t, "kg_value_kind") == "money"])
                for fact in waiting:
                    fact["qualifiers"].update(read)
                return

    def _later_dates(self, doc, facts: list[dict], deal_nouns: dict[str, frozenset[str]]) -> None:
        """Give a fact the day a later sentence that refers back to it says the deal was
        done ("X has acquired Y. The deal was completed on April 3."): a definite deal noun as
        subject, the fact's relation among those the noun may mean, the fact stated in one
        of the two sentences before, dated there by the news' day only or not at all, and a
        date on the noun's own verb that tells neither the telling (but "The deal was first
        announced on 23 September", "was previously announced on Nov. 9": the deal's own
        first telling) nor what is to come ("is expected to close in June")."""
        sentences, _ = self.sentence_index(doc)
        for number, sentence in enumerate(sentences):
            # "Daewon completed the acquisition on April 3": the deal noun as the object of
            # a verb whose subject, if named, is one of the fact's ends (checked below).
            noun = deal_subject(sentence, deal_nouns) or deal_object(sentence, deal_nouns)
            if noun is None or number == 0:
                continue
            verbs = {noun.i} if noun.dep_ == "ROOT" else {noun.head.i}
            verbs |= {c.i for v in list(verbs) for c in doc[v].children if c.dep_ in ("acl", "relcl") or c.dep_ == "conj"}
            # "The deal was first announced on 23 September": the day the deal itself was first
            # told of dates it; "The deal was announced on Monday" is the news' telling.
            first_told = noun.dep_ == "nsubjpass" and (first_time(noun.head) or before_the_news(noun.head))
            days = [t for t in self.values_of(sentence) if token_mark(t, "kg_value_kind") == "date" and (not dates_telling(t) or first_told)
                    and not of_origin(t) and not planned(t) and not in_other_time_phrase(t)
                    and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) in verbs]
            if len(days) != 1:
                continue
            earlier = {s.start_char for s in sentences[max(0, number - 2):number]}
            waiting = [f for f in facts if f["predicate"] in deal_nouns[noun.lemma_.lower()] and not f.get("implied")
                       and f["evidence"][0] in earlier and f["qualifiers"].get("date") in (None, self._published)]
            actor = next((c for c in noun.head.children if c.dep_ == "nsubj"), None) if noun.dep_ == "dobj" else None
            if actor is not None and actor.pos_ != "PRON":
                # Its doer one of the fact's ends: "Regulators approved the deal on April 3"
                # dates the approval, not the deal.
                names = self.entity_names(doc).get(token_mark(actor, "kg_entity"), ()) if token_mark(actor, "kg_entity") is not None else ()
                waiting = [f for f in waiting if name_key(f["subject"]) in names or name_key(f["object"]) in names]
            if waiting:
                nearest = max(f["evidence"][0] for f in waiting)
                for fact in waiting:
                    if fact["evidence"][0] == nearest:
                        fact["qualifiers"]["date"] = token_mark(days[0], "kg_value")

    def _one_statement_dated(self, facts: list[dict]) -> None:
        """Give the facts one statement tells together (one rule's match read as two relations:
        "bought a 20% stake in Hanul" is a stake held and an investment) the date another
        sentence gave one of them ("The purchase was made in February 2023" refers back to
        the investment only), where they are dated by the news' day alone or not at all."""
        told: dict[tuple, set] = {}
        for fact in facts:
            if fact["qualifiers"].get("date") not in (None, self._published):
                told.setdefault(_statement(fact), set()).add(str(fact["qualifiers"]["date"]))
        for fact in facts:
            dates = told.get(_statement(fact), ())
            if len(dates) == 1 and fact["qualifiers"].get("date") in (None, self._published) and "date" in carrying(fact["predicate"]):
                fact["qualifiers"]["date"] = next(iter(dates))

    def _origin_dates(self, doc, facts: list[dict]) -> None:
        """Give an undated fact the year another sentence says its subject came to be by a
        verb of its relation whose object end acts ("Hanul founder Kim ..." and "The start-up
        was founded in 2017", "Hanul, set up in 2017, ..."): the subject named, or a definite
        description of its class when no other fact of the relation has a subject of that
        class; no "by" naming anyone else; one date on the verb."""
        undated = [f for f in facts if "date" not in f["qualifiers"] and not f.get("implied")
                   and "date" in carrying(f["predicate"]) and object_actor_verbs(f["predicate"])]
        if not undated:
            return
        names = self.entity_names(doc)
        # Each subject's class, that of its first mention: the mentions listed in one walk over
        # the document, not one walk per fact (~0.1 s CPU on the benchmark's 60 mixes).
        mentions = [(marks.kg_entity, marks.kg_class) for marks in (t._ for t in doc) if marks.kg_entity is not None]
        classes = {}
        for subject in dict.fromkeys(name_key(f["subject"]) for f in facts):
            classes[subject] = next((kg_class for entity, kg_class in mentions if subject in names.get(entity, ())), "")
        sentences, _ = self.sentence_index(doc)
        for fact in undated:
            verbs = object_actor_verbs(fact["predicate"])
            subject, other = name_key(fact["subject"]), name_key(fact["object"])
            alike = {name_key(f["subject"]) for f in facts if f["predicate"] == fact["predicate"]
                     and classes.get(name_key(f["subject"])) == classes.get(subject)}
            found = set()
            for sentence in sentences:
                for verb in sentence:
                    if verb.lemma_.lower() not in verbs or verb.tag_ != "VBN":
                        continue
                    told = verb.head if verb.dep_ == "acl" else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                    if told is None or not (subject in names.get(token_mark(told, "kg_entity"), ()) or token_mark(told, "kg_entity") is None
                                            and definite(told) and alike == {subject}
                                            and _described(told, classes.get(subject, ""))):
                        continue
                    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
                    if any(other not in names.get(token_mark(g, "kg_entity"), ()) for g in agents):
                        continue
                    days = {token_mark(t, "kg_value") for t in self.values_of(sentence) if token_mark(t, "kg_value_kind") == "date" and token_mark(t, "kg_value")
                            and not planned(t) and next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb}
                    if len(days) == 1:
                        found |= days
            if len(found) == 1:
                fact["qualifiers"]["date"] = found.pop()

    def stakes_of_own_sentence(self, doc, facts: list[dict]) -> None:
        """Give a fact that carries a stake but has none (one implied by an investment: "X
        invested $100 million in Y for a 4.5 percent stake") the percentage of its own
        sentence that stands on a noun stating its relation ("stake"), when there is exactly
        one and that noun is in no other firm than the fact's object. For the facts of the
        whole document, implied ones included; then a subsidiary takes the stake its parent
        is told to hold (:func:`~kg.extract.qualifier_merge.stake_shared`)."""
        sentences, of_token = self.sentence_index(doc)
        starts = {s.start_char: s for s in sentences}
        names = None
        for fact in facts:
            nouns = trigger_nouns(fact["predicate"])
            sentence = starts.get((fact.get("evidence") or [None])[0])
            if "stake_percent" in fact["qualifiers"] or "stake_percent" not in carrying(fact["predicate"]) \
                    or not nouns or sentence is None:
                continue
            names = names if names is not None else self.entity_names(doc)
            subject, obj = name_key(fact["subject"]), name_key(fact["object"])
            found = stakes_told(sentence, self.values_of(sentence), subject, obj, names, nouns)
            number = of_token[sentence.start] + 1
            if not found and number < len(sentences):  # "X will invest $20 million in Y. X will hold 15%."
                found = stakes_told_after(sentences[number], self.values_of(sentences[number]), subject, obj, names, nouns)
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
                told = held_now_by(value) if token_mark(value, "kg_value_kind") == "percent" else None
                if told and holder in names.get(token_mark(told[0], "kg_entity"), ()) and (
                        told[1] is None or token_mark(told[1], "kg_entity") is None or firm in names.get(token_mark(told[1], "kg_entity"), ())):
                    found.add(token_mark(value, "kg_value"))
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
        of U.S. Steel's common stock"; beside the fact's sentence, "Kim will retain a 78.1
        percent holding" after Kim sold part of the firm)."""
        if self._stating[0] is not deal_nouns:
            self._stating = (deal_nouns, stating_words(deal_nouns))
        words = self._stating[1]
        names = None  # read once for all the facts: a walk over the whole document
        for kind, key in (("money", "amount"), ("percent", "stake_percent")):
            waiting = [f for f in facts if (key not in f["qualifiers"] or kind == "money" and (float(f["qualifiers"]["amount"]) in self._borrowed or f["qualifiers"].get(JOINT))
                                            or kind == "percent" and f["qualifiers"].get(SOLD))
                       and not f.get("implied") and key in carrying(f["predicate"])]
            stated = None  # the sentences' values of *kind* and mentions, read once for all the facts
            for fact in waiting:
                names = self.entity_names(doc) if names is None else names
                stated = self._stated_values(doc, kind) if stated is None else stated
                found = self._restated(doc, fact, words.get(fact["predicate"], {}), kind, unsaid_allowed=True, names=names,
                                       stated=stated)
                if found and kind == "money":
                    days = [token_mark(t, "kg_value") for t in self.values_of(found[0].sent) if token_mark(t, "kg_value_kind") == "date"
                            and token_mark(t, "kg_value") and not dates_telling(t) and not of_origin(t) and not goal_date(t) and not a_deadline(t, t) and not comparison_base(t)] \
                        if _symmetric(fact["predicate"]) else []
                    if len(set(days)) == 1 and other_period(fact["qualifiers"], {"date": days[0]}):
                        continue  # "grew 45.7% in the first half ... In 2020 trade rose to $586 billion": 2020's money
                    # "... a round co-led by its chief executive Kim. Kim has personally
                    # invested $100m": his own sum, not the round's.
                    for name in ("amount", "currency", "amount_usd", JOINT):
                        fact["qualifiers"].pop(name, None)
                    fact["qualifiers"].update(money_of(found))
                    if len(set(days)) == 1:
                        # "Bilateral commerce grew 1.7% last year, reaching 2.37 trillion yuan": a
                        # figure of trade between two is that of the period its sentence dates.
                        fact["qualifiers"]["date"] = days[0]
                elif found:
                    fact["qualifiers"][key] = token_mark(found[0], "kg_value")
        for fact in facts:
            fact["qualifiers"].pop(SOLD, None)

    def _stated_values(self, doc, kind: str) -> list[tuple]:
        """``(number, sentence, values, mentions)`` of each sentence of *doc* with values of
        *kind* that are no level foreseen ("exports are expected to touch $50 billion by
        2026-27": no figure of the deal, nor is its year the deal's), with the tokens of its
        mentions. The same for every fact :meth:`_restated` is asked about: read per fact, they
        cost ~0.1 s CPU on the benchmark's 60 mixes."""
        sentences, _ = self.sentence_index(doc)
        stated = []
        for number, sentence in enumerate(sentences):
            values = [t for t in without_valuations(self.values_of(sentence)) if token_mark(t, "kg_value_kind") == kind and not goal_figure(t)
                      and not (kind == "percent" and a_difference(t))]
            if values:  # most sentences: their words need not be read
                stated.append((number, sentence, values, [t for t, key in zip(sentence, token_marks(sentence, "kg_entity")) if key is not None]))
        return stated

    def _restated(self, doc, fact: dict, stating: dict[str, frozenset[str]], kind: str, *, unsaid_allowed: bool,
                  names: dict[str, set[str]], stated: list[tuple]) -> list:
        """The values of *kind* of the sentence nearest to *fact*'s own that states its deal
        again (see :meth:`_restated_amounts`), or []; *names* are :meth:`entity_names`',
        *stated* :meth:`_stated_values`'."""
        sentences, of_token = self.sentence_index(doc)
        own = next((i for i, s in enumerate(sentences) if s.start_char == fact["evidence"][0]), None)
        ends = (name_key(fact["subject"]), name_key(fact["object"]))
        classes: list[str] = []  # the ends' classes, looked up (over the whole document) only for a lead
        found = []
        for number, sentence, values, mentions in stated:
            if number == own and not _symmetric(fact["predicate"]):
                continue  # what the fact's own words hang on was read with it
            # "The two countries" names both ends of a fact that holds both ways when the
            # sentence before names them both ("goods worth 245 billion euros were traded
            # between the countries").
            pairs = [t for t in sentence if pair_noun(t)] if number == own or number and _symmetric(fact["predicate"]) and all(
                any(end in names.get(token_mark(t, "kg_entity"), ()) for t in sentences[number - 1] if token_mark(t, "kg_entity")) for end in ends) else []
            if pairs and len({token_mark(t, "kg_entity") for t in mentions if t.i < pairs[0].i and not set(ends) & names.get(token_mark(t, "kg_entity"), set())}) > 1:
                # The sentence names a pair of its own before the words ("Ghana is the largest
                # partner of Kenya, with trade between the two countries at $1.4 billion").
                pairs = []
            # The lead right before the sentence that names the deal's ends may tell it by
            # descriptions ("Saudi Arabia's sovereign wealth fund has bought a $1.5 billion
            # stake in the investment company of Prince Alwaleed").
            lead = unsaid_allowed and own is not None and number == own - 1
            if not pairs and not lead and not any(ends[0] in names.get(token_mark(t, "kg_entity"), ()) for t in mentions):
                continue
            beside = unsaid_allowed and own is not None and abs(number - own) == 1
            for trigger in sentence:
                themes = stating.get(trigger.lemma_.lower()) or stating.get(trigger.lower_)
                own_values = [t for t in values if hangs_on(t, trigger)] if themes else []
                if not own_values or failed(trigger):
                    continue  # nor a deal that failed ("Minjin's $3 billion bid for Daewon failed")
                if any(steps_between(t, trigger) <= 2 for t in pairs):
                    found.append((abs(number - own) if own is not None else number, number, own_values))
                    break
                if number == own:
                    # "X is Y's biggest partner, with bilateral trade at $7.5 billion": in its
                    # own sentence only a sum on the trade of the two, which the parse did not
                    # hang on the fact's words.
                    continue
                # The object end is the word's theme ("acquire Yomeishu's operations"),
                # not any firm of the clause ("purchase loans ... to Kokusai for ...").
                objects = [t for t in mentions if ends[1] in names.get(token_mark(t, "kg_entity"), ()) and is_theme(t, trigger, themes)]
                subjects = [t for t in mentions if ends[0] in names.get(token_mark(t, "kg_entity"), ()) and steps_between(t, trigger) <= NEAR]
                if subjects and _anothers_kept(trigger, subjects, names, ends[0]):
                    continue
                seller = _seller_of(trigger)
                if seller is not None and ends[0] in names.get(token_mark(seller, "kg_entity"), ()):
                    # "After completing the deal, Hanul will sell 20% of Daewon to Minjin":
                    # what the buyer sells on is no part of what it bought.
                    continue
                sellers = {t.i for t in several_sellers(trigger)}
                subjects = [t for t in subjects if t.i not in sellers]  # "from Minjin and others": theirs together
                # The subject of the word, or of the verb that holds it ("Kim will retain a
                # 78.1 percent holding").
                unsaid = beside and not objects and themeless(trigger, themes) and any(
                    t.dep_ == "nsubj" and (t.head.i == trigger.i or trigger.dep_ == "dobj" and t.head.i == trigger.head.i)
                    for t in subjects)
                if (lead or beside and subjects and not objects) and not classes:
                    marks = list(zip(token_marks(doc, "kg_entity"), token_marks(doc, "kg_class")))  # in one pass (token_marks)
                    classes = [next((cls for key, cls in marks if key is not None and end in names.get(key, ())), "") for end in ends]
                if lead and not subjects and _described(_subject_of(trigger), classes[0]):
                    subjects = [_subject_of(trigger)]
                elif lead and not subjects and classes[0] and load_ontology().is_subclass(classes[0], "Organization") \
                        and _described(_recipient_of(trigger), "Organization"):
                    # "Mubadala has sold a $953 million stake in Aldar to a subsidiary of ...":
                    # what is sold goes to the buyer the next sentence names (a subsidiary of
                    # an investment firm may be either kind of firm).
                    subjects = [_recipient_of(trigger)]
                if lead and not objects and not unsaid and _described(_theme_of(trigger, themes), classes[1]):
                    objects = [_theme_of(trigger, themes)]
                elif beside and subjects and not objects and not unsaid and definite(_theme_of(trigger, themes) or trigger) \
                        and _described(_theme_of(trigger, themes), classes[1]):
                    # Right after or before the fact's own sentence, the firm told again by what
                    # it is ("KB said it will acquire a 22.56 percent stake in the brokerage").
                    objects = [_theme_of(trigger, themes)]
                elif beside and subjects and not objects and not unsaid and _deal_told(_theme_of(trigger, themes)):
                    # Right after or before the fact's own sentence, its deal told again by a
                    # deal noun ("Daewon expects to spend 4 billion yen on the acquisition").
                    objects = [_theme_of(trigger, themes)]
                if subjects and (objects or unsaid):
                    found.append((abs(number - own) if own is not None else number, number, own_values))
                    break
            else:
                # A fact that holds both ways, its two ends named in a sentence that states it
                # with one sum, however the parser hangs the sum ("trade revenues between X and
                # Y rose 15%, as goods worth 245 billion euros were traded between the countries").
                both = pairs or all(any(end in names.get(token_mark(t, "kg_entity"), ()) for t in mentions) for end in ends)
                sums = [t for t in values if not any(0 < t.i - o.i <= 4 for o in values)]  # not a figure beside another
                if _symmetric(fact["predicate"]) and both and number != own and len(sums) == 1 and any(
                        stating.get(t.lemma_.lower()) or stating.get(t.lower_) for t in sentence):
                    found.append((abs(number - own) if own is not None else number, number, values))
        if not found:
            return []
        chosen = min(found, key=lambda item: item[:2])[2]
        # The US-dollar figure beside the first sum ("will pay 1.2 trillion won ($900
        # million)"), wherever the parser hangs it.
        first = min(t.i for t in chosen)
        return sorted({*chosen, *(t for t in self.values_of(chosen[0].sent) if token_mark(t, "kg_value_kind") == kind and t.i > first)},
                      key=lambda t: t.i) if kind == "money" else chosen


def _statement(fact: dict) -> tuple:
    """What makes facts one statement: their ends, the rule's match that read them (its frame
    without the relation's name) and where it stands."""
    frame = str(fact.get("frame") or "").removeprefix("implied-by:")
    return fact["subject"], fact["object"], frame, tuple(fact.get("evidence") or ())


def _subject_of(word):
    """The subject of *word*, or of the verb that holds it as its object ("has bought a
    stake"), or None."""
    for holder in (word, word.head if word.dep_ in ("dobj", "attr") else None):
        subject = next((c for c in holder.children if c.dep_ == "nsubj"), None) if holder is not None else None
        if subject is not None:
            return subject
    return None


def _recipient_of(word):
    """The one a verb of selling (``undoing_verbs`` of ontology/extraction.yaml) gives *word*,
    its object, to ("sold a stake in Aldar to a subsidiary of X"), or None."""
    verb = word.head
    if word.dep_ != "dobj" or verb.lemma_.lower() not in setting_words("undoing_verbs"):
        return None
    return next((g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"), None)


def _seller_of(word):
    """The one who sells, by a verb of undoing (``undoing_verbs`` of ontology/extraction.yaml),
    *word* or what *word* names ("Hanul will sell 20% of Daewon", "agreed to sell its stake"):
    the subject of that verb or of the verbs it completes; or None."""
    verb = word if word.lemma_.lower() in setting_words("undoing_verbs") else word.head if word.dep_ == "dobj" \
        and word.head.lemma_.lower() in setting_words("undoing_verbs") else None
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
        verb = verb.head if verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i else None
    return None


def _anothers_kept(word, subjects: list, names: dict[str, set[str]], subject: str) -> bool:
    """Whether *word* is a holding its possessor, not the fact's *subject*, keeps ("Minjin
    decided not to sell its 15.2 percent stake in Hanul to Daewon"): the subject's name near
    it (*subjects*) restates no deal of the subject's unless the holding is sold to it, by a
    verb of undoing no negation or refusal keeps from happening ("sold its 15% stake in Hanul
    to Daewon")."""
    owner = next((c for c in word.children if c.dep_ == "poss" and token_mark(c, "kg_entity") is not None), None)
    if owner is None or subject in names.get(token_mark(owner, "kg_entity"), ()):
        return False
    recipient = _recipient_of(word)
    if recipient is None or not any(t.i == recipient.i for t in subjects):
        return True
    verb = word.head
    kept = any(c.dep_ == "neg" for c in verb.children) or verb.dep_ == "xcomp" and (
        any(c.dep_ == "neg" for c in verb.head.children) or verb.head.lemma_.lower() in setting_words("refusing_verbs"))
    return kept


def _theme_of(word, themes: frozenset[str]):
    """The noun *word*'s theme is written with (its object for ``direct``, else the object of
    one of its *themes* prepositions), or None."""
    for child in word.children:
        if "direct" in themes and child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in themes:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _part_told(sentence, target: str, names: dict[str, set[str]]) -> bool:
    """Whether *sentence* tells of a stake in the firm *target* (a name key) that is not all
    of it ("a majority stake in Hanul", not "its entire stake in Hanul"): what a deal values
    the whole firm at is then no price of what was bought."""
    stakes, whole = money_reference_words("stake_nouns"), money_reference_words("whole_stake_words")
    return any(t.lemma_.lower() in stakes and not any(c.lower_ in whole for c in t.children if c.dep_ in ("amod", "det", "advmod"))
               and any(token_mark(g, "kg_entity") is not None and target in names.get(token_mark(g, "kg_entity"), ())
                       for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "of") for g in c.children if g.dep_ == "pobj")
               for t in sentence)


def _deal_told(token) -> bool:
    """Whether *token* is a deal noun told with "the" and naming no thing of its own ("the
    acquisition", not "the purchase of a new plant"): the deal told in the sentence beside,
    whichever noun names it (a stake bought is "the acquisition" too), or the part bought
    ("paid 120 billion won for the stake", "for the shares")."""
    if token is None or token.pos_ != "NOUN" or not definite(token) or of_another(token):
        return False
    # A part of a firm named after it ("for the shares of Minjin") is that firm's.
    return token.lemma_.lower() in all_deal_nouns() or token.lemma_.lower() in money_reference_words("bought_part_nouns") \
        and not any(token_mark(g, "kg_entity") is not None for c in token.children if c.dep_ == "prep" for g in c.children)


def _described(token, cls: str) -> bool:
    """Whether *token* is a common noun that describes an entity of class *cls* without naming
    it ("the investment company", "a sovereign wealth fund": ``descriptions`` of
    data/reference/names.yaml, by their last word)."""
    if token is None or token_mark(token, "kg_entity") is not None or token.pos_ != "NOUN" or not cls:
        return False
    ontology = load_ontology()
    return any(token.lemma_.lower() in words and (ontology.is_subclass(cls, kind) or ontology.is_subclass(kind, cls))
               for kind, words in _description_heads().items())


@functools.cache
def _description_heads() -> dict[str, frozenset[str]]:
    return {str(kind): frozenset(str(d).lower().split()[-1] for d in words or ())
            for kind, words in (reference_names().get("descriptions") or {}).items()}


def _names_another(valued, target: str, names: dict[str, set[str]]) -> bool:
    """Whether *valued*, what a deal values, is another firm than *target* (a name key): a name
    of another, something of a firm ("Hanul's parent"), or the firm the parties make together
    ("the combined company"). A description ("the company", "the robot maker") is the firm
    bought whatever a reference made of it (a deal values no buyer); a short form ("Hanul")
    is the name it opens."""
    if valued is None:
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in valued.children) \
            or any(c.lower_ in money_reference_words("merged_firm_words") for c in valued.children if c.dep_ in ("amod", "compound")):
        return True  # "values Hanul's parent at", "values the combined company at": another firm
    if token_mark(valued, "kg_entity") is None or valued.pos_ != "PROPN":
        return False
    key = name_key(valued.text)
    return target not in names.get(token_mark(valued, "kg_entity"), ()) and not (key and (target + " ").startswith(key + " "))


@functools.cache
def _symmetric(relation: str) -> bool:
    try:
        return load_ontology().relation(relation).symmetric
    except OntologyError:
        return False
