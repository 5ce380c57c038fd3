"""Entities of session 12: people listed by given name with one family name, initials
without a full stop, money NER took for names, a brief before a minister's title, market
indices, a firm's short form read as a person's name, and sectors of joined modifiers."""

from __future__ import annotations


def classes(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_given_names_listed_before_a_family_name_are_people(extract_text):
    record = extract_text("The first promoter group, comprising Anjali, Priya and Rohan Mehta, "
                          "will sell a 12% stake in Daewon Ventures.")
    found = classes(record)
    assert found.get("Anjali") == found.get("Priya") == found.get("Rohan Mehta") == "Person"


def test_firms_listed_before_a_firm_stay_firms(extract_text):
    record = extract_text("Hanwha, Samsung and Hyundai Motor will also bid for the shipyard.")
    found = classes(record)
    assert found.get("Samsung") == "Company" and found.get("Hyundai Motor") == "Company"


def test_a_middle_initial_without_a_stop_is_a_persons_name(extract_text):
    record = extract_text("The company was set up by Jae K Park and Minji Lee in 2019.")
    assert classes(record).get("Jae K Park") == "Person"


def test_money_ner_took_for_a_name_is_no_entity(extract_text):
    record = extract_text("Exports rose to N19,167.40 billion while imports stood at N12,643.23 in the quarter. "
                          "Hanul Mobility hopes to raise $25 million (around Rs 177 crore) later.")
    names = set(classes(record))
    assert not any(any(c.isdigit() for c in name) for name in names)


def test_a_brief_before_a_ministers_title_is_no_name(extract_text):
    record = extract_text("Korea's Trade Minister Kim Min-soo said on Monday that both sides would sign the deal.")
    found = classes(record)
    assert "Trade" not in found
    assert found.get("Kim Min-soo") == "Person"


def test_a_market_index_is_no_entity(extract_text):
    record = extract_text("Shares of Hanul Robotics rose 3 percent while the Daewon Composite Index was flat.")
    assert "Daewon Composite Index" not in classes(record)


def test_the_first_words_of_a_firms_legal_name_are_the_firm(extract_text):
    record = extract_text("Minjin Rides Pvt. Ltd, an electric scooter platform, has raised money from Daewon Ventures. "
                          "Hanul Capital has reached out to Minjin Rides on the details.")
    entities = {e["name"]: e for e in record["entities"]}
    assert "Minjin Rides" not in entities
    assert "Minjin Rides" in entities["Minjin Rides Pvt. Ltd"]["aliases"]



def test_modifiers_joined_before_one_noun_name_a_sector_each(extract_text):
    record = extract_text("Hanul Robotics, Korea's biggest manufacturer of educational and humanoid robots, "
                          "rose 1 percent.")
    sectors = {r["object"] for r in record["relations"] if r["predicate"] == "operates_in_sector"}
    assert sectors == {"educational robots", "humanoid robots"}
    # "robots" is a word of both phrases, not a third sector.
    assert {n for n, c in classes(record).items() if c == "Sector"} == sectors


def test_a_place_before_one_word_ner_left_out_opens_a_firms_name(extract_text):
    record = extract_text("The round drew funds under state-owned telecommunications operators Daewon Telecom and "
                          "China Unicom, the company said on Monday. Seoul Mayor Oh Se-hoon attended the ceremony.")
    found = classes(record)
    assert found.get("China Unicom") == "Company"
    assert "Seoul Mayor" not in found and found.get("Seoul") == "City"


def test_a_name_listed_with_firms_is_a_firm(extract_text):
    record = extract_text("The start-up, whose Busan-based peers include Minjin Robotics and Qorvantix, was founded in 2017.")
    assert classes(record).get("Qorvantix") == "Company"


def test_a_word_before_dash_based_and_a_firm_is_a_place(extract_text):
    record = extract_text("The Pune-based company, set up last year by Anil Mehta, raised Rs 37 crore from Daewon Ventures. "
                          "Hanul Robotics sells Arm-based chips to carmakers.")
    found = classes(record)
    assert found.get("Pune") == "City"
    assert found.get("Arm") != "City"
    # What chips are based on is no part of the sector.
    assert "based chips" not in found


def test_a_heading_in_capitals_names_nothing(extract_text):
    record = extract_text("Hanul Bio will buy a stake in Daewon Sciences.\nTO SECURE WORLD-CLASS NXR TECHNOLOGY\n"
                          "The deal closes in May.")
    assert not any(n.isupper() and " " in n for n in classes(record))


def test_a_camel_case_brand_is_no_sector(extract_text):
    record = extract_text("Hanul Holdings, the KakaoTalk operator, has a 6 per cent stake in the firm.")
    assert classes(record).get("KakaoTalk") != "Sector"


def test_a_name_cut_at_its_lower_case_words_is_joined_by_its_initials(extract_text):
    record = extract_text("Hanul Energy and Compañía Minera y Eléctrica de Daewon SA (CMED) signed a partnership "
                          "agreement on Monday. Samsung and Minjin Bio Korea (MBK) will merge.")
    entities = {e["name"]: e for e in record["entities"]}
    assert "CMED" in entities["Compañía Minera y Eléctrica de Daewon SA"]["aliases"]
    # Only the words whose initials the letters spell, not the name before "and".
    assert "MBK" in entities["Minjin Bio Korea"]["aliases"] and "Samsung" in entities


def test_a_sector_narrowing_another_is_one_sector_however_written(extract_text):
    record = extract_text("Hanul AI is a Korean startup specializing in artificial intelligence semiconductors. "
                          "The investment would make Korea more competitive in AI chips.")
    sectors = [e for e in record["entities"] if e["type"] == "Sector"]
    assert [(e["name"], e["aliases"]) for e in sectors] == [("artificial intelligence semiconductors", ["AI chips"])]


def test_newer_industries_before_firm_are_sectors(extract_text):
    record = extract_text("Singapore-headquartered healthtech firm Hanul Pte. Ltd. has raised $63.5 million. "
                          "Park Ji-hoon is a former director of management consultancy firm Daewon Advisory.")
    sectors = {(r["subject"], r["object"]) for r in record["relations"] if r["predicate"] == "operates_in_sector"}
    assert ("Hanul Pte. Ltd.", "healthtech") in sectors
    assert ("Daewon Advisory", "management consultancy") in sectors


def test_a_list_the_parser_reads_as_an_apposition_is_firms(extract_text):
    # NER calls the first name a people's (NORP), the second a product.
    record = extract_text("Meanwhile, Valtrans, Pebble, Surge, Hanul Capital Group, and Minjin Investment pledged "
                          "$9 million for Sorae in a series A round.")
    assert classes(record).get("Valtrans") in ("Company", "InvestmentFirm")


def test_two_sectors_in_one_stay_one_where_no_fact_names_it(extract_text):
    record = extract_text("The two firms make some of the most advanced homegrown artificial intelligence chips. "
                          "Hanul Semiconductor is the biggest chipmaker in the country.")
    sectors = {e["name"] for e in record["entities"] if e["type"] == "Sector"}
    assert "artificial intelligence chips" in sectors


def test_a_common_noun_opening_a_sentence_once_is_no_name(extract_text):
    record = extract_text("Hanul Robotics was added to the export list on Monday. Inclusion on the list means "
                          "suppliers need permits. Shell said it would buy robots from Hanul Robotics.")
    found = classes(record)
    assert "Inclusion" not in found
    # A doer of a verb keeps its name, common noun or not.
    assert found.get("Shell") == "Company"


def test_a_description_right_before_a_name_refers_back_to_no_one(extract_text):
    record = extract_text("The round was led by Daewon Asset Management and Hanul Capital.\n"
                          "The figures come from a study by the analytics firm Minjin Data.")
    sectors = {(r["subject"], r["object"]) for r in record["relations"] if r["predicate"] == "operates_in_sector"}
    assert ("Minjin Data", "analytics") in sectors
    assert not any(s == "Daewon Asset Management" for s, _ in sectors)


def test_a_stage_before_a_round_is_no_event(extract_text):
    record = extract_text("Hanul Mobility Pvt. Ltd has raised Rs 37 crore in a pre-Series A funding round, "
                          "according to a report. Some existing investors also took part in this pre-Series A exercise.")
    assert "Event" not in set(classes(record).values())


def test_the_family_office_of_someone_is_an_investment_firm(extract_text):
    record = extract_text("The company raised $3 million from investors including Hanul Enterprises LLP, the family "
                          "office of actor Kim Min-ji. Kim Min-soo, the company's chief executive, said sales rose.")
    found = classes(record)
    assert found.get("Hanul Enterprises LLP") == "InvestmentFirm"
    assert found.get("Kim Min-soo") == "Person"


def test_a_reference_sectors_industry_is_another_name_of_it(extract_text):
    record = extract_text("Minjin will increase transparency within the healthcare industry in Vietnam.")
    sectors = {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "Sector"}
    assert "healthcare industry" in sectors.get("healthcare", [])


def test_a_common_noun_opening_a_sentence_as_a_name_keeps_it(extract_text):
    record = extract_text("Lantern, a Busan-based robot maker, closed a $5 million round led by Daewon Ventures on Monday.")
    assert "Lantern" in classes(record)
    record = extract_text("Harbor's shares rose 5% after Daewon Ventures invested $5 million.")
    assert "Harbor" in classes(record)


def test_a_known_bodys_name_ending_a_longer_one_is_part_of_it(extract_text):
    record = extract_text("The Bank of Korea kept rates on hold on Thursday. "
                          "Development Bank of Japan will invest $20 million in Hanul Robotics.")
    found = classes(record)
    assert found.get("Bank of Korea") == "GovernmentBody"
    assert found.get("Development Bank of Japan") == "Company" and "Bank of Japan" not in found
