"""Public bodies named by their ministers and lists, session 40 (real news, non-sector
entities): a minister's title set off by commas after the name ("X, Ruritania's Minister
of Trade and Tourism, said") implies that ministry as a title before the name does; a
ministry NER left out ("the French Ministry of the Economy, Finance and Recovery", NER: "the
French") is named to the end of its list, the demonym before it its country; "the
ministries of A, B and C" names each ministry. Invented sentences and names, each beside a
near sentence where the rule must not fire."""

from __future__ import annotations

from extract_support import direct_facts, entity_classes


def test_a_ministers_title_after_the_name_implies_the_ministry(extract_text):
    record = extract_text("Tarsin Obuya, Ruritania's Minister of Tourism, Trade and Culture, said on Monday that visitors rose.")
    assert entity_classes(record)["Ministry of Tourism, Trade and Culture"] == {"GovernmentBody"}
    assert ("Tarsin Obuya", "executive_of", "Ministry of Tourism, Trade and Culture") in direct_facts(record)


def test_a_title_that_is_not_a_ministers_after_the_name_implies_no_ministry(extract_text):
    record = extract_text("Tarsin Obuya, a friend of the Minister of Tourism, opened the fair in Lagos on Monday.")
    assert not any(name.startswith("Ministry") for name in entity_classes(record))
    record = extract_text("Tarsin Obuya, Velmar Group Director of Sales, opened the fair in Lagos on Monday.")
    assert not any(name.startswith(("Ministry", "Department")) for name in entity_classes(record))


def test_a_ministry_ner_left_out_is_named_to_the_end_of_its_list(extract_text):
    record = extract_text("The second deal between Velmar and the French Ministry of the Economy, Finance and Recovery "
                          "will lead to new funds.")
    classes = entity_classes(record)
    assert classes["Ministry of the Economy, Finance and Recovery"] == {"GovernmentBody"}
    assert classes.get("French", {"Country"}) == {"Country"} and "French Ministry" not in classes
    assert ("Ministry of the Economy, Finance and Recovery", "headquartered_in", "France") in direct_facts(record)


def test_a_firm_after_a_ministrys_and_stays_a_name_of_its_own(extract_text):
    record = extract_text("The deal between Velmar and the Ministry of Finance and Hanul Bank will lead to new funds.")
    classes = entity_classes(record)
    assert classes["Ministry of Finance"] == {"GovernmentBody"}
    assert classes["Hanul Bank"] == {"Company"}


def test_the_ministries_of_a_list_are_each_named(extract_text):
    record = extract_text("The Velmar plan was sent to the ministries of heavy industries, external affairs, "
                          "and home affairs for approval.")
    classes = entity_classes(record)
    for name in ("Ministry of Heavy Industries", "Ministry of External Affairs", "Ministry of Home Affairs"):
        assert classes[name] == {"GovernmentBody"}


def test_a_plural_of_ministries_without_briefs_names_none(extract_text):
    record = extract_text("Officials of the ministries of both countries and their agencies met in Lagos on Monday.")
    assert not any(name.startswith("Ministry") for name in entity_classes(record))
