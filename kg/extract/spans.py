"""Reading spans of a parsed document: mention boundaries (and their repair: names the ruler
cut, place-led firm names, credit lines), periods, datelines. Money and fiscal years made
whole are kg/extract/value_spans.py's; names read together kg/extract/coordination.py's."""

from __future__ import annotations

import functools
import re

from kg.extract.dateline_cities import SPACED_DASHES as _SPACED_DASHES
from kg.extract.dateline_cities import dateline_cities
from kg.extract.entities import reference_entities
from kg.extract.guard import setting_words
from kg.extract.mention_context import quote_code_at
from kg.extract.name_repairs import possessive_name_end, written_alone
from kg.extract.name_splits import parted_name
from kg.extract.person_names import hyphened_name_at
from kg.extract.places import is_region, spans_countries, world_city_country
from kg.extract.title_forms import royal, state_form, titles_only
from kg.extract.values import funding_round
from kg.ingest.normalize import guess_class, name_key, reference_names, reference_words

__all__ = [
    "credits_apart",
    "cut_remainders",
    "dateline",
    "lines_apart",
    "near_company_word",
    "periods_joined",
    "place_led_names",
    "places_with_of",
    "product_names",
    "trimmed_mentions",
]


def trimmed_mentions(ents) -> list:
    """Mentions without a leading "the" or a trailing possessive, which patterns then see
    as tokens of their own ("South Korea", "'s"), and with the first word NER left out of a
    firm's name ("HD" of "HD Hyundai Mipo", "500" of "500 Startups")."""
    from spacy.tokens import Span

    ents = list(ents)
    absorbed: set[int] = set()  # tokens of other mentions a longer name took in
    # A number NER read on its own may be a name's first word ("500" of "500 Startups").
    taken = {i for ent in ents if ent.label_ != "CARDINAL" for i in range(ent.start, ent.end)}
    # A first word the parse gave one mention is the name's in all ("HD" before each
    # "Hyundai Heavy Industries").
    led: dict[str, str] = {}
    for ent in ents:
        if _leads_name(ent, taken):
            whole = f"{ent.doc[ent.start - 1].text} {ent.text}"
            # A person's name read once as a firm's is still a person's.
            if led.get(whole) != "PERSON":
                led[whole] = _led_label(ent)
    result = []
    for ent in ents:
        start, end = ent.start, ent.end
        whole = f"{ent.doc[start - 1].text} {ent.text}" if start > 0 else ""
        if _leads_name(ent, taken) or whole in led and start - 1 not in taken and ent.doc[start - 1].whitespace_ == " ":
            taken.add(start - 1)
            ent = Span(ent.doc, start - 1, end, label=led[whole])
            start = ent.start
        longer = _extended_end(ent, taken)
        if longer > end:
            absorbed.update(range(end, longer))
            ent = Span(ent.doc, start, longer, label=ent.label_)
            end = longer
        if ent.label_ in _NAME_LABELS and (titles_only(ent.doc[start:end], ent.label_) or state_form(ent.doc[start:end])):
            continue  # "the King and Queen", "the Islamic Republic": titles and forms of state, no name
        if ent.label_ in _NAME_LABELS and ent.doc[start].lower_ in ("'s", "’s"):
            continue  # "’s Meeting" of "the 19th Minister’s Meeting": NER's cut inside another name
        if ent.label_ in _NAME_LABELS and ent.label_ not in ("ORG", "PERSON", "GPE") and royal(ent.doc[start:end]):
            ent = Span(ent.doc, start, end, label="PERSON")  # "Queen Elizabeth II" read as a book's title
        if end - start == 1 and ent.label_ in _NAME_LABELS and ent.doc[start].lower_ in reference_words("stage_words", lower=True) \
                and funding_round(ent.doc[start:min(end + 2, len(ent.doc))].text):
            continue  # "Series" of "a Series A+ round" read as an event's name, its letters apart
        if ent.label_ in ("ORG", "PERSON", "GPE", "PRODUCT"):
            if funding_round(ent.doc[start:end].text) and end - start <= 3:
                continue  # "Series B+": a round, not a firm
            if len(ent.doc[start:end].text) <= 3 and funding_round(f"{ent.doc[start:end].text} round") \
                    and any(t.lower_ in ("round", "rounds") for t in ent.doc[end:end + 3]):
                continue  # "its B and B+ fundraising rounds": a round's letters
            titles = 0
            while end - start - titles > 1 and (ent.doc[start + titles].lower_.rstrip(".") in _person_titles()
                                                or titles == 0 and ent.doc[start].lower_ == "by"):
                titles += 1
            if titles and ent.doc[start + titles].is_lower:
                # "Head of Research at": a title and its field, no one's; "MD of Daewon Consulting": the title's body
                named = ent.doc[start + titles + 1:end]
                if len(named) > 1 and not named[0].is_lower and not named[-1].is_lower:
                    result.append(Span(ent.doc, named.start, end, label=ent.label_))
                continue
            # Not "Premier League": an organisation's word alone is what follows the title.
            if titles and not (ent.label_ == "ORG" and end - start - titles == 1
                               and ent.doc[end - 1].lower_ in reference_words("organisation_cues", lower=True)):
                # "Chief Executive Taavi Madiberk", "BY Richard Summerfield": the title or
                # the byline says whose name follows.
                start += titles
                ent = Span(ent.doc, start, end, label="PERSON")
            if _only_page_words(ent) or any(t.text in _headline_words() for t in ent):
                continue  # "Chip Firms to Merge Amid Self-Reliance Drive": a headline's words, no name
            parts = _place_after_of(ent) or parted_name(ent)
            if parts:
                result.extend(parts)
                continue
        if end - start > 1 and (ent.doc[start].lower_ == "the" or ent.doc[start].text in ("a", "an") and ent.label_ in _NAME_LABELS):
            start += 1  # "the", and "a" of "a Council of Wise Elders" (session 37, fresh news)
        # '“Jindal Steel': quotation marks are no part of a name.
        while end - start > 1 and ent.doc[start].text in _QUOTES:
            start += 1
        while end - start > 1 and ent.doc[end - 1].text in _QUOTES:
            end -= 1
        # "Japan Investment Corporation (JIC": a bracket the name does not close ends it.
        end = next((t.i for t in ent.doc[start + 1:end] if t.text == "(" and ")" not in ent.doc[t.i:end].text), end)
        # "Samsung SDI and SK Innovation Companies held talks": a plural says "these firms".
        # Not "the Hanul Group of Companies": after "of", the plural is the name's own.
        if end - start > 2 and ent.label_ in _NAME_LABELS and ent.doc[end - 1].text in ("Companies", "Firms") and ent.doc[end - 2].lower_ != "of":
            end -= 1
        if ent.label_ in _NAME_LABELS and not any(c.isupper() or c.isdigit() for c in ent.doc[start:end].text):
            continue  # "an exoskeleton robot": a name has a capital or a digit somewhere
        if _inside_title(ent.doc, start, end):
            continue  # "Chief Cabinet Secretary Hirokazu Matsuno": a word of a title
        # "the last Five-Year Plan" is not the "15th Five-Year Plan": keep the word that
        # tells which one a name without a number means.
        if ent.label_ == "KG:Policy" and not ent[0].text[:1].isdigit() and start > 0 \
                and ent.doc[start - 1].lower_ in ("last", "previous", "next", "upcoming", "current", "new"):
            start -= 1
        owned = possessive_name_end(ent.doc, start, _possessive_names()) if ent.label_ in _NAME_LABELS else None
        if owned is not None:  # "McDonald's Korea", "Moody's": the "'s" is the name's
            absorbed.update(range(end, owned))
            result.append(Span(ent.doc, start, max(end, owned), label="ORG"))
            continue
        if end - start > 1 and ent.doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
            end -= 1
        while end - start > 1 and (ent.doc[end - 1].text in ("-", "–", ",", "(")
                                   or ent.label_ in _NAME_LABELS and ent.doc[end - 1].lower_ in ("of", "and", "for", "in", "at", "by", "from", "with", "to")
                                   and ent.doc[end - 2].whitespace_):
            end -= 1  # "Samsung Electronics-rival", "Marlow Capital of", "Pravion Labs by" (not "Moon Jae-in"): the name ends before
        # "LG Electronics’ C-series", "Xiaomi's Redmi": an owner and what it owns, two names.
        inner = [t.i for t in ent.doc[start:end - 1] if t.lower_ in ("'s", "’s", "'", "’") and t.i > start]
        if inner and not ent.label_.startswith("KG:") and not _plural_owned(ent.doc, inner[0], end):
            cut = inner[0]
            result.append(Span(ent.doc, start, cut, label=ent.label_))
            if any(t.pos_ == "PROPN" for t in ent.doc[cut + 1:end]):
                result.append(Span(ent.doc, cut + 1, end, label=ent.label_))
            continue
        result.append(ent if (start, end) == (ent.start, ent.end) else Span(ent.doc, start, end, label=ent.label_, span_id=ent.ent_id_))
    return [e for e in result if not (e.label_ == "CARDINAL" and e.start in taken or e.start in absorbed)]


def credits_apart(ents) -> list:
    """A picture's credit read as one name ("Copyright Ilse Varga/Photon", "Xinhua/Huang
    Wei"): the names on either side of a slash are two, each a person's if shaped like one,
    and the credit's own words ("Copyright", "Photo") are no part of them."""
    from spacy.tokens import Span

    result = []
    for ent in ents:
        slashes = [t.i for t in ent if t.text == "/" and not t.whitespace_ and t.i > ent.start and not ent.doc[t.i - 1].whitespace_]
        if ent.label_ not in _NAME_LABELS or not slashes:
            result.append(ent)
            continue
        words = _page_words()
        for start, end in zip([ent.start, *(i + 1 for i in slashes)], [*slashes, ent.end]):
            while start < end and ent.doc[start].lower_ in words:
                start += 1
            if start < end:
                text = ent.doc[start:end].text
                result.append(Span(ent.doc, start, end, label="PERSON" if guess_class(text, "Company") == "Person" else "ORG"))
    return result


def _inside_title(doc, start: int, end: int) -> bool:
    """Whether a title's words stand on both sides of the name ("Chief | Cabinet |
    Secretary"): it is part of a person's title, not a name of its own."""
    titles = _person_titles()
    return start > 0 and end < len(doc) and doc[start - 1].lower_.rstrip(".") in titles \
        and doc[end].lower_.rstrip(".") in titles and "\n" not in doc[start - 1].whitespace_


def _extended_end(ent, taken: set[int]) -> int:
    """Where a name ends that NER ended early: before a place's head word ("Yuzhong |
    District"), or before the parenthesised place and legal form of a firm's full name
    ("Bosch Hydrogen Powertrain Systems | (Chongqing) Co., Ltd.")."""
    doc, end = ent.doc, ent.end
    if ent.label_ not in ("ORG", "PERSON", "GPE") or end >= len(doc) or "\n" in doc[end - 1].whitespace_:
        return end
    cues = reference_names()
    if doc[end].text in cues.get("place_heads", ()) and end not in taken and doc[end - 1].whitespace_ == " ":
        return end + 1
    # "Samsung | SDI": the parse makes the next capitalised proper noun the head of the
    # name's last word; the name goes on to it (not to a title: "Samsung Chairman").
    if ent.label_ == "ORG" and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and end not in taken \
            and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end - 1].whitespace_ == " " \
            and doc[end].lower_.rstrip(".") not in _person_titles() and doc[end].lower_ not in setting_words("venture_nouns") \
            and not hyphened_name_at(doc, end) and not quote_code_at(doc, end):
        return end + 1  # nor to a venture's noun ("the Hanul-Daewon JV"), nor to a quote's code ("PSMGn.DE")
    if ent.label_ != "ORG" or doc[end].text != "(":
        return end
    close = next((i for i in range(end + 1, min(end + 5, len(doc))) if doc[i].text == ")"), None)
    if close is None or close == end + 1 or not all(t.pos_ == "PROPN" for t in doc[end + 1:close]):
        return end
    suffixes = {str(w) for w in cues["corporate_suffixes"] if " " not in str(w)}
    last = close
    for token in doc[close + 1:close + 5]:
        if token.lower_.strip(".") in suffixes:
            last = token.i
        elif token.text != ",":
            break
    return last + 1 if last > close else end


def _only_page_words(ent) -> bool:
    """Whether a name is only the words of a web page's furniture or a credit ("Copy",
    "Close Button", "Courtesy of", "Exclusive"): ``page_words`` of names.yaml."""
    lowered, titles = _page_words(), _person_titles()
    # A title beside them adds nothing: "Federal Chancellor" names no one either.
    return any(t.lower_ in lowered for t in ent) and all(
        t.lower_ in lowered or t.lower_.rstrip(".") in titles or t.lower_ in ("of", "by", "the") for t in ent)


@functools.cache
def _reference_cities() -> frozenset[str]:
    # GeoNames spells "New York" as "New York City"; cities.yaml as news does.
    return frozenset(name_key(e.label) for e in reference_entities()[0] if e.cls == "City")


@functools.cache
def _page_words() -> frozenset[str]:
    return reference_words("page_words", lower=True)


def _place_after_of(ent) -> list | None:
    """ "Inspired Capital of New York": an investment firm's name and the city it is of, two
    mentions; a name whose part before "of" ends in no investment word ("Bank of
    America", "Commercial Bank of Dubai") stays whole."""
    from spacy.tokens import Span

    if ent.label_ != "ORG":
        return None
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of - ent.start < 2 or of + 1 >= ent.end:
        return None
    if ent.doc[of - 1].lower_ not in reference_names()["investment_firm_cues"]:
        return None
    place = ent.doc[of + 1:ent.end]
    if world_city_country(place.text) is None and name_key(place.text) not in _reference_cities():
        return None
    return [Span(ent.doc, ent.start, of, label="ORG"), Span(ent.doc, of + 1, ent.end, label="GPE")]


@functools.cache
def _possessive_names() -> dict[str, tuple[str, ...]]:
    """``possessive_names`` of names.yaml by their first word, longest first."""
    names = sorted((str(n).replace("’", "'") for n in reference_names().get("possessive_names") or ()), key=len, reverse=True)
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(re.match(r"[^\s']+", name).group(), []).append(name)
    return {first: tuple(found) for first, found in by_first.items()}


_QUOTES = frozenset({'"', "“", "”", "‘", "’", "'", "«", "»"})
#: NER's labels of names (not of values nor of the reference data's matches).
_NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "PRODUCT", "FAC", "EVENT", "LAW", "LOC", "WORK_OF_ART"})


def _leads_name(ent, taken: set[int]) -> bool:
    """Whether the word before a statistical name is its first: a number, an acronym or a
    capitalised word the parse attaches to the name ("500 Startups", "HD Hyundai", "Yes
    Powertechnix"), in no other mention and no title ("CEO Park")."""
    if ent.label_ not in ("ORG", "PERSON", "GPE", "PRODUCT") or ent.start == 0:
        return False
    word = ent.doc[ent.start - 1]
    if word.i in taken or word.whitespace_ != " " or word.dep_ not in ("compound", "nummod") \
            or not ent.start <= word.head.i < ent.end or word.lower_.rstrip(".") in _person_titles():
        return False
    if word.text.isdigit() or word.text.isupper() and word.is_alpha and len(word.text) <= 5:
        return True
    # A first name ("Taavi Madiberk"; not "Commissioner Breton"), a number word ("One Way Ventures").
    return word.text.istitle() and not word.is_sent_start and word.pos_ in ("PROPN", "INTJ", "NUM") \
        and not (word.pos_ == "NUM" and written_alone(ent))


def _led_label(ent) -> str:
    # A name that starts with a number, an acronym or "Yes" is no person's ("HD Hyundai
    # Mipo"); "He Xiaopeng" stays one.
    word = ent.doc[ent.start - 1]
    return "ORG" if ent.label_ == "PERSON" and (not word.text.istitle() or word.pos_ == "INTJ") or word.pos_ == "NUM" else ent.label_


@functools.cache
def _headline_words() -> frozenset[str]:
    """``headline_words`` of names.yaml, as written (capitalised)."""
    return reference_words("headline_words")


def _plural_owned(doc, mark: int, end: int) -> bool:
    """Whether a plural's possessive inside a name is part of it: after a plural noun of
    people (``member_plurals``: "the Employees' Provident Fund", "People's Bank"), or a bare
    apostrophe in a name whose last word is a head of a class's names or a body's or an
    investor's word ("Ontario Teachers’ Pension Plan"); not "LG Electronics’ C-series", an
    owner and its product."""
    members, firm_words, ends = _plural_name_words()
    if doc[mark - 1].lower_ in members:
        return True
    if doc[mark].text not in ("'", "’") or not doc[mark - 1].text.endswith("s") or end - mark < 2 or doc[mark - 1].lower_ in firm_words:
        return False  # "Hanul Robotics' Daewon Plant": a firm's and its site
    return doc[end - 1].lower_ in ends


@functools.cache
def _plural_name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The plural nouns of people a body is named for, the words of firms' names (before an
    apostrophe they make it an owner's), and the last words of names a plural's apostrophe
    stays inside, read once from names.yaml."""
    names = reference_names()
    firm_words = frozenset(str(w).lower() for key in ("organisation_cues", "investment_firm_cues") for w in names.get(key) or ())
    heads = {str(w).lower() for cls, words in (names.get("name_heads") or {}).items() if cls != "Facility" for w in words}
    ends = heads | {str(w).lower() for key in ("government_cues", "investment_firm_cues") for w in names.get(key) or ()}
    return reference_words("member_plurals", lower=True), firm_words, frozenset(ends | {"party", "union", "association", "federation"})


@functools.cache
def _person_titles() -> frozenset[str]:
    return reference_words("person_titles", lower=True)


@functools.cache
def _name_particles() -> frozenset[str]:
    """Words inside people's names that NER ends a name on: "Ursula von der | Leyen"
    (``name_particles`` of names.yaml)."""
    return reference_words("name_particles", lower=True)


def periods_joined(ents: list) -> list:
    """"from 2026 to 2030" is one period, not two dates; "Ursula von der" and "Leyen" are
    one person."""
    from spacy.tokens import Span

    result = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        if ent.label_ == "PERSON" and ent[-1].lower_ in _name_particles() and i + 1 < len(ents) \
                and ents[i + 1].start == ent.end and ents[i + 1][0].text[:1].isupper():
            result.append(Span(ent.doc, ent.start, ents[i + 1].end, label="PERSON"))
            i += 2
            continue
        if ent.label_ == "DATE" and i + 1 < len(ents) and ents[i + 1].label_ == "DATE":
            following = ents[i + 1]
            between = ent.doc[ent.end:following.start]
            if len(between) == 1 and between[0].lower_ in ("to", "-", "–", "through", "until", "and"):
                result.append(Span(ent.doc, ent.start, following.end, label="DATE"))
                i += 2
                continue
        result.append(ent)
        i += 1
    return result


def near_company_word(ent) -> bool:
    window = ent.doc[max(0, ent.start - 4):ent.start]
    return any(t.lemma_ in ("company", "firm", "maker", "startup", "manufacturer") for t in window)


#: "SEOUL, Jan. 12 (Korea Bizwire) —", "(Bloomberg) --", "PHOENIX — ", "Ulaanbaatar/MONTSAME/.":
#: where a wire story opens with its place, date and agency.
_DATELINE = re.compile(
    r"\A(?:[^()\n]{0,40}\(([^()\n]{2,40})\)\s*(?:—|–|--|-)|[A-Z][A-Z.' ]{1,30}(?:,[^\n—–()]{1,20})?\s+(?:—|–|--)"
    # "Tokyo, April 21, 2017 - ": a city in title case, its day and a spaced dash.
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?, [A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\s+(?:—|–|--|-)"
    # "New Delhi: Allcargo said ...", "SEOUL: ": a city and a colon, on the story's line.
    r"|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}:(?=[ \t]+[A-Z])"
    # "Ulaanbaatar/MONTSAME/.", "Astana /Kazinform/": a city, then its agency between slashes.
    r"|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)? ?/([A-Z][A-Za-z-]{1,20})/\.?(?=\s)"
    # "JAKARTA, NNA - ": a city in capitals, its agency's short name and a spaced hyphen
    # (session 30, fresh news: the agency had been taken for the firm the story is about).
    r"|[A-Z][A-Z.' ]{1,30}, ([A-Z]{2,8}) (?:—|–|--|-)(?= ))\s*"
)


def dateline(text: str) -> tuple[tuple[int, int] | None, int]:
    """Where the agency a wire story's dateline credits is written (None if it names
    none), and where the story itself starts (0 without a dateline)."""
    found = _DATELINE.match(text)
    if not found:
        return None, 0
    agency = next((number for number in (1, 2, 3) if found.group(number)), None)
    return (found.span(agency) if agency else None), found.end()


def lines_apart(doc):
    """A name ends at a line break: a headline's last word and the next line's first name
    ("... stake in Krafton" / "Tencent, a Chinese company") are two names, not one; so are
    the names on either side of a spaced dash or slash ("Kyodo - Japan's", "Hanul News / Daewon")."""
    from spacy.tokens import Span

    ents, split = [], False
    for ent in doc.ents:
        start = ent.start
        for token in ent[:-1]:
            # "Kyodo - Japan's largest carrier": a dash with a space on each side parts a
            # dateline's agency from the story, as a line break would.
            # "UrduPoint News / Sputnik": a spaced slash between two names parts them too.
            apart = (token.text in _SPACED_DASHES or token.text == "/") and token.i > ent.start and bool(doc[token.i - 1].whitespace_) and bool(token.whitespace_)
            if "\n" in token.whitespace_ or token.is_space or apart:
                if token.i > start and not doc[start].is_space:
                    ents.append(Span(doc, start, token.i + (0 if token.is_space or apart else 1), label=ent.label_))
                start, split = token.i + 1, True
                if apart and not doc[start].text[:1].isupper():
                    start = ent.end  # "Sputnik - 23rd": what follows is no name
                    break
        while start < ent.end and doc[start].is_space:
            start += 1
        # "Stonepeak.\n\nStonepeak, a U.S.-based firm": NER may run a name on over the
        # sentence's stop and the blank line after it; neither is part of the name.
        end = ent.end
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in _NAME_STOPS):
            end, split = end - 1, True
        # "April 21, 2017 - Hanul Limited has announced": what a spaced dash parts from a
        # date is no date unless it has a number; left unlabelled, it is read as a name.
        parted = start > ent.start and ent.label_ in ("DATE", "TIME") and not any(t.like_num for t in doc[start:end])
        if start < end and not parted:
            ents.append(Span(doc, start, end, label=ent.label_) if (start, end) != (ent.start, ent.end) else ent)
    if split:
        doc.ents = ents
    return dateline_cities(doc)


#: Stops no name ends with as a token of its own ("Corp." is one token).
_NAME_STOPS = frozenset({".", ",", ";", ":"})


def place_led_names(doc):
    """ "Tokyo Electron", "Boston Dynamics", "Korea Zinc": a place's name right before an
    organisation's is the start of that name; so is a sector's written as a name
    ("Semiconductor Manufacturing International Corporation")."""
    from spacy.tokens import Span

    ents = list(doc.ents)
    merged, i = [], 0
    while i < len(ents):
        ent = ents[i]
        following = ents[i + 1] if i + 1 < len(ents) else None
        leads = ent.label_ in ("KG:City", "KG:Country") or ent.label_ == "KG:Sector" and all(t.text.istitle() for t in ent)
        if leads and following is not None and following.start == ent.end \
                and following.label_ == "ORG" and not doc[ent.end - 1].whitespace_ == "" and "\n" not in doc[ent.end - 1].whitespace_:
            merged.append(Span(doc, ent.start, following.end, label="ORG"))
            i += 2
            continue
        merged.append(ent)
        i += 1
    if len(merged) != len(ents):
        doc.ents = merged
    return doc


def cut_remainders(doc, before: list):
    """A statistical name the ruler cut into ("Germany Olaf Scholz" read as one person,
    "Germany" then ruled a country) keeps its proper nouns outside the ruled part; a place
    and one word after it are a firm's name whole ("Korea Bizwire"), and so is a name
    ending in a sector's acronym ("Signet EV") or opening with a product's ("Viber Media
    Holdings"); a possessive's "'s" before the ruled part is no part of the rest ("Apple's
    iPhones": Apple)."""
    from spacy.tokens import Span

    covered = {i for e in doc.ents for i in range(e.start, e.end)}
    # "Nordic Aqua" read as a person's name: a region of the world leads a firm's as a country does.
    places = {(e.start, e.end): e for e in doc.ents if e.label_ in ("KG:Country", "KG:City") or e.label_ == "LOC" and spans_countries(e.text)}
    # "Signet EV": a sector's acronym the ruler took from the end of a firm's name.
    acronyms = {(e.start, e.end): e for e in doc.ents if e.label_ == "KG:Sector" and e.text.isupper()}
    products = {(e.start, e.end): e for e in doc.ents if e.label_ == "KG:Product"}
    added, whole = [], []
    for start, end, label in before:
        rest = [i for i in range(start, end) if i not in covered]
        if rest and rest[-1] + 1 < end and doc[rest[-1]].tag_ == "POS":
            rest.pop()  # "Apple’s iPhones" read as one firm, "iPhones" ruled a product: the owner without its "’s"
        if rest and len(rest) < end - start and rest == list(range(rest[0], rest[-1] + 1)) and (rest[0] == start or rest[-1] == end - 1) \
                and all(doc[i].pos_ == "PROPN" or doc[i].text in ("-", "–") and rest[0] < i < rest[-1] for i in rest):
            # What is left of a cut name is a person's when it is shaped like one; one word
            # after a place is the rest of a firm's name ("Korea Bizwire", "China Daily").
            text = doc[rest[0]:rest[-1] + 1].text
            if len(rest) == 1 and rest[0] == end - 1 and (start, rest[0]) in places and label in ("PERSON", "ORG"):
                whole.append((places[(start, rest[0])], Span(doc, start, end, label="ORG")))
            elif rest[-1] == end - 1 and (start, rest[0]) in products and label == "ORG":
                # "Viber Media Holdings": a firm named for the product its name opens with.
                whole.append((products[(start, rest[0])], Span(doc, start, end, label="ORG")))
            elif rest[0] == start and (rest[-1] + 1, end) in acronyms and label in ("PERSON", "ORG"):
                whole.append((acronyms[(rest[-1] + 1, end)], Span(doc, start, end, label="ORG")))
            else:
                added.append(Span(doc, rest[0], rest[-1] + 1, label="PERSON" if guess_class(text, "Company") == "Person" else label))
            covered.update(rest)
    if whole:
        doc.ents = sorted([*(e for e in doc.ents if not any(e.start == p.start and e.end == p.end for p, _ in whole)),
                           *(name for _, name in whole)], key=lambda e: e.start)
    if added:
        doc.set_ents(added, default="unmodified")
    return doc


def product_names(ents: list, nouns: frozenset[str]) -> list:
    """ "the A9 processor", "its Nova X2 smartphone": a name that the text writes only
    before a noun of a kind of product (``product_nouns`` of names.yaml) names that
    product, noun included (label ``KG:Product``) unless a brand's (``brand_nouns``); with up to two lower-case words of the
    noun's phrase between them ("its Hanul Gold herbal tonic brand"), the name alone. A
    name the text also uses on its own ("Samsung phones" beside "Samsung said") stays what
    it was."""
    from spacy.tokens import Span

    # "its Zephyr smartphones": a trade's word the sector ruler took is still the product's noun.
    taken = {i for e in ents if e.label_ != "KG:Sector" for i in range(e.start, e.end)}

    def noun_after(ent):
        doc = ent.doc
        for end in range(ent.end, min(ent.end + 3, len(doc))):
            if end in taken or "\n" in doc[end - 1].whitespace_:
                return None
            token = doc[end]
            # "its Arvo SUV": a noun written as initials of three letters and more is no name's word as "TV" is.
            if token.lower_ in nouns and (token.is_lower or token.is_upper and len(token) > 2) and token.pos_ in ("NOUN", "PROPN"):
                return token if end == ent.end or _in_phrase_of(ent, doc[ent.end:end], token) else None
            if not (token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "PROPN")):
                return None
        return None

    names = (e for e in ents if e.label_ in ("ORG", "PRODUCT", "PERSON", "GPE", "WORK_OF_ART"))
    alone = {e.text for e in names if noun_after(e) is None}
    result, covered = [], set()
    for ent in ents:
        if ent.label_ == "KG:Sector" and ent.start in covered:
            continue
        noun = noun_after(ent) if ent.label_ in ("ORG", "PRODUCT", "PERSON", "GPE", "WORK_OF_ART") else None
        if noun is not None and ent.text not in alone:
            # "the Velmo brand": a brand's noun is no word of its name, as a model's is ("the A9 processor").
            whole = noun.i == ent.end and noun.lower_ not in reference_words("brand_nouns", lower=True)
            result.append(Span(ent.doc, ent.start, noun.i + 1 if whole else ent.end, label="KG:Product"))
            covered.update(range(ent.end, noun.i + 1) if whole else ())
        else:
            result.append(ent)
    return result


def _in_phrase_of(ent, between, noun) -> bool:
    """Whether the parse hangs the name and the words *between* it and *noun* on the noun's
    phrase, as its modifiers ("medical liqueur brand"), not on another word."""
    for token in (ent.root, *between):
        head = token
        while head.i != noun.i and head.dep_ in ("compound", "amod", "nmod") and head.head.i <= noun.i and head.head.i != head.i:
            head = head.head
        if head.i != noun.i:
            return False
    return True


def places_with_of(doc):
    """ "Port of Spain": a city of the world whose name holds "of" and a country's name is
    the city, not a word and the country. "Thai Nguyen", "Thai Binh province": a place whose
    name a demonym opens is that place (a city) or a region (no entity), not the country; a
    legal form after a country ("Hanul Singapore Pte Ltd") makes no city's name."""
    from spacy.tokens import Span

    ents, changed = list(doc.ents), False
    for i, ent in enumerate(ents):
        if ent.label_ in ("KG:Country", "KG:DEMONYM") and len(ent) == 1 and ent.end < len(doc) and doc[ent.end].is_title \
                and not doc[ent.end].ent_type_ and "\n" not in ent[-1].whitespace_:
            whole = doc[ent.start:ent.end + 1]
            tail = doc[ent.end + 1].text if ent.end + 1 < len(doc) else ""
            if world_city_country(whole.text) is not None and not is_region(whole.text) and name_key(whole.text) != name_key(ent.text):
                ents[i], changed = Span(doc, ent.start, ent.end + 1, label="GPE"), True
            elif is_region(whole.text) or tail in reference_words("region_tails"):
                ents[i], changed = None, True
            continue
        if ent.label_ not in ("KG:Country", "KG:City", "GPE") or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            continue
        first = doc[ent.start - 2]
        whole = doc[first.i:ent.end]
        if first.text.istitle() and "\n" not in whole.text and world_city_country(whole.text) is not None \
                and not any(e.start <= first.i < e.end and e.label_.startswith("KG:") for e in ents):
            ents[i] = Span(doc, first.i, ent.end, label="GPE")
            changed = True
    if changed:
        from spacy.util import filter_spans

        doc.ents = sorted(filter_spans([e for e in ents if e is not None]), key=lambda e: e.start)
    return doc

