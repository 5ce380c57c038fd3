"""Where a mention NER found begins and ends: "the", a possessive, quotation marks and
titles off ("South Korea", "Chief Executive | Taavi Madiberk"), a first word NER left out
put back ("HD" of "HD Hyundai Mipo"), a name ending in "'s" kept whole ("McDonald's"), an
owner and what it owns apart ("Xiaomi's | Redmi"), and a picture's credit read as one name
made two. Moved out of :mod:`kg.extract.spans`, which reads the other spans (periods,
datelines, the ruler's remainders)."""

from __future__ import annotations

import functools
import re

from kg.extract.entities import reference_entities
from kg.extract.guard import setting_words
from kg.extract.mention_context import quote_code_at
from kg.extract.name_repairs import possessive_name_end, written_alone
from kg.extract.name_splits import parted_name
from kg.extract.person_names import hyphened_name_at
from kg.extract.places import world_city_country
from kg.extract.title_forms import royal, state_form, titles_only
from kg.extract.values import funding_round
from kg.ingest.normalize import guess_class, name_key, reference_names, reference_words

__all__ = ["credits_apart", "trimmed_mentions"]


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
