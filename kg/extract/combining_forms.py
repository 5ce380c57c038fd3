"""Countries named by a combining form before a hyphen ("Sino-US trade", "Franco-British
relations", "Indo-Japanese ties"): the form is no word of its own, so neither NER nor the
ruler names the country, and what is left of the pair may become a firm ("Franco")."""

from __future__ import annotations

__all__ = ["combining_forms_named"]

_HYPHENS = frozenset({"-", "–", "‐"})
_COUNTRY_LABELS = frozenset({"KG:Country", "KG:DEMONYM"})


def combining_forms_named(doc, forms: dict[str, str]):
    """*doc* with each combining form of *forms* (countries.yaml's ``combining``: "Sino" ->
    China) that a hyphen joins to a country, a demonym or another such form named as that
    country, as "China" would be ("Sino-US trade" is the pair's). Not one that opens a
    longer name ("Sino-Ocean Group": the ruler's names inside a firm's stay the firm's) nor a
    region ("Indo-Pacific": no country after).

    The form takes the place of what else covered it (a remainder NER or a cut left,
    "Franco" read as a firm, or NER's people's name over the whole pair, "Franco-British").
    """
    from spacy.tokens import Span

    if not forms:
        return doc
    ents = list(doc.ents)
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
