"""Kinds of wording met on news snippets outside the corpus (session 24): a description set
beside a name ("... to acquire Puppet, the automation company"), a participle on such a
description ("X, the rocket firm founded by Y, filed ..."), commercial agencies, a body
named for its founder ("Bezos Expeditions"), a round's investors after "including", a
title's modifier after "and". Each case beside one of the same shape that must not be read
so."""

from __future__ import annotations

from extract_support import fact_dates, fact_ends, fact_qualifiers


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_a_description_beside_a_name_is_that_names_not_the_subjects(extract_text):
    record = extract_text("Daewon Software said it intends to acquire Hanul, the infrastructure automation company.")
    sectors = fact_ends(record, "operates_in_sector")
    assert ("Hanul", "infrastructure automation") in sectors
    assert not any(s == "Daewon Software" for s, _ in sectors)
    assert ("Daewon Software", "Hanul") in fact_ends(record, "acquires")
    # A description that is a clause's subject after a comma still refers back, and the
    # pronoun of what it says stands for what it stands for, not for the name before it.
    later = extract_text("Hanul Robotics won a contract from Daewon. In a statement to Reuters, the company said it had acquired Minjin Labs.")
    assert fact_ends(later, "acquires") == {("Hanul Robotics", "Minjin Labs")}


def test_a_founding_told_in_a_description_takes_no_date_of_the_sentence(extract_text):
    record = extract_text(
        "Sora Aerospace, the rocket company founded by Kim Min-soo, this morning filed a 50-page protest with the "
        "Hanul Accountability Office, challenging a $2.9 billion contract to Daewon from the agency.",
        published="2021-04-20",
    )
    assert fact_dates(record, "founded_by") == {("Sora Aerospace", "Kim Min-soo"): None}
    dated = extract_text("Sora Aerospace, the rocket company founded by Kim Min-soo in 2000, filed a protest.", published="2021-04-20")
    assert fact_dates(dated, "founded_by") == {("Sora Aerospace", "Kim Min-soo"): "2000"}


def test_a_travel_agency_is_a_firm(extract_text):
    assert ("Hanatrip.com", "Company") in named(extract_text("Minjin Hotels raised money from online travel agency Hanatrip.com."))
    assert ("Sora", "GovernmentBody") in named(extract_text("The state agency Sora fined Hanul Robotics on Monday."))


def test_a_plural_after_a_founders_name_is_a_body(extract_text):
    record = extract_text("Hanul Robotics raised $100 million in Series D funding led by Bezos Expeditions.")
    assert ("Bezos Expeditions", "Company") in named(record)
    assert fact_qualifiers(record, "Bezos Expeditions", "invests_in", "Hanul Robotics")["amount"] == 100000000
    # Capitalised common words stay no name.
    words = extract_text("Kim Min-soo, head of Public Relations at Hanul Robotics, said so.")
    assert not any("Relations" in n for n, _ in named(words))


def test_a_participle_after_a_rounds_comma_tells_of_the_round(extract_text):
    record = extract_text("Hanul Robotics raised $30 million in a round, led by Daewon Ventures and including Minjin Capital.")
    assert {("Daewon Ventures", "Hanul Robotics"), ("Minjin Capital", "Hanul Robotics")} <= fact_ends(record, "invests_in")
    assert not fact_ends(extract_text("Hanul Robotics raised $30 million in a round, backed by its strong sales."), "invests_in")


def test_a_rounds_investors_after_including(extract_text):
    record = extract_text("Hanul Robotics announced a new $37 million round, led by Daewon Ventures and including Minjin Partners.",
                          published="2024-05-01")
    assert fact_qualifiers(record, "Minjin Partners", "invests_in", "Hanul Robotics") == \
        {"amount": 37000000, "currency": "USD", "date": "2024-05-01"}
    plain = extract_text("Hanul Robotics raised $37 million in a seed round including Minjin Partners and Daewon Ventures.")
    assert {("Minjin Partners", "Hanul Robotics"), ("Daewon Ventures", "Hanul Robotics")} <= fact_ends(plain, "invests_in")
    # Markets the money goes to are no investors.
    spend = extract_text("Hanul Robotics will use the funding to expand into markets including Japan and Sora Motors.")
    assert not fact_ends(spend, "invests_in")


def test_a_title_modifier_after_and(extract_text):
    record = extract_text("Hanul Robotics founder and interim CEO Kim Min-soo said so.")
    assert fact_qualifiers(record, "Kim Min-soo", "ceo_of", "Hanul Robotics")["role"] == "interim CEO"
    assert fact_qualifiers(extract_text("Hanul Robotics cofounder and current CTO Kim Min-soo said so."),
                           "Kim Min-soo", "executive_of", "Hanul Robotics")["role"] == "CTO"
    # A modifier no title follows is no title's.
    assert not fact_ends(extract_text("Hanul Robotics founder and current owner Kim Min-soo said so."), "ceo_of")


def test_an_investment_arm_named_after_its_parent_is_not_the_parent(extract_text):
    record = extract_text("Seoul-based electronics conglomerate Daewon is among firms planning a fund. "
                          "Daewon already runs US-based Daewon Tech Ventures under CEO Kim Min-soo.")
    assert {"Daewon", "Daewon Tech Ventures"} <= {e["name"] for e in record["entities"]}
    assert ("Daewon Tech Ventures", "Seoul") not in fact_ends(record, "headquartered_in")
    # One word of an arm after the name is the firm's own name, shortened later.
    short = extract_text("Minjin Ventures led the round. Minjin has backed 40 startups.")
    assert [e["aliases"] for e in short["entities"] if e["name"] == "Minjin Ventures"] == [["Minjin"]]


def test_an_acronym_with_an_indefinite_article_is_a_common_noun(extract_text):
    record = extract_text("Daewon said it was considering starting a Korea-based CVC after the rule changes.")
    assert {e["name"] for e in record["entities"]} <= {"Daewon", "South Korea"}
    named_fund = extract_text("Daewon Ventures and CVC invested in Hanul Robotics.")
    assert ("CVC Capital Partners", "Hanul Robotics") in fact_ends(named_fund, "invests_in")


def test_a_founders_title_takes_no_date_of_its_sentence(extract_text):
    record = extract_text("Kim Min-soo spoke during the Busan Demo Day with Hanul co-founder and general partner Lee Ji-won on June 26.",
                          published="2020-07-01")
    assert fact_dates(record, "founded_by") == {("Hanul", "Lee Ji-won"): None}
    # A post taken on a day is dated so.
    taken = extract_text("October 2016: Hanul sacks chairman Park Ji-hoon and Lee Ji-won takes over as the interim chairman.",
                         published="2020-07-01")
    assert fact_dates(taken, "chair_of").get(("Lee Ji-won", "Hanul")) == "2016-10"


def test_a_group_carries_only_qualifiers_of_its_relation(rules_copy):
    import pytest

    from kg.extract.frames import load_frame_patterns
    from kg.ontology import OntologyError, load_ontology

    import shutil

    from kg.resources import resource_dir

    folder = rules_copy("theme: [of, at], actor: object, carries: []}", "theme: [of, at], actor: object, carries: [amount]}")
    shutil.copy(resource_dir("ontology") / "frames.yaml", folder / "frames.yaml")
    with pytest.raises(OntologyError) as raised:
        load_frame_patterns(load_ontology(), folder)
    assert str(raised.value).startswith("triggers.yaml: founded_by: trigger group") and "carries must list qualifiers of founded_by's own (date)" in str(raised.value)
    patterns = load_frame_patterns(load_ontology())
    founders = [p for p in patterns if p.eval_name == "founded_by"]
    assert {p.carries for p in founders} == {(), ("date",)}


def test_a_one_word_name_the_tagger_missed_beside_a_class_noun(extract_text):
    record = extract_text("Sola, an Indian ride-hailing service company, received $10 million from Daewon Ventures.")
    assert ("Sola", "Company") in named(record)
    assert ("Daewon Ventures", "Sola") in fact_ends(record, "invests_in")
    before = extract_text("Busan-based ride-hailing company Grab raised money.")
    assert ("Grab", "Busan") in fact_ends(before, "headquartered_in")
    # No class noun closed by its comma, no name: an adverb opening the sentence stays one.
    assert {n for n, _ in named(extract_text("Meanwhile, a Korean company said it would invest."))} <= {"South Korea"}
    assert not fact_ends(extract_text("Busan-based firms acquired Hanul."), "headquartered_in")


def test_money_received_from_an_investor(extract_text):
    record = extract_text("Hanul Robotics received $10 million from Daewon Ventures.")
    assert fact_qualifiers(record, "Daewon Ventures", "invests_in", "Hanul Robotics")["amount"] == 10000000
    assert not fact_ends(extract_text("Hanul Robotics received approval from Daewon Ventures."), "invests_in")


def test_a_lower_case_word_the_tagger_took_for_a_proper_noun_opens_no_name(extract_text):
    record = extract_text("Hanul Robotics' board appointed Kim Min-soo as chief executive a day after longtime "
                          "Chairman and CEO Park Ji-won was killed in a crash.")
    assert "longtime" not in {e["name"] for e in record["entities"]}
    assert not any(o == "longtime" for _, o in fact_ends(record, "ceo_of") | fact_ends(record, "chair_of"))


def test_a_relative_clause_inside_a_list_tells_of_the_names_before_it(extract_text):
    record = extract_text("Talks between President Kim Min-soo, who is on an official visit to Japan, and Prime Minister "
                          "Sato Hiro were held last night.")
    assert fact_ends(record, "visits") == {("Kim Min-soo", "Japan")}
    after = extract_text("Hanul Robotics and Daewon Motors, which are based in Busan, signed a deal.")
    assert {("Hanul Robotics", "Busan"), ("Daewon Motors", "Busan")} <= fact_ends(after, "headquartered_in")


def test_capitalised_common_words_with_an_article_are_no_person(extract_text):
    record = extract_text("President Kim Min-soo left to Bangladesh today for a three-day State Visit.", published="2017-07-13")
    assert "State Visit" not in {e["name"] for e in record["entities"]}
    assert fact_dates(record, "visits") == {("Kim Min-soo", "Bangladesh"): "2017-07-13/2017-07-15"}
    assert not fact_ends(extract_text("Kim Min-soo left to join Hanul Robotics in 2019."), "visits")


def test_a_noun_that_needs_its_light_verb(extract_text):
    record = extract_text("Daewon Motors agreed with Sora Trading to acquire all of its 12.98 million Hanul Kiko shares.")
    assert not fact_ends(record, "competes_with")
    assert ("Hanul Robotics", "Minjin Systems") in fact_ends(
        extract_text("Hanul Robotics has lost ground to Minjin Systems this year."), "competes_with")


def test_a_title_case_dateline_with_its_day(extract_text):
    from kg.extract.spans import dateline

    assert dateline("Tokyo, April 21, 2017 - Hanul said")[1] == len("Tokyo, April 21, 2017 - ")
    assert dateline("Daewon Group bought Hanul.") == (None, 0)
    record = extract_text("Tokyo, April 21, 2017 - Hanul Limited has announced that it has commenced a tender offer "
                          "to acquire Minjin Limited.")
    assert ("Hanul Limited", "Company") in named(record) and ("Tokyo", "City") in named(record)
    assert fact_ends(record, "acquires") == {("Hanul Limited", "Minjin Limited")}


def test_a_plans_initials_inside_a_firms_name_are_the_firms(extract_text):
    record = extract_text("Some of its initial investors are Mandiri Capital, BRI Ventures and Bank BRI.")
    assert ("BRI Ventures", "InvestmentFirm") in named(record)
    assert not any(t == "Policy" for _, t in named(record))
    plan = extract_text("China's BRI has funded ports in Pakistan.")
    assert ("Belt and Road Initiative", "Policy") in named(plan)


def test_they_after_sayers_joined_by_and_stands_for_all_of_them(extract_text):
    record = extract_text("Hanul Robotics and Daewon Motors said they will invest $1 billion in Minjin Labs.")
    assert {("Hanul Robotics", "Minjin Labs"), ("Daewon Motors", "Minjin Labs")} <= fact_ends(record, "invests_in")
    people = extract_text("Kim Min-soo and Park Ji-hoon said they founded Hanul Robotics in 2015.")
    assert fact_ends(people, "founded_by") == {("Hanul Robotics", "Kim Min-soo"), ("Hanul Robotics", "Park Ji-hoon")}
    # "they" with no sayers named stands for no one.
    assert not fact_ends(extract_text("Analysts said they had bought shares in Minjin Labs."), "holds_stake_in")


def test_a_participle_after_a_persons_hyphen_is_no_part_of_the_name(extract_text):
    record = extract_text("Kim Min-soo-controlled Hanul Capital today acquired a 44% stake in Daewon Couriers.")
    assert ("Kim Min-soo", "Person") in named(record)
    assert not any(n.endswith("controlled") for n, _ in named(record))
    assert ("Moon Jae-in", "Person") in named(extract_text("Park Ji-hoon met Moon Jae-in in Seoul."))


def test_two_words_written_with_an_ampersand_elsewhere_make_one_name(extract_text):
    record = extract_text("Daewon Industries agreed to acquire a 40 percent stake in Sora and Minjin Renewable Energy. "
                          "Daewon bought 1.84 million Sora & Minjin Renewable shares.")
    assert "Sora and Minjin Renewable Energy" in {n for n, _ in named(record)}
    assert "Sora" not in {n for n, _ in named(record)}
    # The shorter name written with "&" is the same firm.
    assert [e["aliases"] for e in record["entities"] if e["name"] == "Sora and Minjin Renewable Energy"] == [["Sora & Minjin Renewable"]]
    listed = extract_text("Daewon Industries bought stakes in Sora and Minjin Renewable Energy.")
    assert {"Sora", "Minjin Renewable Energy"} <= {n for n, _ in named(listed)}


def test_a_hyphened_given_name_after_a_title(extract_text):
    record = extract_text("Hanul Robotics Chief Executive Park Min-soo said so.")
    assert fact_qualifiers(record, "Park Min-soo", "ceo_of", "Hanul Robotics")["role"] == "Chief Executive"
    # A common word after a title, with no given name, stays no person.
    assert not any(t == "Person" for _, t in named(extract_text("Hanul Robotics Chief Executive Park said so.")))
