"""Names resolve the way import-table normalises them, through merges, with suggestions;
``@name`` parameters bind the entity, and a bare name bound as text is warned about."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from resolution_data import open_graph

from kg.entity_lookup import (
    AmbiguousEntity,
    EntityNotFound,
    entity_param,
    resolve_entity,
)
from kg.resolution import merge

ID = "https://w3id.org/kg/id/"


@pytest.fixture
def kg_graph():
    yield from open_graph()


@pytest.mark.parametrize(
    ("name", "iri"),
    [
        ("Facebook", "facebook"),
        ("The Dropbox, Inc.", "dropbox"),  # a leading "the", a legal suffix: as import-table reads names
        ("AGIBOT", "agibot"),
        ("sequoia capital china ltd", "sequoia-china"),
        ("Zhiyuan Robotics", "agibot"),  # an exact alias comes before normalised labels
    ],
)
def test_names_resolve_normalised(kg_graph, name, iri):
    assert resolve_entity(kg_graph.store, name) == ID + iri


def test_normalised_names_that_fit_two_entities_are_ambiguous_until_merged(kg_graph):
    store = kg_graph.store
    with pytest.raises(AmbiguousEntity, match=r"^'Facebook Corp' names 2 entities: Facebook <.*facebook>; Facebook, Inc. <.*facebook-inc>; give an IRI$"):
        resolve_entity(store, "Facebook Corp")
    merge(store, ID + "facebook-inc", ID + "facebook", who="a")
    assert resolve_entity(store, "Facebook Corp") == ID + "facebook-inc"
    assert resolve_entity(store, "Facebook") == ID + "facebook-inc"
    # An alias of one is the normalised name of another: ambiguous, never a guess.
    with pytest.raises(AmbiguousEntity, match="'Zhiyuan Robotics Ltd' names 2 entities"):
        resolve_entity(store, "Zhiyuan Robotics Ltd")


def test_near_misses_are_suggested(kg_graph):
    with pytest.raises(EntityNotFound, match=r"^no entity named 'Sequoia Capitol'; did you mean 'Sequoia Capital'\?$"):
        resolve_entity(kg_graph.store, "Sequoia Capitol")
    with pytest.raises(EntityNotFound, match=r"^no entity named 'Dropbx'; did you mean 'Dropbox'\?$"):
        resolve_entity(kg_graph.store, "Dropbx")


def test_entity_params(kg_graph):
    store = kg_graph.store
    assert entity_param(store, "@AgiBot") == (URIRef(ID + "agibot"), None)
    assert entity_param(store, "@@AgiBot") == (Literal("@AgiBot"), None)
    term, warning = entity_param(store, "AgiBot")
    assert term == Literal("AgiBot")
    assert warning == "'AgiBot' was bound as text, not as the entity of that name; write @AgiBot to bind the entity"
    assert entity_param(store, "Tesla") == (Literal("Tesla"), None)
    assert entity_param(store, '"AgiBot"') == (Literal("AgiBot"), None)  # quoted: text on purpose
    assert entity_param(store, "id:agibot") == (URIRef(ID + "agibot"), None)
    with pytest.raises(EntityNotFound, match="no entity named 'Agibott'"):
        entity_param(store, "@Agibott")
