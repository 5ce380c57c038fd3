"""Countries named by a combining form before a hyphen ("Sino-US trade", "Franco-British
relations", "Indo-Japanese ties"): the form is no word of its own, so neither NER nor the
ruler names the country, and what is left of the pair may become a firm ("Franco")."""

from __future__ import annotations
from kg.extract.doc_ents import ents_of

__all__ = ["combining_forms_named"]

_HYPHENS = frozenset({"-", "–", "‐"})
_COUNTRY_LABELS = frozenset({"KG:Country", "KG:DEMONYM"})


def combining_forms_named(doc, forms: dict[str, str], demonyms: dict[str, str] | None = None):
    """*doc* with each combining form of *forms* (countries.yaml's ``combining``: "Sino" ->
    China) that a hyphen joins to a country, a demonym or another such form named as that
    country, as "China" would be ("Sino-US trade" is the pair's). Not one that opens a
    longer name ("Sino-Ocean Group": the ruler's names inside a firm's stay the firm's) nor a
    region ("Indo-Pacific": no country after).

    The form takes the place of what else covered it (a remainder NER or a cut left,
    "Franco" read as a firm, or NER's people's name over the whole pair, "Franco-British").
    NER's firm over the pair and the lower-case words after it ("Anglo-Dutch steel" of
    "Anglo-Dutch steel company Corus") is no firm either: the pair names the two countries,
    the one after the hyphen by a demonym of *demonyms* ("Dutch" -> Netherlands) as well.
    """
    from spacy.tokens import Span

    if not forms:
        return doc
    doc = _pairs_out_of_firms(doc, forms, demonyms or {})
    ents = list(ents_of(doc))
    at = {i: e for e in ents for i in range(e.start, e.end)}
    added = []
    for token in doc:
        country = forms.get(token.text)
        if country is None or token.i + 2 >= len(doc) or doc[token.i + 1].text not in _HYPHENS:
            continue
        after = doc[token.i + 2]
        partner = at.get(after.i)
        if not (partner is not None and partner.label_ in _COUNTRY_LABELS or after.text in forms):
            continue
        own = at.get(token.i)
        if own is not None and (len(own) > 1 and own.label_ != "NORP" or own.label_ in _COUNTRY_LABELS):
            continue  # inside a longer name, or named already
        added.append((own, Span(doc, token.i, token.i + 1, label="KG:Country", span_id=doc.vocab.strings.add(country))))
    if not added:
        return doc
    replaced = {id(own) for own, _ in added if own is not None}
    kept = [e for e in ents if id(e) not in replaced]
    doc.ents = sorted([*kept, *(span for _, span in added)], key=lambda e: e.start)
    return doc


def _pairs_out_of_firms(doc, forms: dict[str, str], demonyms: dict[str, str]):
    """*doc* with each statistical firm that is a combining form, a hyphen, a demonym or
    another form and only lower-case words ("Anglo-Dutch steel") replaced by the two
    countries; a capital after the pair keeps the name ("Anglo-Dutch Shell")."""
    from spacy.tokens import Span

    ents, changed = [], False
    for ent in ents_of(doc):
        if ent.label_ == "ORG" and len(ent) >= 3 and ent[0].text in forms and ent[1].text in _HYPHENS \
                and (ent[2].text in demonyms or ent[2].text in forms) \
                and all(t.is_alpha and t.is_lower for t in ent[3:]):
            first = Span(doc, ent.start, ent.start + 1, label="KG:Country", span_id=doc.vocab.strings.add(forms[ent[0].text]))
            if ent[2].text in forms:
                second = Span(doc, ent.start + 2, ent.start + 3, label="KG:Country", span_id=doc.vocab.strings.add(forms[ent[2].text]))
            else:
                second = Span(doc, ent.start + 2, ent.start + 3, label="KG:DEMONYM", span_id=doc.vocab.strings.add(demonyms[ent[2].text]))
            ents += [first, second]
            changed = True
        else:
            ents.append(ent)
    if changed:
        doc.ents = ents
    return doc
