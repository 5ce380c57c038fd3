"""Finding the entity a user names: IRI, prefixed name, label, alias, case; ambiguity and
unknown names are errors that say what to do."""

from __future__ import annotations

import pytest

from kg.entity_lookup import AmbiguousEntity, EntityNotFound, resolve_entity
from kg.formats import get_format
from kg.store import open_store

DATA = b"""
@prefix kg: <https://w3id.org/kg/ontology#> . @prefix id: <https://w3id.org/kg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/kg/source/t> {
  id:lg-electronics a kg:Company ; rdfs:label "LG Electronics" ; skos:altLabel "LG" .
  id:lg-chem a kg:Company ; rdfs:label "LG Chem" ; skos:altLabel "LG" .
  id:agibot a kg:Company ; rdfs:label "AgiBot" ; skos:altLabel "Zhiyuan Robotics" .
}
"""


@pytest.fixture(scope="module")
def store():
    opened = open_store("memory:")
    opened.load(DATA, get_format("trig"))
    return opened


@pytest.mark.parametrize(
    "name",
    ["AgiBot", "agibot", "Zhiyuan Robotics", "zhiyuan robotics", "id:agibot", "https://w3id.org/kg/id/agibot", "<https://w3id.org/kg/id/agibot>"],
)
def test_every_way_of_naming(store, name):
    assert resolve_entity(store, name) == "https://w3id.org/kg/id/agibot"


def test_ambiguous_alias_lists_the_candidates(store):
    with pytest.raises(AmbiguousEntity) as error:
        resolve_entity(store, "LG")
    assert str(error.value) == (
        "'LG' names 2 entities: LG Chem <https://w3id.org/kg/id/lg-chem>; "
        "LG Electronics <https://w3id.org/kg/id/lg-electronics>; give an IRI"
    )


def test_unknown_names_suggest_close_labels(store):
    with pytest.raises(EntityNotFound, match=r"no entity named 'LG Electronic'; did you mean 'LG Electronics'\?"):
        resolve_entity(store, "LG Electronic")
    with pytest.raises(EntityNotFound, match="no entity id:nobody in the store"):
        resolve_entity(store, "id:nobody")
    with pytest.raises(EntityNotFound, match=r"^no entity named 'Tesla'$"):
        resolve_entity(store, "Tesla")


def test_names_are_bound_not_pasted(store):
    with pytest.raises(EntityNotFound):
        resolve_entity(store, '" } ?e ?p ?o . { "')
