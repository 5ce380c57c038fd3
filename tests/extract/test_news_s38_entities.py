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


def test_a_group_of_companies_keeps_its_plural(extract_text):
    found = _names(extract_text("The buyers are Norvik Capital Partners, Selden Equity and the K. Marlowe Group of Companies.",
                                "2024-05-01"))
    assert "K. Marlowe Group of Companies" in found and "K. Marlowe Group" not in found
    # A plural that says "these firms" is still no part of a name.
    found = _names(extract_text("Selden Motors and Talvane Robotics Companies held talks on Monday.", "2024-05-01"))
    assert not any(name.endswith("Companies") for name in found)


def test_a_site_head_and_of_open_a_name_ner_missed(extractor):
    doc = extractor.nlp("The minister singled out projects including the Standard Kelvar Railway and the Port of Maruvo as options.")
    doc.ents = []
    names = {(e.text, e.label_) for e in extractor._missed.added(doc).ents}
    assert ("Port of Maruvo", "FAC") in names and ("Maruvo", "ORG") not in names


def test_often_referred_to_as_gives_another_name(extract_text):
    def aliases(link: str) -> list:
        record = extract_text(f"Norvik Capital Partners, {link} Norcap, bought a stake in Talvane Robotics on Monday. "
                              "Norcap said the deal had closed.", "2024-05-01")
        return next(e for e in record["entities"] if e["name"] == "Norvik Capital Partners")["aliases"]

    assert "Norcap" in aliases("often referred to as")
    assert "Norcap" not in aliases("often compared to")


_COMMON = frozenset({"rapid", "cargo", "transit", "system", "systems", "plan", "network", "unit"})


def test_capitalised_common_words_after_a_before_a_noun_name_nothing(extractor):
    from kg.extract.non_names import non_names_dropped

    text = "The city wants a Rapid Cargo Transit systems network by 2030."
    doc = _with_ents(extractor, text, ("Rapid Cargo Transit", "ORG"))
    assert _ents(non_names_dropped(doc, _COMMON)) == set()
    # Written again, the words are a name.
    text = "The city wants a Rapid Cargo Transit systems network by 2030. Rapid Cargo Transit said it would bid."
    doc = _with_ents(extractor, text, ("Rapid Cargo Transit", "ORG"))
    assert _ents(non_names_dropped(doc, _COMMON)) == {("Rapid Cargo Transit", "ORG")}


def test_an_islamic_republic_named_in_full_is_that_country(extract_text):
    found = _names(extract_text("Qatar will invest $3 billion in the Islamic Republic of Pakistan, officials said on Monday.",
                                "2024-05-01"))
    assert found.get("Pakistan") == "Country" and "Iran" not in found
    # The form of state alone stays Iran's other name.
    found = _names(extract_text("Qatar will invest $3 billion in the Islamic Republic of Iran, officials said on Monday.",
                                "2024-05-01"))
    assert found.get("Iran") == "Country" and "Pakistan" not in found
