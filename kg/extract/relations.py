"""Relations from a parsed document whose mentions and values are single tokens.

Two kinds of rule find them: surface patterns (``ontology/patterns/``, spaCy's
``Matcher``) and trigger words in syntactic frames (``ontology/triggers.yaml`` ×
``ontology/frames.yaml``, mostly dependency patterns: ``tree_patterns``). A frame's ends may be
mentions, words that stand for one (a pronoun or "the company" resolved before, "a robot
maker, AgiBot", "the round" for the firm that raised it) or, for a sector, the words
themselves (found by :class:`~kg.extract.end_resolution.EndResolver`). The ends are checked against the ontology's domains and ranges, the
qualifiers the relation carries are read from the sentence, and each fact keeps the rule
that found it and a confidence that is lower when an end was reached through a
reference rather than a name.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from kg.extract.denials import denied
from kg.extract.end_resolution import EndResolver, legal_form
from kg.extract.end_tokens import elsewhere_titled, in_a_post, listed, modified_name, placed_apart, titled_name_after
from kg.extract.entities import DocumentEntity
from kg.extract.event_names import only_a_body, only_an_event
from kg.extract.frames import load_end_bounds
from kg.extract.guard import setting_words
from kg.extract.parse_repair import repair_parse
from kg.extract.patterns import Pattern, token_mark
from kg.extract.plans import first_time, renewed
from kg.extract.qualifier_merge import NEEDS_MAJORITY, other_event, periods_apart
from kg.extract.qualifiers import QualifierReader, described_as, merge_qualifiers, own_part
from kg.extract.rule_families import FrameMatches, hyphenated_words
from kg.extract.sector_phrases import SectorPhrases
from kg.extract.story_periods import load_story_periods
from kg.extract.values import money_of, money_reference_words, whole_stake_words
from kg.extract.coordination import bracketed_parts, coordinated, respectively_pairs
from kg.extract.deal_money import listed_sum
from kg.ontology import Ontology

__all__ = ["Cues", "RelationReader"]

# What an entity of unsure class becomes when a relation's domain or range says otherwise.
_DEFAULT_CLASS = {"Organization": "Company", "Agent": "Company", "Company": "Company", "Place": "City", "Event": "Event"}
#: Guessed classes an event is often taken for ("attended the Consumer Electronics Show").
_EVENT_GUESSES = ("Company", "Facility", "Organization")
#: How much less a fact is worth when one of its ends was reached through a reference.
_REFERENCE_FACTOR = 0.8


@dataclass(frozen=True)
class Cues:
    """Word lists the reader needs, from ``data/reference``."""

    round_nouns: frozenset[str] = frozenset()
    raise_verbs: frozenset[str] = frozenset()
    sector_words: frozenset[str] = frozenset()
    sectors: tuple = ()  # KnownEntity of each reference sector
    firm_words: frozenset[str] = frozenset()  # heads that name a firm, not what it does
    maker_words: frozenset[str] = frozenset()  # heads whose modifiers name what a firm does
    maker_nouns: dict = field(default_factory=dict)  # "chipmaker" -> "semiconductors"
    person_titles: frozenset[str] = frozenset()  # "Chancellor", "CEO": stand for a person
    joining_verbs: frozenset[str] = frozenset()  # "with B also participating": B joins the round


class RelationReader:
    """Runs the relation rules over documents (see the module docstring)."""

    def __init__(self, ontology: Ontology, patterns: list[Pattern], vocab, cues: Cues = Cues(),
                 deal_nouns: dict[str, frozenset[str]] | None = None) -> None:
        self.ontology = ontology
        self.vocab = vocab
        self.cues = cues
        self.qualifiers = QualifierReader()
        self._deal_nouns = deal_nouns or {}
        self.sector_phrases = SectorPhrases(cues.sectors, cues.sector_words, cues.maker_nouns, cues.firm_words)
        self.ends = EndResolver(ontology, cues, self.qualifiers, self.sector_phrases)
        # Words the rules write with a hyphen ("tie-up", "spin-off"), which the tokenizer
        # splits: the parse is given them back as one word.
        self._hyphenated = hyphenated_words(patterns)
        self._end_bounds = load_end_bounds(ontology)
        self._figure_relations = frozenset(load_story_periods(ontology))  # relations of figures
        self.rules = FrameMatches(patterns, vocab)

    # -- facts -------------------------------------------------------------------------------

    def read(self, doc, entities: dict[str, DocumentEntity], published: str | None) -> list[dict]:
        found: dict[tuple, dict] = {}
        undated: set[tuple] = set()  # facts whose date is not their sentence's own
        # Facts dated by a first time ("was first appointed CEO in 2021"): a renewal the text
        # also tells ("was reappointed CEO") is the news, and its day the fact's.
        first_dated: set[tuple] = set()
        self.qualifiers.start(doc)
        repair_parse(doc, self._hyphenated, self.cues.round_nouns, money_reference_words("stake_nouns"),
                     money_reference_words("bound_words"), self.cues.person_titles)
        matches = self.rules.matches(doc)
        for pattern, span, role_tokens in matches:
            if (pattern.modifiers or pattern.not_modifiers) and role_tokens.get("trigger"):
                trigger = role_tokens["trigger"][0]
                # "take over", "take private", "got underway": a verb's particle, object
                # predicative or adverb narrows it as an adjective does a noun.
                words = {c.lower_ for c in trigger.children if c.dep_ in ("amod", "compound", "prt", "oprd", "det", "predet", "advmod")} \
                    | {trigger.nbor(-1).lower_ if trigger.i else ""}
                # "an agreement with Minjin to acquire 20% of Hanul": the purpose a noun is for
                # narrows it as a modifier does (a purchase from a seller is no partnership).
                words |= {c.lemma_.lower() for c in trigger.children if c.dep_ == "acl"}
                # "deputy group CEO": a modifier of the noun before the title narrows the title.
                words |= {g.lower_ for c in trigger.children if c.dep_ == "compound" and c.i == trigger.i - 1
                          for g in c.children if g.dep_ in ("amod", "compound") and g.i == c.i - 1}
                if any(c.dep_ == "poss" for c in trigger.children):
                    # "Minjin's entire stake in Hanul" is all Minjin holds, not all of Hanul.
                    words -= whole_stake_words()
                if pattern.modifiers and not words & set(pattern.modifiers) or words & set(pattern.not_modifiers):
                    continue
            if pattern.objects and role_tokens.get("trigger") and not _object_fits(role_tokens["trigger"][0], pattern.objects,
                                                                                       needed=pattern.object_needed):
                continue
            # "agreed to sell its fiber network to Minjin", "the sale of its fiber network": what
            # one sells off is no goods one trades in (a verb's object, or a noun's "of").
            if pattern.not_objects and role_tokens.get("trigger") and any(
                    o.lemma_.lower() in pattern.not_objects for c in _objects_of(role_tokens["trigger"][0]) for o in (c, *c.conjuncts)):
                continue
            if pattern.titled and _titled_after(role_tokens):
                continue  # "Mr. Kim, the President of Togo, Ms. Lee": the title is Lee's
            if pattern.kind == "tokens":
                if any(in_a_post(t) for key in ("subject", "object") for t in role_tokens.get(key, [])[:1]):
                    continue  # "The post of CEO of Masan Group held by Quang": a post's holder
                for key in ("subject", "object"):
                    if role_tokens.get(key) and (named := modified_name(role_tokens[key][0], span)) is not None:
                        role_tokens[key] = [named]  # "investors including Toyota Motor arm Toyota Finance": the arm
                companions = not pattern.titled
                trigger = role_tokens.get("trigger", [None])[0]
                subjects = [self.ends.or_parent(t) for t in listed(role_tokens.get("subject", [])[:1], companions=companions)]
                objects = [self.ends.or_parent(t) for t in listed(role_tokens.get("object", [])[:1], companions=companions)]
                # "managing director Kim and Lee": a title of one, right before the name, is
                # Kim's alone ("co-founders Kim and Lee" are both).
                subjects, objects = (ends[:1] if pattern.titled and _singly_titled(trigger, role_tokens.get(key, [])[:1]) else ends
                                     for key, ends in (("subject", subjects), ("object", objects)))
                # "Marubeni and Nippon Paper, Japan's top paper company,": one company, the
                # name the apposition follows (the rule's trigger, or its last word).
                head = trigger if trigger is not None else span[-1]
                if len(subjects) > 1 and head.tag_ == "NN" and role_tokens.get("subject") and role_tokens["subject"][0].i < head.i \
                        and _singly_titled(head, role_tokens["subject"][:1]):
                    slot = role_tokens["subject"][0]
                    subjects = [(t, ref) for t, ref in subjects if isinstance(t, str) or t.i == slot.i] or subjects
                elif len(subjects) > 1 and trigger is None and role_tokens.get("subject") and span.start < role_tokens["subject"][0].i \
                        and _singular_word(span.doc[role_tokens["subject"][0].i - 1]):
                    # "Tanzanian firm Taifa Gas and Delta Marimba": a singular noun describes one firm.
                    slot = role_tokens["subject"][0]
                    subjects = [(t, ref) for t, ref in subjects if isinstance(t, str) or t.i == slot.i] or subjects
                if len(subjects) > 1 and role_tokens.get("subject") and role_tokens.get("object") \
                        and token_mark(role_tokens["object"][0], "kg_class") in ("City", "Country"):
                    # "the UAE's Spotii, QuadPay in the US": a listed name with its own place
                    # is not in the place the rule gave the first.
                    slot = role_tokens["subject"][0]
                    subjects = [(t, ref) for t, ref in subjects if isinstance(t, str) or t.i == slot.i or not placed_apart(t)]
                if role_tokens.get("phrase"):
                    certified = trigger is not None and (trigger.lemma_.lower() in self.cues.maker_words
                                                         or _nouns_vouched(trigger, role_tokens["phrase"]))
                    objects = self.sector_phrases.phrases(role_tokens["phrase"], entities, certified=certified, head=trigger)
                    if trigger is not None and trigger.tag_ not in ("NNS", "NNPS") and subjects and trigger.i < role_tokens["subject"][0].i:
                        subjects = subjects[:1]  # "infrastructure major MEIL and BYD": one major, MEIL
                if pattern.implicit:
                    if trigger is not None and any(c.dep_ == "poss" and token_mark(c, "kg_entity") and not token_mark(c, "kg_coref") for c in trigger.children):
                        continue  # "India's two-way commerce with China": the end is named, by the possessor
                    if trigger is not None and pattern.titled and elsewhere_titled(span, trigger):
                        continue  # "BP's then chief executive X", "former regulatory chief X": another body's post
                    told = self.ontology.relation(pattern.relation)
                    unsaid = self.ends.rounds.round_raiser(span, entities) if pattern.round_only else \
                        self.ends.unsaid(span, entities, [t for t, _ in subjects + objects],
                                         cls=told.range if pattern.implicit == "object" else told.domain,
                                         titled=pattern.titled and self.ontology.is_subclass(self.ontology.cls(told.domain).name, "Person"),
                                         rival=pattern.titled and told.symmetric)
                    if pattern.implicit == "object":
                        objects = unsaid
                    else:
                        subjects = unsaid
            else:
                # "the round" is the firm that raised it only to a relation rounds are told
                # by: a person who "co-led the round" leads no firm.
                rounds = pattern.round_only or "round" in pattern.carries
                subjects = self.ends.organ_owners(role_tokens["subject"][0], pattern.relation) \
                    or self.ends.senders(role_tokens["subject"][0], pattern.relation) \
                    or self.ends.resolve(role_tokens["subject"][0], entities, rounds=rounds)
                objects = self.ends.owner_or_place(role_tokens["object"][0], pattern.relation) \
                    or self.ends.resolve(role_tokens["object"][0], entities, round_only=pattern.round_only, rounds=rounds)
                if pattern.titled and role_tokens.get("trigger"):
                    subjects, objects = (_before_title(role_tokens["trigger"][0], role_tokens[key][0], ends)
                                         for key, ends in (("subject", subjects), ("object", objects)))
                if role_tokens.get("trigger"):
                    # "A, B and C (CC), the international arm of D,": a singular description
                    # after the list's last name is that name's alone.
                    subjects, objects = (_last_described(role_tokens["trigger"][0], ends) for ends in (subjects, objects))
                    subjects, objects = (_plural_described(role_tokens["trigger"][0], role_tokens[key][0], ends)
                                         for key, ends in (("subject", subjects), ("object", objects)))
                actor_end = subjects if role_tokens["subject"][0].dep_ in ("nsubj", "pobj") else objects
                joined = self.ends.co_actors(role_tokens["trigger"][0], actor_end, rounds=pattern.round_only,
                                             joint=pattern.eval_name in setting_words("co_acting_relations"))
                actor_end.extend(joined)
            if not subjects or not objects:
                continue
            # "Dutch and German firms Hanul and Daewon": the n-th name goes with the n-th end.
            one_to_one = pattern.respectively and len(subjects) > 1 and len(objects) > 1
            if one_to_one:
                if len(subjects) != len(objects):
                    continue
                subjects, objects = (sorted(ends, key=lambda end: getattr(end[0], "i", 0)) for ends in (subjects, objects))
            triggers = role_tokens.get("trigger", [])
            if triggers and denied(triggers[0], [t for key in ("subject", "object") for t in role_tokens.get(key, [])[:1]]):
                continue  # "did not invest in", "sold its stake in"
            qualifiers = self.qualifiers.read(pattern, span, triggers, published)
            statements = [(pattern.relation, pattern.eval_name, qualifiers)] + [
                (relation, eval_name, self.qualifiers.read(_as_also(pattern, relation, eval_name, carries), span, triggers, published))
                for relation, eval_name, carries in pattern.also
            ]
            percent = self.qualifiers.percent_name(pattern)
            if pattern.majority and percent and _over_half(qualifiers.get(percent)):
                # More than half a firm taken is the firm bought; its stake and the money
                # put in are the purchase's detail.
                relation, eval_name, carries = pattern.majority
                statements = [(relation, eval_name, self.qualifiers.read(_as_also(pattern, relation, eval_name, carries), span, triggers, published))]
            elif pattern.minority and percent and qualifiers.get(percent) is not None and not _over_half(qualifiers.get(percent)):
                # Half a firm or less bought is a stake in it, not the firm.
                relation, eval_name, carries = pattern.minority
                statements = [(relation, eval_name, self.qualifiers.read(_as_also(pattern, relation, eval_name, carries), span, triggers, published))]
            elif pattern.majority_only and percent and qualifiers.get(percent) is not None and not _over_half(qualifiers.get(percent)):
                continue
            elif pattern.majority_only and percent and qualifiers.get(percent) is None:
                qualifiers[NEEDS_MAJORITY] = True  # a stake told elsewhere may still undo it (stake_shared)
            sentence = self.qualifiers.sentence_of(span)
            first = bool(triggers) and first_time(triggers[0])
            renewal = bool(triggers) and renewed(triggers[0])
            dated = any(token_mark(t, "kg_value_kind") == "date" for t in self.qualifiers.values_of(sentence))
            paired = respectively_pairs(percent, sentence, [s for s, _ in subjects], [o for o, _ in objects]) if percent else {}
            paired = paired or bracketed_parts(percent, [s for s, _ in subjects], [o for o, _ in objects])
            if percent == "stake_percent" and not one_to_one and not paired and len(subjects) > 1 and len(objects) == 1 \
                    and _bought_together(triggers):
                for _, _, read in statements:
                    for key in ("stake_percent", "amount", "currency", "amount_usd"):
                        read.pop(key, None)
            # "In sectors like A, B and C, X leads Y": one fact per sector.
            sectors = [entities[token_mark(t, "kg_entity")].name for t in coordinated(role_tokens.get("sector", [])[:1])] or [None]
            for s, s_ref in subjects:
                for o, o_ref in objects:
                    if one_to_one and objects.index((o, o_ref)) != subjects.index((s, s_ref)):
                        continue
                    s_key, o_key = token_mark(s, "kg_entity") if not isinstance(s, str) else s, token_mark(o, "kg_entity") if not isinstance(o, str) else o
                    if s_key == o_key or not s_key or not o_key:
                        continue
                    subject, obj = entities[s_key], entities[o_key]
                    if pattern.end_classes and not all(any(self.ontology.is_subclass(e.cls, c) for c in pattern.end_classes) for e in (subject, obj)):
                        continue
                    if pattern.untitled_ends and (subject.titled or obj.titled):
                        continue
                    confidence = (0.6 if pattern.implied else pattern.confidence) * (_REFERENCE_FACTOR if s_ref or o_ref else 1.0)
                    for relation, eval_name, read in statements:
                        if not self._fits(relation, subject, obj, correct=pattern.correct_ends and not (s_ref or o_ref)):
                            if eval_name == pattern.eval_name:
                                break
                            continue
                        sure = min(confidence, self._bounded(eval_name, subject, obj))
                        for sector in sectors:
                            key = (subject.key, eval_name, obj.key, sector)
                            if key in found and eval_name in self._figure_relations and periods_apart(found[key]["qualifiers"], read):
                                key = (*key, str(read["date"]))  # a figure of each period, as base_figures keeps a base's
                            if key in found:
                                fact = found[key]
                                other = other_event(fact["qualifiers"], read)
                                # "X first invested in Y in 2021. On Monday it led a $50 million round in Y":
                                # the money the text dates comes with its day.
                                dated_money = "amount" in read and "amount" not in fact["qualifiers"]
                                merge_qualifiers(fact["qualifiers"], read)
                                if renewal and read.get("date") and not other:
                                    # "Kim became chairman in 2017 ... He was reappointed on Friday":
                                    # the renewal is the news, the first taking of the post its past.
                                    fact["qualifiers"]["date"] = read["date"]
                                    undated.discard(key)
                                    first_dated.discard(key)
                                elif dated and (key in undated or dated_money) and "date" in read and not other and not first:
                                    # A date the text gives the deal beats the news' own.
                                    fact["qualifiers"]["date"] = read["date"]
                                    undated.discard(key)
                                elif key in first_dated and not first and (read.get("date") or published):
                                    fact["qualifiers"]["date"] = read.get("date") or published
                                    first_dated.discard(key)
                                fact["confidence"] = max(fact["confidence"], round(sure, 3))
                                continue
                            own = dict(read)
                            if pattern.round_only and "role" in own.keys() | set(pattern.carries) and not own.get("role") \
                                    and not isinstance(s, str) and described_as(s):
                                own["role"] = described_as(s)  # "an existing investor": what it held before
                            if "amount" in own.keys() | set(pattern.carries):
                                # "led by X, which put in $20 million": X's part. Those who join a
                                # round another leads, in its sentence or the next, take its sum when
                                # the text gives them no part of it, as the news' readers count it.
                                own.update(own_part(s))
                            own_sum = listed_sum(o) if "amount" in own and not isinstance(o, str) else None
                            if own_sum is not None:
                                # "$26.16 billion to Japan, $22.05 billion to the United States": each its own.
                                for money_key in ("amount", "currency", "amount_usd"):
                                    own.pop(money_key, None)
                                own.update(money_of([own_sum]))
                            if paired and percent in own or paired and eval_name == pattern.eval_name:
                                index = getattr(s, "i", None) if getattr(s, "i", None) in paired else getattr(o, "i", None)
                                if index in paired:
                                    own[percent] = paired[index]
                            if not dated or own.get("date") == published and not any(
                                    token_mark(t, "kg_value_kind") == "date" and token_mark(t, "kg_value") == published for t in self.qualifiers.values_of(sentence)):
                                # "X said last September it had secured $6 million from investors
                                # including Y": the news' day a title's fact fell back on is no date
                                # the sentence gives, and a verb's that dates the deal replaces it.
                                undated.add(key)
                            if first:
                                first_dated.add(key)
                            found[key] = {
                                "subject": subject.name, "predicate": eval_name, "object": obj.name,
                                "qualifiers": {**own, **({"sector": sector} if sector else {})},
                                "confidence": round(sure, 3),
                                "evidence": [sentence.start_char, sentence.end_char],
                                "implied": pattern.implied, "frame": pattern.id,
                            }
        facts = list(found.values())
        if self._deal_nouns:
            self.qualifiers.later_amounts(doc, facts, self._deal_nouns)
        return facts

    def _bounded(self, eval_name: str, subject: DocumentEntity, obj: DocumentEntity) -> float:
        """The most a fact of these ends may be trusted by the relation's news convention
        (``bounds`` of triggers.yaml): 1 when each end has its classes, else the bound's
        confidence."""
        bounds = self._end_bounds.get(eval_name)
        if bounds is None or all(not classes or any(self.ontology.is_subclass(end.cls, c) for c in classes)
                                 for end, classes in zip((subject, obj), bounds[:2])):
            return 1.0
        return bounds[2]

    def _fits(self, relation_name: str, subject: DocumentEntity, obj: DocumentEntity, *, correct: bool = True) -> bool:
        """Whether the ends fit the relation's domain and range. A guessed class that does
        not fit is corrected by them (NER calls many firms places: "invested in Stripe"),
        unless the end was reached through a reference; a known entity's class is never
        changed, and a fact it cannot take is dropped."""
        relation = self.ontology.relation(relation_name)
        for end, entity, bound in (("subject", subject, relation.domain), ("object", obj, relation.range)):
            wanted = self.ontology.cls(bound).name
            if self.ontology.is_subclass(entity.cls, wanted):
                continue
            if entity.known or entity.titled or not correct or wanted not in _DEFAULT_CLASS or entity.cls in ("Country", "Sector", "Facility", "Product"):
                return False
            if entity.cls == "Event" and only_an_event(entity.name):
                return False  # "chaired the G20 summit", "a visit to the Busan Robot Expo": no body, no place
            if entity.cls == "Policy" and _only_a_policy(entity.name):
                return False  # "India launched the Semicon India Programme": no firm it founded
            if entity.cls == "Person" and (len(entity.name.split()) > 1 or wanted == "Place"):
                # A one-word "person" NER guessed is often a firm ("backed Keenon"); a full
                # name is a person's.
                return False
            # Only what one attends or speaks at: an event that is held somewhere is the
            # subject of a verb as common as "hold" ("SoftBank holds stakes in ...").
            if wanted == "Event" and (end != "object" or entity.cls not in _EVENT_GUESSES or only_a_body(entity.name)):
                return False
            if wanted == "Place" and legal_form(entity.name):
                return False  # "visits Bosch Hydrogen Powertrain Systems Co., Ltd.": a firm
            entity.cls = _DEFAULT_CLASS[wanted]
        return True


def _as_also(pattern: Pattern, relation: str, eval_name: str, carries: tuple):
    """*pattern* read as the relation it also states ("took a 20% stake in Hanul in a deal
    valued at $50 million": an investment, whose deal nouns price it), its words kept."""
    return dataclasses.replace(pattern, relation=relation, eval_name=eval_name, carries=carries)


def _titled_after(role_tokens: dict) -> bool:
    """Whether a title between a fact's two ends, the name first, is in apposition to a
    name with an honorific after the theme instead (:func:`titled_name_after`)."""
    trigger = role_tokens.get("trigger", [None])[0]
    ends = sorted((found[0] for found in (role_tokens.get(key) for key in ("subject", "object")) if found), key=lambda t: t.i)
    return trigger is not None and len(ends) == 2 and ends[0].i < trigger.i < ends[1].i and titled_name_after(ends[1])


def _singly_titled(trigger, tokens: list) -> bool:
    """Whether a singular title stands right before the name *tokens* holds, with no
    preposition between ("managing director Kim", not "chairman of Hanul" nor "co-founders Kim"),
    or after it ("Kim, Park and Lee, chairman of Daewon": the title in apposition is the last
    name's; "Kim and Lee, co-chairmen of Daewon" are both)."""
    if trigger is None or not tokens or trigger.tag_ in ("NNS", "NNPS"):
        return False
    if tokens[0].i > trigger.i:
        return all(t.pos_ != "ADP" for t in trigger.doc[trigger.i + 1:tokens[0].i])
    return trigger.doc[tokens[0].i + 1].text == ","


def _before_title(trigger, token, ends: list) -> list:
    """*ends* resolved from *token*, without the names joined to it after the title that
    follows it: in "a merger of PSA Group, parent of Peugeot, and Fiat Chrysler" the title in
    apposition is PSA Group's, not Fiat Chrysler's, which the parse joins to PSA Group; and
    a person's singular title before the name and a comma is that person's alone ("to vote
    out its chairman, John Thompson, and Francis deSouza": deSouza is no chairman)."""
    if token.i > trigger.i:
        doc = token.doc
        if trigger.tag_ in ("NNS", "NNPS") or token_mark(token, "kg_class") != "Person" or token.i + 1 >= len(doc) or doc[token.i + 1].text != ",":
            return ends
        return [(t, ref) for t, ref in ends if isinstance(t, str) or t.i <= token.i]
    return [(t, ref) for t, ref in ends if isinstance(t, str) or t.i < trigger.i]


def _objects_of(trigger) -> list:
    """What *trigger* acts on: a verb's direct objects, a noun's objects of "of" ("the sale
    of its fertilizer operations")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        return [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return [c for c in trigger.children if c.dep_ == "dobj"]


def _object_fits(trigger, lemmas: tuple[str, ...], needed: bool = False) -> bool:
    """Whether the direct object of verb *trigger*, if it has one (it must, if *needed*),
    is money or has one of *lemmas*: what one raises from an investor is money, not approval
    or interest."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    # "raised $100 million in debt financing from Daewon": money lent is no stake bought
    # (unless equity is raised with it).
    told = {t.lemma_.lower() for o in objects for t in o.subtree}
    if told & setting_words("debt_words") and not told & setting_words("equity_words"):
        return False
    # "raised a Series C from Daewon": the parser makes the round's letter the head.
    # A noun joined to the object counts as it does ("operates charter and bus services").
    def fits(o) -> bool:
        # "raised $5 million worth of funding from Daewon": what the money is worth of is
        # what was raised; "$5 million worth of orders from Daewon" raises none.
        worth = o if o.lower_ == "worth" else next((c for c in o.children if c.lower_ == "worth"), None)
        if worth is None and o.lemma_.lower() in setting_words("quantity_of_words"):
            worth = o  # "raised a total of $73 million from Daewon": the same, a total of what
        if worth is not None:
            what = [g for c in worth.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            return bool(what) and all(w.lemma_.lower() in lemmas or w.ent_type_ == "MONEY" or token_mark(w, "kg_value_kind") == "money"
                                      for w in what)
        # "offers payment services": a sector's words merged into one token, its last the head.
        return o.ent_type_ == "MONEY" or o.lemma_.lower() in lemmas or o.lemma_.lower().rsplit(" ", 1)[-1] in lemmas or o.like_num \
            or any(c.like_num or c.dep_ == "compound" and c.lemma_.lower() in lemmas for c in o.children)

    return not objects and not needed or any(fits(o) for o in (n for obj in objects for n in (obj, *obj.conjuncts)))


def _over_half(value) -> bool:
    """Whether a percentage qualifier says more than half."""
    try:
        return float(value) > 50
    except (TypeError, ValueError):
        return False


def _nouns_vouched(trigger, phrase: list) -> bool:
    """Whether a firm's plain head ("firm", "company": ``noun_vouched_heads`` of names.yaml)
    vouches that the words before it name a trade: they end in a lower-case noun right
    before it, and none is a number or a role one firm plays for another (``firm_role_nouns``:
    "parent company", "rival firm")."""
    from kg.ingest.normalize import reference_words

    if trigger.lemma_.lower() not in reference_words("noun_vouched_heads") or not phrase or phrase[-1].i != trigger.i - 1:
        return False
    roles = reference_words("firm_role_nouns")
    last = phrase[-1]
    return last.pos_ == "NOUN" and last.text.islower() and not any(
        t.lower_ in roles or t.lemma_.lower() in roles or t.pos_ == "NUM" for t in phrase)


def _only_a_policy(name: str) -> bool:
    """Whether a policy's *name* of two words or more ends in a head word no firm's or body's
    name ends in ("Semicon India Programme", "K-Semiconductor Strategy"; ``policy_only_heads``
    of names.yaml): a verb that wants a firm ("launched", "aims to build") finds none there."""
    from kg.ingest.normalize import reference_words

    words = name.split()
    return len(words) > 1 and words[-1].lower() in reference_words("policy_only_heads", lower=True)


def _last_described(trigger, ends: list) -> list:
    """*ends* narrowed to the last of them when *trigger* is a singular noun set in apposition
    after all of them ("Hanul, Minjin and Daewon Logistics, the freight arm of Daewon Group"):
    the parser hangs the description on the list's head, but one arm is one firm, the name it
    follows. Not a plural ("Hanul and Minjin, both units of Daewon"), which all share."""
    named = [end[0].i for end in ends if not isinstance(end[0], str)]
    if len(named) < 2 or trigger.dep_ != "appos" or not _singular_word(trigger) or max(named) > trigger.i:
        return ends
    return [end for end in ends if isinstance(end[0], str) or end[0].i == max(named)]


def _plural_described(trigger, end, ends: list) -> list:
    """*ends* with the names listed with *end* when *trigger* is a plural noun in apposition
    to it ("Hanul Air and Minjin Capital, both units of Daewon Group"): the parser hangs the
    description on the list's last name, but it tells of each. Not one with a possessor ("A
    and B, its partners"): whose partners the possessor says, and it may be one of the list."""
    if trigger.dep_ != "appos" or trigger.tag_ not in ("NNS", "NNPS") or trigger.head.i != end.i or end.dep_ != "conj" \
            or any(c.dep_ == "poss" for c in trigger.children):
        return ends
    have = {end_token.i for end_token, _ in ends if not isinstance(end_token, str)}
    listed = [t for t in end.conjuncts if token_mark(t, "kg_entity") and t.i not in have and t.i < end.i]
    return ends + [(t, token_mark(t, "kg_coref")) for t in listed]


def _singular_word(token) -> bool:
    """Whether a word is a singular noun: "firm" (which the tagger may call an adjective),
    not "firms" (told by its lemma too, where the tag is wrong), nor a preposition or a name."""
    return token.is_alpha and token.pos_ in ("NOUN", "ADJ") and token.tag_ in ("NN", "JJ") and token.lemma_.lower() == token.lower_ \
        and not token.ent_type_


def _bought_together(triggers: list) -> bool:
    """Whether the several subjects of *triggers* buy as one, by a word of
    ``joint_buyer_words`` (money.yaml) on the verb ("A and B together bought 60% of Hanul",
    "jointly bought Hanul for $2 billion"), with no word of ``each_words`` giving each its
    own ("A and B each bought 10% of Hanul"). The part and the sum are then neither buyer's
    own. Not every pair of subjects: "A and B own 60% of Hanul" may be a holding each has
    through a vehicle of both, told so."""
    if not triggers:
        return False
    verb = triggers[0] if triggers[0].pos_ in ("VERB", "AUX") else triggers[0].head
    words = {t.lower_ for v in (verb, verb.head) for t in v.children if t.dep_ in ("advmod", "npadvmod", "dep")}
    # "A and B each bought", "hold 50% each": the parser sets "each" beside the subject, on
    # the verb or on the part.
    if any(t.lower_ in money_reference_words("each_words") for t in verb.subtree):
        return False
    return bool(words & money_reference_words("joint_buyer_words"))

