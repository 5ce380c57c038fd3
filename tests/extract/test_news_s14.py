"""Places, public bodies and visits as real news writes them (session 14), on sentences
invented here, each beside a sentence of the same shape that must keep what it had."""

from __future__ import annotations

import pytest


def triples(record) -> set[tuple[str, str, str]]:
    return {(r["subject"], r["predicate"], r["object"]) for r in record["relations"] if not r.get("candidate")}


def entities(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


@pytest.mark.parametrize("text", [
    "The Ministry of Investment, Trade and Industry signed the agreement with Hanul Robotics.",
    "Malaysia's Ministry of Investment, Trade and Industry signed the agreement with Hanul Robotics.",
])
def test_a_ministrys_listed_portfolio_is_one_name_after_the(extract_text, text):
    record = extract_text(text)
    assert entities(record).get("Ministry of Investment, Trade and Industry") == "GovernmentBody"
    assert not {"Trade", "Industry", "Ministry of Investment"} & set(entities(record))


def test_firms_listed_after_the_are_still_split(extract_text):
    record = extract_text("The Hanul Robotics and Daewon Ventures deal closed on Monday.")
    assert {"Hanul Robotics", "Daewon Ventures"} <= set(entities(record))


@pytest.mark.parametrize("text, visitor, place", [
    # A city NER calls an organisation, after "in" that a site's noun heads.
    ("Kim Min-soo visited a semiconductor factory in Sendai on Friday.", "Kim Min-soo", "Sendai"),
    # A site one inspects is a site one is at.
    ("Kim Min-soo on Friday inspected a battery plant in Leipzig.", "Kim Min-soo", "Leipzig"),
])
def test_a_visit_to_a_site_is_a_visit_to_its_city(extract_text, text, visitor, place):
    record = extract_text(text)
    assert entities(record).get(place) == "City"
    assert (visitor, "visits", place) in triples(record)


def test_a_firm_invested_in_is_no_city(extract_text):
    # "Toyota" is also a Japanese city; after "in" that a verb heads it stays the firm.
    record = extract_text("Daewon Ventures invested in Toyota last year.")
    assert entities(record).get("Toyota") == "Company"


def test_an_inspected_firm_is_not_visited(extract_text):
    record = extract_text("Regulators inspected Hanul Robotics in March.")
    assert not any(p == "visits" for _, p, _ in triples(record))


def test_a_family_name_ner_calls_an_organisation_is_the_person(extract_text):
    record = extract_text("Egypt's trade minister Hassan El-Khatib met Moroccan officials on Monday. "
                          "El-Khatib said trade would double.")
    assert entities(record).get("Hassan El-Khatib") == "Person"
    assert "El-Khatib" not in entities(record)


def test_a_firm_named_like_a_person_in_the_text_stays_a_firm(extract_text):
    # The family name of a person named in full, used as a firm's name with a firm's word.
    record = extract_text("Michael Dell founded Dell Technologies in 1984. Dell Technologies invested in Hanul Robotics.")
    assert entities(record).get("Dell Technologies") == "Company"


@pytest.mark.parametrize("text, money", [
    # NER calls the first a firm.
    ("Of the total investments, RM100bil was secured at the separate session with about 50 Chinese firms.", ["RM100bil"]),
    ("Hanul Robotics signed deals worth RM170bil with Chinese firms.", ["RM170bil"]),
])
def test_a_sum_of_money_is_no_entity(extract_text, text, money):
    assert not set(money) & set(entities(extract_text(text)))


@pytest.mark.parametrize("text, city", [
    # NER calls the city a person.
    ("Usiminas is based in Belo Horizonte, in the Brazilian state of Minas Gerais.", "Belo Horizonte"),
    # NER calls these firms.
    ("MEIL, based in Hyderabad, will build the plant.", "Hyderabad"),
    ("Posco will invest $136 million in a plant in the Mexican town of Ramos Arizpe.", "Ramos Arizpe"),
    # NER calls this one a people.
    ("The Rapidus plant in Chitose, Hokkaido, will make chips.", "Chitose"),
])
def test_a_city_where_something_is_is_a_city(extract_text, text, city):
    assert entities(extract_text(text)).get(city) == "City"


@pytest.mark.parametrize("text, body", [
    ("The Federal Court of Appeal dismissed the appeal on Monday.", "Federal Court of Appeal"),
    ("The Competition Tribunal approved the merger of Hanul Robotics and Daewon.", "Competition Tribunal"),
    ("The Joint Trade Committee met in Cairo on Monday.", "Joint Trade Committee"),
])
def test_courts_tribunals_and_committees_are_public_bodies(extract_text, text, body):
    assert entities(extract_text(text)).get(body) == "GovernmentBody"


@pytest.mark.parametrize("text, policy", [
    ("Japan revised the Export Trade Control Order on Monday.", "Export Trade Control Order"),
    ("The European Union adopted the Foreign Subsidies Regulation in 2022.", "Foreign Subsidies Regulation"),
])
def test_an_order_or_a_regulation_is_a_policy(extract_text, text, policy):
    assert entities(extract_text(text)).get(policy) == "Policy"


@pytest.mark.parametrize("text, body", [
    # NER cuts these in two.
    ("The Canadian Radio-television and Telecommunications Commission approved the transfer of licences.",
     "Canadian Radio-television and Telecommunications Commission"),
    ("The U.S. Department of the Treasury imposed sanctions on 400 firms.", "U.S. Department of the Treasury"),
])
def test_a_public_bodys_name_cut_in_two_is_one(extract_text, text, body):
    assert entities(extract_text(text)).get(body) == "GovernmentBody"


def test_a_firm_and_a_body_stay_two(extract_text):
    record = extract_text("Hanul Robotics and the Korea Fair Trade Commission settled the case.")
    assert entities(record).get("Hanul Robotics") == "Company"
    assert entities(record).get("Korea Fair Trade Commission") == "GovernmentBody"


def test_the_briefs_of_a_ministers_title_are_no_entities(extract_text):
    record = extract_text("Minister of Innovation, Science and Industry Mira Sohn approved the deal on Monday.")
    assert not {"Innovation", "Science", "Industry"} & set(entities(record))


@pytest.mark.parametrize("text, person", [
    ("Spokesperson Kim Min-soo said Hanul Robotics would invest in Daewon.", "Kim Min-soo"),
    ("Foreign Ministry Spokesperson Anil Mehra said the visit would deepen ties.", "Anil Mehra"),
])
def test_a_spokespersons_title_is_no_part_of_the_name(extract_text, text, person):
    assert entities(extract_text(text)).get(person) == "Person"


def test_who_joins_a_round_is_not_whose_round_it_is(extract_text):
    record = extract_text("Several South Korean companies, including LG, Hanwha and Mirae Asset, "
                          "are also participating in the funding round.")
    assert not any(p == "invests_in" for _, p, _ in triples(record))
    # The round's owner named before still is.
    record = extract_text("Velto Robotics raised $30 million on Monday. Several firms, including Hanwha and "
                          "Mirae Asset, took part in the funding round.")
    assert ("Hanwha", "invests_in", "Velto Robotics") in triples(record)


@pytest.mark.parametrize("text", [
    "Samsung Electronics plans to invest 10 million USD in Skilled AI.",
    "Daewon Ventures is making a strategic investment in Brisk AI, a U.S. robotics software startup.",
])
def test_a_firm_named_with_a_sectors_acronym_is_one_name(extract_text, text):
    record = extract_text(text)
    name = next(n for n in entities(record) if n.endswith(" AI"))
    assert entities(record)[name] == "Company"
    assert any(p == "invests_in" and o == name for _, p, o in triples(record))



@pytest.mark.parametrize("text, facts", [
    ("Velto Robotics raised $100 million in a Series B round. Minjin Capital contributed $50 million, "
     "while Orvik Ventures invested $25 million.",
     {("Minjin Capital", "Velto Robotics", 50e6), ("Orvik Ventures", "Velto Robotics", 25e6)}),
    # A firm valued is one raising money.
    ("Velto Robotics has been valued at about $4.5 billion. Minjin Capital is contributing $100 million.",
     {("Minjin Capital", "Velto Robotics", 100e6)}),
])
def test_money_put_in_with_no_firm_named_is_the_rounds(extract_text, text, facts):
    record = extract_text(text)
    found = {(r["subject"], r["object"], r["qualifiers"].get("amount")) for r in record["relations"]
             if r["predicate"] == "invests_in" and not r.get("candidate")}
    assert facts <= found


def test_money_with_no_round_told_goes_nowhere(extract_text):
    record = extract_text("Velto Robotics opened a plant in Busan. Minjin Capital contributed $50 million.")
    assert not any(p == "invests_in" for _, p, _ in triples(record))


def test_a_round_that_values_a_firm_is_that_firms(extract_text):
    record = extract_text("Existing investors Daewon Ventures also took part in the round, which values Velto Robotics "
                          "at $1 billion.")
    assert ("Daewon Ventures", "invests_in", "Velto Robotics") in triples(record)


def test_a_part_owned_told_in_a_relative_clause_is_a_stake(extract_text):
    record = extract_text("Hanul Chemical, which owns 40% of Velto Materials, said it would raise its stake.")
    stakes = [r for r in record["relations"] if r["predicate"] == "holds_stake_in" and not r.get("candidate")]
    assert [(r["subject"], r["object"], r["qualifiers"].get("stake_percent")) for r in stakes] \
        == [("Hanul Chemical", "Velto Materials", 40.0)]


def test_the_price_of_one_share_is_no_deals_amount_even_beside_a_deal_noun(extract_text):
    record = extract_text("The Daewon Fund acquired 16.9 per cent of Hanul Holding Co. from Kim Min-soo for 9.09 riyals "
                          "a share, the closing price on the last trading day before the transaction was announced.")
    amounts = [r["qualifiers"].get("amount") for r in record["relations"] if r["object"] == "Hanul Holding Co."]
    assert amounts and not any(amounts)


@pytest.mark.parametrize("text", [
    "Hanul Energy, South Korea's largest battery maker, said it would build a plant.",
    "Hanul Energy, South Korea's second-largest electric vehicle battery maker, said it would build a plant.",
])
def test_a_firm_described_as_a_countrys_maker_of_something_is_at_home_there(extract_text, text):
    assert ("Hanul Energy", "headquartered_in", "South Korea") in triples(extract_text(text))


@pytest.mark.parametrize("text, product", [
    ("Samsung will launch Ballie, a home AI assistant robot, later this year.", "Ballie"),
    ("Hanul Robotics will launch Velta, a home assistant robot, later this year.", "Velta"),
])
def test_a_name_described_as_a_product_is_one_even_where_a_verb_wants_a_firm(extract_text, text, product):
    assert entities(extract_text(text)).get(product) == "Product"


def test_a_firm_described_by_what_it_makes_stays_a_firm(extract_text):
    record = extract_text("Daewon Ventures invested in Velto Robotics, a robot maker, last year.")
    assert entities(record).get("Velto Robotics") == "Company"


@pytest.mark.parametrize("text", [
    "Velto Materials is majority-owned by Hanul Chemical.",
    "Velto Materials, which is majority-owned by Hanul Chemical, makes cathodes.",
])
def test_a_firm_majority_owned_is_a_subsidiary(extract_text, text):
    assert ("Velto Materials", "subsidiary_of", "Hanul Chemical") in triples(extract_text(text))


@pytest.mark.parametrize("text", [
    "Bilateral trade between India and the UAE reached $85 billion in 2023.",
    "Trade between the United States and Japan reached $230 billion in 2023.",
])
def test_trade_between_two_countries_one_written_with_the(extract_text, text):
    assert any(p == "trades_with" for _, p, _ in triples(extract_text(text)))


@pytest.mark.parametrize("text, body, country", [
    ("China's Ministry of Commerce said on Thursday it would restrict exports of rare earths.", "Ministry of Commerce", "China"),
    ("Mexico's Economy Ministry said investment rose.", "Economy Ministry", "Mexico"),
])
def test_a_countrys_public_body_is_at_home_there(extract_text, text, body, country):
    assert (body, "headquartered_in", country) in triples(extract_text(text))


@pytest.mark.parametrize("text, facts", [
    ("John Smith, the founder and chairman of Hanul Robotics, said demand was rising.",
     {("Hanul Robotics", "founded_by", "John Smith"), ("John Smith", "chair_of", "Hanul Robotics")}),
    ("John Smith, the founder and chief executive of Hanul Robotics, said demand was rising.",
     {("Hanul Robotics", "founded_by", "John Smith"), ("John Smith", "ceo_of", "Hanul Robotics")}),
])
def test_a_list_of_titles_after_the_gives_each(extract_text, text, facts):
    assert facts <= triples(extract_text(text))


def test_the_title_alone_still_refers_back(extract_text):
    record = extract_text("Kim Min-soo, chairman of Daewon Group, met investors on Monday. "
                          "The chairman later visited Busan.")
    assert ("Kim Min-soo", "visits", "Busan") in triples(record)


def test_a_name_after_a_word_only_people_are_called_is_a_persons(extract_text):
    record = extract_text("Emmanuel Macron and his wife Brigitte arrived in London on Tuesday.")
    assert entities(record).get("Brigitte") == "Person"
    assert ("Brigitte", "spouse_of", "Emmanuel Macron") in triples(record)


def test_a_family_named_in_the_plural_is_no_entity(extract_text):
    record = extract_text("Emmanuel Macron and his wife Brigitte arrived in London. The Macrons were greeted by King Charles.")
    assert "Macrons" not in entities(record)


@pytest.mark.parametrize("text", [
    "Macron travelled to Windsor Castle on Tuesday.",  # NER calls these firms
    "Windsor Castle hosted a state banquet for Macron.",
    "The state banquet was held at Windsor Castle on Tuesday.",  # NER's own site, kept
])
def test_a_castle_is_a_site(extract_text, text):
    assert entities(extract_text(text)).get("Windsor Castle") == "Facility"
