"""Products named by one letter: the social platform X ("said in a post on X", "wrote on
'X'", "on social platform X, she thanked ..."). A capital letter alone is no name NER
finds, nor one the ruler may take wherever it stands ("Series X", "Model X", "Generation
X"); it is the platform's where a word that opens a platform's name stands before it (``on``,
"platform", quotes between them allowed) and no capitalised word or number after it goes
on with the name. The letters and the opening words are ``lettered_products`` of
``data/reference/names.yaml``.
"""

from __future__ import annotations

import functools

from kg.errors import IngestError
from kg.extract.doc_ents import ents_of
from kg.ingest.normalize import reference_names

__all__ = ["lettered_products", "platforms_named"]

#: Quote marks a letter may stand between ("on 'X'").
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”"})


@functools.cache
def lettered_products() -> tuple[frozenset[str], frozenset[str]]:
    """The one-letter names of products, and the lower-case words before them that make
    the letter a product's name (``lettered_products`` of names.yaml: ``names``, ``openers``)."""
    cues = reference_names().get("lettered_products")
    if not isinstance(cues, dict) or not cues.get("names") or not cues.get("openers"):
        raise IngestError("names.yaml: 'lettered_products' must give 'names' and 'openers'")
    return frozenset(str(n) for n in cues["names"]), frozenset(str(w).lower() for w in cues["openers"])


def platforms_named(doc, names: frozenset[str] | None = None, openers: frozenset[str] | None = None):
    """*doc* with each lone letter of *names* that an opener stands before (and no name
    goes on after) marked a ``KG:Product`` mention; a letter inside a longer mention stays
    that mention's. Cheap: only tokens whose text is one of *names* are looked at."""
    from spacy.tokens import Span

    if names is None or openers is None:
        names, openers = lettered_products()
    found = []
    # NER may call the letter a firm or a person ("On social platform X, ..."): a name of
    # its own, which the product's mention replaces; a letter inside a longer name stays.
    alone = {i for e in ents_of(doc) if not e.label_.startswith("KG:") and len([t for t in e if t.text not in _QUOTES]) == 1
             for i in range(e.start, e.end)}
    for token in doc:
        if token.text not in names or token.ent_type_ and token.i not in alone:
            continue
        before = token.i - 1
        while before >= 0 and doc[before].text in _QUOTES:
            before -= 1
        after = token.i + 1
        while after < len(doc) and doc[after].text in _QUOTES:
            after += 1
        if before < 0 or doc[before].lower_ not in openers:
            continue
        if after < len(doc) and (doc[after].is_alpha and doc[after].text[:1].isupper() or doc[after].like_num):
            continue  # "on X Corp's board", "on X 2": a longer name or a model's number
        found.append(Span(doc, token.i, token.i + 1, label="KG:Product"))
    if found:
        taken = {span.start for span in found}
        doc.ents = sorted([*(e for e in ents_of(doc) if not any(e.start <= i < e.end for i in taken)), *found], key=lambda e: e.start)
    return doc
