"""Names around a person's title that NER drew wrong: a firm's name that took in the first
words of the title after it ("Hanul Robotics Chief Technology | Officer Kim"), a title read
as a person's name of its own ("Public Relations Manager, Kim"), a firm of one word
opening a sentence that is also an English noun ("Nissan chief financial officer Ma"), and
a firm's name read as a work's before a title only a firm's people hold ("Deep Robotics
founder and CEO Zhu").

A title run is the capitalised or lower-case words right before a person's name (and an
optional comma) that are person titles, words that may open a title (``title_openers`` of
``data/reference/names.yaml``: "Chief", "General") or functions an officer has
(``title_functions``: "Technology", "Public Relations"); it starts at a title or an opener,
never at a function, so a firm's own last word ("Hanul Technology CEO Kim") stays its own.
"""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.ingest.normalize import guess_class, reference_words

__all__ = ["organ_holders_apart", "titled_names"]

#: NER's labels whose span a title run may cut or replace.
_NAME_LABELS = ("ORG", "PERSON", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC")
#: The lists of names.yaml whose words name no firm alone ("Group", "Company", "Fund"), or
#: name a minister's brief ("Commerce secretary Kim").
_GENERIC_LISTS = ("title_modifiers", "organisation_cues", "investment_firm_cues", "firm_words", "briefs")
#: NER's labels for the names of works and products, which a firm's name may get.
_WORK_LABELS = ("WORK_OF_ART", "PRODUCT")
#: The classes a firm's name opening a sentence may be given here (not a person's).
_BODY_CLASSES = ("Company", "InvestmentFirm")


def titled_names(doc):
    """*doc* with the names around each person's title run mended: a name that ends inside
    the run is cut where the run starts, a name made only of the run's words is dropped, and
    a one-word organisation opening the sentence right before the run is labelled a firm."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    titles = reference_words("person_titles", lower=True)
    openers = reference_words("title_openers", lower=True)
    functions = reference_words("title_functions", lower=True)
    firm_titles = reference_words("firm_titles", lower=True)
    generic = frozenset().union(*(reference_words(key, lower=True) for key in _GENERIC_LISTS))
    ents, changed = _initials_split(doc, ents, titles)
    ents, cut = _officer_split(doc, ents, firm_titles)
    changed = changed or cut
    for person in [e for e in ents if e.label_ == "PERSON"]:
        run = _title_run(doc, person.start, titles, openers, functions)
        if run is None:
            continue
        words_start, start, end = run
        for i, ent in enumerate(ents):
            if ent.label_ not in _NAME_LABELS or ent is person:
                continue
            if words_start <= ent.start and ent.end <= end:
                ents[i] = None  # "Public Relations Manager": a title, no one's name
                changed = True
            elif ent.start < start < ent.end <= end and doc[start].text[:1].isupper() and doc[start - 1].text[:1].isupper():
                ents[i] = Span(doc, ent.start, start, label=ent.label_)  # "Hanul Robotics Chief Technology"
                changed = True
            elif ent.end == start and len(ent) == 1 and ent.label_ == "ORG" and ent[0].is_sent_start \
                    and ent[0].lower_ not in generic and (cls := guess_class(ent.text, "Company")) in _BODY_CLASSES:
                # A firm's name that is also an English noun, opening the sentence: its
                # people's titles say it names a firm ("Group Chairman Kim": whose group,
                # the word does not say).
                ents[i] = Span(doc, ent.start, ent.end, label=f"KG:{cls}")
                changed = True
            elif ent.end == start and ent.label_ in _WORK_LABELS and any(t.lower_ in firm_titles for t in doc[start:end]):
                # "Deep Robotics founder and CEO Zhu" read as a work's title: a title only a
                # firm's people hold says the name before it is an organisation's.
                ents[i] = Span(doc, ent.start, ent.end, label="ORG")
                changed = True
        ents = [e for e in ents if e is not None]
    if changed:
        doc.ents = ents
    return doc


def _initials_split(doc, ents: list, titles: frozenset[str]) -> tuple[list, bool]:
    """*ents* with each person's name that opens with an organisation's initials right after
    a title parted in two ("Chairman HRC Minjin Park": HRC's chairman, Minjin Park): no
    person's given name is written in capitals while the rest of the name is not."""
    from spacy.tokens import Span

    out, changed = [], False
    for ent in ents:
        first = ent[0] if len(ent) >= 3 else None
        if ent.label_ == "PERSON" and first is not None and ent.start > 0 and first.is_alpha and first.is_upper \
                and len(first) >= 2 and doc[ent.start - 1].lower_.rstrip(".") in titles \
                and all(t.is_title for t in ent[1:] if t.is_alpha):
            out += [Span(doc, ent.start, ent.start + 1, label="ORG"), Span(doc, ent.start + 1, ent.end, label="PERSON")]
            changed = True
        else:
            out.append(ent)
    return out, changed


def _officer_split(doc, ents: list, firm_titles: frozenset[str]) -> tuple[list, bool]:
    """*ents* with each firm's name NER ran over an officer's title in capitals cut before
    it, and the capitalised words after the title a person's name ("Hanul Robotics CFO Park
    Ji-hoon"): no firm's name holds "CFO" or "CEO" between its words."""
    from spacy.tokens import Span

    taken = {i for e in ents for i in range(e.start, e.end)}
    out, changed = [], False
    for ent in ents:
        at = next((t.i for t in ent[1:] if t.is_upper and t.lower_.rstrip(".") in firm_titles), None) if ent.label_ == "ORG" else None
        end = at + 1 if at is not None else 0
        while end < len(doc) and (doc[end].is_title and doc[end].is_alpha or doc[end].text == "-" and not doc[end - 1].whitespace_
                                  and not doc[end].whitespace_ and end + 1 < len(doc) and doc[end + 1].is_alpha) \
                and (end < ent.end or end not in taken):
            end += 2 if doc[end].text == "-" else 1
        if at is None or end == at + 1 or end - at > 5:
            out.append(ent)
            continue
        out += [Span(doc, ent.start, at, label="ORG"), Span(doc, at + 1, end, label="PERSON")]
        changed = True
    return out, changed


def _title_run(doc, before: int, titles: frozenset[str], openers: frozenset[str], functions: frozenset[str]):
    """(first word, start, end) of the title run right before token *before* (a comma may
    stand between): where its words start, functions included, and where the title starts;
    or None where there is none or it holds no title word."""
    end = before - 1 if before > 0 and doc[before - 1].text == "," else before
    start = end
    words = titles | openers | functions
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and (doc[start - 1].lower_.rstrip(".") in words or (
            doc[start - 1].lower_ in ("and", "&") and start > 1 and doc[start - 2].lower_.rstrip(".") in titles)):
        start -= 1  # "founder and CEO": two titles joined are one run
    first = start
    while start < end and doc[start].lower_.rstrip(".") not in titles | openers:
        start += 1  # a function opens no title: "Technology" of "Hanul Technology CEO"
    if start == end or not any(t.lower_.rstrip(".") in titles for t in doc[start:end]):
        return None
    if end < before and not all(t.text[:1].isupper() for t in doc[first:end]):
        return None  # "the manager, Kim": only a capitalised title stands before a comma and a name
    return first, start, end


def organ_holders_apart(doc, titles: frozenset[str], organs: frozenset[str], body_words: frozenset[str]):
    """*doc* with the person's name NER ran into a firm's organ's name after a title and
    "of" set apart: "Chairman of the Management Board of Hanul Energy Fund | Aidos Serikov
    spoke", as Central Asian firms title their chiefs. The name opens with the organ's words
    (*organs*, lower case: "management", "board") and "of", the firm's name ends in one of
    *body_words* (lower case: "fund", "group"), and the two or three capitalised words after
    it are shaped like a person's name. Not a firm's name no organ opens (left to NER)."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    mended = []
    for ent in ents:
        start = ent.start + (ent[0].lower_ == "the")
        of = next((t.i for t in doc[start:ent.end] if t.lower_ not in organs), None)
        if ent.label_ != "ORG" or ent.start < 2 or doc[ent.start - 1].lower_ != "of" \
                or doc[ent.start - 2].lower_.rstrip(".") not in titles or of is None or of == start or doc[of].lower_ != "of":
            mended.append(ent)
            continue
        cut = next((k for k in (ent.end - 3, ent.end - 2) if k > of + 1 and _person_shaped(doc[k:ent.end])
                    and doc[k - 1].text[:1].isupper() and doc[k - 1].lower_ in body_words), None)
        if cut is None:
            mended.append(ent)
            continue
        mended += [Span(doc, ent.start, cut, label="ORG"), Span(doc, cut, ent.end, label="PERSON")]
    if len(mended) > len(ents):
        doc.ents = mended
    return doc


def _person_shaped(span) -> bool:
    """Whether *span* is two or three capitalised words of letters that read as a person's
    name ("Aidos Serikov"), none a word of firms' names."""
    words = span.text.split()
    return len(words) in (2, 3) and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and guess_class(span.text, "Company") == "Person"
