"""Whether the words between two names make the second another name of the first: "X (Y)",
"X, also known as Y", "X, better known as Y" (``alias_links`` of names.yaml). A firm's legal
form is no word of the link, written after the first name ("Harmon Medical Holdings, Inc.
(HM Health)") or after the second inside the brackets ("Prima Drug (Velco Resources, Inc.)"):
NER ends a firm's name before its legal form (session 37, fresh news)."""

from __future__ import annotations

import functools
import re

from kg.extract.patterns import doc_text
from kg.ingest.normalize import reference_words

__all__ = ["names_same"]

#: A listed firm's stock code in brackets: "(603019.SH)", "(KRX: 005930)", "(NYSE: TSM)".
_TICKER = re.compile(r"\(\s*(?:[A-Z]{2,8}\s*:\s*[0-9A-Z]{1,8}|\d{4,6}(?:\.[A-Z]{1,3})?)\s*\)")


@functools.cache
def _legal_words() -> frozenset[str]:
    """The words of legal forms ("inc", "co", "ltd" of "Co., Ltd."), from corporate_suffixes."""
    # Not the "a" of "A/S": "X, a unit of Y" names no legal form.
    return frozenset(word for form in reference_words("corporate_suffixes", lower=True) for word in form.split() if len(word) > 1)


def past_legal_form(doc, start: int, stop: int) -> int:
    """The token after a legal form written from *start* (", Inc.", "Co., Ltd."), before
    *stop*; *start* itself when none is."""
    words, i, end = _legal_words(), start + (start < stop and doc[start].text == ","), start
    while i < stop and doc[i].lower_.rstrip(".") in words:
        i += 1 + (i + 1 < stop and doc[i + 1].text == ".")
        end = i
        if i + 1 < stop and doc[i].text == "," and doc[i + 1].lower_.rstrip(".") in words:
            i += 1  # "Co., Ltd."
    return end


def names_same(doc, first, second, links: frozenset[str]) -> bool:
    """Whether the words between two mentions make the second another name of the first:
    "X (Y)", "X, also known as Y" (*links*: alias_links of names.yaml), a legal form left out."""
    start = past_legal_form(doc, first.end, second.start)
    # The words between, from the text (a span's text is joined token by token).
    between = " ".join(doc_text(doc)[doc[start].idx:doc[second.start].idx].split()) if start < second.start else ""
    # "Dawning Information Industry Co., (603019.SH) or Sugon": a stock's code between
    # a firm's names is no word of the link.
    between = " ".join(_TICKER.sub(" ", between).split()) if "(" in between[1:] else between
    if between.startswith(","):
        between = ", " + between[1:].strip()
    after = past_legal_form(doc, second.end, len(doc))
    closes = after < len(doc) and doc[after].text == ")"
    return (between == "(" and closes) or (between in links and between != "(") or (
        between.startswith("(") and between in links and closes)
