"""Public bodies and offices whose brief is a list of common words joined by "and"
("Coordinating Committee for Monetary and Fiscal Policies", "Senate Committee on Banking,
Insurance and other Financial Institutions", "Minister of Budget and Economic Planning"),
or whose name NER cut at "and" where the initials in brackets that follow spell both parts
("Accounting and Corporate Regulatory Authority (ACRA)"). NER leaves the words after "and"
as names of their own ("Fiscal", "Policies", "Economic Planning"), which the classes then
read as firms: junk firms, and the body cut short. The body's name runs to the end of the
list; a title's brief ("Minister of Budget and ...") names no organisation, so its words
after "and" are dropped."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import with_longer

__all__ = ["body_briefs_joined"]

#: Words between a body's (or a title's) noun and its brief.
_BRIEF_LINKS = frozenset({"of", "for", "on"})


def _spelt(acronym: str, words: list) -> bool:
    initials = "".join(w.text[0] for w in words if w.text[:1].isupper())
    return len(acronym) >= 3 and acronym.isupper() and acronym.isalpha() and acronym == initials


def _common(token, words: frozenset[str]) -> bool:
    word = token.lower_
    # The lexicon holds lemmas; a capitalised plural's lemma is often itself ("Policies").
    return any(w in words for w in (word, token.lemma_.lower(), word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word))


def body_briefs_joined(doc, heads: frozenset[str], titles: frozenset[str], common_words: frozenset[str]):
    """*doc* with bodies' names run to the end of their "and" list (see the module).
    *heads*: nouns of public bodies ("committee"), *titles*: nouns of office holders
    ("minister"), *common_words*: English common nouns and adjectives, lower case; the words
    after "and" must all be such (capitalised), so "the Ministry of Finance and Hanul Bank"
    stays two names."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    longer, dropped = [], []
    starts = {e.start: e for e in ents}
    for ent in ents:
        if ent.label_ not in ("ORG", "KG:GovernmentBody") and not ent.label_.startswith("KG:") or ent.end >= len(doc):
            continue
        words = list(ent)
        acronym_end = None
        # The initials case: "Accounting" and "Corporate Regulatory Authority (ACRA)".
        if doc[ent.end].lower_ == "and" and ent.end + 1 in starts and ent.label_ == "ORG":
            second = starts[ent.end + 1]
            if second.label_ == "ORG" and second[-1].lower_ in heads and second.end + 2 < len(doc) and doc[second.end].text == "(" \
                    and doc[second.end + 2].text == ")" and _spelt(doc[second.end + 1].text, [*words, *second]):
                acronym_end = second.end
        if acronym_end is not None:
            longer.append(Span(doc, ent.start, acronym_end, label="ORG"))
            continue
        end = _brief_end(doc, ent.start, ent.end, heads | titles, common_words)
        if end is not None:
            # "a Coordinating Committee for ...": the article is no word of the name.
            longer.append(Span(doc, ent.start + (ent[0].lower_ in ("a", "an", "the")), end, label="ORG"))
    # A title's brief the parse left without a name of its own: "Minister of Budget and
    # Economic Planning" holds no organisation "Economic Planning".
    for ent in ents:
        if ent.label_ not in ("ORG", "PERSON", "GPE") or ent.start < 4 or doc[ent.start - 1].lower_ != "and":
            continue
        i = ent.start - 2
        while i > 0 and doc[i].text[:1].isupper() and doc[i].is_alpha:
            i -= 1
        if i < 1 or i == ent.start - 2 or doc[i].lower_ not in _BRIEF_LINKS or doc[i - 1].lower_ not in titles:
            continue
        if any(e.start <= i - 1 < e.end for e in ents) or ent.end < len(doc) and doc[ent.end].text[:1].isupper():
            continue  # "Minister of Finance and Economic Planning Ken Ofori-Atta": left to the title's reading
        if _brief_end(doc, i + 1, ent.start - 1, frozenset(), common_words, after_and=True) and all(
                _common(t, common_words) for t in ent):
            dropped.append(ent)
    if dropped:
        ents = [e for e in ents if e not in dropped]
        doc.ents = ents
    return with_longer(doc, ents, longer)


def _brief_end(doc, start: int, end: int, heads: frozenset[str], common_words: frozenset[str], *, after_and: bool = False):
    """Where the "and" list that goes on from the name ``doc[start:end]`` ends, when the name
    holds a head, "of"/"for"/"on" and capitalised common words up to its end; else None.
    With *after_and*, only whether ``doc[start:end]`` is such capitalised common words."""
    if after_and:
        return end if end > start and all(t.text[:1].isupper() and t.is_alpha and _common(t, common_words) for t in doc[start:end]) else None
    span = doc[start:end]
    link = next((t.i for t in reversed(span) if t.lower_ in _BRIEF_LINKS), None)
    if link is None or link == start or doc[link - 1].lower_ not in heads or link + 1 >= end:
        return None
    if not all(t.text[:1].isupper() and t.is_alpha and _common(t, common_words) for t in doc[link + 1:end]):
        return None
    i = end
    while i < len(doc) and doc[i].text == ",":  # ", Insurance and other Financial Institutions"
        j = i + 1
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].is_alpha and _common(doc[j], common_words):
            j += 1
        if j == i + 1:
            return None
        i = j
    if i >= len(doc) or doc[i].lower_ != "and":
        return None
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "other":
        j += 1
    k = j
    while k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha and _common(doc[k], common_words) and "\n" not in doc[k - 1].whitespace_:
        k += 1
    if k == j or k < len(doc) and doc[k].text[:1].isupper() and doc[k].is_alpha:
        return None  # "and Hanul Bank": a name of its own follows
    return k
