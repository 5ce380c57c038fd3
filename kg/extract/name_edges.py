"""Names whose edges NER set at a small word: a site's name run on over "at" and the place
after it ("the Hanul Business Park at Ostrava": a site, then its place), and a centre's
name cut before the "for" that goes on with it ("the Hanul Centre | for Baltic Studies")."""

from __future__ import annotations

from collections.abc import Collection

from kg.extract.doc_ents import ents_of
from kg.extract.name_repairs import with_longer

__all__ = ["name_edges_mended"]

#: Labels of the names a site's "at" or a centre's "for" may end or go on: NER's and the ruler's.
_SITE_LABELS = frozenset({"FAC", "KG:Facility"})
_NAMED_LABELS = frozenset({"FAC", "ORG", "KG:Facility", "KG:ResearchOrg"})


def name_edges_mended(doc, for_heads: Collection[str]):
    """*doc* with a site's name that holds "at" and a capitalised place after it cut before
    the "at" (the place a name of its own), and a name ending in a word of *for_heads*
    ("centre", lower case) that "for" and capitalised words follow run on to the last of
    them ("the Hanul Centre for Baltic Studies"; not "the Hanul Centre for young people")."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    changed = []
    for ent in ents:
        if ent.label_ in _SITE_LABELS and not ent.ent_id_:
            at = next((t.i for t in ent[1:-1] if t.lower_ == "at"), None)
            if at is not None and doc[at - 1].text[:1].isupper() and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in doc[at + 1:ent.end]):
                changed += [Span(doc, ent.start, at, label=ent.label_), Span(doc, at + 1, ent.end, label="GPE")]
                continue
        end = ent.end
        if ent.label_ in _NAMED_LABELS and not ent.ent_id_ and ent[-1].lower_ in for_heads and end + 1 < len(doc) \
                and doc[end].lower_ == "for" and not ent[-1].whitespace_.count("\n"):
            tail = end + 1
            while tail < len(doc) and doc[tail].pos_ == "PROPN" and doc[tail].text[:1].isupper() and "\n" not in doc[tail - 1].whitespace_ \
                    and not any(e.start <= tail < e.end for e in ents if e.label_ not in ("NORP", "KG:DEMONYM", "LANGUAGE")):
                tail += 1
            if tail > end + 1:
                changed.append(Span(doc, ent.start, tail, label=ent.label_))
    return with_longer(doc, ents, changed)
