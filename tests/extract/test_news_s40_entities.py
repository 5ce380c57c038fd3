"""One actor left as two entities, and a large firm NER reads as a people, session 40 (real
news, non-sector entities): an entity whose name is another's other name is folded into it
("Foxconn" beside "Hon Hai Precision Industry", aliased Foxconn); a large firm of the
reference data NER tagged a nationality or group ("competes with Tesla") is a firm.
Invented sentences and names (the large firm is the reference data's), each beside a near
case where the rule must not fire."""

from __future__ import annotations

from extract_support import direct_facts, entity_classes


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


def test_the_facts_of_an_entity_folded_into_another_class_are_dropped():
    from kg.extract.alias_folds import aliases_folded

    person, firm = _entity("Ravi Chandrasekar", "Person", "Chandra"), _entity("Chandra", "Company")
    entities = {e.key: e for e in (person, firm, _entity("steel", "Sector"))}
    relations = [{"subject": "Chandra", "predicate": "operates_in_sector", "object": "steel"}]
    # Read for a firm, the fact is no fact of the person the name turns out to be.
    assert aliases_folded(entities, relations) == []
    assert sorted(e.name for e in entities.values()) == ["Ravi Chandrasekar", "steel"]


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
