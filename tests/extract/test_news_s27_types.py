"""Entity types of unfamiliar names as fresh news writes them (session 27, helper "types"),
on sentences invented here, each beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import direct_facts


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# A title after a comma may follow a firm's name and its "'s" ("X, Hanul's chief business
# officer"): X is a person, though NER read "X, Hanul's" as one organisation
# (people.PersonCues.titled_after).
def test_a_name_before_a_firm_s_title_is_a_person(extract_text):
    record = extract_text("Tavish Orrenby, Uber's chief business officer in the Asia Pacific, said he expects growth.")
    assert typed(record).get("Tavish Orrenby") == "Person"
    assert ("Tavish Orrenby", "executive_of", "Uber") in direct_facts(record)


def test_a_firm_before_another_firm_s_noun_stays_a_firm(extract_text):
    names = typed(extract_text("Velmora Systems, Uber's main supplier in the Asia Pacific, said it expects growth."))
    assert names.get("Velmora Systems") == "Company"


# "which" after a name makes it a thing's, unless the text names the person with a title
# elsewhere ("the President of X, Ana Rebelo de Sousa, which was followed by talks" ...
# "President Rebelo de Sousa"; mention_classes).
def test_which_after_a_titled_person_s_name_keeps_the_person(extract_text):
    record = extract_text("Talks were held with the President of Portugal, Marta Velasco de Lima, which was followed "
                          "by a banquet. President Velasco de Lima spoke of trade.")
    names = typed(record)
    assert names.get("Marta Velasco de Lima") == "Person"
    assert not any(t == "Company" for n, t in names.items() if "Velasco" in n)


def test_which_after_an_untitled_name_is_a_firm(extract_text):
    names = typed(extract_text("The plan was funded by Orvik Lindahl, which provided $15 million last year."))
    assert names.get("Orvik Lindahl") == "Company"


# A building's part and "of" before a name make it the building ("a ceremonial welcome at
# the forecourt of X"), a site, and so is its other mention ("received him at X"), not a
# person whose visit the story tells (mention_context.site_in_place, names.yaml site_parts).
def test_a_name_after_the_forecourt_of_is_a_facility(extract_text):
    record = extract_text("President Orvan Telu was accorded a ceremonial welcome at the forecourt of Velmar Bhavan "
                          "in Nairobi on Monday. President Mira Sandu received Telu at Velmar Bhavan. His state visit "
                          "to Kenya ends on Friday.")
    assert typed(record).get("Velmar Bhavan") == "Facility"
    assert not any(s == "Velmar Bhavan" for s, p, _ in direct_facts(record) if p == "visits")


def test_a_name_after_the_founder_of_stays_no_facility(extract_text):
    names = typed(extract_text("Orvan Telu, the founder of Velmar Bhavan, said on Monday that sales rose."))
    assert names.get("Velmar Bhavan") != "Facility"


# A title's modifier before a title ("Union Minister Ana Lim", as Indian news writes a
# federal minister's) is a word of the title, no body's name (people.Titles.without_titles).
def test_union_before_minister_names_no_body(extract_text):
    record = extract_text("He was received by Union Minister Piyush Varanasi in Delhi on Sunday.")
    names = typed(record)
    assert "Union" not in names and names.get("Piyush Varanasi") == "Person"


def test_union_alone_stays_a_name(extract_text):
    assert "Union" in typed(extract_text("The Union said on Monday it would strike at the plant."))


# A name right after a place's "-based" is the firm so placed, though it is also a town's
# name elsewhere ("Hartford, Conn.-based Barnes is a valve maker"; mention_context.after_based).
def test_a_town_s_name_after_based_is_a_firm(extract_text):
    names = typed(extract_text("Hartford, Conn.-based Barnes is a valve maker."))
    assert names.get("Barnes") == "Company" and names.get("Hartford") == "City"


def test_a_town_s_name_after_in_stays_a_city(extract_text):
    assert typed(extract_text("Its plant in Barnes makes valves for the oil industry.")).get("Barnes") == "City"


# A headline's kind of firm in title case ("Stake in China Appliance Maker", "Talks Stall
# With Fintech Startups") is no name (unclassed.kind_of_firm); a name with a word no common noun
# is ("Velmo Makers") stays one. A headline's verb ("Qorvanta Lands $10M") is no word of
# a name (names.yaml headline_words).
def test_a_headline_s_kind_of_firm_names_no_one(extract_text):
    names = typed(extract_text("Talks Stall With Fintech Startups\nVelmo Robotics raised $5 million "
                               "from Keel Ventures on Monday."))
    assert "Fintech Startups" not in names and names.get("Velmo Robotics") == "Company"


def test_a_name_before_a_noun_of_firms_stays_a_name(extract_text):
    names = typed(extract_text("Velmo Makers raised $5 million from Keel Ventures on Monday."))
    assert "Velmo Makers" in names


def test_a_headline_s_verb_is_no_word_of_a_name(extract_text):
    record = extract_text("Qorvanta Lands $10M For Mobile Payments\nQorvanta, which is based in Nigeria, raised "
                          "$10 million from Keel Ventures.")
    names = typed(record)
    assert "Qorvanta Lands" not in names and names.get("Qorvanta") == "Company"
    assert ("Keel Ventures", "invests_in", "Qorvanta") in direct_facts(record)


# Names a list "under (the)" opens and a brand's noun closes are brands a firm sells its goods
# by, its products ("sells under the Velmo, Qirra and Tarsi trademarks";
# mention_context.under_brands), named without the noun ("the Velmo brand" is Velmo;
# spans.product_names); "under" a firm's name ("Under Velmo Group, the brands grew") names a firm.
def test_names_a_firm_sells_under_are_products(extract_text):
    names = typed(extract_text("Other than its own name, Hanul sells under the Zorvik, QRX, Velmaire, and Tarsica "
                               "trademarks in Europe."))
    assert all(names.get(n) == "Product" for n in ("Zorvik", "Velmaire", "Tarsica")), names


def test_a_brand_s_name_leaves_out_the_noun(extract_text):
    names = typed(extract_text("Hanul sells fridges under the Velmo brand in Europe."))
    assert names.get("Velmo") == "Product" and "Velmo brand" not in names


def test_a_firm_after_under_stays_a_firm(extract_text):
    names = typed(extract_text("Under Velmo Group, the brands grew fast in Europe."))
    assert names.get("Velmo Group") == "Company"
