"""Names NER glued across a word that parts two names: "the sale of Pravion Labs to Melcor
Holdings" read as one firm is two (the words are ``name_parting_words`` of
ontology/extraction.yaml)."""

from __future__ import annotations

from kg.extract.guard import setting_words

__all__ = ["parted_name"]


def parted_name(ent) -> list | None:
    """The two names of *ent* (a span) when one lower-case parting word stands between two
    capitalised words inside it, each side then a name of *ent*'s label; else None.

    >>> import spacy
    >>> from spacy.tokens import Span
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("the sale of Pravion Labs to Melcor Holdings")
    >>> [part.text for part in parted_name(Span(doc, 3, 8, label="ORG"))]
    ['Pravion Labs', 'Melcor Holdings']
    >>> parted_name(Span(nlp("Trade and Development Bank"), 0, 4, label="ORG")) is None
    True
    """
    from spacy.tokens import Span

    parting = setting_words("name_parting_words")
    inner = [t.i for t in ent[1:-1] if t.lower_ in parting and t.is_lower]
    if len(inner) != 1:
        return None
    at = inner[0]
    before, after = ent.doc[at - 1], ent.doc[at + 1]
    # "Stand Up to Cancer"-like titles aside, a name's word after the parting word is
    # capitalised, as is the one before it.
    if not (before.text[:1].isupper() and after.text[:1].isupper()):
        return None
    return [Span(ent.doc, ent.start, at, label=ent.label_), Span(ent.doc, at + 1, ent.end, label=ent.label_)]
