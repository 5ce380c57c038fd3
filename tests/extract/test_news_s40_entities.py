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


def _entity(name: str, cls: str, *surfaces: str):
    from kg.extract.entities import DocumentEntity

    entity = DocumentEntity(key=f"{cls}:{name}", name=name, cls=cls, iri=None, mentions=[(0, len(name))])
    entity.surfaces.update(dict.fromkeys([name, *surfaces]))
    return entity


def test_an_entity_named_by_anothers_other_name_is_folded_into_it():
    from kg.extract.alias_folds import aliases_folded

    long, short = _entity("Hon Vel Precision", "Company", "Corvex"), _entity("Corvex", "Company")
    entities = {e.key: e for e in (long, short, _entity("Dastrel Energy", "Company"))}
    relations = [{"subject": "Corvex", "predicate": "partners_with", "object": "Dastrel Energy"},
                 {"subject": "Hon Vel Precision", "predicate": "partners_with", "object": "Dastrel Energy"},
                 {"subject": "Corvex", "predicate": "subsidiary_of", "object": "Hon Vel Precision"}]
    kept = aliases_folded(entities, relations)
    assert sorted(e.name for e in entities.values()) == ["Dastrel Energy", "Hon Vel Precision"]
    assert len(long.mentions) == 2
    # The two facts become one, and the fact that tied the two names together goes.
    assert [(r["subject"], r["predicate"], r["object"]) for r in kept] == [("Hon Vel Precision", "partners_with", "Dastrel Energy")]


def test_a_name_two_entities_give_as_another_name_is_folded_into_neither():
    from kg.extract.alias_folds import aliases_folded

    entities = {e.key: e for e in (_entity("Velmar Motors", "Company", "Velmar"), _entity("Velmar Bank", "Company", "Velmar"),
                                   _entity("Velmar", "Company"))}
    relations = [{"subject": "Velmar", "predicate": "partners_with", "object": "Velmar Bank"}]
    assert aliases_folded(entities, relations) == relations
    assert len(entities) == 3


def test_a_large_firm_ner_reads_as_a_people_is_a_firm(extract_text):
    # NER tags "Tesla" after "competes with" a nationality or group (NORP); the reference
    # data's large firms know it.
    record = extract_text("Velmar raised money from Dastrel. The company competes with Tesla in the EV market.")
    assert entity_classes(record)["Tesla"] == {"Company"}
    assert ("Velmar", "competes_with", "Tesla") in direct_facts(record)


def test_a_group_of_people_ner_reads_as_such_names_no_firm(extract_text):
    record = extract_text("Republican lawmakers met Velmar executives. A Republican said the plan would pass.")
    assert "Republican" not in entity_classes(record)
