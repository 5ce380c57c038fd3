"""Names the text says a firm makes: "OpenAI, the maker of ChatGPT", "the developer of
Baemo", "Foxconn, which assembles iPhones". The name after "of" a maker's noun
(``product_maker_words`` of names.yaml) or the name a verb of making has as its object
(``product_verbs``) is a product's, not the firm NER took it for. Not a name that says it is
an organisation's ("the maker of Hanul Motors"), nor a verb's object that something else is
made into ("makes Hanul a leader"). Another mention of the name is the product's too ("rivals
ChatGPT" after "the maker of ChatGPT")."""

from __future__ import annotations

import functools

from kg.extract.doc_ents import ents_of
from kg.ingest.normalize import reference_words

__all__ = ["made_product", "made_products"]


@functools.cache
def _product_verbs() -> frozenset[str]:
    return reference_words("product_verbs", lower=True)


@functools.cache
def _maker_nouns() -> frozenset[str]:
    return reference_words("product_maker_words", lower=True)


def made_product(ent, firm_words: frozenset[str]) -> bool:
    """Whether mention *ent* (a spaCy span) is what the text says a firm makes; *firm_words*
    are the words that make a name an organisation's ("corp", "group", "bank")."""
    if any(t.lower_.strip(".,") in firm_words for t in ent):
        return False
    root = ent.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "the maker of Baemo and Velto"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i:
        noun = head.head
        # "the maker of", "a developer of": a firm's noun, in the singular or not.
        return noun.pos_ == "NOUN" and noun.lemma_.lower() in _maker_nouns() and noun.i == head.i - 1
    if root.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _product_verbs():
        return not any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in head.children)
    return False


def made_products(doc, firm_words: frozenset[str]) -> frozenset[str]:
    """The names (as written) of the mentions of *doc* that :func:`made_product` holds,
    read once per document."""
    found = doc.user_data.get("kg_made_products")
    if found is None:
        found = doc.user_data["kg_made_products"] = frozenset(
            e.text for e in ents_of(doc) if e.label_ in ("ORG", "PERSON", "GPE", "PRODUCT", "WORK_OF_ART") and made_product(e, firm_words))
    return found
