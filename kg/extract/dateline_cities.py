"""A dateline's city: a line's first words in capitals, a city of the world, before the
dateline's mark ("BEIJING • ", "ISLAMABAD: ", "HO CHI MINH CITY - ") or right before the
story's first name ("TOKYO Lixil Group Corp has agreed ..."), however NER ran them on into
the story. Moved out of :mod:`kg.extract.spans`, which reads the names NER found. And the
city a name NER found whole at a line's start is, by the dateline's words after it
(:func:`dateline_city`, moved out of :mod:`kg.extract.mention_classes`)."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.places import bracketed_dateline_city, world_city_country
from kg.ingest.normalize import reference_words

__all__ = ["SPACED_DASHES", "dateline_cities", "dateline_city"]

#: Dashes that, spaced, part two names NER ran together.
SPACED_DASHES = frozenset({"-", "--", "–", "—"})

#: Abbreviations that open cities' names in capitals ("ST. LOUIS", "FT. WORTH").
_SAINTS = frozenset({"ST", "STE", "FT", "MT"})

#: Marks between a dateline's city in capitals and the story NER may read across ("ISLAMABAD:").
_DATELINE_MARKS = frozenset({"•", "·", "--", "—", "–", ":"})


def _marked(doc, start: int, end: int) -> bool:
    """Whether the capitals ``doc[start:end]`` end where a dateline's city ends: before a
    dateline's mark, or (session 32, fresh news: "TOKYO Lixil Group Corp (5938.T) has
    reached ...", an old wire style with no mark at all) right before a word written as a
    name's, which NER had read into one firm's name, "TOKYO Lixil Group Corp"."""
    if end >= len(doc):
        return False
    after = doc[end]
    # "ST. PETERSBURG, Russia - ": a saint's abbreviation, and a comma before the country.
    # "HO CHI MINH CITY - ": a dash with a space each side, which NER may read a name across.
    return after.text in _DATELINE_MARKS or after.text == "," and end - start > 1 and doc[start].text in _SAINTS \
        or after.text in SPACED_DASHES and bool(doc[end - 1].whitespace_) and bool(after.whitespace_) \
        or after.is_alpha and after.text.istitle() and doc[end - 1].whitespace_ == " " \
        and after.lower_ not in reference_words("corporate_suffixes", lower=True)  # "NICE Ltd": a firm's name


def _line_starts(doc) -> list:
    """The tokens of *doc* that open a line: the first, and each right after a token of
    whitespace (spaCy keeps at most one space after a token; a line break is a token of its
    own). Found by the flags of the whole document at once, not token by token."""
    from spacy.attrs import IS_SPACE

    if not len(doc):
        return []
    after_space = (doc.to_array(IS_SPACE)[:-1].nonzero()[0] + 1).tolist()
    return [doc[0], *(doc[i] for i in after_space)]


def dateline_cities(doc):
    """*doc* with each dateline's city in capitals a place's name (GPE); a name NER ran on
    from the city keeps the words after it ("Lixil Group Corp")."""
    from spacy.tokens import Span

    found = []
    for token in _line_starts(doc):
        end = token.i
        while end < len(doc) and end - token.i < 4 and (doc[end].is_alpha and doc[end].is_upper and len(doc[end]) > 1
                                                         or doc[end].text == "." and end > token.i and doc[end - 1].text in _SAINTS):
            end += 1
        if token.i < end < len(doc) and _marked(doc, token.i, end) and world_city_country(doc[token.i:end].text.title()):
            found.append(Span(doc, token.i, end, label="GPE"))
        elif (city_end := bracketed_dateline_city(doc, token.i)) is not None:
            found.append(Span(doc, token.i, city_end, label="GPE"))  # "Pune (Maharashtra) [India], April 10 (ANI):"
    if not found:
        return doc
    kept, rest = [], []
    for ent in ents_of(doc):
        city = next((f for f in found if ent.start < f.end and f.start < ent.end), None)
        if city is None:
            kept.append(ent)
        elif ent.end > city.end and doc[city.end].is_alpha and doc[city.end].text.istitle():
            rest.append(Span(doc, city.end, ent.end, label=ent.label_))
    doc.ents = sorted([*kept, *rest, *found], key=lambda e: e.start)
    return doc


#: What ends a dateline's city before the story where NER read the city as a name of its
#: own: "KARACHI: ", "BEIJING • ", "TOKYO -- ", "NAIROBI (Reuters) -". Unlike
#: _DATELINE_MARKS, a bare "-" or "(" counts: the name already ends there, while capitals
#: NER ran into the story end at a dash only where it is spaced.
_CITY_ENDS = frozenset({":", "•", "·", "-", "--", "—", "–", "("})
_MONTHS = frozenset("jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
                    "august september october november december".split())


def _agency_after(ent) -> bool:
    """Whether a comma, an agency's short name in capitals and a dateline's mark follow
    *ent* ("JAKARTA, NNA - ")."""
    doc = ent.doc
    return ent.end + 2 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].text.isupper() \
        and doc[ent.end + 1].is_alpha and doc[ent.end + 2].text in _CITY_ENDS


def dateline_city(ent, text: str) -> str | None:
    """The city's name, where *ent* (written *text*), a name NER calls a place's, a firm's
    or a person's, opens a line as a dateline's city: in capitals before a comma and a date
    ("TALLINN, Nov 3 (Reuters) -"), or a city of the world's before a dateline's mark or an
    agency ("KARACHI: The minister said", "JAKARTA, NNA - "); in title case, a city of the
    world's before a comma and a month ("Bhubaneswar, Nov 18: "). Not "TSMC, which is ..."
    nor "UPDATE:" opening a paragraph."""
    label, doc = ent.label_, ent.doc
    if ent.end + 1 >= len(doc) or not (ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws):
        return None
    if text.isupper() and len(text) > 3 and label in ("GPE", "ORG", "PERSON") \
            and (doc[ent.end].text == "," and (doc[ent.end + 1].ent_type_ == "DATE" or doc[ent.end + 1].lower_.rstrip(".") in _MONTHS)
                 or doc[ent.end].text in _CITY_ENDS and world_city_country(text.title())
                 or _agency_after(ent) and world_city_country(text.title())):
        return text.title()
    if label in ("ORG", "PERSON") and doc[ent.end].text == "," and doc[ent.end + 1].lower_.rstrip(".") in _MONTHS and world_city_country(text):
        return text
    return None
