"""Quotes' codes written after firms' names in wire copy ("ProSiebenSat.1 PSMGn.DE", "Nippon
Steel 5401.T"): no word of the name (``mention_bounds.py`` ends the name before them), and no end of
a fact either, though the parse makes the code the head the name hangs on."""

from __future__ import annotations

import re

from kg.extract.mention_context import quote_code_at
from kg.extract.patterns import doc_text, token_mark

__all__ = ["quote_codes_rehung"]

#: What any quote's code (``mention_context.quote_code_at``) is in the text: a word of its
#: form that a space or the text's end follows. Most texts hold none, and need no walk.
_CODE_IN_TEXT = re.compile(r"[A-Z0-9][A-Za-z0-9]{0,7}\.[A-Z]{1,2}(?=\s|\Z)")


def quote_codes_rehung(doc):
    """The name before a quote's code takes the code's place in the parse, the code hung on
    it: "Corvane Holdings CRVN.DE agreed to buy ...": the parse's subject is the code, with
    the name its compound, and the deal had no buyer named."""
    if _CODE_IN_TEXT.search(doc_text(doc)) is None:
        return doc
    following = None
    for code in doc:
        # The word before each, kept from the step before (not built again).
        name, following = following, code
        if name is None or not name.whitespace_ or not quote_code_at(doc, code.i):
            continue
        if not token_mark(name, "kg_entity") or name.head.i != code.i or code.head.i == name.i:
            continue
        others = [c for c in code.children if c.i != name.i]
        name.head, name.dep_ = (name, code.dep_) if code.head.i == code.i else (code.head, code.dep_)
        for child in others:
            child.head = name
        code.head, code.dep_ = name, "appos"
    return doc
