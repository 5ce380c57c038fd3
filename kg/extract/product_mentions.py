"""Whether a mention names a product: a model's name by its shape ("Galaxy S25", "Nvidia's
H100"), or a name the text describes as a kind of product ("Ballie, a home assistant robot",
"the new chip, dubbed Rubin", "brands including Jeep"). Moved out of
:mod:`kg.extract.mention_classes`, which decides the class with these answers among others."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from kg.extract.doc_ents import ents_of
from kg.extract.entities import reference_sector_words
from kg.extract.mention_context import firm_nouns

__all__ = ["ProductCues"]


@dataclass(frozen=True)
class ProductCues:
    """The words that tell a product's name: *product_nouns* ("phone", "sedan": what a
    model is), *not_models* ("series", "phase": "Series C" is no model), *firm_name_words*
    (firms' words and legal forms: "Velto Robotics" is no product) and *event_heads*
    ("Expo", "Summit": "Expo 2025" is no model)."""

    product_nouns: frozenset[str]
    not_models: frozenset[str]
    firm_name_words: frozenset[str]
    event_heads: Collection[str] = ()

    def model_shaped(self, ent) -> bool:
        """Whether a name is a product model's: words and a model code or number ("Galaxy
        S25", "Ioniq 9", "Model Y", "737 MAX"), or a code alone owned by a name before it
        ("Nvidia's H100"). A year ("Expo 2025"), a firm's word or a legal form makes it no model."""
        words = ent.text.split()
        while len(words) > 2 and words[-1].lower() in self.product_nouns:
            words = words[:-1]  # "Galen S4 phone"
        if any(w.lower().strip(".,") in self.firm_name_words for w in words) \
                or words[-1] in self.event_heads or len(words) > 3 or words[0].lower() in self.not_models:
            return False
        last = words[-1].rstrip(".")
        if len(words) == 1:
            owned = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("'s", "’s")
            if ent.end < len(ent.doc) and ent.doc[ent.end].lower_ in reference_sector_words("part_heads"):
                return False  # "Microsoft's M12 unit": a part of the firm, no model of its
            return owned and bool(re.fullmatch(r"[A-Z]+\d+[A-Za-z]*", last))
        if re.fullmatch(r"(?:19|20)\d\d", last) or len(words) > 2 and words[-2].lower() in self.event_heads:
            return False
        return bool(re.fullmatch(r"[A-Z]{0,3}\d+[A-Za-z+]{0,3}|[A-Z]", last)) and words[0][:1].isupper() \
            or bool(re.fullmatch(r"\d{3,}", words[0])) and last.isupper()

    def described_as_product(self, ent) -> bool:
        """Whether the text says what kind of product the name is: a product's noun in
        apposition ("Ballie, a home assistant robot,"), the name in apposition to one ("its
        new chip, the H7,"), right before it ("the chatbot ChatGPT"), or heading the list it is in ("brands including Jeep and Dodge"). Not a
        name with a firm's word or a legal form ("Velto Robotics, a robot maker")."""
        if any(w.lower().strip(".,") in self.firm_name_words for w in ent.text.split()):
            return False
        root, doc = ent.root, ent.doc
        if any(c.dep_ == "appos" and c.lemma_.lower() in self.product_nouns for c in root.children):
            return True
        if root.dep_ == "appos" and root.head.i < ent.start and root.head.is_lower and root.head.lemma_.lower() in self.product_nouns \
                and root.head.lemma_.lower() not in firm_nouns() and doc[ent.start - 1].text != "(":
            # "its new chip, the H7,"; not "its EV brand, Zeekr, will buy": brands are firms
            # too; nor "large language models (LLMs)", the noun's initials.
            return True
        if ent.start and doc[ent.start - 1].dep_ == "compound" and doc[ent.start - 1].head.i == root.i \
                and doc[ent.start - 1].lower_ in self.product_nouns:
            return True
        if self.named_product(ent):
            return True
        member = root
        while member.dep_ == "conj" and member.head.i != member.i:
            member = member.head
        listing = member.head if member.dep_ == "pobj" and member.head.lower_ in ("including", "like", "as") \
            or member.dep_ == "dobj" and member.head.lemma_ == "include" and member.head.dep_ == "relcl" else None  # "brands, which include X"
        if listing is not None and listing.lower_ == "as" and listing.head.lower_ == "such":
            listing = listing.head
        return listing is not None and listing.head.lemma_.lower() in self.product_nouns

    def named_product(self, ent) -> bool:
        """Whether a product's noun is called, named or dubbed the name ("the new chip
        architecture, dubbed Rubin", "the new CPU will be called Versa"), or the name is
        quoted right before one ('the upcoming "Blackwell" model')."""
        root, doc = ent.root, ent.doc
        named = root.head if root.dep_ in ("oprd", "attr") and root.head.lemma_.lower() in ("call", "name", "dub") else None
        if named is not None and any(self._product_noun(t) for t in ([named.head] if named.dep_ == "acl" else [])
                                     + [c for c in named.children if c.dep_ == "nsubjpass"]):
            return True
        return root.dep_ in ("compound", "nmod") and root.head.i == ent.end + 1 and root.head.lemma_.lower() in self.product_nouns \
            and ent.start > 0 and doc[ent.start - 1].text in ('"', "“", "'", "‘") and doc[ent.end].text in ('"', "”", "'", "’")

    def _product_noun(self, token) -> bool:
        """Whether a noun names a kind of product, itself or by a noun before it ("the new
        chip architecture")."""
        return any(t.lemma_.lower() in self.product_nouns for t in (token, *(c for c in token.children if c.dep_ == "compound")))

    def product_elsewhere(self, ent) -> bool:
        """Whether another mention of the name, one word as NER read it, is a product's by
        what it is called ("the new CPU will be called Versa" ... "Versa comes months after");
        not by a list or an apposition, which other mentions often contradict on the
        development texts."""
        doc = ent.doc
        described = doc.user_data.get("kg_products_described")
        if described is None:
            described = doc.user_data["kg_products_described"] = {
                e.text for e in ents_of(doc) if e.label_ in ("ORG", "PRODUCT", "GPE", "PERSON", "WORK_OF_ART") and self.named_product(e)}
        return len(ent) == 1 and ent.text in described
