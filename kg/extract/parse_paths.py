"""Paths in the dependency parse between a fact's trigger word and the values and names
around it: how far two tokens are, whether a value hangs on a word through no other verb,
whether a name is what a word acts on, and whose clause a date belongs to (a beginning's,
another actor's)."""

from __future__ import annotations

import re

from kg.extract.date_words import date_words, event_verbs, origin_words, other_time_markers, state_verbs
from kg.extract.other_time_clauses import other_time_clause
from kg.extract.patterns import token_mark
from kg.ingest.normalize import reference_words

__all__ = [
    "NEAR",
    "clause_verb",
    "comparison_base",
    "hangs_on",
    "hung_on_governor",
    "site_places",
    "has_subject",
    "in_adverbial_clause",
    "in_other_time_phrase",
    "is_origin_word",
    "is_theme",
    "not_other_verbs",
    "of_origin",
    "of_other_actor",
    "run_of_event",
    "same_time_clauses",
    "told_as_now",
    "told_of_event",
    "several_sellers",
    "days_of_another_event",
    "held_now_by",
    "stake_changed_to",
    "steps_between",
    "themeless",
]


#: How many arcs of the parse may lie between a word that states a deal and each of the
#: deal's ends ("goods worth ... were traded between Germany and China": three).
NEAR = 4


def clause_verb(token) -> int:
    """Where the verb is in whose clause *token* stands (itself, if it is one)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.i


def steps_between(a, b) -> int:
    """Arcs of the parse between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    up_b = {t.i: n for n, t in enumerate([b, *b.ancestors])}
    return next((n + up_b[t.i] for n, t in enumerate(up_a) if t.i in up_b), len(up_a) + len(up_b))


def hangs_on(money, word, *, steps: int = 3) -> bool:
    """Whether *money* depends on *word* within *steps* heads, through no other verb
    ("acquire ... for 6.8 billion yen"; not "oversees $350 million and has invested")."""
    token = money
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == word.i:
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def is_theme(mention, word, themes: frozenset[str], *, steps: int = 6) -> bool:
    """Whether *mention* is what *word* acts on, by the prepositions its trigger group names
    (``direct``: its object, or the subject of its passive): reached from the word by the
    theme's arc, then only by possessives, compounds, appositions, coordination and "of"."""
    path = [mention]
    while path[-1].i != word.i:
        if len(path) > steps or path[-1].head.i == path[-1].i:
            return False
        path.append(path[-1].head)
    first = path[-2]  # the word's own dependant on the way
    if first.dep_ == "prep":
        if first.lower_ not in themes:
            return False
    elif not ("direct" in themes and first.dep_ in ("dobj", "nsubjpass", "attr")):
        return False
    return all(t.dep_ in ("pobj", "poss", "compound", "appos", "conj", "dobj", "nsubjpass", "attr")
               or t.dep_ == "prep" and t.lower_ == "of" for t in path[:-2])


def not_other_verbs(values: list, trigger, kind: str = "money", *, deal_nouns: frozenset[str] = frozenset()) -> list:
    """The values without those of *kind* another verb of the sentence holds, one that is
    not the trigger nor above it ("Arden manages $800 million and has invested in
    Pellston"; "Finix, founded four years ago, ... Sequoia led its round"). A participle on
    one of *deal_nouns* speaks of the deal ("in a deal valued at $300 million"), and so, for
    a date, does a relative clause on one ("in a deal that closed on March 1")."""
    above, token = {trigger.i}, trigger
    while token.head.i != token.i:
        if token.dep_ in ("acl", "relcl") and (token_mark(token.head, "kg_entity") is not None
                                                or token.head.dep_ == "appos" and token_mark(token.head.head, "kg_entity") is not None):
            # A clause on a name ("X, backed by Y, raised $30 million"), or on a noun set
            # beside one ("X, the startup founded by Y, on Monday filed"), is not the main
            # clause's; one on a common noun alone ("a round led by Y") is.
            break
        if _other_time_clause(token):
            break  # "its largest deal since it bought Z": the main clause's money is not Z's
        # A verb joined by "and" is a sibling with its own objects, not a governor.
        if token.dep_ != "conj":
            above.add(token.head.i)
        token = token.head
    kept = []
    for token in values:
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if token_mark(token, "kg_value_kind") != kind or verb is None or verb.i in above \
                or verb.dep_ in _DEAL_CLAUSES[kind == "date"] and verb.head.lemma_.lower() in deal_nouns or _leader_of_an_end(verb, above) \
                or _means_of_the_deal(verb, above) \
                or _worth_of_the_deal(token, verb, deal_nouns) or _valued_after_the_bought(verb, deal_nouns):
            kept.append(token)
    return kept


#: The clauses on a deal noun that speak of the deal, for money and for dates: "in a deal
#: valued at $300 million"; "in a deal that closed on March 1" (a relative clause's money may
#: be another's, "a deal that includes $200 million of debt").
_DEAL_CLAUSES = {False: ("acl",), True: ("acl", "relcl")}


def _valued_after_the_bought(verb, deal_nouns: frozenset[str]) -> bool:
    """Whether *verb* is a participle of valuing set off by a comma after the firm a deal noun
    names after "of" ("Daewon's acquisition of Hanul, valued at $1.2 billion, closed"): the
    parser hangs it on the name, but it values the deal."""
    bought = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.i > 0 and verb.nbor(-1).text == "," \
        and verb.lemma_.lower() in reference_words("valuation_words", lower=True) and token_mark(bought, "kg_entity") is not None \
        and bought.dep_ == "pobj" and bought.head.lower_ == "of" and bought.head.head.lemma_.lower() in deal_nouns


def _worth_of_the_deal(money, verb, deal_nouns: frozenset[str]) -> bool:
    """Whether *money* is what a relative clause on one of *deal_nouns* says the deal is worth
    ("in a deal that could be worth up to $1.2 billion", "a transaction that was valued at
    $300 million"); not other money of such a clause ("a deal that includes $200 million of
    debt")."""
    if verb.dep_ != "relcl" or verb.head.lemma_.lower() not in deal_nouns:
        return False
    path = []
    for token in money.ancestors:
        if token.i == verb.i:
            break
        path.append(token)
    valued = verb.lemma_.lower() in reference_words("valuation_words", lower=True) and any(c.dep_ == "auxpass" for c in verb.children)
    # The parser may hang the sum on "worth" or, as its attribute, on the verb beside it.
    worth = verb.lemma_.lower() == "be" and any(c.lower_ == "worth" for c in verb.children)
    return valued or worth and (not path or path[-1].lower_ == "worth" or path[-1].dep_ == "attr")


def _means_of_the_deal(verb, above: set[int]) -> bool:
    """Whether *verb* is a buying or paying told after "by" as the means of a verb of the
    deal ("will take a 30% stake in X by buying $40 million of new shares", "by agreeing to
    buy ..."; ``means_verbs`` of data/reference/names.yaml): its money is what the deal
    costs. Not selling to fund it ("by selling $40 million of bonds")."""
    if verb.lemma_.lower() not in reference_words("means_verbs", lower=True):
        return False
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "by agreeing to buy": the gerund "by" governs
    return verb.dep_ == "pcomp" and verb.head.lower_ == "by" and verb.head.head.i in above


def _leader_of_an_end(verb, above: set[int]) -> bool:
    """Whether *verb* names the leader of a group that is an end of the trigger ("bought by an
    investor group led by X for $1.1 billion": ``leading_verbs`` of data/reference/names.yaml):
    the parser hangs the price on the participle, which prices nothing of its own."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in reference_words("leading_verbs", lower=True):
        return False
    group = verb.head
    if token_mark(group, "kg_entity") is not None or group.pos_ != "NOUN":
        return False
    holder = group.head.head if group.dep_ == "pobj" and group.head.dep_ in ("agent", "prep") else group.head
    return holder.i in above and group.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj")


def themeless(word, themes: frozenset[str]) -> bool:
    """Whether *word* has no theme in the parse: no preposition of its themes, nor (for a
    direct theme) any object: money bought ("buy $300 million in bonds") is a theme too."""
    return not any(c.dep_ == "prep" and c.lower_ in themes or "direct" in themes and c.dep_ in ("dobj", "nsubjpass")
                   for c in word.children)


def of_origin(date) -> bool:
    """Whether a date token dates a beginning: below the first verb above it, a noun of
    founding ("since its founding in 2015"), or that verb one of founding ("founded in
    2015", "set up in 2019"; ``origin_words`` of data/reference/dates.yaml)."""
    for token in date.ancestors:
        if token.pos_ in ("VERB", "AUX"):
            return is_origin_word(token)
        if token.pos_ == "NOUN" and is_origin_word(token):
            return True
    return False


def comparison_base(date) -> bool:
    """Whether *date* dates the base a figure is compared with, not the figure: governed by
    a word only comparisons use ("4% more than the previous year", "than in 2023"), or on a
    figure that a comparison word governs ("up from $2.5 billion last year"), or on any noun
    after a word of comparing ("compared with the same period in 2023"; ``comparison_words``
    and the lists after it in dates.yaml). A date that dates only the base dates no fact."""
    words = date_words()
    if date.dep_ == "poss" and date.head.lemma_.lower() in words.market_price_nouns:
        return True  # "a 40% premium to Wednesday's closing price": the price's day
    if _superlative_frame(date):
        return True  # "in Japan's largest logistics deal this year": all deals of the year compared
    # "as against $119.5 billion in 2021-22" parsed with the date on the verb: the figure
    # right before it is the compared one.
    doc, at = date.doc, date.i - 1
    if at > 0 and doc[at].lower_ in ("in", "during", "for"):
        at -= 1
    if at >= 0 and _figure(doc[at]) and doc[at].head.i < at and doc[at].head.lower_ in words.comparison_only_words:
        return True  # (not "over", which is also "more than": "reached over $8 billion in 2024")
    head = date.head
    if head.i == date.i:
        return False
    if head.pos_ == "ADP" or head.dep_ == "prep":
        if head.lower_ in words.comparison_only_words or _comparing(head) or head.lower_ in words.figure_comparison_words \
                and any(_figure(c) for c in head.children if c.dep_ == "pobj" and c.i != date.i):
            return True  # "up from $2.5 billion last year", the date beside the figure
        before = date.doc[head.i - 1] if head.i else head
        if _figure(before) and before.head.lower_ in words.figure_comparison_words and before.head.i != head.head.i:
            return True  # "rose from $2.5 billion in 2023 to ...", both hung on the verb
        if head.lower_ == "from" and "/" not in str(token_mark(date, "kg_value") or "") and before.head.lower_ != "to" and (
                _figure(before) or any(c.dep_ == "nummod" and _figure(c) for c in before.children)):
            # "fell 16.1% in June, a narrowing of 18.4 percentage points from May": a change
            # counted from a month, not the month the figure is of. Not a level reached ("will
            # raise tariffs to 25% from March 1"), which the day takes effect on.
            return True
        if head.lower_ == "from" and date.text.lower().endswith((" ago", " earlier", " before")):
            return True  # "plunged 28.6 percent last month from a year ago": a span back from another date
        head = head.head  # "in 2023" on the figure or the noun compared
    if head.lower_ in words.comparison_only_words:
        return True  # "than in 2023"
    if _compared_through_nouns(date):
        return True
    governor = head.head
    if head.dep_ != "pobj" or governor.lower_ not in words.comparison_words:
        return False
    return governor.lower_ in words.comparison_only_words or _comparing(governor) \
        or governor.lower_ in words.figure_comparison_words and _figure(head)


def _superlative_frame(date) -> bool:
    """Whether *date* is the time a superlative ranks its noun within, written right after
    that noun ("Japan's largest logistics deal this year", "the biggest round so far this
    year"), however the parser hung it: the frame of the ranking, not the deal's date."""
    doc, start = date.doc, min(t.i for t in date.subtree)
    while start > 1 and doc[start - 1].lower_ in ("far", "so"):
        start -= 1  # "so far this year"
    noun = doc[start - 1] if start else None
    return noun is not None and noun.pos_ == "NOUN" and any(c.tag_ in ("JJS", "RBS") for c in noun.subtree if c.i < noun.i)


def a_difference(percent) -> bool:
    """Whether *percent* tells how far one price stands from another ("a 40% premium to
    Friday's close", "30 percent above", "over 40 pct higher than"; ``difference_words`` of
    data/reference/names.yaml and comparatives): no part of a firm."""
    head = percent.head
    return head.i != percent.i and (head.tag_ in ("JJR", "RBR") or head.lemma_.lower() in reference_words("difference_words", lower=True))


def _compared_through_nouns(date, steps: int = 5) -> bool:
    """Whether *date* ends a chain of prepositions and their nouns that a word of comparing
    heads ("compared to $28 billion in the same period of the previous year"): the period
    compared with, however many nouns deep."""
    token = date
    for _ in range(steps):
        if token.dep_ not in ("pobj", "prep") or token.head.i == token.i:
            return False
        token = token.head
        if token.lemma_.lower() in date_words().comparing_words or token.lower_ in date_words().comparison_only_words:
            return True
    return False


def _figure(token) -> bool:
    return token_mark(token, "kg_value_kind") in ("money", "percent") or token.like_num


def _comparing(preposition) -> bool:
    """Whether *preposition* follows a word of comparing ("compared with", "compared to")."""
    return preposition.head.i != preposition.i and preposition.head.lemma_.lower() in date_words().comparing_words


def of_other_actor(date, ends: frozenset, *, head_only: bool = False) -> bool:
    """Whether *date* dates the clause of a named actor that is none of *ends*: the verb
    holding it has a subject naming an entity, and none of the subject's entities is an end
    (with *head_only*, the entity the subject's head word names: "the US Federal Trade
    Commission" is the commission, whatever country the fact's words also name)."""
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or not ends:
        return False
    named = {token_mark(t, "kg_entity") for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")
             for t in ((c,) if head_only else c.subtree) if token_mark(t, "kg_entity")}
    if not named and verb.head.i != verb.i and token_mark(verb.head, "kg_entity"):
        named = {token_mark(verb.head, "kg_entity")}  # the small parser hangs "X invested ..." on X
    return bool(named) and not named & ends


def run_of_event(date, ends: frozenset) -> bool:
    """Whether *date* tells when an event ran, in a clause on the event's name that is one
    of *ends* ("the expo, which ran from May 5 to 7", "the forum, held on Tuesday";
    ``event_verbs`` of dates.yaml): the clause acts on nothing else ("which opened its first
    plant in 2020" is no event's run)."""
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.dep_ in ("relcl", "acl") and verb.lemma_.lower() in event_verbs() \
        and token_mark(verb.head, "kg_entity") in ends and not any(c.dep_ == "dobj" for c in verb.children)


def told_of_event(date, events: frozenset) -> bool:
    """Whether *date* tells when one of *events* ran in a clause of its own, the event the
    subject of a verb of ``event_verbs`` (dates.yaml) with no other object ("The forum was held
    in Lima on May 5", "the summit took place on Tuesday") or its object ("Peru hosted the
    forum on May 5"), and no word of another edition on the verb ("was first held in 2015";
    ``other_edition_words``)."""
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in event_verbs() \
            or any(c.dep_ == "advmod" and c.lower_ in date_words().other_edition_words for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() != "place"]
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and token_mark(subject, "kg_entity") in events and not objects \
        or len(objects) == 1 and token_mark(objects[0], "kg_entity") in events


def in_adverbial_clause(trigger) -> bool:
    """Whether *trigger* (or the verb it depends on) tells its event in an adverbial clause
    of another time with a subject of its own ("... since it bought Z in 2027", "after Z
    had invested"; ``other_time_markers`` of dates.yaml): another event, told beside the
    sentence's news, which neither its money, its date nor the day of the news is."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and _other_time_clause(verb)


def in_other_time_phrase(date, triggers: list = ()) -> bool:
    """Whether *date* stands inside a phrase that a preposition of another time opens
    ("fell 8% after tariff increases in March", "following levies imposed in April";
    ``other_time_prepositions`` of dates.yaml) and that holds none of *triggers*: the date
    of the event the phrase names, not of the clause it hangs on ("after its purchase of Y
    in March" dates the purchase, its trigger)."""
    below = date
    for token in (*date.ancestors, *_phrase_before(date)):
        if _other_time_preposition(token) or _bounding_an_event(token, date) or other_time_clause(token, below):
            return not any(t.i == token.i or token in t.ancestors for t in triggers)
        below = token
    return False


def _bounding_an_event(token, date) -> bool:
    """Whether *token* is a bounding preposition (``bounding_prepositions`` of dates.yaml,
    "since") whose object is an event noun holding *date* deeper in ("since its purchase of
    Z in 2019"), not the date itself ("since 2019") nor a period's edge ("since the start of
    2019")."""
    words = date_words()
    if token.dep_ != "prep" or token.lower_ not in words.bounding_prepositions:
        return False
    head = next((c for c in token.children if c.dep_ == "pobj"), None)
    return head is not None and head.i != date.i and head.pos_ == "NOUN" and not token_mark(head, "kg_value_kind") \
        and head.lemma_.lower() not in words.period_edge_nouns


def _other_time_preposition(token) -> bool:
    prepositions = date_words().other_time_prepositions
    return (token.dep_ == "prep" or token.pos_ == "ADP") and (
        token.lower_ in prepositions or f"{token.head.lower_} {token.lower_}" in prepositions)


def _phrase_before(date) -> list:
    """The preposition of a phrase that ends just before *date*'s own ("after tariff
    increases | in March"), both hung on one word: the parser hangs a date written after
    such a phrase on the verb where a reader takes it as the phrase's."""
    preposition = date.head
    if preposition.dep_ != "prep" or preposition.i == 0:
        return []
    before = date.doc[preposition.i - 1]
    # The phrase's last word, its preposition the sibling of the date's; "ahead of": of "ahead".
    for token in (before, *before.ancestors):
        if token.head.i == preposition.head.i and token.i != preposition.i:
            opener = next((c for c in token.children if c.dep_ == "prep"), None) if token.dep_ == "advmod" else token
            return [opener] if opener is not None and opener.right_edge.i == preposition.i - 1 else []
    return []


def _other_time_clause(verb) -> bool:
    return verb.dep_ == "advcl" and has_subject(verb) and any(
        c.dep_ == "mark" and c.lower_ in other_time_markers() for c in verb.children)


def has_subject(verb) -> bool:
    """Whether *verb* has a subject of its own: its clause tells of its own event."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def is_trip_verb(token) -> bool:
    """Whether *token* is a verb of a trip (``trip_verbs`` of dates.yaml), as lemma or lemma
    and particle ("set off")."""
    lemma = token.lemma_.lower()
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    trips = date_words().trip_verbs
    return token.pos_ == "VERB" and (lemma in trips or any(f"{lemma} {p}" in trips for p in particles))


def is_origin_word(token) -> bool:
    """Whether *token* is a word of beginning, as lemma or lemma and particle ("set up")."""
    lemma = token.lemma_.lower()
    particles = [c.lower_ for c in token.children if c.dep_ == "prt"]
    return lemma in origin_words() or any(f"{lemma} {p}" in origin_words() for p in particles)


def stake_changed_to(triggers: list) -> float | None:
    """The percentage of a stake told beside the stake word, on it or on its verb: brought
    "to 30%" ("raised its stake in X to 30%"), "from 10% to 15%" (one phrase, read as its
    end), or held "with a 30.5% stake" ("became the largest shareholder of X with ..."); not
    "by 5%", nor a "from" alone, which is where the stake was. The stake may also be the
    subject of the verb that moves it ("X's stake in Y rose to 30%")."""
    for trigger in triggers:
        if trigger.pos_ != "NOUN" or trigger.dep_ not in ("dobj", "nsubjpass", "attr", "nsubj"):
            continue
        for prep in [*trigger.children, *trigger.head.children]:
            if token_mark(prep, "kg_value_kind") == "percent" and token_mark(prep, "kg_value") is not None and " to " in prep.lower_:
                return token_mark(prep, "kg_value")  # "by 5% to 25%" read as one phrase on the verb
            if prep.dep_ != "prep" or prep.lower_ not in ("to", "from", "with"):
                continue
            values = [t for t in prep.subtree if token_mark(t, "kg_value_kind") == "percent" and token_mark(t, "kg_value") is not None
                      and (prep.lower_ != "from" or " to " in t.lower_)]  # a value is one token, its phrase merged
            # "with its shareholding ratio up from 16.88% to 17.76%": where the phrase moves
            # the stake, the figure it goes to; one it left ("up from 16.88%") is no stake held.
            values = [t for t in values if t.head.lower_ == "to"] or [
                t for t in values if t.head.lower_ != "from" or " to " in t.lower_]
            if values:
                return token_mark(values[0], "kg_value")
    return None


def days_of_another_event(trigger) -> bool:
    """Whether every length in days the trigger's sentence writes on a noun ("a three-day
    visit", "a two-day meeting") is that of another event than the trigger's: "arrived in
    Chongqing on Sunday to kick off his three-day visit to China" gives the visit to China
    three days, the arrival in Chongqing its day. False when the sentence writes none so."""
    lengths = [t.head for t in trigger.sent if t.dep_ in ("nmod", "compound", "amod") and (
        t.lower_ == "day" and any(c.dep_ == "nummod" for c in t.children) or re.fullmatch(r"\w+-day", t.lower_))]
    # The trigger's own event: the trigger itself, its object, what it hangs on, or a
    # phrase on it ("arrived in Tokyo on Monday on a three-day visit").
    # A visit that names no place of its own, begun by the trigger's purpose clause ("arrived
    # in Kigali on Monday to start a two-day state visit"), is the trigger's; not an event of
    # a clause beside it ("arrived on Thursday and had a two-day meeting"). A trip whose
    # clause holds the trigger is its own ("a five-day tour, which will see him travel to Peru").
    return bool(lengths) and not any(n.i == trigger.i or n.head.i == trigger.i or trigger.head.i == n.i or _in_clause_on(trigger, n)
                                     or n.head.dep_ == "prep" and n.head.head.i == trigger.i
                                     or n.dep_ == "dobj" and n.head.dep_ in ("xcomp", "advcl") and n.head.head.i == trigger.i
                                     and not any(c.dep_ == "prep" and c.lower_ == "to" for c in n.children)
                                     for n in lengths)


def _in_clause_on(trigger, noun) -> bool:
    """Whether *trigger* stands in a relative clause on *noun*, however the parser hangs it:
    under the noun, or under a verb the noun is the object of through a clause whose subject
    is a relative pronoun ("begin a tour today which will see him travel to Peru")."""
    if noun in trigger.ancestors:
        return True
    if noun.dep_ != "dobj" or noun.head not in trigger.ancestors:
        return False
    clauses = [a for a in trigger.ancestors if noun.head in a.ancestors] + [trigger]
    return any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for a in clauses for c in a.children)


def held_now_by(percent) -> tuple | None:
    """(the holder's token, the held firm's token or None) when a percentage is told as held
    now: the object of a verb of state in the simple present ("Midea holds 13.5% of KUKA")
    or the antecedent of one ("the 13.51 percent that Midea already holds in the German
    firm"; ``state_verbs`` of dates.yaml); else None."""
    verbs = [percent.head] if percent.dep_ == "dobj" else []
    for verb in [*verbs, *(c for c in percent.children if c.dep_ == "relcl")]:
        if verb.lemma_.lower() not in state_verbs() or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
            continue
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if holder is None:
            continue
        held = next((g for p in (*verb.children, *percent.children) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                     for g in p.children if g.dep_ == "pobj"), None)
        return holder, held
    return None


def hung_on_governor(token) -> list:
    """ "the largest shareholder in robot maker Hanul Robotics": the name written right after
    a noun its phrase ends with, which the parser hangs in apposition on the phrase's
    governor."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token_mark(token, "kg_entity") or token.i + 1 >= len(token.doc):
        return []
    after = token.doc[token.i + 1]
    return [after] if token_mark(after, "kg_entity") and after.dep_ == "appos" and after.head.i == token.head.head.i else []


def site_places(token) -> list:
    """The objects of "in" or "at" that say where a site is when the parser hung them below
    the site's other words: its owner ("a plant of Hanul in Busan"), a participle ("a plant
    located in Busan") or its state ("a plant under construction in Busan", which the
    parser may hang on the verb the site is the object of), or the verb of which the site is
    the object ("inspected a plant on Friday in Busan")."""
    holders = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "under")
               for g in c.children if g.dep_ == "pobj"]
    holders += [c for c in token.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBG")]
    if token.dep_ == "dobj":
        # "toured a plant in Busan" with "in" hung on the verb: where the visit was is
        # where the site is.
        holders += [g for c in token.head.children if c.dep_ == "prep" and c.lower_ == "under"
                    for g in c.children if g.dep_ == "pobj"] + [token.head]
    return [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children if g.dep_ == "pobj"]


def several_sellers(word) -> list:
    """The sellers "from" on *word* names when it names more than one ("a 66.5% stake in
    Hanul from Minjin and others", "from Minjin and other shareholders", "from Minjin and
    Sora"), on the word or on the verb it is the object of ("acquire a stake in Hanul from
    Minjin and others"): the part is theirs together, no one seller's stake. [] for one
    seller or none."""
    for prep in [*word.children, *(word.head.children if word.dep_ == "dobj" else ())]:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for seller in prep.children:
                if seller.dep_ == "pobj" and any(c.dep_ == "conj" for c in seller.children):
                    return [seller, *(c for c in seller.subtree if c.dep_ == "conj")]
    return []


def told_as_now(trigger, *, steps: int = 3) -> bool:
    """Whether *trigger*'s clause is set in the news' own time by a word such as "now"
    (``present_markers`` of dates.yaml) on its verb or on a verb up to *steps* above it
    ("Dastrel now plans to sell a stake", "currently owns 30%")."""
    markers = date_words().present_markers
    token = trigger
    for _ in range(steps):
        if token.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ in markers for c in token.children):
            return True
        if token.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp") and token.pos_ in ("VERB", "AUX"):
            return False
        token = token.head
    return False


def same_time_clauses(*verbs) -> set[int]:
    """The verbs of the adverbial clauses on *verbs* that a word of the same time opens
    ("when", ``same_time_markers`` of dates.yaml): "backed it with $5 million when it was set
    up in 2022" is dated by the clause's year."""
    markers = date_words().same_time_markers
    return {c.i for verb in verbs for c in verb.children
            if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ in markers and m.i < c.i for m in c.children)}
