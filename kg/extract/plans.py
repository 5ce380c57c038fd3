"""How a sentence tells of time: whether a word tells of what is to come ("will buy", "plans
to invest"), of a plan reported as made ("agreed to buy", "announced it plans to acquire"),
of an event done or under way ("was acquired", "is buying") or of the day's news (a
headline); which date dates the telling rather than the event ("said on Tuesday"); and the
period a clause gives an event ("runs until Sunday"). Dates and qualifiers are read by it."""

from __future__ import annotations

import datetime
import functools
import re

from kg.errors import IngestError
from kg.extract.date_words import date_words, source_verbs, state_verbs
from kg.extract.dates import resolve_date
from kg.extract.guard import setting_words
from kg.extract.patterns import token_mark
from kg.resources import resource_dir, word_set

__all__ = [
    "announced",
    "a_deadline",
    "before_the_news",
    "first_time",
    "renewed",
    "title_beside_name",
    "in_post_clause",
    "appointment_on_holder",
    "dates_telling",
    "closing_day",
    "dateline_day",
    "dateline_dates",
    "told_now",
    "goal_date",
    "goal_figure",
    "in_dateline",
    "in_headline",
    "lasting_until",
    "not_after_the_news",
    "only_tried",
    "planned",
    "reporting_verb",
    "state_now",
    "telling_day",
    "to_come",
    "told",
]


def goal_figure(money) -> bool:
    """Whether *money* is a level aimed at or foreseen, no level had: "aim to raise trade to
    $100 billion by 2030", "trade will reach $100 billion", "a target of $100 billion"
    (``goal_verbs`` and ``goal_words`` of ontology/extraction.yaml)."""
    if money.dep_ in ("nummod", "compound") and money.head.pos_ == "NOUN" and not token_mark(money.head, "kg_value_kind"):
        money = money.head  # "to touch a record $50 billion": the noun the figure counts
    head = money.head
    if money.dep_ != "pobj" or head.dep_ not in ("prep", "dative") or head.lower_ not in ("to", "of"):
        return money.dep_ in ("dobj", "attr") and head.lemma_.lower() in setting_words("goal_verbs") and _aimed(head)
    governor = head.head
    if head.lower_ == "of":
        return governor.lemma_.lower() in setting_words("goal_words")
    return governor.lemma_.lower() in setting_words("goal_verbs") and _aimed(governor)


def _aimed(verb) -> bool:
    """Whether *verb* is aimed at or foreseen: a modal or an aim's word ("aim", "target",
    "efforts") governs it within three steps up the parse."""
    goals = setting_words("goal_words")
    if verb.tag_ == "VBD":
        return False  # "trade reached $50 billion", "X, which raised $30 million, plans ...": a level had
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in goals for c in verb.children) or verb.lemma_.lower() in goals and verb.pos_ != "AUX":
            return True
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return verb.lemma_.lower() in goals


def goal_date(date) -> bool:
    """Whether *date* dates a level aimed at ("raise trade to $100 billion by 2030"): it
    hangs on the verb of a goal's figure (:func:`goal_figure`)."""
    verb = date.head.head if date.dep_ == "pobj" else None
    return verb is not None and any(
        c.dep_ == "prep" and token_mark(g, "kg_value_kind") == "money" and goal_figure(g) for c in verb.children for g in c.children if g.dep_ == "pobj"
    ) or verb is not None and any(goal_figure(m) for c in verb.children if c.dep_ == "dobj"
                                  for m in (c, *c.children) if token_mark(m, "kg_value_kind") == "money")


def planned(token, *, steps: int = 4) -> bool:
    """Whether *token* (a verb, a noun or a date in the parse) speaks of what is to come:
    "will buy", "plans to invest", "is scheduled to visit ... from Sunday", looking up to
    *steps* heads above it."""
    return _plan_marker(token, steps) is not None


def only_tried(verb) -> bool:
    """Whether *verb* is an infinitive only tried for or wanted ("tried to buy", "declined to
    invest"; ``tried_verbs`` of data/reference/names.yaml): no deal the news tells."""
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _words("tried_verbs") \
        and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children)


def _plan_marker(token, steps: int):
    """The word that makes *token* speak of what is to come (one with a modal or "to", or a
    word of planning), of *token* and the *steps* heads above it; None if none does. A verb
    told as done on the way ends the search: its clause is past, whatever the clause above
    it plans ("the expo, which opened on Monday, will run ...")."""
    path = []
    for _ in range(steps):
        if any(c.lower_ in _words("plan_modals") and c.dep_ in ("aux", "mark") for c in token.children) \
                or token.lemma_ in _words("plan_verbs") and not _plan_done(token, path):
            return token
        if token.pos_ in ("VERB", "AUX") and (_done(token) or _reduced_passive(token) or _past_passive(token)):
            return None
        if token.head.i == token.i:
            break
        path.append(token)
        token = token.head
    return None


def _plan_done(verb, path: list) -> bool:
    """Whether a verb of planning *verb* is itself a deed told as done that the phrase below
    it (*path*, the date's way up to it) dates: "proposed the act on Wednesday", "offered on
    Monday to buy X" (the Wednesday, the Monday just gone); not a plan's own clause
    ("proposed to buy X on Friday") nor the time a plan is for ("scheduled a vote for
    Tuesday")."""
    return _done(verb) and bool(path) and path[-1].dep_ not in ("xcomp", "ccomp", "advcl", "conj") \
        and not any(t.lower_ == "for" for t in path)


def _past_passive(verb) -> bool:
    """Whether *verb* is a passive told in the past ("X, which was backed by Y in January,
    plans to ...": that January is gone, whatever the clause above plans)."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _reduced_passive(verb) -> bool:
    """Whether *verb* is a past participle on a noun, a passive told as done ("the deal,
    announced on Monday, will ...": the Monday just gone)."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def reporting_verb(date):
    """The verb of telling a date phrase (its root token) belongs to where the parser hangs it
    on the clause told: "said on Tuesday it would buy X" parsed with "on Tuesday" under
    "buy". The date stands between the telling verb (``announcing_verbs``) and the subject
    of the clause it governs; None when it does not."""
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in _announcing_verbs():
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    telling = verb.head
    if subject is not None and telling.i < date.i < subject.i:
        return telling
    return None


def dates_telling(date) -> bool:
    """Whether a date phrase (its root token) dates the telling of the news rather than an
    event told: the verb holding it is one of ``announcing_verbs`` ("the company said on
    Tuesday"), or the parser hung it on the clause told (:func:`reporting_verb`)."""
    if reporting_verb(date) is not None:
        return True
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in _announcing_verbs()


def telling_day(values: list) -> str | None:
    """The day a sentence's telling is dated by, of its value tokens *values*: a date of
    telling (:func:`dates_telling`) or of its named source ("according to a filing on
    Tuesday", "a filing showed on Friday"; ``source_verbs`` of dates.yaml); None if none."""
    for date in reversed(values):
        if token_mark(date, "kg_value_kind") != "date" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(token_mark(date, "kg_value"))):
            continue
        verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if dates_telling(date) or verb is not None and verb.lemma_.lower() in source_verbs():
            return token_mark(date, "kg_value")
    return None


def to_come(token, *, steps: int = 6) -> bool:
    """Whether a date phrase (its root *token*) tells of what is to come, for reading
    "Tuesday" or "in November" as the next one: the text speaks of a plan (:func:`planned`),
    unless the plan is an infinitive that a verb in the past tense reports as made ("agreed
    to buy X on Tuesday": the Tuesday just gone; but "is scheduled to visit from Sunday, the
    spokesman said Friday" is to come)."""
    told_by = reporting_verb(token)
    marked = _plan_marker(told_by if told_by is not None else token, steps)
    if marked is None:
        return False
    infinitive = not any(c.lower_ != "to" and c.dep_ in ("aux", "mark") and c.lower_ in _words("plan_modals") for c in marked.children) \
        and any(c.lower_ == "to" and c.dep_ in ("aux", "mark") for c in marked.children)
    reported = marked.dep_ == "xcomp" and _done(marked.head) and marked.head.lemma_.lower() in _announcing_verbs()
    return not (infinitive and reported)


def announced(token, *, steps: int = 4) -> bool:
    """Whether *token* is a plan reported as made: a verb of telling or agreeing reports it
    ("announced it plans to acquire", "agreed to buy", "has agreed to buy", "says it will
    invest"; ``announcing_verbs`` of data/reference/names.yaml), or it is the purpose of a
    deed done ("paid $90 million to acquire X", "spent ... to buy"), looking up to *steps*
    heads above."""
    verbs = _announcing_verbs()
    for _ in range(steps):
        if token.head.i == token.i:
            return False
        below, token = token, token.head
        lemma = token.lemma_.lower()
        if lemma in verbs and (_done(token) or token.tag_ in ("VBZ", "VBP")):
            return True
        if _done(token) and below.dep_ in ("xcomp", "advcl") and lemma not in _words("plan_verbs") and lemma not in _words("tried_verbs") \
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in below.children):
            return True
    return False


#: Verbs whose infinitive is a deed only tried for, not done ("tried to buy").


def _done(verb) -> bool:
    """Whether *verb* is told in the past ("paid") or the perfect ("has agreed")."""
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lemma_ == "have" and c.dep_ == "aux" for c in verb.children)


def told(trigger, *, passive: bool = True) -> bool:
    """Whether *trigger* tells of an event as done or under way: a verb in the past, the
    perfect, the past passive ("was acquired") or the progressive ("is acquiring"), or a
    noun such a verb carries ("made an investment", "received $20 million in funding").
    A participle on a noun ("a round led by X") is told as the clause the noun is in
    ("Y closed a round led by X"); one on a name ("Y, backed by X, raised ...")
    describes it, as does one on a description beside a name ("Y, the rocket firm
    founded by X, filed ..."); a title ("chairman Kim said") and a state ("holds a stake")
    tell of no event."""
    if trigger.pos_ == "VERB" and trigger.dep_ == "prep":
        # "a round including Minjin": told as the clause the round is in.
        verb = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and told(verb, passive=passive)
    if trigger.pos_ == "VERB" and trigger.dep_ == "acl" and trigger.tag_ == "VBN":
        described = trigger.head.head if trigger.head.dep_ == "appos" else trigger.head
        if token_mark(trigger.head, "kg_entity") is not None or token_mark(described, "kg_entity") is not None:
            return False
        verb = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
        return verb is not None and told(verb, passive=passive)
    while trigger.dep_ == "conj" and trigger.pos_ not in ("VERB", "AUX") and trigger.head.i != trigger.i:
        trigger = trigger.head  # "appointed Kim as president and chief executive": told as the first title
    if trigger.pos_ in ("VERB", "AUX"):
        verb = trigger
    elif trigger.dep_ in ("dobj", "attr", "nsubjpass", "pobj", "oprd"):
        verb = next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return False
    else:
        return False
    auxiliaries = {c.lemma_: c for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBD" or verb.tag_ == "VBN" and "have" in auxiliaries:
        return True
    if verb.tag_ == "VBN" and not auxiliaries and verb.dep_ in ("ROOT", "conj", "ccomp") \
            and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # "X also put in $5 million": a past tense the tagger took for a participle
    if verb.tag_ == "VBN" and "be" in auxiliaries:
        return passive and auxiliaries["be"].tag_ == "VBD"  # "was acquired", not "is owned"
    return verb.tag_ == "VBG" and "be" in auxiliaries and "will" not in auxiliaries


def before_the_news(trigger) -> bool:
    """Whether the verb of *trigger* is told as before the news' own event without a date of
    its own: "Prior to Argentina, he travelled to Chile", "X previously invested in Y"
    (``earlier_markers`` of dates.yaml), "Before Kenya, he visited Djibouti" (a place after
    ``earlier_place_markers``); the day the news tells it is not its day. Not
    where the marker's object is a date ("prior to June 3"), which the date reader weighs."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else next((t for t in trigger.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    markers = date_words().earlier_markers
    for child in verb.children:
        if child.dep_ not in ("advmod", "prep"):
            continue
        if child.lower_ in date_words().earlier_place_markers and child.i < verb.i and any(
                g.dep_ == "pobj" and token_mark(g, "kg_class") in ("Country", "City") for g in child.children):
            return True  # "Before Kenya, he visited Djibouti": an earlier leg of the tour
        after = next((c.lower_ for c in child.children if c.dep_ == "prep"), "")
        if child.lower_ in markers or f"{child.lower_} {after}" in markers:
            objects = [g for c in (child, *(c for c in child.children if c.dep_ == "prep")) for g in c.children if g.dep_ == "pobj"]
            if not any(token_mark(g, "kg_value_kind") == "date" for g in objects):
                return True
    return False


def first_time(trigger) -> bool:
    """Whether *trigger*, or the verb it hangs on, is told as the first time of its kind ("was
    first appointed chief executive in 2021", "first became chairman in 2019";
    ``first_time_words`` of dates.yaml)."""
    for token in (trigger, *trigger.ancestors):
        if any(c.dep_ == "advmod" and c.lower_ in date_words().first_time_words for c in token.children):
            return True
        if token.pos_ in ("VERB", "AUX"):
            return False
    return False


def renewed(trigger) -> bool:
    """Whether the verb *trigger* is, or hangs on, tells a post or term renewed ("was
    reappointed chairman", "reelected Kim as chief executive"; ``renewal_verbs`` of
    dates.yaml)."""
    verb = next((t for t in (trigger, *trigger.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in date_words().renewal_verbs


def told_now(trigger) -> bool:
    """Whether *trigger* tells of an event in the simple present, the day's news ("Hanul buys
    Daewon" in a story's body, "Daewon makes an investment in Hanul"): a verb so told, active
    or passive, or a noun it takes as object. Not a verb of a state (``state_verbs`` of
    dates.yaml: "holds a 12% stake", "is its largest shareholder"), which holds on many
    days, nor a plan ("will buy"), a past or a description ("Kim, the founder of X, says")."""
    if trigger.pos_ in ("VERB", "AUX"):
        verb = trigger
    elif trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "attr", "nsubjpass") and trigger.head.pos_ in ("VERB", "AUX"):
        verb = trigger.head
    else:
        return False
    if verb.lemma_.lower() in state_verbs():
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ in ("VBZ", "VBP")


def state_now(trigger) -> bool:
    """Whether *trigger* tells of a state in the simple present ("is backed by X", "holds a
    12% stake"; ``state_verbs`` of dates.yaml): it holds now, since a time the text leaves
    unsaid, so an earlier sentence's date ("X raised $20 million last month. It is backed by
    Z.") is not its date."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head if trigger.dep_ in ("dobj", "attr") else None
    if verb is None or verb.lemma_.lower() not in state_verbs():
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not auxiliaries
    return verb.tag_ == "VBN" and len(auxiliaries) == 1 and auxiliaries[0].dep_ == "auxpass" and auxiliaries[0].tag_ in ("VBZ", "VBP")


def in_headline(token) -> bool:
    """Whether *token* stands in the text's first line, a headline with no closing stop:
    a headline tells the day's news in the present ("X buys Y") or as "X to buy Y"."""
    # Token by token: the document's text is joined anew each time it is asked for.
    last = None
    for word in token.doc:
        if "\n" in word.text:
            break
        if not word.is_space:
            last = word
        if "\n" in word.whitespace_:
            break
    return last is not None and token.i <= last.i and last.text[-1] not in ".!?"


#: What follows a wire dateline's date: the agency in brackets, a dash or a colon.
_AFTER_DATELINE = ("(", "--", "—", "–", "-", ":")


def in_dateline(date) -> bool:
    """Whether a date phrase (one merged token) is a wire dateline's ("SEOUL, May 14
    (Yonhap) --", "MUMBAI, Jan 5:"): at a line's start, after a place in capitals or title
    case and a comma, before the agency or a dash. It is the day of the telling, which dates
    no event of the sentence it opens (the parser hangs it on the lead's verb)."""
    doc, i = date.doc, date.i
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "," or not doc[i + 1].text.startswith(_AFTER_DATELINE):
        return False
    for j in range(i - 1, max(-1, i - 8), -1):
        word = doc[j]
        if word.text != "," and not (word.text[:1].isupper() and word.text.replace(" ", "").replace(".", "").isalpha()):
            return False
        if j == 0 or "\n" in doc[j - 1].whitespace_ or "\n" in doc[j - 1].text:
            return word.text != ","
    return False


def dateline_day(doc) -> str | None:
    """The day of the text's wire dateline ("SEOUL, May 14 (Yonhap) --"), or None."""
    return next((token_mark(t, "kg_value") for t in dateline_dates(doc) if token_mark(t, "kg_value")), None)


def dateline_dates(doc) -> list:
    """The date tokens of the text's wire dateline, in order: those :func:`dateline_day`
    reads the value of (a list that holds while the document's tokens do)."""
    return [t for t in doc[:60] if token_mark(t, "kg_value_kind") == "date" and in_dateline(t)]


def closing_day(date) -> bool:
    """Whether a date phrase (its root token) is the last day of a named event that ran before
    it ("the show, which ends Friday", "the fair runs until Sunday"; ``ending_verbs`` of
    dates.yaml and ``until_words``): the day dates the close, not the event, whose first day
    it leaves unsaid."""
    verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    # The event's name is the clause's subject or the name it is on ("the deal closed on
    # Tuesday" is a day's event).
    named = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] + ([verb.head] if verb.dep_ in ("relcl", "acl") else [])
    if not any(token_mark(t, "kg_class") == "Event" for t in named):
        return False
    words = date.text.split(maxsplit=1)
    return verb.lower_ in date_words().ending_verbs or date.head.lower_ in _words("until_words") \
        or words[0].lower() in _words("until_words")


def lasting_until(day: str, trigger, values: list) -> str | None:
    """The period from *day* to the end a clause of *trigger* gives with "until", "till" or
    "through" ("opened on Tuesday and runs until Sunday": Tuesday to the Sunday after it),
    the end read forward from *day*; None when no such end, or one more than 40 days on."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        return None
    clauses = {trigger.i, *(c.i for c in trigger.conjuncts)}
    for token in values:
        if token_mark(token, "kg_value_kind") != "date":
            continue
        words = token.text.split(maxsplit=1)
        bound = token.head.lower_ in _words("until_words") or words[0].lower() in _words("until_words")
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if not bound or verb is None or verb.i not in clauses:
            continue
        end = resolve_date(words[1] if words[0].lower() in _words("until_words") and len(words) > 1 else token.text, day, ahead=True)
        if end and re.fullmatch(r"\d{4}-\d{2}-\d{2}", end) and day < end \
                and (datetime.date.fromisoformat(end) - datetime.date.fromisoformat(day)).days <= 40:
            return f"{day}/{end}"
    return None


def _done_on(date, trigger) -> bool:
    """Whether the lone month *date* is that of the *trigger*'s verb told in the simple past
    ("acquired Hanul in August"): a month that has not yet come in the news' year is last
    year's. Not one of a plan or of another verb ("agreed to close the deal in August")."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head if trigger.dep_ in ("dobj", "attr") else None
    return verb is not None and verb.tag_ == "VBD" and not planned(trigger) \
        and next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None) == verb


def not_after_the_news(date, trigger, published: str | None):
    """The value of a *date* token, a year earlier when the fact is told as done and the
    date, a period whose year the text leaves unwritten, begins in a month after the news'
    ("bought X in the third quarter" in a story of May: last year's). A lone month keeps
    the year dates.py gives it (the news' own up to three months ahead)."""
    value = token_mark(date, "kg_value")
    if value and re.fullmatch(r"\d{4}-\d{2}", str(value)) and published and len(str(published)) >= 7 \
            and str(value) > str(published)[:7] and not re.search(r"\d{4}|'\d{2}\b", date.text) and _done_on(date, trigger):
        return f"{int(str(value)[:4]) - 1:04d}{str(value)[4:]}"  # "acquired Hanul in August" in a story of May
    if not value or "/" not in str(value) or not published or len(str(published)) < 7 \
            or re.search(r"\d{4}|'\d{2}\b", date.text) or planned(trigger) or not told(trigger):
        return value
    start = str(value).split("/")[0]
    if len(start) < 7 or start[:7] <= str(published)[:7]:
        return value
    return "/".join(f"{int(part[:4]) - 1:04d}{part[4:]}" for part in str(value).split("/"))


@functools.cache
def a_deadline(date, trigger) -> bool:
    """Whether *date* is the deadline of a plan the *trigger* tells ("plans to invest $5
    billion in Hanul by 2030", "will build a plant by the end of 2027"; ``deadline_words`` of
    data/reference/names.yaml): the day the plan is to be done by, not the plan's own date,
    which the corpus gives as the day of the news that tells it."""
    words = _words("deadline_words")
    opener = date.text.split(maxsplit=1)[0].lower() if date.text.strip() else ""
    head = date.head
    if head.lower_ in date_words().rough_words and head.head.i != head.i:
        head = head.head  # "by around August": a rough deadline is one still
    return (head.lower_ in words or opener in words) and planned(trigger)


def title_beside_name(trigger) -> bool:
    """Whether *trigger* is a title set beside a name ("founder and chief executive Kim",
    "Kim, chief executive of Hanul,", "its chairman, Kim,") in a clause whose verb neither gives nor ends a post
    (``post_verbs`` and ``appointing_verbs`` of data/reference/names.yaml): the clause's date is
    its event's, not the title's."""
    if trigger.pos_ in ("VERB", "AUX"):
        return False
    name = trigger if token_mark(trigger, "kg_entity") else trigger.head
    # "its chairman, Kim, would visit Busan": the name set after the title beside it.
    held = next((c for c in trigger.children if c.dep_ == "appos" and token_mark(c, "kg_class") == "Person"), None)
    if held is not None:
        name = held
    elif trigger.dep_ == "appos" and token_mark(trigger.head, "kg_entity"):
        name = trigger.head
    elif (holder := _holder_named_within(trigger)) is not None:
        name = holder  # "Chairman and CEO of Hanul Kim said on Monday": Kim, inside the title's phrase
    elif (holder := _holder_set_after(trigger)) is not None:
        name = holder  # "its chief executive for four years, Kim, said": the parse hangs Kim elsewhere
    elif not (trigger.dep_ in ("compound", "amod", "nmod", "conj") and token_mark(trigger.head, "kg_entity")):
        return False
    # "for the 29th summit and an official visit to Japan": a noun joined to an event's name
    # is another event, no title (a title is joined to a person's).
    if trigger.dep_ == "conj" and token_mark(trigger.head, "kg_class") == "Event":
        return False
    # "named its current chairman, Kim, as chief executive, effective June 1": the post given
    # is the one after "as"; the title of the verb's object is one held, which that day does not date.
    if trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _words("appointing_verbs") and any(
            c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pobj" for g in c.children) for c in trigger.head.children):
        return True
    return _post_verb(name) is False


def _holder_named_within(title):
    """The person named in the phrase of *title* through its prepositions and names only
    ("Chairman of Hanul Kim Min-soo", the name parsed as the object of "of"), or None; not
    one in a clause of its own ("the chairman of the firm founded by Kim")."""
    for token in title.subtree:
        if token.i == title.i or token_mark(token, "kg_class") != "Person":
            continue
        step = token
        # "Chairman of Hanul, Kim Min-soo, spoke": the parser may hang the name set beside
        # the firm as its adverbial noun, not its apposition.
        while step.i != title.i and step.head.i != step.i and step.dep_ in ("pobj", "prep", "appos", "conj", "compound", "npadvmod"):
            step = step.head
        if step.i == title.i:
            return token
    return None


def _holder_set_after(title):
    """The person set off by a comma after *title* and a phrase of no name that says how long
    it has been held ("its chief executive for over four years, Ross Kim,"), or None."""
    doc = title.doc
    between = [t for t in doc[title.i + 1:title.i + 8] if t.text != ","][:6]
    comma = next((t.i for t in doc[title.i + 1:title.i + 8] if t.text == ","), None)
    if comma is None or comma + 1 >= len(doc) or token_mark(doc[comma + 1], "kg_class") != "Person" \
            or doc[title.i + 1].lower_ not in ("for", "of", "since"):
        return None
    if any(t.i < comma and (token_mark(t, "kg_entity") or t.pos_ in ("VERB", "AUX") or t.is_punct) for t in between):
        return None
    return doc[comma + 1]


def in_post_clause(title) -> bool:
    """Whether the nearest verb above *title* gives, takes or ends a post (``post_verbs``
    and ``appointing_verbs`` of names.yaml: "takes over as interim chairman")."""
    return _post_verb(title) is True


def appointment_on_holder(title, dates: list):
    """The date, of *dates*, of a participle of appointment (``appointing_verbs`` of
    names.yaml) set on the person *title* stands beside ("its chief executive Kim, appointed
    in 2021, said", "Kim, who was named chairman in March,"): the day the post was given,
    where the clause's own date is its event's. None where there is none."""
    holders = [t for t in (title, title.head, *title.children) if token_mark(t, "kg_class") == "Person"]
    for holder in holders:
        for clause in holder.children:
            if clause.dep_ not in ("acl", "relcl") or clause.tag_ != "VBN" \
                    or clause.lemma_.lower() not in _words("appointing_verbs"):
                continue
            own = [d for d in dates if next((a.i for a in d.ancestors if a.pos_ in ("VERB", "AUX")), None) == clause.i]
            if len(own) == 1:
                return own[0]
    return None


def _post_verb(token) -> bool | None:
    """Whether the nearest verb above *token* gives, takes or ends a post; None without one."""
    verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return None if verb is None else verb.lemma_.lower() in _words("post_verbs") | _words("appointing_verbs")


@functools.cache
def _words(key: str) -> frozenset[str]:
    """The word list *key* of data/reference/names.yaml (needed: an error names it when
    missing or broken); read once per key, since some are asked for at every title."""
    return word_set(resource_dir("data") / "reference" / "names.yaml", key, IngestError, "reference data", required=True)


def _announcing_verbs() -> frozenset[str]:
    return _words("announcing_verbs")
