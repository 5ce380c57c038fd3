"""Names' edges of session 38 (helper "ents38"), kinds met among read138's spurious entities:
a list of lenders whose members hold an "and" between two trades ("X Investment and Trade
Fund, Trade and Development Bank") split at every "and"; a credit line's two outlets on
either side of a spaced slash kept as one name; a site's name run on over "at" and its
place; a centre's name cut before the "for" that goes on with it. Sentences invented here,
each beside a near one that must keep the other reading."""

from __future__ import annotations

from kg.extract.name_edges import name_edges_mended


def _names(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_an_and_between_two_trades_inside_a_listed_name_joins_no_members(extract_text):
    found = _names(extract_text("Funding came from lenders such as Ostravia Farming Investment and Trade Fund, "
                                "Trade and Development Bank, Kelvar Finance Corporation and Mirren Bank.", "2024-05-01"))
    assert {"Ostravia Farming Investment and Trade Fund", "Trade and Development Bank", "Kelvar Finance Corporation",
            "Mirren Bank"} <= set(found)
    assert "Development Bank" not in found and "Trade Fund" not in found


def test_an_and_between_two_firms_of_a_list_still_parts_them(extract_text):
    found = _names(extract_text("Funding came from lenders such as Ostravia Farming Investment, Kelvar Finance Corporation "
                                "and Mirren Bank.", "2024-05-01"))
    assert {"Kelvar Finance Corporation", "Mirren Bank"} <= set(found)
    assert not any("Kelvar" in name and "Mirren" in name for name in found)


def test_a_spaced_slash_parts_two_outlets(extract_text):
    found = _names(extract_text("OSLO (Baltora News / Vestwire - 3rd May, 2024) Norvik Capital acquired Talvane Robotics.",
                                "2024-05-03"))
    assert {"Baltora News", "Vestwire"} <= set(found) and "Baltora News / Vestwire" not in found


def _with_ents(extractor, text: str, *names: tuple[str, str]):
    """*text* parsed, with NER's names set to *names* ((words, label)) as NER may read them."""
    from spacy.tokens import Span

    doc = extractor.nlp(text)
    spans = []
    for words, label in names:
        start = text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = [s for s in spans if s is not None]
    assert len(doc.ents) == len(names)
    return doc


def _ents(doc) -> set[tuple[str, str]]:
    return {(e.text, e.label_) for e in doc.ents}


def test_a_site_and_its_place_after_at_are_two_names(extractor):
    doc = _with_ents(extractor, "Talvane Marine will build ships at the North Varna Industrial Park at Kelmanor, in Varna.",
                     ("North Varna Industrial Park at Kelmanor", "FAC"))
    assert _ents(name_edges_mended(doc, frozenset({"centre"}))) == {("North Varna Industrial Park", "FAC"), ("Kelmanor", "GPE")}
    # An event's "at" is part of its name; and what follows "at" must be a name.
    doc = _with_ents(extractor, "The leaders met at the Spring Summit at Kelmanor on Monday.", ("Spring Summit at Kelmanor", "EVENT"))
    assert _ents(name_edges_mended(doc, frozenset({"centre"}))) == {("Spring Summit at Kelmanor", "EVENT")}


def test_a_centres_name_goes_on_with_for_and_capitalised_words(extractor):
    doc = _with_ents(extractor, "The two governments agreed to open the Halvard Centre for Baltic Studies and cultural exchange.",
                     ("Halvard Centre", "FAC"))
    assert _ents(name_edges_mended(doc, frozenset({"centre"}))) == {("Halvard Centre for Baltic Studies", "FAC")}
    # "for" and words of no capital: the name ends at its head.
    doc = _with_ents(extractor, "The two governments agreed to open the Halvard Centre for young researchers in Riga.",
                     ("Halvard Centre", "FAC"))
    assert _ents(name_edges_mended(doc, frozenset({"centre"}))) == {("Halvard Centre", "FAC")}
