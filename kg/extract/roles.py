"""What the text calls one investor of a round ("an existing investor", "earlier investors
A and B"): the role of its fact."""

from __future__ import annotations

from kg.extract.guard import setting_words

__all__ = ["described_as"]


def described_as(mention) -> str:
    """The description the text gives a mention, when it is a holder noun with an
    adjective ("Minjin, an existing investor,", "earlier investors Minjin and Sora"):
    "existing investor"; else ""."""
    doc = mention.doc
    nouns = [c for c in mention.children if c.dep_ == "appos"]
    if mention.dep_ == "appos":
        nouns.append(mention.head)
    if mention.i > 0 and doc[mention.i - 1].pos_ == "NOUN":
        nouns.append(doc[mention.i - 1])
    for noun in nouns:
        if noun.lemma_.lower() in setting_words("holder_nouns"):
            words = [c.lower_ for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
            if words:
                return " ".join([*words, noun.lemma_.lower()])
    if mention.dep_ == "conj" and mention.head.ent_type_:
        return described_as(mention.head)  # "earlier investors A and B": B's too
    return ""
