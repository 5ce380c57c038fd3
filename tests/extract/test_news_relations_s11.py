"""Classes of news wording for places, visits, stakes and offices (session 11), each on
sentences invented here (firms such as Hanul Robotics, Daewon Ventures, Minjin Capital),
with sentences of the same shape that must give nothing."""

from __future__ import annotations

import pytest

from kg.errors import OntologyError
from kg.extract.entities import DocumentEntity
from kg.extract.name_facts import ByCountryName, facts_by_country_name, load_by_country_name
from kg.ontology import load_ontology
from kg.resources import resource_dir


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


@pytest.mark.parametrize("text, fact", [
    # A word for a kind of place stands for the place it names.
    ("Kim Min-soo arrived in the city of Hefei on Monday.", ("Kim Min-soo", "visits", "Hefei")),
    ("Kim Min-soo arrived in Chongqing Municipality on Monday.", ("Kim Min-soo", "visits", "Chongqing")),
    ("Hanul Robotics is based in the city of Hefei.", ("Hanul Robotics", "headquartered_in", "Hefei")),
    ("The Busan Robot Expo was held in the city of Busan.", ("Busan Robot Expo", "event_held_at", "Busan")),
    # A city before the words that say what a firm is.
    ("Busan startup Hanul Robotics raised $10 million.", ("Hanul Robotics", "headquartered_in", "Busan")),
    ("Shenzhen battery maker Minjin Energy opened a plant.", ("Minjin Energy", "headquartered_in", "Shenzhen")),
    # What one joins is what the title after "as" is of.
    ("Kim Min-soo joined Hanul Robotics as chief technology officer in 2019.", ("Kim Min-soo", "executive_of", "Hanul Robotics")),
    ("Minjin Capital joined Hanul Robotics as a strategic partner.", ("Minjin Capital", "partners_with", "Hanul Robotics")),
    # An executive in a part of a firm is the firm's.
    ("Kim Min-soo, a senior executive in Hanul Robotics' sensor strategy division, said.",
     ("Kim Min-soo", "executive_of", "Hanul Robotics")),
    # A firm named by the group it belongs to.
    ("Hanul Robotics, a Daewon Group company, said sales rose.", ("Hanul Robotics", "subsidiary_of", "Daewon Group")),
    # A title and a name opening a "where" clause of an organisation.
    ("Rivals include Daewon Motors, where Vice Chairman Kim Min-soo oversees strategy.",
     ("Kim Min-soo", "executive_of", "Daewon Motors")),
    ("Talks stalled at Daewon Motors, where chief executive Kim Min-soo has cut costs.", ("Kim Min-soo", "ceo_of", "Daewon Motors")),
    # "counts X as one of its investors", as "among its investors".
    ("Hanul Robotics counts Daewon Ventures as one of its biggest investors.", ("Daewon Ventures", "invests_in", "Hanul Robotics")),
    # A firm from a country; a country-domiciled firm.
    ("Hanul Robotics from South Korea said sales rose.", ("Hanul Robotics", "headquartered_in", "South Korea")),
    ("Vietnam-domiciled Hanul Motors plans a plant.", ("Hanul Motors", "headquartered_in", "Vietnam")),
    # Those an actor joins with for a deed do it too.
    ("Daewon Ventures teamed up with Minjin Capital to invest in Hanul Robotics.", ("Minjin Capital", "invests_in", "Hanul Robotics")),
    ("Daewon Ventures, together with Minjin Capital, put $5 million into Hanul Robotics.",
     ("Minjin Capital", "invests_in", "Hanul Robotics")),
    ("Daewon Ventures invested in Hanul Robotics along with Sora Partners and Minjin Capital.",
     ("Sora Partners", "invests_in", "Hanul Robotics")),
    # Who oversees a part of a firm's work is an executive of the firm.
    ("Kim Min-soo oversees Hanul Robotics' overseas sales.", ("Kim Min-soo", "executive_of", "Hanul Robotics")),
    ("Since 2020 Lee Ji-won has managed Daewon Motors' marketing.", ("Lee Ji-won", "executive_of", "Daewon Motors")),
    # A facility described as a country's.
    ("The robots guide travellers at Gimhae International Airport, South Korea's second gateway.",
     ("Gimhae International Airport", "located_in", "South Korea")),    # "its trading partner, X" of the country named just before.
    ("Vietnam's rice sales to its largest trading partner, China, rose in May.", ("Vietnam", "trades_with", "China")),
    # A country named as where another's exports go, or its imports come from.
    ("Canada was the biggest customer for Mexican exports last year.", ("Mexico", "exports_to", "Canada")),
    ("Thailand remains one of Laos's biggest export markets.", ("Laos", "exports_to", "Thailand")),
])
def test_news_wording(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, predicate", [
    # A kind of place with no place named gives no end.
    ("Kim Min-soo arrived in the capital on Monday.", "visits"),
    # A city that is no modifier of the firm's words.
    ("Tokyo stocks rose as Hanul Robotics gained.", "headquartered_in"),
    # An executive in a city is no executive of it.
    ("Kim Min-soo, the top executive in Busan, said.", "executive_of"),
    # Words between the group and "company" say something else of the firm.
    ("Hanul Robotics, a Minjin Capital portfolio company, said sales rose.", "subsidiary_of"),
    # A "where" clause with no title.
    ("Daewon Motors, where Kim Min-soo works, said.", "executive_of"),
    # Leaving a country is not being from it.
    ("Hanul Robotics withdrew from China last year.", "headquartered_in"),
    # Putting money into a part of a firm's work makes no executive.
    ("Kim Min-soo invested in Hanul Robotics' research.", "executive_of"),
    # A firm is no market of a country's exports.
    ("Hanul Robotics is Korea's largest export market.", "exports_to"),
])
def test_no_such_fact(extract_text, text, predicate):
    assert not {t for t in triples(extract_text(text)) if t[1] == predicate}


def test_a_partner_in_another_deal_does_not_act_too(extract_text):
    # "with Minjin" belongs to the deal, not to the investment joined to it by "and".
    record = extract_text("Daewon Ventures signed a deal with Minjin Capital and invested in Hanul Robotics.")
    assert ("Daewon Ventures", "invests_in", "Hanul Robotics") in triples(record)
    assert ("Minjin Capital", "invests_in", "Hanul Robotics") not in triples(record)


HOME = ByCountryName("headquartered_in", frozenset({"Company", "GovernmentBody"}), frozenset(), 0.6, last_only=True)


@pytest.mark.parametrize("name, cls, homes", [
    ("Vietnam Battery Corporation", "Company", {"Vietnam"}),
    ("Korean Ministry of Oceans", "GovernmentBody", {"South Korea"}),
    # The last country named is the home: "Council of German Firms in Japan".
    ("Council of German Firms in Japan", "Company", {"Japan"}),
    ("Hanul Robotics", "Company", set()),
    # Other classes are left to their own rules.
    ("Made in Japan 2030", "Policy", set()),
])
def test_an_organisation_named_after_a_country_is_at_home_there(name, cls, homes):
    entity = DocumentEntity(key=name, name=name, cls=cls, iri=None, mentions=[(0, len(name))])
    facts = facts_by_country_name({name: entity}, set(), HOME)
    assert {f["object"] for f in facts} == homes


def test_the_shipped_home_name_rule_loads():
    rule = load_by_country_name(load_ontology(), key="by_home_name")
    assert rule is not None and rule.relation == "headquartered_in" and rule.last_only and "Company" in rule.classes


def test_a_home_name_rule_with_a_bad_last_only_is_refused(tmp_path):
    text = (resource_dir("ontology") / "triggers.yaml").read_text(encoding="utf-8")
    old = "last_only: true"
    assert text.count(old) == 1
    (tmp_path / "triggers.yaml").write_text(text.replace(old, "last_only: sometimes"), encoding="utf-8")
    with pytest.raises(OntologyError, match="last_only"):
        load_by_country_name(load_ontology(), tmp_path, key="by_home_name")


def test_an_outlet_or_a_government_is_not_at_home_by_its_name():
    rule = load_by_country_name(load_ontology(), key="by_home_name")
    names = {"Vietnam Daily": "Company", "Korean government": "GovernmentBody"}
    entities = {n: DocumentEntity(key=n, name=n, cls=c, iri=None, mentions=[(0, len(n))]) for n, c in names.items()}
    assert facts_by_country_name(entities, set(), rule) == []


@pytest.mark.parametrize("text, wanted, unwanted", [
    # A firm founded or registered somewhere is at home there when the participle is told of it ...
    ("Hanul Robotics, founded in Busan in 2015, makes welding robots.", ("Hanul Robotics", "headquartered_in", "Busan"), None),
    ("Founded in Busan in 2015, Hanul Robotics makes welding robots.", ("Hanul Robotics", "headquartered_in", "Busan"), None),
    ("Hanul Robotics was founded in Busan in 2015.", ("Hanul Robotics", "headquartered_in", "Busan"), None),
    # ... not when it founds something elsewhere, nor when it founds another firm there.
    ("Hanul Robotics established a subsidiary in Japan last year.", None, ("Hanul Robotics", "headquartered_in", "Japan")),
    ("Daewon Ventures founded Hanul Robotics in Busan.", ("Hanul Robotics", "founded_by", "Daewon Ventures"),
     ("Daewon Ventures", "headquartered_in", "Busan")),
])
def test_founding_verbs_give_a_home_only_as_participles(extract_text, text, wanted, unwanted):
    found = triples(extract_text(text))
    assert wanted is None or wanted in found
    assert unwanted is None or unwanted not in found


@pytest.mark.parametrize("text, sectors", [
    # Words a conjunction joins before a maker word name one sector each.
    ("Hanul Robotics is a leading Korean server and cloud solutions provider.", {"server", "cloud solutions"}),
    ("Hanul Robotics, a battery and robot maker, said sales rose.", {"batteries", "robotics"}),
    # ... also when a participle's clause stands between the firm and the copula.
    ("Hanul Robotics (HR), founded in Busan in 2015, is a Korean drone and robot maker.", {"drones", "robotics"}),
])
def test_joined_words_before_a_maker_word_name_a_sector_each(extract_text, text, sectors):
    found = {t[2] for t in triples(extract_text(text)) if t[:2] == ("Hanul Robotics", "operates_in_sector")}
    assert found == sectors


def test_a_firm_joined_to_a_maker_word_is_no_sector(extract_text):
    found = triples(extract_text("Minjin Capital and battery maker Hanul Robotics signed a deal."))
    assert {t for t in found if t[1] == "operates_in_sector"} == {("Hanul Robotics", "operates_in_sector", "batteries")}
