"""Firms' names that open with their legal form: "PT Semen Indonesia", "PJSC Tatneft", "JSC
Orvik Chemicals". Indonesian, Russian and Central Asian firms write the form first, where
NER, trained on forms written last, saw no name at all or only the country the name ends in."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import with_longer

__all__ = ["prefixed_firm_names"]

#: Words that may stand inside such a name in lower case ("PT Bank of Orvik", "JSC Bank
#: for Development").
_JOINTS = frozenset({"of", "for", "and", "&"})


def prefixed_firm_names(doc, prefixes: frozenset[str]):
    """*doc* with each legal form of *prefixes* (as written, in capitals: ``legal_form_prefixes``
    of names.yaml) and the capitalised words after it as one organisation's name, in place
    of the names NER found among those words ("Indonesia" of "PT Semen Indonesia"). The
    form alone, or before a word in lower case ("a PT company"), names no one."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    longer = []
    i = 0
    while i < len(doc) - 1:
        token = doc[i]
        if token.text.rstrip(".") not in prefixes or not token.text[:1].isupper() or token.i and doc[token.i - 1].text[:1].isupper() \
                and doc[token.i - 1].is_alpha and not doc[token.i - 1].is_sent_start:
            i += 1
            continue
        end = i + 1 + (doc[i + 1].text == ".")
        while end < len(doc) and (doc[end].text[:1].isupper() and (doc[end].is_alpha or doc[end].text.rstrip(".").isalpha())
                                  or doc[end].lower_ in _JOINTS and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()):
            end += 1
        start_of_name = i + 1 + (doc[i + 1].text == ".")
        if end > start_of_name and doc[end - 1].lower_ not in _JOINTS:
            if not any(e.start < i and e.end > i for e in ents):  # inside a name NER found, the form is that name's
                longer.append(Span(doc, i, end, label="ORG"))
        i = max(end, i + 1)
    return with_longer(doc, ents, longer)
