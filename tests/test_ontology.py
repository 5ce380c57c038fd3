"""The ontology is read from kg.ttl and checked; a broken file names the broken term."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from shared_data import require_shared

from kg.errors import OntologyError
from kg.ontology import camel_to_snake, load_ontology
from kg.resources import resource_dir

KG_TTL = resource_dir("ontology") / "kg.ttl"

# The vocabulary of shared/eval/FORMAT.md, kept here too so the test runs without shared/.
FORMAT_RELATIONS = """invests_in holds_stake_in acquires subsidiary_of founded_by ceo_of executive_of
chair_of head_of_state_of spouse_of headquartered_in located_in policy_of participates_in visits
event_held_at trades_with exports_to imports_from partners_with competes_with
operates_in_sector""".split()
FORMAT_TYPES = """Country City Company InvestmentFirm Person GovernmentBody ResearchOrg Event
Facility Sector Product Policy""".split()
STATEMENT_CLASSES = """Stake Investment Acquisition TradeFlow Participation Visit Role
Comparison""".split()
QUALIFIERS = """amount currency amountUSD stakePercent date start end round role growthPercent
shareOfTotalPercent confidence evidenceStart evidenceEnd""".split()


@pytest.fixture(scope="module")
def onto():
    return load_ontology()


def test_every_format_relation_is_declared_with_label_domain_range(onto):
    declared = {r.eval_name for r in onto.direct_relations()}
    assert declared == set(FORMAT_RELATIONS)
    for name in FORMAT_RELATIONS:
        relation = onto.relation(name)
        assert relation.label and relation.comment
        assert onto.cls(relation.domain) and onto.cls(relation.range)


def test_format_relations_match_shared_format_md(onto):
    path = require_shared("eval", "FORMAT.md")
    text = path.read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([a-z_, ]+) \|", text, re.MULTILINE)
    names = {n.strip() for row in rows for n in row.split(",")} - {"name"}
    assert names == set(FORMAT_RELATIONS)
    assert {t for t in FORMAT_TYPES} <= set(onto.classes)


def test_classes_statement_nodes_and_qualifiers(onto):
    for name in FORMAT_TYPES:
        cls = onto.cls(name)
        assert cls.label and cls.colour and cls.shape
        assert onto.is_subclass(name, "Entity")
    for name in STATEMENT_CLASSES:
        assert onto.is_subclass(name, "Statement")
    assert set(QUALIFIERS) <= set(onto.qualifiers)
    assert onto.qualifiers["sector"].is_object and not onto.qualifiers["amount"].is_object


def test_inverses_and_alignment(onto):
    assert onto.relation("hasShareholder").inverse_of.name == "holdsStakeIn"
    assert onto.relation("hasInvestor").inverse_of.name == "investsIn"
    assert onto.relation("ownerOf").inverse_of.name == "subsidiaryOf"
    assert str(onto.relation("holds_stake_in").wikidata).endswith("/P1830")
    assert str(onto.relation("hasShareholder").wikidata).endswith("/P127")
    assert str(onto.relation("subsidiary_of").wikidata).endswith("/P749")
    assert str(onto.relation("head_of_state_of").wikidata_inverse).endswith("/P35")
    assert onto.relation("trades_with").symmetric and not onto.relation("exports_to").symmetric
    assert onto.relation("holds_stake_in").strength > onto.relation("invests_in").strength
    assert onto.relation("invests_in").strength > onto.relation("participates_in").strength
    assert onto.relation("participates_in").strength > onto.relation("located_in").strength


def test_inverse_labels_read_each_declared_inverse(onto):
    assert onto.inverse_labels() == {
        "holdsStakeIn": "has shareholder", "investsIn": "has investor", "subsidiaryOf": "owns",
    }


def test_every_qualifier_says_how_it_is_shown(onto):
    shown = sorted((q for q in onto.qualifiers.values() if q.display != "hidden"), key=lambda q: q.order)
    assert [q.name for q in shown][:3] == ["role", "stakePercent", "amount"]
    assert onto.qualifiers["amount"].unit_qualifier == "currency"
    assert onto.qualifiers["amountUSD"].unit == "USD"
    assert onto.qualifiers["start"].period_end == "end"
    assert [q.name for q in onto.qualifiers.values() if q.summed] == ["amount"]
    assert {q.name for q in onto.qualifiers.values() if q.display == "hidden"} >= {
        "currency", "confidence", "evidenceStart", "evidenceEnd", "candidate",
    }


def test_class_hierarchy(onto):
    assert onto.ancestors("InvestmentFirm") == {"InvestmentFirm", "Organization", "Agent", "Entity"}
    assert onto.is_subclass("Country", "Place") and onto.is_subclass("Country", "Agent")
    assert "Company" in onto.subclasses("Agent")
    assert onto.most_specific({onto.cls("Agent").iri, onto.cls("Company").iri}).name == "Company"


def test_specificity_ranks_as_most_specific_chooses(onto):
    names = sorted(c.name for c in onto.entity_classes())
    ranked = sorted(names, key=onto.specificity)
    assert onto.most_specific({onto.cls(n).iri for n in names}).name == ranked[-1]
    assert onto.specificity("InvestmentFirm") == (4, "InvestmentFirm")
    # Two classes as deep: the name decides, the same way in both.
    assert onto.specificity("Company")[0] == onto.specificity("GovernmentBody")[0]
    assert onto.most_specific({onto.cls("Company").iri, onto.cls("GovernmentBody").iri}).name == "GovernmentBody"


def test_camel_snake_round_trip(onto):
    from kg.ontology import snake_to_camel

    for relation in onto.relations.values():
        assert snake_to_camel(camel_to_snake(relation.name)) == relation.name


def _broken(tmp_path, old: str, new: str) -> Path:
    text = KG_TTL.read_text(encoding="utf-8")
    assert old in text, old
    path = tmp_path / "kg.ttl"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "old, new, message",
    [
        (
            'kg:investsIn a owl:ObjectProperty ; rdfs:label "invests in"@en ;',
            "kg:investsIn a owl:ObjectProperty ;",
            "kg:investsIn has no rdfs:label",
        ),
        (
            "rdfs:domain kg:Agent ; rdfs:range kg:Organization ;\n    kg:statementClass kg:Investment ; kg:strength 3 ; skos:relatedMatch",
            "rdfs:range kg:Organization ;\n    kg:statementClass kg:Investment ; kg:strength 3 ; skos:relatedMatch",
            "kg:investsIn has no rdfs:domain",
        ),
        (
            "rdfs:domain kg:Organization ; rdfs:range kg:Sector ;",
            "rdfs:domain kg:Organisation ; rdfs:range kg:Sector ;",
            "the domain of kg:operatesInSector is kg:Organisation, which is not a declared class",
        ),
        (
            "owl:inverseOf kg:holdsStakeIn ;",
            "owl:inverseOf kg:holdStakeIn ;",
            "kg:hasShareholder is the inverse of kg:holdStakeIn",
        ),
        (
            'kg:Sector a owl:Class ; rdfs:subClassOf kg:Entity ; rdfs:label "sector"@en ;',
            "kg:Sector a owl:Class ; rdfs:subClassOf kg:Entity ;",
            "kg:Sector has no rdfs:label",
        ),
        (
            'kg:colour "#d62728"',
            'kg:colour "red"',
            "kg:Country has colour 'red'",
        ),
        (
            "kg:statementClass kg:Stake ; kg:strength 4 ; skos:closeMatch wdt:P1830",
            "kg:statementClass kg:Country ; kg:strength 4 ; skos:closeMatch wdt:P1830",
            "the statement class of kg:holdsStakeIn is kg:Country",
        ),
        (
            'kg:display "text" ; kg:order 1 ; kg:inSentence true .',
            "kg:order 1 ; kg:inSentence true .",
            "kg:role has no kg:display",
        ),
        (
            'kg:display "percent" ; kg:order 2 ;',
            'kg:display "ratio" ; kg:order 2 ;',
            "kg:stakePercent has display 'ratio'; use one of money, percent",
        ),
        (
            'kg:display "money" ; kg:unit "USD" ; kg:order 4 ;',
            'kg:display "money" ; kg:order 4 ;',
            "kg:amountUSD shows money but has no kg:unit",
        ),
        (
            "kg:unit kg:currency ; kg:order 3",
            "kg:unit kg:curency ; kg:order 3",
            "the unit of kg:amount is kg:curency, which is not a declared qualifier",
        ),
        (
            'kg:display "text" ; kg:order 15 .',
            'kg:display "text" .',
            "kg:note is shown but has no kg:order",
        ),
        (
            'kg:order 14 ; kg:flagText "implied by the text, not stated"@en .',
            "kg:order 14 .",
            "kg:implied is a flag but has no kg:flagText",
        ),
        (
            'kg:display "percent" ; kg:order 2 ;',
            'kg:display "percent" ; kg:summed true ; kg:order 2 ;',
            "kg:stakePercent is summed but shows percent, not money",
        ),
    ],
    ids=[
        "no-label", "no-domain", "undeclared-domain", "bad-inverse", "class-no-label", "bad-colour", "bad-statement-class",
        "qualifier-no-display", "unknown-display", "money-no-unit", "undeclared-unit", "shown-no-order", "flag-no-text",
        "summed-not-money",
    ],
)
def test_broken_ontology_names_the_term(tmp_path, old, new, message):
    with pytest.raises(OntologyError, match=re.escape(message)):
        load_ontology(_broken(tmp_path, old, new))


def test_unparsable_or_missing_ontology(tmp_path):
    bad = tmp_path / "kg.ttl"
    bad.write_text("kg:x a ", encoding="utf-8")
    with pytest.raises(OntologyError, match="not valid Turtle"):
        load_ontology(bad)
    with pytest.raises(OntologyError, match="missing"):
        load_ontology(tmp_path / "absent.ttl")
