"""Kinds of wording met on news snippets outside the corpus (session 23): a name NER ran on
over the sentence's stop and the blank line after it, one organisation named with two
class words ("investment firm X", "X, a firm"), initials of a name with its legal form
("GM" for "General Motors Corp."), a sector phrase ending in a plural site noun ("battery
production facilities"). Each case beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_a_name_ends_before_the_stop_and_the_blank_line(extract_text):
    record = extract_text(
        "Lumio Care said it had accepted a takeover offer by investment firm Quarrystone.\n\n"
        "Quarrystone, a U.S.-based alternative investment firm, is offering $2 a share.\n"
    )
    names = [e["name"] for e in record["entities"]]
    assert "Quarrystone" in names and not any(n.endswith(".") and n.startswith("Quarry") for n in names)


def test_one_organisation_named_by_two_class_words_is_one_entity(extract_text):
    record = extract_text(
        "Lumio Care accepted an offer by investment firm Quarrystone.\n\n"
        "Quarrystone, a U.S.-based alternative investment firm, is offering $2 a share.\n"
    )
    assert [t for n, t in named(record) if n == "Quarrystone"] == ["InvestmentFirm"]
    assert ("Quarrystone", "United States") in fact_ends(record, "headquartered_in")


def test_initials_of_a_name_without_its_legal_form(extract_text):
    record = extract_text("Hanul Motors Corp. said Friday it will build a plant. HM will invest $1 billion in Ohio.")
    assert [n for n, t in named(record) if t == "Company"] == ["Hanul Motors Corp."]
    # Initials that spell no organisation's name stay their own.
    other = extract_text("Hanul Motors Corp. said Friday it will build a plant. HMC will invest $1 billion in Ohio.")
    assert [e["aliases"] for e in other["entities"] if e["name"] == "Hanul Motors Corp."] == [["HMC"]]  # all its capitals too
    unrelated = extract_text("Hanul Motors Corp. said Friday it will build a plant. DW will invest $1 billion in Ohio.")
    assert not any(e["name"] == "Hanul Motors Corp." and "DW" in e["aliases"] for e in unrelated["entities"])


def test_a_site_noun_in_the_plural_names_no_sector(extract_text):
    record = extract_text("Hanul Motors plans to invest $4 billion to build battery production facilities in Ohio.")
    sectors = [o for s, o in fact_ends(record, "operates_in_sector") if s == "Hanul Motors"]
    assert sectors and not any("facilit" in o for o in sectors)
    plants = extract_text("Hanul Motors will build chip plants in Texas.")
    assert ("Hanul Motors", "semiconductors") in fact_ends(plants, "operates_in_sector")
