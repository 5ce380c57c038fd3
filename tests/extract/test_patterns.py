"""Relation patterns are data: the shipped ones load, a broken one is named precisely."""

from __future__ import annotations

import pytest
import yaml

from kg.errors import OntologyError
from kg.extract.patterns import load_patterns
from kg.ontology import load_ontology

GOOD = {"id": "p", "relation": "invests_in", "tokens": [
    {"role": "subject", "mention": ["Organization"]}, {"LEMMA": "invest"}, {"LOWER": "in"},
    {"role": "object", "mention": ["Company"]},
]}


def write(tmp_path, *patterns):
    (tmp_path / "p.yaml").write_text(yaml.safe_dump({"patterns": list(patterns)}), encoding="utf-8")
    return tmp_path


def test_shipped_patterns_and_frames_cover_every_relation():
    from kg.extract.frames import load_frame_patterns

    ontology = load_ontology()
    patterns = load_patterns(ontology) + load_frame_patterns(ontology)
    covered = {p.eval_name for p in patterns}
    # Every relation of the ontology that is not an inverse is read from text somehow.
    wanted = {r.eval_name for r in ontology.direct_relations()}
    assert wanted and wanted <= covered, wanted - covered
    assert len({p.id for p in patterns}) == len(patterns)


def test_mention_classes_expand_to_subclasses(tmp_path):
    (pattern,) = load_patterns(load_ontology(), write(tmp_path, GOOD))
    assert {"Company", "InvestmentFirm", "GovernmentBody"} <= set(pattern.tokens[0]["ENT_TYPE"]["IN"])
    assert pattern.roles == {0: "subject", 3: "object"} and pattern.relation == "investsIn"


@pytest.mark.parametrize("change, message", [
    ({"relation": "sells_to"}, "p.yaml: pattern 'p': unknown relation 'sells_to'"),
    ({"tokens": [{"role": "subject", "mention": ["Spaceship"]}, {"role": "object", "mention": "any"}]},
     "p.yaml: pattern 'p': token 1 names unknown class 'Spaceship'"),
    ({"tokens": [{"role": "subject", "mention": "any"}, {"LOWER": "x"}]},
     "p.yaml: pattern 'p': needs one token with role subject and one with role object"),
    ({"tokens": [{"role": "boss", "mention": "any"}]}, "p.yaml: pattern 'p': token 1 has unknown role 'boss'"),
    ({"qualifiers": {"percent": "amount"}}, "p.yaml: pattern 'p': percent fills 'amount', which is not a percentage qualifier"),
    ({"colour": "red"}, "p.yaml: pattern 'p': unknown key(s) colour"),
    ({"tokens": [{"role": "subject", "mention": "any"}, {"LEMA": "x"}, {"role": "object", "mention": "any"}]}, "p.yaml: pattern 'p':"),
])
def test_a_broken_pattern_is_named(tmp_path, change, message):
    with pytest.raises(OntologyError) as error:
        load_patterns(load_ontology(), write(tmp_path, {**GOOD, **change}))
    assert str(error.value).startswith(message)


def test_duplicate_ids_and_empty_folders(tmp_path):
    with pytest.raises(OntologyError, match="pattern id 'p' is used twice"):
        load_patterns(load_ontology(), write(tmp_path, GOOD, GOOD))
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(OntologyError, match="no relation patterns"):
        load_patterns(load_ontology(), empty)
