"""A firm's home told after its name by "of" and the country ("Hanul Group of South Korea",
"Daewon Holdings of Japan"), which NER reads as one name: the firm and its home, not a firm
named for a country as "Bank of Korea" is. Only after a word that ends a firm's name
(data/reference/names.yaml ``home_tailed_ends``): a bank, a council or a chamber "of" a
country is named so."""

from __future__ import annotations

from kg.ingest.normalize import reference_words

__all__ = ["home_after_firm"]


def home_after_firm(ent, inside: list) -> bool:
    """Whether the country the ruler found ending a statistical name *ent* (of *inside*)
    follows "of" after at least two words of the name's own, the last a firm's name end
    ("HVB Group | of Germany"): the firm's home, apart from its name."""
    country = next((r for r in inside if r.end == ent.end and r.label_ == "KG:Country"), None)
    if country is None or country.start - ent.start < 3:
        return False
    doc = ent.doc
    # "the Republic of Korea": an article before the country opens no name of its own.
    of = country.start - 1 - (doc[country.start - 1].lower_ == "the")
    if of <= ent.start + 1 or doc[of].lower_ != "of":
        return False
    return doc[of - 1].lower_.strip(".,") in reference_words("home_tailed_ends", lower=True) \
        and all(t.text[:1].isupper() for t in doc[ent.start:of])
