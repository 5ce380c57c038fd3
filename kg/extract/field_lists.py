"""Sectors named in lists of fields that no list opener of
:func:`kg.extract.sector_mentions.listed_sectors` introduces: the fields of a working
together ("discussed cooperation in agriculture, energy and livestock", "collaboration in
the field of energy and agriculture") and the words before a plural sector head ("invest in
Pakistan's energy and aviation sectors", "runs hotel and real estate businesses"). Each
item in lower case is a sector named as written, as the gold names them; items of an
activity or of generic words alone are not (the same tests as ``listed_sectors``).
"""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.sector_mentions import item_words, with_sector_items

__all__ = ["field_list_sectors"]

#: Tokens a list before its head is made of besides its words.
_JOINS = (",", "and", "-", "–")


def field_list_sectors(doc, openers: frozenset[str], fields: frozenset[str], heads: frozenset[str],
                       not_sectors: frozenset[str], generic: frozenset[str]):
    """*doc* with a sector mention for each item of such a list that no mention holds yet.
    *openers* are the nouns of working together ("cooperation"), whose "in" opens the
    list, directly or through a noun of *fields* and its "of" ("in the field of");
    *heads*, the plural nouns a list before them names the sectors of ("sectors")."""
    items = []
    for token in doc:
        # "sought investments and collaboration in": the "in" may hang on the first noun.
        if token.lower_ == "in" and token.dep_ == "prep" \
                and any(n.lemma_.lower() in openers for n in (token.head, *(c for c in token.head.children if c.dep_ == "conj"))):
            items += [item_words(item) for item in _conjuncts(_field_objects(token, fields))]
        elif token.lower_ in heads and token.tag_ == "NNS":
            items += _items_before(token)
    # An item whole with its "and" (:func:`_items_before`) is one sector, not the
    # sectors its words name on their own ("oil and energy", not "oil" and "energy").
    joined = [item for item in items if any(w.lower_ == "and" for w in item)]
    if joined:
        inside = {w.i for item in joined for w in item}
        ents = list(ents_of(doc))
        kept = [e for e in ents if not (e.label_ == "KG:Sector" and all(i in inside for i in range(e.start, e.end)))]
        if len(kept) < len(ents):
            doc.ents = kept
    # "cooperation in various fields": a field's own noun names none.
    return with_sector_items(doc, items, not_sectors, generic, not_last=fields | heads)


def _field_objects(preposition, fields: frozenset[str]) -> list:
    """The objects of *preposition*; for a noun of *fields* ("the field of energy"), the
    objects of its "of". A field is written bare: "cooperation in the region" names a
    place, not a trade."""
    objects = []
    for noun in (c for c in preposition.children if c.dep_ == "pobj"):
        of = next((c for c in noun.children if c.lower_ == "of" and c.dep_ == "prep"), None) if noun.lower_ in fields else None
        found = [c for c in of.children if c.dep_ == "pobj"] if of is not None else [noun]
        objects += [n for n in found if not any(c.dep_ in ("det", "poss") for c in n.children)]
    return objects


def _conjuncts(items: list) -> list:
    """*items* and the nouns coordinated with them, in the order of the text."""
    found, stack = list(items), list(items)
    while stack:
        conj = [c for c in stack.pop().children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        found += conj
        stack += conj
    return sorted(found, key=lambda t: t.i)


def _items_before(head) -> list[list]:
    """The items of a list of words in lower case right before *head*, split at commas
    and "and" ("energy and aviation", "construction, food, health and health tourism");
    none unless there are two or more. In a list of three or more items, words "and"
    joins between two commas are one item ("construction, oil and energy, medicine and
    food sectors": the dev gold keeps such an item whole, session 35); only the last "and"
    parts the last items. Two items alone stay parted ("the logistics and warehousing
    sectors")."""
    doc, start = head.doc, head.i
    while start > 0 and (doc[start - 1].text in _JOINS or doc[start - 1].is_lower and doc[start - 1].pos_ in ("NOUN", "ADJ")):
        start -= 1
    words = list(doc[start:head.i])
    commas = [i for i, t in enumerate(words) if t.text == ","]
    inner = [i for a, b in zip(commas, commas[1:]) for i in range(a + 1, b)
             if words[i].lower_ == "and" and a + 1 < i < b - 1] if len(commas) > 1 else []
    items, item = [], []
    for i, token in enumerate(words):
        if token.text in (",", "and") and i not in inner:
            if item:
                items.append(item)
            item = []
        else:
            item.append(token)
    if item:
        items.append(item)
    items = [[w for w in item if w.text not in ("-", "–") or 0 < item.index(w) < len(item) - 1] for item in items]
    return items if len(items) > 1 else []
