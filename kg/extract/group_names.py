"""Business groups named by a firm's name and "group" in lower case: "the founder of the
Toyota group", "loans from the UFJ group", "the Tata group of companies". News writes the
group this way beside the firms of it ("Toyota Industries", "Tata Sons"); NER reads only the
firm's word, which then stands alone as a name no firm of the text bears, or merges into one
of those firms, and the group is lost."""

from __future__ import annotations

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import with_longer
from kg.ingest.normalize import reference_words

__all__ = ["firm_groups"]

#: The word that, in lower case after a firm's name, names the firm's business group.
_GROUP = "group"


def firm_groups(doc):
    """*doc* with "the" + an organisation's name NER found (or a word of one) + "group" as
    one organisation's name, the group's ("the UFJ group" -> "UFJ group"), where the word
    after "group" is no noun, or is "of" before a word of ``firm_words`` of names.yaml
    ("companies")."""
    from spacy.tokens import Span

    firm_words = reference_words("firm_words", lower=True)
    ents = list(ents_of(doc))
    # NER may read a firm's word alone as a person's ("the Corvane group"); it is a firm's
    # where it opens a longer firm's name of the text ("Corvane Industries").
    firsts = {e[0].text for e in ents if e.label_ == "ORG" and len(e) > 1}
    longer = []
    for ent in ents:
        if not (ent.label_ == "ORG" or ent.label_ == "PERSON" and len(ent) == 1 and ent.text in firsts) or ent.end >= len(doc) or doc[ent.end].text != _GROUP or not ent.start \
                or doc[ent.start - 1].lower_ != "the" or ent[0].lower_ == "the":
            continue
        # A noun after "group" makes it a word of that noun's phrase ("a Caixin group
        # subscription", "a Hitachi group member"); "of" is the group's only when firms
        # follow ("the Tata group of companies"), not "the BRICS group of nations".
        after = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
        if after is not None and (after.pos_ in ("NOUN", "PROPN", "ADJ") or after.lower_ == "of" and not (
                ent.end + 2 < len(doc) and doc[ent.end + 2].lower_ in firm_words)):
            continue
        longer.append(Span(doc, ent.start, ent.end + 1, label="ORG"))
    return with_longer(doc, ents, longer)
