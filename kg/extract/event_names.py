"""Events NER leaves out, named by a year or a noun of meetings after them: an edition ("at
CES 2026") and an occasion ("the APEC summit", "the Xi-Biden summit"). Separate from
:mod:`kg.extract.name_repairs` (whose :func:`with_longer` they share): these make event
names out of words NER gave other labels or none, rather than mend a cut name."""

from __future__ import annotations

import functools
import re

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import with_longer

__all__ = ["by_initials", "edition_of", "edition_year", "editions_joined", "heads_first", "occasions_named", "only_a_body", "only_an_event"]

#: A year that names an edition ("CES 2024", "the 2023 Summer Davos").
_YEAR = re.compile(r"(?:19|20)\d\d")
#: An ordinal in figures that numbers an edition ("the 135th Canton Fair").
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def editions_joined(doc, cues: frozenset[str]):
    """ "at CES 2026", "during SEMICON Korea 2026", "at the Hanul Mobility Show 2025": a run
    of capitalised words a year follows on the same line, right after a word that says
    something takes place there (*cues*: "at", "during", "attend"), is an event's edition,
    whatever NER made of its words."""
    from spacy.attrs import LENGTH
    from spacy.tokens import Span

    editions = []
    # A year is a word of four characters: only those are tried (read at once off the words' lengths).
    for year in (doc[i] for i in (doc.to_array(LENGTH) == 4).nonzero()[0].tolist() if i >= 2):
        if not re.fullmatch(r"(?:19|20)\d\d", year.text) or doc[year.i - 1].whitespace_ != " ":
            continue
        start = year.i
        while start > 0 and doc[start - 1].whitespace_ == " " and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].lower_ not in cues and doc[start - 1].ent_type_ not in ("DATE", "PERSON") \
                and not doc[start - 1].is_sent_start and year.i - start < 5:
            start -= 1
        before = doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ == "the" and start > 1:
            before = doc[start - 2]
        if start < year.i and before is not None and before.lower_ in cues and not any(e.start < year.i + 1 and start < e.end for e in editions):
            editions.append(Span(doc, start, year.i + 1, label="EVENT"))
    return with_longer(doc, list(ents_of(doc)), editions)


def heads_first(doc):
    """ "Expo 2017", "Expo Pakistan 2017", "the 10th Expo Pakistan", "Expo 2020 Dubai": a
    capitalised head word that opens an event's name (``event_heads_first`` of names.yaml)
    and the place names or capitalised words after it name one event when a year or an
    ordinal in figures numbers it or a place follows the head; "COP28", "COP 28": a
    meeting's acronym with its session's number (``numbered_events``). NER leaves such names
    out or cuts them at the place."""
    from kg.ingest.normalize import reference_words
    from spacy.tokens import Span

    heads, numbered = reference_words("event_heads_first"), reference_words("numbered_events")
    places = ("GPE", "LOC", "KG:Country", "KG:City")
    events = []
    for head in doc:
        number = re.fullmatch(r"([A-Z]+)-?(\d{1,2})", head.text)
        if number and number.group(1) in numbered or head.text in numbered and head.i + 1 < len(doc) \
                and re.fullmatch(r"\d{1,2}", doc[head.i + 1].text) and head.whitespace_:
            events.append(Span(doc, head.i, head.i + (1 if number else 2), label="KG:Event"))
            continue
        if head.text not in heads or not head.whitespace_ or head.i + 1 >= len(doc):
            continue
        start, end = head.i, head.i + 1
        ordinal = start > 0 and _ORDINAL.fullmatch(doc[start - 1].text) is not None
        start -= ordinal
        placed = doc[end].ent_type_ in places
        while end < len(doc) and end - head.i <= 3 and doc[end - 1].whitespace_ and doc[end].text[:1].isupper() \
                and doc[end].ent_type_ not in ("PERSON", "ORG", "DATE") and not doc[end].is_sent_start:
            end += 1
        year = end < len(doc) and bool(doc[end - 1].whitespace_) and _YEAR.fullmatch(doc[end].text) is not None
        end += year
        # "Expo 2020 Dubai": the host city after the edition's year.
        if year and end < len(doc) and doc[end - 1].whitespace_ and doc[end].ent_type_ in places:
            end += 1
        if end > head.i + 1 and (year or ordinal or placed):
            events.append(Span(doc, start, end, label="KG:Event"))
    # Not inside a longer event's name ("the COP31 climate summit").
    named = [e for e in ents_of(doc) if e.label_ in ("EVENT", "KG:Event")]
    events = [e for i, e in enumerate(events) if (not i or events[i - 1].end <= e.start)
              and not any(n.start < e.end and e.start < n.end and (n.start < e.start or n.end > e.end) for n in named)]
    doc = with_longer(doc, list(ents_of(doc)), events)
    # The place the parse makes the name's root ("Expo Pakistan") would lend it its id.
    for token in (t for e in events for t in e):
        token.ent_id_ = ""
    return doc


def _occasion_modifiers() -> frozenset[str]:
    from kg.ingest.normalize import reference_words

    return reference_words("occasion_modifiers")


def occasions_named(doc, nouns: frozenset[str], public_nouns: frozenset[str] = frozenset()):
    """ "the APEC summit", "the Xi-Biden summit", "the G20 summit": a name, or names joined
    by dashes ("the Korea-China-Japan summit"), before a lower-case noun of meetings
    (*nouns*), with at most two of the words that tell its kind between ("the Korea-Japan
    trilateral summit": ``occasion_modifiers`` of names.yaml), names an event NER leaves out;
    so does one of *public_nouns* after a body's, a place's or an event's name, not a firm's
    or a person's ("the APEC meeting", "the Summer Davos forum"; not "an APEC meeting", one of
    many); and an event's name goes on
    through "for", "on" or "of" (:func:`_purposes_joined`)."""
    from spacy.tokens import Span

    modifiers = _occasion_modifiers()
    ents = list(ents_of(doc))
    by_end = {e.end: e for e in ents}
    events = []
    for noun in doc[1:]:
        if noun.text not in nouns and noun.text not in public_nouns:
            continue
        if noun.pos_ == "VERB" and any(c.dep_ in ("nsubj", "dobj", "ccomp") for c in noun.children):
            continue  # "filings with the Registry Authority (RA) show the deal": a verb, no show
        end = noun.i
        while end > 0 and noun.i - end < 2 and doc[end - 1].text in modifiers and not doc[end - 1].ent_type_:
            end -= 1
        ent = by_end.get(end)
        # "the Shanghai Cooperation Organisation (SCO) summit": the body's initials in brackets
        # between its name and the noun; the event is named whole, as a rule's name is.
        # NER may run the name on into the bracket ("the Hanul Cooperation Organisation (HCO").
        if ent is None and end > 3 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and doc[end - 2].text.isupper() \
                and doc[end - 2].is_alpha:
            run_on = by_end.get(end - 1)
            ent = by_end.get(end - 3) or (run_on if run_on is not None and run_on.start < end - 3 else None)
        # "the Future Investment Initiative (FII) forum": a meeting named for a plan.
        namers = ("KG:GovernmentBody", "KG:Country", "KG:City", "GPE", "PERSON", "ORG", "NORP", "KG:Policy") if noun.text in nouns \
            else ("KG:GovernmentBody", "KG:Country", "KG:City", "GPE", "NORP", "EVENT", "KG:Event", "KG:Policy")
        if ent is None or doc[end - 1].whitespace_ != " " or ent.label_ not in namers:
            continue
        # "an International Monetary Fund meeting": one of the body's meetings, not an event
        # of its own name; the body stays named.
        if noun.text not in nouns and ent.start and doc[ent.start - 1].lower_ in ("a", "an"):
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        # "Xi-Biden", "Korea-China-Japan": names before a dash, written close.
        while start > 1 and doc[start - 1].text in ("-", "–") and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_ \
                and doc[start - 2].pos_ == "PROPN":
            first = next((e for e in ents if e.end == start - 1), None)
            start = first.start if first is not None else start - 2
        # "the Ethiopia and Korea forum": two countries' names joined by "and" after "the".
        first = next((e for e in ents if e.end == start - 1), None) if start > 2 and doc[start - 1].lower_ == "and" else None
        if first is not None and first.label_ in ("KG:Country", "GPE") and ent.label_ in ("KG:Country", "GPE") \
                and first.start and doc[first.start - 1].lower_ == "the":
            start = first.start
        if not events or events[-1].end <= start:
            events.append(Span(doc, start, noun.i + 1, label="EVENT"))
    return _ordinal_headed(_ordinals_led(_years_led(_purposes_joined(_namers_joined(with_longer(doc, ents, events)))), nouns | public_nouns))


def _ordinals_led(doc, nouns: frozenset[str]):
    """ "the 13th summit of the Hanul Cooperation Organisation", "the 29th regular meeting
    between Korean and Japanese heads of government": an ordinal in figures before a
    lower-case noun of meetings (*nouns*, at most two of ``occasion_modifiers`` between)
    numbers one edition of an event, which the words after "of" (a name) or "between" (the
    parties, up to a punctuation mark or a verb) name; NER leaves such names out. So does
    "the" and such a modifier ("the annual meeting of the Asian Development Bank", "the
    regular meeting between ..."), the event of all editions. Not an ordinal of anything
    else ("the 13th session of talks" has no name after it)."""
    from spacy.tokens import Span

    from kg.ingest.normalize import reference_words

    modifiers, ordinals = _occasion_modifiers(), reference_words("occasion_ordinals")
    ents = list(ents_of(doc))
    by_start = {e.start: e for e in ents}
    events = []
    for ordinal in doc[:-3]:
        # "the second meeting of ...": an ordinal in words, after "the".
        numbered = (_ORDINAL.fullmatch(ordinal.text) is not None
                    or ordinal.text in ordinals and ordinal.i and doc[ordinal.i - 1].lower_ == "the") \
            and ordinal.ent_type_ in ("", "ORDINAL", "DATE")
        # NER may call "annual" a date.
        if not numbered and not (ordinal.text in modifiers and ordinal.i and doc[ordinal.i - 1].lower_ == "the"
                                 and ordinal.ent_type_ in ("", "DATE")):
            continue
        noun = ordinal.i + 1
        while noun < len(doc) and noun - ordinal.i <= 2 and doc[noun].text in modifiers and not doc[noun].ent_type_:
            noun += 1
        if noun + 2 >= len(doc) or doc[noun].text not in nouns or doc[noun].ent_type_ \
                or doc[noun + 1].lower_ not in ("of", "between"):
            continue
        end = noun + 2
        if doc[noun + 1].lower_ == "of":
            named = by_start.get(end) or doc[end].lower_ == "the" and by_start.get(end + 1) or None
            # Not "the first meeting of Hanul's shareholders": the name is a possessor there.
            if named is None or named.label_ not in ("KG:GovernmentBody", "KG:Country", "GPE", "ORG", "NORP", "EVENT",
                                                     "KG:Event", "KG:Company") \
                    or any(t.lower_ in ("'s", "’s", "'", "’") for t in doc[named.end - 1:named.end + 1]) \
                    or named.end < len(doc) and not doc[named.end - 1].whitespace_ and doc[named.end].text in ("-", "–"):
                continue  # nor the first of names joined by a dash ("of the Hanul-Daewon council")
            end = named.end
        else:
            while end < len(doc) and end - noun < 9 and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX") \
                    and not doc[end].is_sent_start and doc[end].ent_type_ not in ("DATE", "TIME"):
                end += 1
            # Parties named as peoples or kinds of office, not a meeting of two people or firms
            # ("the bilateral meeting between Kim and Park" is no event's name).
            if any(t.ent_type_ in ("PERSON", "ORG", "KG:Company", "KG:InvestmentFirm") for t in doc[noun + 2:end + 1]):
                continue
            # The parties' words end in a noun: not "between ... and" cut mid-phrase.
            while end > noun + 2 and doc[end - 1].pos_ not in ("NOUN", "PROPN"):
                end -= 1
            if end <= noun + 2:
                continue
        if not events or events[-1].end <= ordinal.i:
            events.append(Span(doc, ordinal.i, end, label="KG:Event"))
    return with_longer(doc, ents, events)


def _ordinal_headed(doc):
    """ "the 19th Minister's Meeting", "the 5th Ministers' Conference", "the 3rd Women's
    Economic Forum": an ordinal in figures before capitalised words, one of them possessive
    at most, that end in a head word of events' names (``name_heads`` of names.yaml) names
    one edition of an event; NER cuts it at the possessive into a person's or a firm's name,
    or leaves it out. Not a name NER runs on past the head word ("the 14th Annual Meeting of
    the New Champions" stays whole), nor a person's or a place's word in it."""
    from spacy.tokens import Span

    heads = _event_heads()
    ents = list(ents_of(doc))
    events = []
    for ordinal in doc[:-2]:
        if _ORDINAL.fullmatch(ordinal.text) is None or ordinal.ent_type_ not in ("", "ORDINAL") or not ordinal.whitespace_:
            continue
        end, possessives = ordinal.i + 1, 0
        while end < len(doc) and end - ordinal.i <= 5 and doc[end - 1].text not in heads:
            word = doc[end]
            if word.text in ("'s", "’s", "'", "’") and end > ordinal.i + 1 and doc[end - 1].text[:1].isupper():
                possessives += 1
            elif not (word.text[:1].isupper() and word.is_alpha and word.pos_ in ("PROPN", "NOUN", "ADJ")) \
                    or word.ent_type_ in ("GPE", "LOC", "DATE", "KG:Country", "KG:City"):
                break
            end += 1
        head = doc[end - 1]
        if head.text not in heads or end - ordinal.i < 3 or possessives > 1:
            continue
        # A name NER or a rule already runs on past the head keeps its length.
        if any(e.start <= head.i < e.end and (e.end > end or e.start < ordinal.i) for e in ents):
            continue
        if not events or events[-1].end <= ordinal.i:
            events.append(Span(doc, ordinal.i, end, label="KG:Event"))
    return with_longer(doc, ents, events)


def _event_heads() -> frozenset[str]:
    from kg.ingest.normalize import reference_names

    return frozenset(str(w) for w in (reference_names().get("name_heads") or {}).get("Event") or ())


def _namers_joined(doc):
    """ "the G20 Leaders' Summit", "the APEC Economic Leaders' Meeting": a capitalised head
    word of events' names (``name_heads`` of names.yaml) after a body's, a place's or a
    people's name and capitalised words of no name (one of them possessive at most: "Leaders'")
    names one event, which NER cuts into the body and a head it calls a firm."""
    from spacy.tokens import Span

    heads = _event_heads()
    ents = list(ents_of(doc))
    by_end = {e.end: e for e in ents}
    events = []
    for head in doc[1:]:
        # Not a verb of a title-case headline ("Samsung Will Show Folding Phones").
        if head.text not in heads or head.ent_type_ not in ("", "ORG") or head.pos_ not in ("PROPN", "NOUN") \
                or head.ent_type_ and (head.ent_iob_ != "B" or head.i + 1 < len(doc) and doc[head.i + 1].ent_iob_ == "I"):
            continue
        start = head.i
        while start > 0 and head.i - start < 4 and not doc[start - 1].ent_type_ and not doc[start - 1].is_sent_start \
                and (doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ")
                     or doc[start - 1].text in ("'", "’") and doc[start - 2].text.endswith("s")):
            start -= 1
        named = by_end.get(start)
        if named is None or named.label_ not in ("KG:GovernmentBody", "KG:Country", "KG:City", "GPE", "ORG", "NORP") \
                or sum(doc[i].text in ("'", "’") for i in range(start, head.i)) > 1:
            continue
        if not events or events[-1].end <= named.start:
            # Labelled as a known class: a name holding a possessive is otherwise cut in two.
            events.append(Span(doc, named.start, head.i + 1, label="KG:Event"))
    return with_longer(doc, ents, events)


def _purposes_joined(doc):
    """ "the Boao Forum for Asia", "the Summit for Democracy", "the Conference on AI Safety":
    an event's name a head word ends goes on through "for", "on" or "of" and the capitalised
    words after it, which the name ruler leaves out (not a date: "the forum on Monday"; not a
    firm: "the summit of Hanul Robotics")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    heads = _event_heads()
    joined = []
    for i, ent in enumerate(ents):
        # "the Summit for Democracy": NER may call a head word alone a firm.
        headed = ent.label_ == "ORG" and doc[ent.end - 1].text in heads
        if ent.label_ not in ("KG:Event", "EVENT") and not headed or ent.end + 1 >= len(doc) \
                or doc[ent.end].lower_ not in ("for", "on", "of"):
            continue
        end = ent.end + 1
        if doc[end].lower_ == "the":
            end += 1
        start_words = end
        # Words of no name, or of a place ("for Asia"): not a firm's ("the summit of Hanul
        # Robotics" is Hanul's summit) nor a person's.
        # A name NER calls a firm's after "for" or "on" only when it ends the phrase ("the
        # Forum on China-Africa Cooperation", not "the forum for Hanul executives").
        kinds = ("", "LOC", "GPE", "NORP", "KG:Country", "KG:City", "EVENT", "LAW") + (("ORG",) if doc[ent.end].lower_ != "of" else ())
        while end < len(doc) and end - start_words < 5 and (doc[end].text[:1].isupper() or doc[end].text in ("-", "–") and doc[end].ent_type_ == "ORG") \
                and not doc[end].is_sent_start and doc[end].ent_type_ in kinds:
            end += 1
        if end < len(doc) and doc[end - 1].ent_type_ == "ORG" and doc[end].pos_ == "NOUN":
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if end > start_words and (nxt is None or nxt.end <= end or nxt.start >= end):
            joined.append(Span(doc, ent.start, end, label="KG:Event" if headed else ent.label_))
    return with_longer(doc, ents, joined)


def _years_led(doc):
    """ "the 2024 Summer Davos Forum", "The 2023 Boao Forum for Asia opened": a year right
    before an event's name, after "the" or opening the sentence, names the edition with it;
    NER keeps it apart, as a date or as an event of its own ("the 2024")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    joined = []
    for ent in ents:
        if ent.label_ not in ("EVENT", "KG:Event") or ent.start < 1:
            continue
        year = doc[ent.start - 1]
        if not _YEAR.fullmatch(year.text) or year.whitespace_ != " " \
                or not (year.is_sent_start or year.i > 0 and doc[year.i - 1].lower_ == "the"):
            continue
        joined.append(Span(doc, year.i, ent.end, label=ent.label_))
    return with_longer(doc, ents, joined)


def edition_of(short: list[str], full: list[str]) -> bool:
    """Whether the words *short* name the event of the edition *full* names, without its
    ordinal or year, whole or by its first words ("Canton Fair" and "135th Canton Fair",
    "CES" and "CES 2024", "Summer Davos" and "2024 Summer Davos Forum"): one event to a
    story that names both; so is an edition by its ordinal and by its year ("the 10th Expo
    Pakistan" and "Expo Pakistan 2017"), named under the year."""
    if len(short) > 1 and len(full) > 1 and _ORDINAL.fullmatch(short[0]) and _YEAR.fullmatch(full[-1]):
        return short[1:] == full[:-1]
    if len(full) > 1 and (_ORDINAL.fullmatch(full[0]) or _YEAR.fullmatch(full[0])):
        base = full[1:]
    elif len(full) > 1 and _YEAR.fullmatch(full[-1]):
        base = full[:-1]
    else:
        return False
    return bool(short) and len(short) <= len(base) and base[:len(short)] == short


def by_initials(short: list[str], full: list[str]) -> bool:
    """Whether the words *short* name the event *full* names with a body's initials in
    brackets, by those initials or without them ("SCO summit" and "Shanghai Cooperation
    Organisation summit" for "Shanghai Cooperation Organisation (SCO) summit"): one event to a
    story that names it both ways."""
    bracket = next((i for i, w in enumerate(full) if re.fullmatch(r"\([A-Z][A-Za-z0-9]*\)", w)), None)
    if bracket is None or bracket == 0 or bracket + 1 >= len(full):
        return False
    return short in ([full[bracket][1:-1], *full[bracket + 1:]], full[:bracket] + full[bracket + 1:])


def edition_year(name: str) -> str | None:
    """The year that opens or ends an edition's name ("2023 Summer Davos", "CES 2024")."""
    words = name.split()
    for word in (words[0], words[-1]) if words else ():
        if _YEAR.fullmatch(word):
            return word
    return None


@functools.cache
def _event_only_heads() -> frozenset[str]:
    from kg.ingest.normalize import reference_words

    return reference_words("event_only_heads", lower=True)


def only_an_event(name: str) -> bool:
    """Whether an event's *name* can name nothing else, a body or a place: its last word is
    a lower-case noun of meetings ("the G20 summit") or a head word no body's name ends in
    ("Asia Energy Summit", "Busan Robot Expo"; ``event_only_heads`` of names.yaml), or it
    numbers an edition of a meeting (:func:`_ordinals_led`)."""
    words = name.split()
    # "25th meeting of the Daewon Business Forum", "annual meeting of the Daewon Bank": an
    # edition's ordinal or a lower-case modifier, and a lower-case noun.
    numbered = len(words) > 2 and (_ORDINAL.fullmatch(words[0]) is not None or words[0].islower()) \
        and any(w.islower() for w in words[1:3])
    return bool(words) and (words[-1].islower() or words[-1].lower() in _event_only_heads() or numbered)


def only_a_body(name: str) -> bool:
    """Whether *name* ends in a head word no event's name ends in ("Latin American Integration
    Association", "Trade Ministry"; ``body_only_heads`` of names.yaml): what is attended by
    someone in a clause hung on such a name is the body's meeting, not the body."""
    from kg.ingest.normalize import reference_words

    words = name.split()
    return bool(words) and words[-1].lower() in reference_words("body_only_heads", lower=True)
