"""The date of the event a fact's trigger states: a date attached to the trigger in the
parse, else its sentence's or paragraph's, a date counted from an earlier one ("two years
later"), or, for an event the text dates nowhere, the day the news tells it. Apart from
:mod:`kg.extract.qualifiers`: choosing among a sentence's dates is the largest single
part of reading qualifiers, and needs only the sentences of
:class:`~kg.extract.sentence_values.SentenceValues`, each function taking them as
*reader*."""

from __future__ import annotations

import re
from datetime import date as calendar_day

from kg.extract.date_words import date_words
from kg.extract.ending_dates import end_to_come
from kg.extract.event_names import edition_year
from kg.extract.parse_paths import (
    clause_verb,
    comparison_base,
    has_subject,
    in_adverbial_clause,
    in_other_time_phrase,
    is_origin_word,
    is_trip_verb,
    not_other_verbs,
    of_origin,
    run_of_event,
    same_time_clauses,
    told_as_now,
    told_of_event,
)
from kg.extract.patterns import marked_entities, token_mark
from kg.extract.plans import (
    a_deadline,
    appointment_on_holder,
    goal_date,
    before_the_news,
    closing_day,
    dates_telling,
    in_headline,
    lasting_until,
    not_after_the_news,
    only_tried,
    in_post_clause,
    planned,
    reporting_verb,
    state_now,
    telling_day,
    title_beside_name,
    told,
    to_come,
    told_now,
)
from kg.extract.news_days import dateline_before, lead_day
from kg.extract.sentence_values import SentenceValues


from kg.extract.values import counted_back, later_than, resolve_date, span_of_days

__all__ = ["date_of", "news_date", "phrase_date"]


def date_of(reader: SentenceValues, span, triggers: list, values: list, deal_nouns: frozenset[str] = frozenset(), published: str | None = None,
            *, titled: bool = False):
    """The date of the event the trigger states: a date attached to the trigger or to
    the verb above it ("completed in 2017"), else the date nearest to the trigger in its
    sentence that no other verb holds, else (the sentence dating nothing) the
    paragraph's. A *titled* trigger (a title, not a verb) takes only a date attached to
    it or its verb, unless its clause's verb gives or ends a post: "spoke with Hanul
    co-founder Kim on June 26" dates no founding.""" 
    # A date of a beginning ("since its founding in 2015") dates only a beginning: the
    # trigger's own, or that of what the trigger names ("formed a partnership in March").
    founded = _founding_of_described(triggers[0]) if triggers else None
    beginning = bool(triggers) and (is_origin_word(triggers[0]) or triggers[0].dep_ in ("dobj", "nsubjpass")
                                    and is_origin_word(triggers[0].head) or _on_origin_verb(triggers[0]) or founded is not None)
    same = same_time_clauses(triggers[0], triggers[0].head) if triggers else set()  # "backed it when it was set up in 2022"
    dates = [t for t in values if token_mark(t, "kg_value_kind") == "date" and (beginning or not of_origin(t) or clause_verb(t) in same)
             and not (triggers and a_deadline(t, triggers[0])) and not _of_another_time(t, triggers) and not comparison_base(t)
             and not in_other_time_phrase(t, triggers)]
    later = _later(reader, span, triggers, values)
    if later:
        return later
    if triggers:
        # "expects to complete the deal in the second half", "Kim will step down in June": the
        # day the deal closes or the post ends dates neither; the news' day does.
        ends = marked_entities(span)
        ending = {t.i for t in dates if end_to_come(t, triggers[0], ends)}
        if ending:
            dates = [t for t in dates if t.i not in ending]
            if not dates:
                return _day_of_news(reader, span, published)
    if not dates:
        if triggers and state_now(triggers[0]):
            return None  # "X raised $20 million last month. It is backed by Z.": Z's backing is no date's
        if titled and triggers and triggers[0].pos_ not in ("VERB", "AUX") and title_beside_name(triggers[0]):
            return None  # "X bought Y in 2019. Its CEO, Kim, said ...": a title held borrows no other sentence's day
        if triggers and _since_then(triggers[0]):
            return None  # "X raised $300 million in January. It has since acquired Y": after it, undated
        referred = _period_referred_back(reader, span, triggers[0]) if triggers else None
        if referred:
            return referred  # "Imports rose 4% during the same period": the period dated before
        borrowed = reader.paragraph_date(reader.sentence_of(span), marked_entities(span))
        if borrowed and published and triggers and str(borrowed)[:4] < published[:4] and told_as_now(triggers[0]):
            return None  # "X bought Y in 2021. X now plans to sell a stake in Y": the news' time
        # "X will hold its meeting on May 20. X acquired Y." in a story of May 17: a day after
        # the news dates what is to come, never a deed told as done.
        if borrowed and triggers and told(triggers[0]) and not planned(triggers[0]) and _after(borrowed, published):
            return None
        return borrowed
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
        near |= same | same_time_clauses(governor)
        if founded is not None:
            near.add(founded.i)  # "X, a joint venture between A and B, was set up in 2021": the venture's year
        if governor.dep_ == "prep" and governor.lower_ == "as" and governor.head.pos_ in ("VERB", "AUX"):
            # "reappointed Kim as chief executive for a new term starting in March": the title
            # after "as" is the verb's event, dated as the verb is.
            near.add(governor.head.i)
        # Of the dates attached to them, the trigger's own before its governor's ("announced
        # on Monday that it acquired X last month": last month), and last the first verb's of
        # a verb sharing its subject and tense ("will visit India on May 4 and travel to Delhi").
        first = _first_of_pair(trigger)
        attached = []
        for date in dates:
            told_by = reporting_verb(date)
            head, steps = (told_by, 0) if told_by is not None else (date.head, 0)
            if told_by is None and head.pos_ == "ADP" and head.lower_ in _EFFECT_PREPOSITIONS and head.dep_ == "prep":
                head = head.head  # "a new term starting in March": the preposition's verb
            if told_by is None and head.pos_ == "VERB" and head.lower_ in date_words().effect_words and _taking_effect(date):
                head = head.head  # "a new term starting March 1": the term's start, the verb no other event
            while steps < 3:
                if head.i in near:
                    attached.append((head.i != trigger.i, steps, date))
                    break
                if first is not None and head.i == first.i:
                    attached.append((True, steps + _SHARED_STEPS, date))
                    break
                if head.pos_ in ("VERB", "AUX") and head.dep_ == "conj" and head.head.i in near \
                        and not has_subject(head) and _taking_effect(date):
                    # "will succeed Park as CEO and join the board, effective Jan. 1": the day
                    # of effect closing the pair is both verbs'.
                    attached.append((True, steps + _SHARED_STEPS, date))
                    break
                if head.head.i == head.i or head.pos_ in ("VERB", "AUX"):
                    break  # the date of another verb ("X, whose sales rose last year, ...")
                head, steps = head.head, steps + 1
        if titled and trigger.pos_ not in ("VERB", "AUX") and governor.pos_ in ("VERB", "AUX") and title_beside_name(trigger):
            # "Chairman of Hanul Kim said on Monday": the day its holder spoke dates no post.
            attached = [found for found in attached if not found[0]]
        ends = marked_entities(span)
        ran = [t for t in dates if run_of_event(t, ends)]
        # The day of the verb above the trigger is not the event's when a clause on the event
        # tells its days ("arrived on Tuesday to attend the summit, which opens Thursday").
        if attached and not (ran and all(found[0] for found in attached)):
            # "named chief executive on Friday, effective March 1": the day the post is taken.
            effect = [found for found in attached if _taking_effect(found[2])]
            chosen = min(effect or attached, key=lambda found: found[:2])[2]
            value = not_after_the_news(chosen, trigger, published)
            if effect:
                value = _nearest_the_news(value, chosen, published)
            # "CES, which ends Friday in Las Vegas": the month, unless the text gives the days.
            sentence = reader.sentence_of(span)
            short = value and len(str(value)) == 10 and closing_day(chosen) \
                and not span_of_days(value, sentence.text, following=reader.sentence_after(sentence))
            return value[:7] if short else value
        # Else the days an event ran, told in a clause on its name that is the fact's
        # end ("attended the expo, which ran from May 5 to 7").
        if ran:
            value = not_after_the_news(ran[0], trigger, published)
            if not value or len(str(value)) != 10:
                return value
            if closing_day(ran[0]):
                return value[:7]  # "the show, which ends Friday": its month, the first day being unsaid
            # "the expo, which opened on Tuesday and runs through Friday": the days between.
            return lasting_until(value, next(t for t in ran[0].ancestors if t.pos_ in ("VERB", "AUX")), dates) or value
        # "then flew to Nigeria, where he met Tinubu on Thursday": the stay's day.
        stay = _stay_date(trigger, dates, ends)
        if stay is not None:
            return stay
        # "will travel to Peru to attend the Nov. 14-15 summit": the trip's days are its purpose's.
        purpose = _trip_purpose_date(trigger, dates)
        if purpose is not None:
            return purpose
        # A title beside a name takes no date of its clause's event ("Hanul founder and chief
        # executive Kim started the company in 2015"), but that of its holder's appointment
        # ("its chief executive Kim, appointed in 2021, said").
        appointed = appointment_on_holder(trigger, dates) if titled and trigger.pos_ not in ("VERB", "AUX") else None
        if appointed is not None:
            return not_after_the_news(appointed, trigger, published)
        if title_beside_name(trigger) or titled and trigger.pos_ not in ("VERB", "AUX") and not in_post_clause(trigger):
            return None
        # Else the nearest, of the dates no other verb holds: none is the news' own.
        dates = not_other_verbs(dates, trigger, "date", deal_nouns=deal_nouns)
        if dates and all(dates_telling(t) for t in dates):
            # "Hanul took part in the forum, its chief said on Friday": the days the text gives
            # the forum elsewhere, not the day of the telling.
            days = _days_of_event(reader, span)
            if days:
                return days
        dates = [t for t in dates if _taking_effect(t)] or dates
        return not_after_the_news(min(dates, key=lambda t: abs(t.i - trigger.i)), trigger, published) if dates else None
    return token_mark(dates[0], "kg_value")


#: How far behind its own and its governor's dates the first verb's of a pair comes.
_SHARED_STEPS = 3


def _first_of_pair(trigger):
    """The first verb of the pair *trigger* is the second of, joined by "and" with no subject
    nor auxiliary of its own and in the same form ("will visit India on May 4 and travel to
    Delhi", "visited Peru on Monday and met its president"): one trip or deal told in two
    verbs, whose date, where the second has none, is the first's. None for any other trigger:
    a verb with a subject or tense of its own tells its own event ("bought Y in 2019 and has
    since sold it")."""
    first = trigger.head
    if trigger.dep_ != "conj" or trigger.pos_ != "VERB" or first.pos_ not in ("VERB", "AUX") or has_subject(trigger) \
            or any(c.dep_ in ("aux", "auxpass") for c in trigger.children):
        return None
    # After a shared modal or "to" the second is bare ("will visit ... and travel"; the tagger
    # may take it for a present); else both are told alike.
    shared_modal = trigger.tag_ in ("VB", "VBP") and any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in first.children)
    return first if shared_modal or trigger.tag_ == first.tag_ else None


#: How many sentences back "the same period" may refer to the period it names.
_PERIOD_REACH = 4


def _period_referred_back(reader: SentenceValues, span, trigger) -> str | None:
    """The period "during the same period" (``period_nouns`` of dates.yaml, told with "the",
    "that" or "this" and nothing after it) on the trigger's clause refers back to: the last
    month, year or period a sentence before dates a fact by, across paragraphs (trade news
    tells exports in one and imports in the next); None where the clause has no such phrase,
    where it is the base of a comparison, or where nothing before is dated so."""
    verbs = {trigger.i, trigger.head.i}
    sentence = reader.sentence_of(span)
    refers = any(
        t.lemma_.lower() in date_words().period_nouns and t.dep_ == "pobj" and not comparison_base(t)
        and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in t.children)
        and all(c.dep_ == "det" or c.dep_ == "amod" and c.lower_ == "same" for c in t.children)
        and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) in verbs
        for t in sentence)
    if not refers:
        return None
    for before in reversed(reader.sentences_before(sentence)[-_PERIOD_REACH:]):
        dates = [t for t in reader.values_of(before) if token_mark(t, "kg_value_kind") == "date" and not of_origin(t) and not dates_telling(t)
                 and not comparison_base(t) and not goal_date(t)]
        if dates:
            value = str(token_mark(dates[-1], "kg_value"))
            return value if "/" in value or len(value) in (4, 7) else None
    return None


#: Prepositions that may stand between an effect word and its date ("starting in March").
_EFFECT_PREPOSITIONS = ("in", "on")


def _taking_effect(date) -> bool:
    """Whether a lone day or month *date* follows a word that makes it the day a fact takes
    effect ("effective March 1", "as of April 1", "from April 1"; ``effect_words`` of
    dates.yaml). Not a period ("from May to June" bounds, it does not begin)."""
    if "/" in str(token_mark(date, "kg_value") or "/") or date.i == 0:
        return False
    doc = date.doc
    before = " ".join(t.lower_ for t in doc[max(0, date.i - 3):date.i])
    if before.endswith(tuple(f" {p}" for p in _EFFECT_PREPOSITIONS)) and date.i > 1:
        # "starting in March", "beginning on May 2": the effect word before the preposition.
        before = " ".join(t.lower_ for t in doc[max(0, date.i - 4):date.i - 1])
    own = date.text.casefold().split()
    return any(f" {before} ".endswith(f" {word} ") or own and " ".join(own[:len(word.split())]) == word
               for word in date_words().effect_words)


def _nearest_the_news(value, date, published: str | None):
    """A day a fact takes effect whose year the text leaves unwritten, in the year that puts
    it nearest the news' day: "effective June 1" told in mid-January is the coming June (the
    past one would be seven months stale), "effective Dec. 31" told then the one just gone.
    A bare day elsewhere reads as past, as most days news tells are; an effect is as often to
    come."""
    if not value or not published or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)) \
            or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(published)[:10]) or re.search(r"\d{4}|'\d{2}\b", date.text):
        return value
    news = calendar_day.fromisoformat(str(published)[:10])
    year, month, day = (int(part) for part in str(value).split("-"))
    candidates = []
    for shift in (-1, 0, 1):
        try:
            candidates.append(calendar_day(year + shift, month, day))
        except ValueError:  # 29 February of a year without it
            continue
    return min(candidates, key=lambda day_: abs((day_ - news).days)).isoformat() if candidates else value


def _stay_date(trigger, dates: list, ends: frozenset) -> str | None:
    """The date a clause of "where" on the place a trip or stay goes to gives (a verb of
    ``trip_verbs`` or ``stay_verbs`` of dates.yaml, the place one of the fact's *ends*): "then
    flew to Nigeria, where he met Tinubu on Thursday", "visited Kenya, where he opened a
    plant on May 2". What he did there dates his being there, where the trip has no date of
    its own (else the paragraph's, often the tour's first leg, would). None for any other
    trigger or where no such clause is dated."""
    if not (is_trip_verb(trigger) or trigger.pos_ == "VERB" and trigger.lemma_.lower() in date_words().stay_verbs):
        return None
    for date in dates:
        verb = next((t for t in date.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
            continue
        place = verb.head
        on_trip = place.head.i == trigger.i or place.head.dep_ == "prep" and place.head.head.i == trigger.i
        # The traveller's own deed there ("where he met"), not another's ("where the
        # government signed a deal in 2019").
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        traveller = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        own = subject is not None and (subject.lower_ in ("he", "she", "they") or traveller is not None
                                       and token_mark(subject, "kg_entity") is not None and token_mark(subject, "kg_entity") == token_mark(traveller, "kg_entity"))
        if on_trip and own and token_mark(place, "kg_entity") in ends:
            return token_mark(date, "kg_value")
    return None


def _trip_purpose_date(trigger, dates: list) -> str | None:
    """The date of the event a trip is made for, where the trip (a verb of ``trip_verbs`` of
    dates.yaml) has none of its own: in its purpose clause ("will travel to Peru to attend
    the Nov. 14-15 summit") or its "for" phrase ("flew to Delhi for the March 3 summit").
    None for any other trigger, or where its purpose is undated."""
    if not is_trip_verb(trigger):
        return None
    for date in dates:
        for above in date.ancestors:
            if above.i == trigger.i:
                break
            on_trip = above.head.i == trigger.i
            if on_trip and (above.dep_ in ("advcl", "xcomp") and not has_subject(above) and any(
                    c.lower_ == "to" and c.dep_ == "aux" for c in above.children) or above.dep_ == "prep" and above.lower_ == "for"):
                return token_mark(date, "kg_value")
            if above.pos_ in ("VERB", "AUX") and not on_trip:
                break  # the date of another verb's clause
    return None


def _later(reader: SentenceValues, span, triggers: list, values: list) -> str | None:
    """The date "two years later" (or "a day earlier", "the same day") on the trigger's
    clause gives, counted from the last date before it in its sentence or paragraph ("X
    bought Y in 2027. Two years later, it invested in Z": 2029), or None."""
    if not triggers:
        return None
    sentence, trigger = reader.sentence_of(span), triggers[0]
    for phrase in sentence:
        # The words first: they rule out nearly every token without reading its extension
        # attributes, which spaCy builds an object for at each access.
        if not phrase.lower_.endswith(("later", "afterward", "afterwards", "earlier", "before", "same day", "that day", "next day",
                                       "following day", "previous day", "preceding day", "day after")) \
                or token_mark(phrase, "kg_value_kind") != "date" or token_mark(phrase, "kg_value") is not None:
            continue
        verb = next((t for t in phrase.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.i not in (trigger.i, trigger.head.i) or phrase.head.lower_ in date_words().comparison_words:
            continue
        before = [token_mark(t, "kg_value") for t in values if token_mark(t, "kg_value_kind") == "date" and t.i < phrase.i]
        earlier = before[-1] if before else reader.paragraph_date(sentence)
        return later_than(earlier, phrase.text) if earlier else None
    return None


def news_date(reader: SentenceValues, span, triggers: list, published: str | None) -> str | None:
    """A fact the text dates nowhere is dated by the day the news tells it, or, taking part
    in an event, by the days a clause on the event's name gives anywhere in the text ("X
    will attend the summit" after "the summit, to be held on Sept. 15-16"): the day its
    sentence names its source with ("according to a filing on Tuesday"), else the
    publication date (or the dateline's day, finer than a publication known by its
    month), else the last date of the two sentences before. So is an event told as done
    in any tense ("was acquired", "has invested") or as under way ("is acquiring"); not
    one in a clause of another time ("since it bought Z"), nor one told as before the news'
    own ("Prior to Argentina, he travelled to Chile"). So is a plan, held ("will buy",
    "plans to invest") or reported as made ("announced it plans to acquire"): the news
    dates a plan by the day it tells it, as the real-news gold does; not one only tried for
    ("tried to buy"). Not a
    title ("chairman Kim said") nor a participle that describes a name ("Y, backed by X,").
    A headline's verb tells the day's news in any form ("X buys Y", "X to buy Y").
    A round *referred* to from a sentence before ("The round was led by X") is dated so
    in either voice, as the day the round itself is. An event told in the present ("X buys Y" in the
    body) is the day's news too."""
    if not triggers or in_adverbial_clause(triggers[0]) or before_the_news(triggers[0]):
        return None
    trigger = triggers[0]
    if not (planned(trigger) and not only_tried(trigger) or told(trigger, passive=True)
            or told_now(trigger) and not is_origin_word(trigger)) \
            and not (in_headline(trigger) and trigger.pos_ in ("VERB", "AUX")):
        return None
    days = _days_of_event(reader, span)
    if days:
        return days  # "X will attend the summit", which the text says is "to be held on Sept 15-16"
    told_on = telling_day(reader.values_of(reader.sentence_of(span)))
    if told_on:
        return told_on  # "X has acquired Y, according to a filing on Tuesday"
    day = reader.dateline_day(span.doc)
    edition = _edition_year(span, published)
    if edition:
        return edition  # "attended the 2023 Summer Davos", told in 2024
    if published:
        # A dateline's day refines a publication known only by its month or year.
        if day and len(day) > len(published) and day.startswith(published):
            return day
        published = dateline_before(day, published)
        ends = marked_entities(span)
        return lead_day(reader, span.doc, published, ends, after=reader.sentence_of(span).end) or published
    if day:
        return day
    sentence = reader.sentence_of(span)
    before = reader.sentences_before(sentence)[-2:]
    dates = [t for s in before for t in reader.values_of(s) if token_mark(t, "kg_value_kind") == "date"]
    return token_mark(dates[-1], "kg_value") if dates else None


def _day_of_news(reader: SentenceValues, span, published: str | None) -> str | None:
    """The day the news tells the fact of *span*: its sentence's day of telling ("the bank
    said on Monday"), else the dateline's, else the day the lead dates its news by, else the
    publication date."""
    told_on = telling_day(reader.values_of(reader.sentence_of(span)))
    day = reader.dateline_day(span.doc)
    if told_on or not published:
        return told_on or day
    if day and len(day) > len(published) and day.startswith(published):
        return day
    published = dateline_before(day, published)
    return lead_day(reader, span.doc, published, after=reader.sentence_of(span).end) or published


def _days_of_event(reader: SentenceValues, span) -> str | None:
    """The days an event the fact's words name ran or is to run, as a clause on its name tells
    them anywhere in the text ("the summit, to be held on Sept 15-16"), or None: they, not the
    day of the news, date taking part in it."""
    events = marked_entities(span, "Event")
    if not events:
        return None
    sentences, _ = reader.sentence_index(span.doc)
    dates = [t for sentence in sentences for t in reader.values_of(sentence) if token_mark(t, "kg_value_kind") == "date"]
    # A clause on the name first, then one whose subject or object the event is ("The forum
    # was held in Lima on May 5", told once for all who took part in it).
    return next((token_mark(t, "kg_value") for t in dates if run_of_event(t, events)), None) \
        or next((token_mark(t, "kg_value") for t in dates if told_of_event(t, events)), None)


def _of_another_time(date, triggers: list) -> bool:
    """Whether *date* is in an adverbial clause of another time with a subject of its own
    ("the largest meeting on robots since Korea launched its plan in 2013") that does not
    hold the trigger: that clause's event, not the fact's."""
    if not in_adverbial_clause(date):
        return False
    # in_adverbial_clause reads the date itself as the clause's verb when it is tagged one.
    verb = date if date.pos_ in ("VERB", "AUX") else next(t for t in date.ancestors if t.pos_ in ("VERB", "AUX"))
    return not any(t.i == verb.i or verb in t.ancestors for t in triggers)


def _after(value, published: str | None) -> bool:
    """Whether a date *value* begins after the news' *published* date, compared to the
    coarser of the two ("2024-06" is after "2024-05-17"; "2024-05" is not)."""
    if not published:
        return False
    start = str(value).split("/")[0]
    length = min(len(start), len(str(published)))
    return start[:length] > str(published)[:length]


def _edition_year(span, published: str | None) -> str | None:
    """The year in the name of an event the fact's words name ("CES 2023", "the 2023 Summer
    Davos"), when the news is of another year: that edition's, not the day of the news."""
    for token in span:
        if token_mark(token, "kg_class") == "Event" and (year := edition_year(token.text)) and not (published or "").startswith(year):
            return year
    return None


def phrase_date(phrase, published: str | None) -> str | None:
    """The value of a date *phrase* (a span of the parse), resolved against the news'
    *published* date; a length alone that the text puts between an event told after
    "after" and the day's news ("This comes almost a year after the company raised $3
    million") dates that event, counted back."""
    ahead = to_come(phrase.root) or _weekday_in_progressive(phrase)
    value = resolve_date(phrase.text, published, ahead=ahead)
    if value is None and _day_of_month(phrase):
        # "on the 15th", its article trimmed off the mention: a day of the news' month.
        value = resolve_date(f"the {phrase.text}", published, ahead=ahead)
    if value is not None and published and not ahead and value[:len(published)] > published and _told_as_past(phrase) \
            and _month_alone(phrase):
        # "was appointed CEO in March" in a story of January: last March. A month without its
        # year is the news' year unless it lies months ahead (kg.extract.dates); a deed told
        # as done lies behind the news, however near the month.
        value = _year_before(value)
    if value is None and _length_before_now(phrase.root):
        value = counted_back(phrase.text, published)
    return value


def _since_then(trigger) -> bool:
    """Whether *trigger*, or the verb it is the object of, is told with a bare "since" or
    "since then" ("has since acquired", "since then it has made an investment"): after the
    date before, which is not its own."""
    verb = trigger.head if trigger.dep_ in ("dobj", "nsubjpass") else trigger
    return any(c.lower_ == "since" and c.dep_ in ("advmod", "prep") and all(g.lower_ == "then" for g in c.children)
               for c in verb.children)


def _month_alone(phrase) -> bool:
    """Whether *phrase* names a month, and no year nor a year's word ("in March", "on Jan.
    20"; not "in March 2026", "in the first 11 months of this year"): the year is kg's guess."""
    words = [t.lower_.rstrip(".") for t in phrase]
    return any(w in date_words().months for w in words) and not any(w.isdigit() and len(w) == 4 or w in ("year", "years") for w in words)


def _told_as_past(phrase) -> bool:
    """Whether the verb *phrase* hangs on tells of a deed done: the simple past ("met in
    March") or the past passive ("was appointed in March"); not a report of what is to
    come ("said it would invest in March"), nor the present perfect ("has invested")."""
    verb = next((t for t in phrase.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        return not auxiliaries
    return verb.tag_ == "VBN" and bool(auxiliaries) and all(a.tag_ == "VBD" and a.lemma_ == "be" for a in auxiliaries)


def _year_before(value: str) -> str:
    """*value* (a day, a month or a period of them) a year earlier: "2026-03" -> "2025-03"."""
    return "/".join(f"{int(part[:4]) - 1:04d}{part[4:]}" if part[:4].isdigit() else part for part in value.split("/"))


def _weekday_in_progressive(phrase) -> bool:
    """Whether *phrase* names a weekday on a verb in the present progressive ("is visiting
    Peru on Thursday and Friday", "are holding talks on Monday"): English's future of an
    arrangement, the coming days, not the week gone by."""
    words = {t.lower_ for t in phrase}
    if not words & date_words().weekdays.keys() or "last" in words:
        return False
    verb = next((t for t in phrase.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    auxiliaries = [c for c in verb.children if c.dep_ == "aux"] if verb is not None else []
    return verb is not None and verb.tag_ == "VBG" and bool(auxiliaries) \
        and all(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def _day_of_month(phrase) -> bool:
    """Whether *phrase* is an ordinal alone after "the" that names no thing ("on the 15th",
    not "the 15th Five-Year Plan" nor "its 15th year")."""
    doc = phrase.doc
    return bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", phrase.text.strip())) and phrase.start > 0 \
        and doc[phrase.start - 1].lower_ == "the" and phrase.root.dep_ not in ("amod", "nummod", "compound") \
        and not (phrase.end < len(doc) and doc[phrase.end].is_alpha and doc[phrase.end].lower_ != "of")


def _length_before_now(root) -> bool:
    """Whether *root* is a length ("a year") on a clause opened by "after" that hangs on a
    clause told in the present ("comes", "has come"): the news' own time."""
    verb, main = root.head, root.head.head
    if root.dep_ != "npadvmod" or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return False
    auxiliaries = [c for c in main.children if c.dep_ == "aux"]
    present = main.tag_ in ("VBZ", "VBP") and not auxiliaries
    perfect = main.tag_ == "VBN" and [a.lower_ for a in auxiliaries] in (["has"], ["have"])
    return present or perfect


def _on_origin_verb(trigger) -> bool:
    """Whether a noun *trigger* stands in a phrase on a verb of beginning, the verb's own
    event ("set up a plant in 2018 in partnership with Y": the partnership's year), through
    prepositions only."""
    if trigger.pos_ != "NOUN":
        return False
    token = trigger
    while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
        token = token.head
    return token.i != trigger.i and token.pos_ == "VERB" and is_origin_word(token)


def _founding_of_described(trigger):
    """The verb of beginning a noun *trigger* in apposition to its subject describes ("X, a
    joint venture between A and B, was established in August 2023": the venture began
    then, and so did the partners' tie); None when there is no such verb."""
    described = trigger.head
    if trigger.pos_ != "NOUN" or trigger.dep_ != "appos" or described.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = described.head
    return verb if verb.pos_ == "VERB" and is_origin_word(verb) else None


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
