"""What the text calls one investor of a round ("an existing investor", "earlier investors
A and B"): the role of its fact."""

from __future__ import annotations

__all__ = ["described_as"]


#: Nouns that describe one's part in a firm ("an existing investor"): what a round's
#: investor is called by the text, the role of its fact.
_HOLDER_NOUNS = frozenset({"investor", "backer", "shareholder"})


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
        if noun.lemma_.lower() in _HOLDER_NOUNS:
            words = [c.lower_ for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
            if words:
                return " ".join([*words, noun.lemma_.lower()])
    if mention.dep_ == "conj" and mention.head.ent_type_:
        return described_as(mention.head)  # "earlier investors A and B": B's too
    return ""
