"""Types of organisations' and products' names of session 34 (helper "orgtypes"), kinds met
on funding and development-finance news outside the corpus (Business Times, Singapore;
The Nation, Nigeria; Africa Private Equity News, South Africa; a US agency's press
releases): a name before a product's noun that is also a trade's word ("its X
smartphones"), a state fund described by whose it is ("X, Qatar's sovereign wealth fund").
Sentences invented here, each beside one of a near shape that must not give the type."""

from __future__ import annotations


def _types(record: dict) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_name_before_a_product_noun_that_names_a_trade_is_the_product(extract_text):
    # "sells its X smartphones": "smartphones" is a sector's word too, and the name before it
    # had been left a firm's (or a place's) and the product lost.
    record = extract_text("Orvane sells its Zephyr smartphones in 30 countries.", "2025-04-11")
    types = _types(record)
    assert types.get("Zephyr smartphones") == "Product"
    assert "Zephyr" not in types
    # A name the text also writes alone stays what it was: the firm that makes the phones.
    record = extract_text("Zephyr sells its Zephyr smartphones in 30 countries. Zephyr said sales rose.", "2025-04-11")
    assert _types(record).get("Zephyr") == "Company"


def test_a_state_fund_described_by_whose_it_is_is_an_investment_firm(extract_text):
    # "X Investment Authority, Qorvath's sovereign wealth fund," / "(XIA), the country's
    # sovereign wealth fund,": the description after a possessor had been read as none, and
    # the "Authority" kept the name a public body's.
    for text in ("The Norvik Investment Authority, Norvik's sovereign wealth fund, said it would look at more deals.",
                 "The Norvik Investment Authority (NIA), the country's sovereign wealth fund, will look at more deals."):
        assert _types(extract_text(text, "2025-04-11")).get("Norvik Investment Authority") == "InvestmentFirm", text
    # Whose regulator it is says it is a public body still.
    record = extract_text("The Norvik Investment Authority, Norvik's investment regulator, said it would look at more deals.",
                          "2025-04-11")
    assert _types(record).get("Norvik Investment Authority") == "GovernmentBody"


def test_what_a_maker_is_of_or_a_firm_assembles_is_a_product(extract_text):
    # "OpenAI, the maker of ChatGPT" (and the name again later), "Foxconn, which assembles
    # iPhones": NER's organisations, kept firms.
    record = extract_text("Orvane, the maker of Zelto, is valued at $15 billion. Rivals of Zelto have grown.", "2024-06-11")
    types = _types(record)
    assert (types.get("Zelto"), types.get("Orvane")) == ("Product", "Company")
    record = extract_text("Kestrel Hon, which assembles Pelions in Taiwan, unveiled three cars on Monday.", "2024-06-11")
    assert _types(record).get("Pelions") == "Product"
    # A maker's customer after "for", and a name that says it is a firm's, stay firms.
    record = extract_text("Kestrel Hon, the maker of chips for Orvane, and the maker of Zelto Motors both grew.", "2024-06-11")
    types = _types(record)
    assert (types.get("Orvane"), types.get("Zelto Motors")) == ("Company", "Company")


def test_a_name_with_shares_in_it_is_a_firm(extract_text):
    # "bought shares in X": NER's person (or site, after "in") was kept one; "shares of X" was
    # read as a listed firm's already.
    record = extract_text("Investors also bought shares in Abbey Harrow after the bid.", "2024-06-11")
    assert _types(record).get("Abbey Harrow") == "Company"
    # A person who speaks after the shares' firm stays one.
    record = extract_text("Investors also bought shares in Halden after Abbey Harrow said the bid failed.", "2024-06-11")
    assert _types(record).get("Abbey Harrow") == "Person"


def test_a_name_ending_in_a_zone_estate_or_park_of_industry_is_a_site(extract_text):
    # "factories within X Free Zone, Y Industrial Zone and Z Industrial Estate" (Oman): NER's
    # organisations, kept firms.
    record = extract_text("The visit included factories within Kestora Free Zone, Dalvik Industrial Zone and "
                          "Morvan Industrial Estate.", "2025-07-30")
    types = _types(record)
    assert [types.get(n) for n in ("Kestora Free Zone", "Dalvik Industrial Zone", "Morvan Industrial Estate")] == ["Facility"] * 3
    # The body that runs the site, or the firm named for it, is no site.
    record = extract_text("The Kestora Free Zone Authority approved the plan. Morvan Industrial Estate Company said profit rose.",
                          "2025-07-30")
    types = _types(record)
    assert (types.get("Kestora Free Zone Authority"), types.get("Morvan Industrial Estate Company")) == ("GovernmentBody", "Company")


def test_a_development_finance_corporation_or_public_establishment_is_a_public_body(extract_text):
    record = extract_text("The Zarania Development Finance Corporation approved a $120 million loan to Kestin Bank. "
                          "The Public Establishment for Free Ports said exports rose.", "2025-07-30")
    types = _types(record)
    assert (types.get("Zarania Development Finance Corporation"), types.get("Public Establishment for Free Ports")) \
        == ("GovernmentBody", "GovernmentBody")
    # A finance corporation that says no development is a firm's, as the gold holds.
    record = extract_text("Zarania Finance Corporation approved a $120 million loan to Kestin Bank.", "2025-07-30")
    assert _types(record).get("Zarania Finance Corporation") == "Company"


def test_a_place_shaped_name_after_a_product_noun_is_the_product(extract_text):
    # "owns the short-video app X" (India): NER's location, kept a city though the app's noun
    # is right before it, as it is before a firm's or a person's name NER saw.
    record = extract_text("Glance also owns the short-video app Roposo.", "2025-07-30")
    assert _types(record).get("Roposo") == "Product"
    record = extract_text("Glance also opened an office in Roposo.", "2025-07-30")
    assert _types(record).get("Roposo") != "Product"


def test_a_leader_s_tour_of_a_mosque_and_an_opera_names_two_sites(extract_text):
    # "toured the X Grand Mosque and Dubai Opera" (a leader's visit, UAE): an opera house, a
    # mosque and a memorial had no site's head, and a site's head took "and" into one name.
    record = extract_text("Modi toured the Kestora Grand Mosque and Velt Opera on Sunday, and laid a wreath at the "
                          "Velt War Memorial.", "2025-07-30")
    types = _types(record)
    assert [types.get(n) for n in ("Kestora Grand Mosque", "Velt Opera", "Velt War Memorial")] == ["Facility"] * 3
    # A firm named for its trade in theatres stays a firm.
    record = extract_text("Harlan Theatre Group said ticket sales rose.", "2025-07-30")
    assert _types(record).get("Harlan Theatre Group") == "Company"
