"""Homes and places of session 30, kinds met on news outside the corpus (wire briefs on deals
and funding from Asia, Africa, Europe and Latin America): where a firm is based, told beside
its name, in a list or by a description that refers back, and the homes a story's source or
dateline must not give. Sentences invented here, each beside one of a near shape that must
not be read so."""

from __future__ import annotations

from extract_support import fact_ends

HOME = "headquartered_in"


def _classes(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_datelines_agency_after_its_city_and_a_comma_is_no_firm_the_story_describes(extract_text):
    # "JAKARTA, NNA - Japan's ... Taiheiyo Cement ... The Japanese firm said": the dateline's
    # city had been a firm and its agency the Japanese firm (a home in Japan for the agency).
    text = ("MANILA, PNA - Japan's glass maker Hanul Glass Corp. has teamed up with a Philippine peer.\n\n"
            "The Japanese firm said on Tuesday that it signed an agreement with Minjin Builders.")
    record = extract_text(text, "2024-03-05")
    assert _classes(record).get("Manila") == "City"
    assert ("PNA", "Japan") not in fact_ends(record, HOME)
    assert ("Hanul Glass Corp.", "Japan") in fact_ends(record, HOME)
    # A firm's name in capitals opening a line, a comma and a word after it is no dateline.
    record = extract_text("HANUL GLASS, a Japanese glass maker, signed an agreement with Minjin Builders.", "2024-03-05")
    assert _classes(record).get("HANUL GLASS") != "City"


def test_a_description_after_the_name_of_the_stories_source_refers_back(extract_text):
    # "As reported by TechCrunch, the firm, which is based in Lagos, ...": the parse sets the
    # description beside the outlet, which had been given the firm's home.
    record = extract_text("Hanul Pay raised $12 million from investors. As reported by Bloomberg, the firm, which is "
                          "based in Accra, will use the money to expand.")
    assert ("Bloomberg", "Accra") not in fact_ends(record, HOME)
    assert ("Hanul Pay", "Accra") in fact_ends(record, HOME)
    # A description set beside a firm's name still describes that firm.
    record = extract_text("Hanul Pay raised $12 million from Minjin Capital, the firm, which is based in Accra, said.")
    assert ("Hanul Pay", "Accra") not in fact_ends(record, HOME)


def test_a_listed_firm_told_with_a_place_of_its_own_is_not_in_the_first_ones_country(extract_text):
    # "the UAE's Spotii, QuadPay in the US, and Twisto from the Czech Republic" had put
    # QuadPay in the United Arab Emirates.
    record = extract_text("Its purchases include Kenya's Hanul Pay Ltd, Minjin Lend Ltd in Ghana, and Sorabol Soft Ltd from Egypt.")
    homes = fact_ends(record, HOME)
    assert ("Hanul Pay Ltd", "Kenya") in homes
    assert ("Minjin Lend Ltd", "Kenya") not in homes
    assert ("Sorabol Soft Ltd", "Kenya") not in homes
    assert ("Sorabol Soft Ltd", "Egypt") in homes
    # A list with no place of its own after its names is all the country's.
    record = extract_text("Its purchases include Kenya's Hanul Pay Ltd, Minjin Lend Ltd and Sorabol Soft Ltd this year.")
    assert {("Hanul Pay Ltd", "Kenya"), ("Minjin Lend Ltd", "Kenya"), ("Sorabol Soft Ltd", "Kenya")} <= fact_ends(record, HOME)


def test_a_city_where_a_firm_is_based_before_its_countrys_adjective(extract_text):
    # "Taizhou-based Chinese automotive company Xinzhi": the city had been lost.
    record = extract_text("Nairobi-based Kenyan logistics company Hanul Cargo raised $3 million.")
    assert {("Hanul Cargo", "Nairobi"), ("Hanul Cargo", "Kenya")} <= fact_ends(record, HOME)
    # Where a firm sells is no home: "Kenya-focused" is not "Kenya-based".
    record = extract_text("Kenya-focused Nigerian logistics company Hanul Cargo raised $3 million.")
    assert ("Hanul Cargo", "Kenya") not in fact_ends(record, HOME)


def test_a_firm_described_as_one_out_of_a_country(extract_text):
    # "Kuda, a startup out of Nigeria," (TechCrunch's wording) gave no home.
    record = extract_text("Hanul Pay, a fintech startup out of Ghana, raised $10 million.")
    assert ("Hanul Pay", "Ghana") in fact_ends(record, HOME)
    # Not a firm carved out of another: no place after "out of".
    record = extract_text("Hanul Pay, a unit spun out of Minjin Bank in Ghana, raised $10 million.")
    assert ("Hanul Pay", "Ghana") not in fact_ends(record, HOME)


def test_a_compass_word_before_of_and_a_place_is_no_firm(extract_text):
    # "a factory ... in Szigetszentmiklos (South of Budapest)": NER's firm "South" had been
    # given Budapest as its home.
    record = extract_text('"A new factory will be built in Dunaharaszti (South of Budapest)," the minister said of Minjin Auto.')
    assert "South" not in _classes(record)
    assert not [pair for pair in fact_ends(record, HOME) if pair[1] == "Budapest"]
    # A firm whose name a compass word opens keeps its name and its home.
    record = extract_text("South Korea Steel Holdings of Busan signed the deal.")
    assert "South" not in _classes(record)


def test_a_countrys_description_of_a_firm_opened_by_words_joined_by_a_hyphen(extract_text):
    # "Vietnam's state-backed industrial and urban infrastructure developer Becamex IDC" had
    # no home: the hyphen ended the description.
    record = extract_text("Kenya's state-owned power producer Hanul Gen plans to issue bonds.")
    assert ("Hanul Gen", "Kenya") in fact_ends(record, HOME)
    # Not the country's dealings with a firm.
    record = extract_text("Kenya's deal with state-owned power producer Hanul Gen was signed.")
    assert ("Hanul Gen", "Kenya") not in fact_ends(record, HOME)


def test_a_description_by_home_after_the_owner_of_a_part_a_line_is_about(extract_text):
    # A wire digest: "... buy the Hong Kong wealth management unit of AXA SA, which the French
    # insurer is looking to sell" had put the last line's buyer in France.
    text = ("Hanul Telecom Pcl plans to spend 2.6 billion baht to buy 56 percent of Minjin Net.\n"
            "Bidders are vying to buy the Seoul brokerage unit of Sorabol SA, which the French insurer is looking to sell.")
    record = extract_text(text)
    assert ("Sorabol SA", "France") in fact_ends(record, HOME)
    assert ("Hanul Telecom Pcl", "France") not in fact_ends(record, HOME)
    # A firm the line's deal acts on is not its seller: no one is French.
    text = ("Hanul Telecom Pcl plans to spend 2.6 billion baht to buy 56 percent of Minjin Net.\n"
            "Bidders are vying to buy Sorabol SA, which the French insurer is looking to sell.")
    record = extract_text(text)
    assert not [pair for pair in fact_ends(record, HOME) if pair[1] == "France"]
