"""Relations of session 22's task "rels": wordings the rules missed or misread, on sentences
invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_participle_in_a_description_of_a_firm_keeps_its_home_and_sector(extract_text):
    # "leading" is tagged a verb: the description still tells the firm's country and trade.
    record = extract_text("Hanul Steel, South Korea's leading steelmaker, said on Thursday it would expand.")
    assert ("Hanul Steel", "South Korea") in fact_ends(record, "headquartered_in")
    assert ("Hanul Steel", "steel") in fact_ends(record, "operates_in_sector")
    record = extract_text("Daewon Chips is the fast-growing chipmaker.")
    assert ("Daewon Chips", "semiconductors") in fact_ends(record, "operates_in_sector")


def test_a_finite_verb_after_the_name_is_no_description(extract_text):
    # "Hanul said, adding chipmaker stocks fell": the sector word is no apposition of the firm.
    record = extract_text("Hanul Steel said on Monday, adding that chipmaker stocks fell.")
    assert ("Hanul Steel", "semiconductors") not in fact_ends(record, "operates_in_sector")


def test_a_title_after_the_last_of_listed_names_is_that_name_s_alone(extract_text):
    record = extract_text("The deal was signed in a ceremony attended by Hanul CEO Kim Min-soo, "
                          "and Lee Jae-won, chairman of Daewon Group.")
    chairs = fact_ends(record, "chair_of")
    assert ("Lee Jae-won", "Daewon Group") in chairs
    assert ("Kim Min-soo", "Daewon Group") not in chairs
    assert ("Kim Min-soo", "Hanul") in fact_ends(record, "ceo_of")


def test_a_plural_title_after_listed_names_is_each_one_s(extract_text):
    record = extract_text("Kim Min-soo and Lee Jae-won, co-founders of Daewon Robotics, said on Monday.")
    founders = fact_ends(record, "founded_by")
    assert ("Daewon Robotics", "Kim Min-soo") in founders
    assert ("Daewon Robotics", "Lee Jae-won") in founders


def test_what_is_raised_from_an_investor_is_money(extract_text):
    for text in ("Hanul Robotics obtained approval from Minjin Motors.",
                 "Hanul Robotics attracted interest from Minjin Motors.",
                 "Hanul Robotics will secure lithium from Minjin Motors."):
        assert not fact_ends(extract_text(text), "invests_in"), text


def test_money_or_funds_raised_from_an_investor_are_its_investment(extract_text):
    for text in ("Hanul Robotics raised 10 billion won from Minjin Capital.",
                 "Hanul Robotics raised funds from Minjin Capital.",
                 "Hanul Robotics secured fresh capital from Minjin Capital."):
        assert ("Minjin Capital", "Hanul Robotics") in fact_ends(extract_text(text), "invests_in"), text


def test_what_a_firm_produces_or_a_maker_makes_is_its_trade(extract_text):
    # Words of no reference sector, vouched for by the verb of making or the maker's "of".
    assert ("Hanul Films", "plastic films") in fact_ends(
        extract_text("Hanul Films, which produces plastic films, took a 24 percent stake in Minjin Bio."), "operates_in_sector")
    assert ("Daewon Lights", "lighting products") in fact_ends(
        extract_text("Daewon Lights, a manufacturer of lighting products, said on Monday it would expand."), "operates_in_sector")


def test_what_a_firm_produces_that_is_no_trade_is_none(extract_text):
    for text in ("Hanul Films produced record profits last year.", "Hanul Films produces results."):
        assert not fact_ends(extract_text(text), "operates_in_sector"), text


def test_a_listed_firm_s_description_keeps_its_sector(extract_text):
    record = extract_text("Daewon bought Minjin AG, a publicly listed biotechnology firm headquartered in Germany.")
    assert ("Minjin AG", "biotechnology") in fact_ends(record, "operates_in_sector")


def test_a_place_that_is_home_to_a_firm_is_its_home(extract_text):
    record = extract_text("Taiwan is home to the world's largest chipmaker, Hanul Chips, a major supplier for Nvidia.")
    assert ("Hanul Chips", "Taiwan") in fact_ends(record, "headquartered_in")


def test_a_place_home_to_a_plant_or_to_people_homes_no_firm(extract_text):
    for text in ("Japan is home to a Daewon Motors plant.", "Africa is home to 16 percent of the world's people."):
        assert not fact_ends(extract_text(text), "headquartered_in"), text


def test_a_firm_described_as_one_in_a_place_is_at_home_there(extract_text):
    assert ("Hanul Pharma", "Germany") in fact_ends(
        extract_text("Daewon bought Hanul Pharma, a drug company in Germany."), "headquartered_in")
    assert ("Minjin Labs", "Busan") in fact_ends(
        extract_text("Minjin Labs, a startup in Busan, said on Monday it raised funds."), "headquartered_in")


def test_a_market_or_an_investment_in_a_place_is_no_home(extract_text):
    for text in ("Daewon Capital, a major investor in Vietnam, said on Monday.",
                 "Daewon Motors, the largest carmaker in China, said on Monday.",
                 "Daewon Motors, a foreign carmaker in China, said on Monday."):
        assert not fact_ends(extract_text(text), "headquartered_in"), text


def stakes(record) -> dict[tuple[str, str], object]:
    return {(r["subject"], r["object"]): r["qualifiers"].get("stake_percent") for r in record["relations"]
            if r["predicate"] == "holds_stake_in" and not r.get("candidate")}


def test_the_partners_of_a_venture_named_hold_parts_of_it(extract_text):
    record = extract_text("Daewon Sora Energy, a joint venture between Hanul Motors (51%) and Sora Energy (49%), "
                          "was established in August 2023.")
    assert stakes(record) == {("Hanul Motors", "Daewon Sora Energy"): 51.0, ("Sora Energy", "Daewon Sora Energy"): 49.0}
    assert ("Hanul Motors", "Sora Energy") in fact_ends(record, "partners_with")


def test_a_venture_s_partners_without_their_parts_hold_no_figure(extract_text):
    record = extract_text("Daewon Sora Energy, a joint venture between Hanul Motors and Sora Energy, was established in 2023.")
    assert stakes(record) == {("Hanul Motors", "Daewon Sora Energy"): None, ("Sora Energy", "Daewon Sora Energy"): None}


def test_a_firm_described_otherwise_than_as_a_venture_has_no_owners_so(extract_text):
    record = extract_text("Daewon Sora Energy, a supplier of Hanul Motors and Sora Energy, was established in 2023.")
    assert not stakes(record)


def test_two_descriptions_joined_before_a_firm_keep_its_nationality(extract_text):
    record = extract_text("Dutch maritime contractor and shipping company Hanul Marine is handing over the leadership.")
    assert ("Hanul Marine", "Netherlands") in fact_ends(record, "headquartered_in")
    record = extract_text("Chinese car and battery maker Daewon Motors bought a factory.")
    assert ("Daewon Motors", "China") in fact_ends(record, "headquartered_in")


def test_a_nationality_set_off_by_a_comma_is_not_the_firm_s(extract_text):
    # A list of others, not one firm described twice.
    record = extract_text("Dutch officials, bankers, and shipping company Hanul Marine met on Monday.")
    assert ("Hanul Marine", "Netherlands") not in fact_ends(record, "headquartered_in")


def test_funding_from_listed_investors_is_no_investment_of_one_in_another(extract_text):
    record = extract_text("Hanul Pay, a payments startup, raised $13 million in seed funding from Daewon Ventures, "
                          "Minjin Capital and Sora Partners, the company said.")
    investments = fact_ends(record, "invests_in")
    assert ("Daewon Ventures", "Hanul Pay") in investments
    assert not {(s, o) for s, o in investments if o != "Hanul Pay"}


def test_an_investment_by_one_in_another_is_still_read(extract_text):
    record = extract_text("The investment by Daewon Capital in Hanul Robotics closed on Monday.")
    assert ("Daewon Capital", "Hanul Robotics") in fact_ends(record, "invests_in")


def test_a_title_at_a_possessive_s_noun_is_not_the_possessor_s(extract_text):
    record = extract_text("Hanul Robotics said on Monday. Park Ji-hoon, chief operating officer at its alliance partner "
                          "Daewon Motors, will join.")
    executives = fact_ends(record, "executive_of")
    assert ("Park Ji-hoon", "Daewon Motors") in executives
    assert ("Park Ji-hoon", "Hanul Robotics") not in executives


def test_a_title_at_the_firm_referred_to_is_still_read(extract_text):
    record = extract_text("Hanul Robotics said on Monday. Park Ji-hoon, chief operating officer at the firm, will join.")
    assert ("Park Ji-hoon", "Hanul Robotics") in fact_ends(record, "executive_of")


def test_a_deputy_heads_no_state(extract_text):
    for text in ("Russia's Deputy Prime Minister Yuri Trutnev met Indian officials on Monday.",
                 "Vice President Kim Min-soo of Korea met officials on Monday."):
        assert not fact_ends(extract_text(text), "head_of_state_of"), text


def test_the_head_of_a_state_still_heads_it(extract_text):
    record = extract_text("President Kim Min-soo of Korea met officials on Monday.")
    assert ("Kim Min-soo", "South Korea") in fact_ends(record, "head_of_state_of")


def test_a_name_that_owns_the_next_is_no_firm_of_the_first(extract_text):
    record = extract_text("It will secure lithium from Daewon Resources' Hanul's Kitchen project in California.")
    assert not fact_ends(record, "subsidiary_of")


def test_a_firm_a_group_owns_in_the_possessive_is_still_its(extract_text):
    record = extract_text("Daewon Group's Hanul Motors said on Monday it would expand.")
    assert ("Hanul Motors", "Daewon Group") in fact_ends(record, "subsidiary_of")


def test_words_said_or_shown_at_an_event_by_a_doer_after_by_are_its_part_in_it(extract_text):
    record = extract_text("The sentiments expressed by Daewon Group Chairman Kim Min-soo during the Asia Energy Forum "
                          "on Friday underscored the ties.")
    assert ("Kim Min-soo", "Asia Energy Forum") in fact_ends(record, "participates_in")
    record = extract_text("The robot unveiled by Hanul Robotics at the Busan Robot Expo drew crowds.")
    assert ("Hanul Robotics", "Busan Robot Expo") in fact_ends(record, "participates_in")
    record = extract_text("Kim Min-soo expressed hope during the Asia Energy Forum on Friday.")
    assert ("Kim Min-soo", "Asia Energy Forum") in fact_ends(record, "participates_in")


def test_a_participle_s_doer_at_a_place_that_is_no_event_takes_part_in_nothing(extract_text):
    record = extract_text("The robot unveiled by Hanul Robotics at its Busan plant drew crowds.")
    assert not fact_ends(record, "participates_in")


def test_a_title_in_apposition_is_not_that_of_a_name_joined_after_it(extract_text):
    record = extract_text("Daewon was formed in 2021 through a merger of Sora Group, parent of Hanul Motors and "
                          "Minjin Motors, and Baekje Chrysler.")
    parents = fact_ends(record, "subsidiary_of")
    assert ("Hanul Motors", "Sora Group") in parents
    assert ("Hanul Motors", "Baekje Chrysler") not in parents
    assert ("Minjin Motors", "Baekje Chrysler") not in parents


def test_a_plural_title_after_names_joined_before_it_is_each_one_s(extract_text):
    record = extract_text("Kim Min-soo and Lee Jae-won, co-founders of Daewon Robotics, met investors on Monday.")
    founders = fact_ends(record, "founded_by")
    assert {("Daewon Robotics", "Kim Min-soo"), ("Daewon Robotics", "Lee Jae-won")} <= founders


def test_an_import_or_export_partner_is_trade_not_a_partnership(extract_text):
    record = extract_text("India is the second largest import partner of Bangladesh.")
    assert not fact_ends(record, "partners_with")
    # Session 36: where Bangladesh's imports come from, as the gold writes it (not trades_with).
    assert fact_ends(record, "imports_from") == {("Bangladesh", "India")}


def test_a_key_partner_is_still_a_partner(extract_text):
    record = extract_text("Hanul Motors is a key partner of Daewon Group.")
    assert ("Hanul Motors", "Daewon Group") in fact_ends(record, "partners_with")
