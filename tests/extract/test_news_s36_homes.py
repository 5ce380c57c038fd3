"""Homes and places, session 36 (helper "homes36"), kinds met on development texts: a
description that refers back with a word between its article and its demonym ("the
leading Japanese automaker", "the same British company": two missed homes); a town
written with its region after a comma ("Newton, Iowa-based", "in Ingersoll, Ontario": one
missed place, one wrong one, the world's most populous Newton being another country's),
as is a facility in a region ("Honda's Anna Engine Plant in Ohio": one missed place);
a facility a city owns in the possessive ("Moscow's Vnukovo Airport": one missed place);
an organisation one works at or meets in, with its city after "in" ("an analyst at X in
Cape Town", "a ceremony at X in southern Seoul": two missed homes); a ministry a title
ties a minister to with no country ("Minister of Foreign Affairs Ali Sabry said" in a Sri
Lankan story: six missed homes, news from Sri Lanka, Egypt, Malawi, India, South Korea and
Mexico), at home in the story's first country. Sentences invented here, each beside one of
a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_description_with_a_word_before_its_demonym_refers_back(extract_text):
    # "officials of the leading Japanese automaker" gave Toyota no home: the word between
    # the article and the demonym made the description no reference.
    text = ("Prime Minister Sora Kimura on Friday inspected a battery plant of Korvane Motor Corp. in Texas.\n\n"
            "At the plant, officials of the leading Japanese automaker told Kimura that the company had invested $13.9 billion.")
    assert ("Korvane Motor Corp.", "Japan") in fact_ends(extract_text(text, "2024-04-12"), "headquartered_in")
    # "the other Japanese automaker" is not the firm named before.
    text = ("Prime Minister Sora Kimura on Friday inspected a battery plant of Korvane Motor Corp. in Texas.\n\n"
            "At the plant, officials of the other Japanese automaker told Kimura that they had invested $13.9 billion.")
    assert ("Korvane Motor Corp.", "Japan") not in fact_ends(extract_text(text, "2024-04-12"), "headquartered_in")


def test_a_town_written_with_its_region_is_in_the_regions_country(extract_text):
    # "Newton, Iowa-based Maytag": Newton was placed in Canada, the country of the world's
    # most populous Newton, though Iowa is a state of the United States.
    record = extract_text("The board of Newton, Iowa-based Talvik approved the sale. Talvik has plants in the U.S., Canada and Mexico.",
                          "2024-03-04")
    places = fact_ends(record, "located_in")
    assert ("Newton", "United States") in places and ("Newton", "Canada") not in places
    record = extract_text("Corvane will open a plant in Ingersoll, Ontario later this year, its first in Canada.", "2024-03-04")
    assert ("Ingersoll", "Canada") in fact_ends(record, "located_in")
    # A region named as a country of the world ("Tbilisi, Georgia") places the town in no state of the US.
    record = extract_text("Corvane will open a plant in Tbilisi, Georgia, its first outside the U.S.", "2024-03-04")
    assert ("Tbilisi", "United States") not in fact_ends(record, "located_in")
    # No region after the comma: the town is where the world's cities put it, if anywhere.
    record = extract_text("The board of Newton-based Talvik approved the sale. Talvik has plants in the U.S., Canada and Mexico.",
                          "2024-03-04")
    assert ("Newton", "United States") not in fact_ends(record, "located_in")


def test_a_facility_a_city_owns_in_the_possessive_lies_there(extract_text):
    # "Li arrived at Moscow's Vnukovo Airport" gave the airport no place.
    record = extract_text("Premier Li Wei arrived at Moscow's Korvane Airport, where a welcome ceremony was held.", "2024-03-04")
    assert ("Korvane Airport", "Moscow") in fact_ends(record, "located_in")
    # A facility after another's possessive is not the city's.
    record = extract_text("Premier Li Wei arrived at Talvik's Korvane Airport near Moscow, where a welcome ceremony was held.",
                          "2024-03-04")
    assert ("Korvane Airport", "Moscow") not in fact_ends(record, "located_in")


def test_an_organisation_one_works_at_in_a_city_is_at_home_there(extract_text):
    # "Michael Kavanagh, a mining analyst at Noah Capital Markets in Cape Town, said": the
    # city after the firm gave it no home.
    record = extract_text("\"The people leaving are highly regarded,\" Sora Kim, an analyst at Talvik Capital Markets in Busan, "
                          "said by phone.", "2024-03-04")
    assert ("Talvik Capital Markets", "Busan") in fact_ends(record, "headquartered_in")
    record = extract_text("The partners held up their agreement at a ceremony at the Corvane Trade Agency in southern Busan.",
                          "2024-03-04")
    assert ("Corvane Trade Agency", "Busan") in fact_ends(record, "headquartered_in")
    # A market after the firm ("sales at Talvik in China") is no home: a city only.
    record = extract_text("Sales at Talvik Capital Markets in China rose 5 percent last year.", "2024-03-04")
    assert ("Talvik Capital Markets", "China") not in fact_ends(record, "headquartered_in")


def test_a_facility_in_a_region_is_in_the_regions_country(extract_text):
    # "Rick Riggle, a leader at Honda's Anna Engine Plant in Ohio": Ohio is no entity of kg's,
    # and the plant was placed nowhere.
    text = ("Kim Sora, a leader at Korvane's Talvik Engine Plant in Ohio, will run the venture. "
            "The venture will build a battery plant in the US.")
    assert ("Talvik Engine Plant", "United States") in fact_ends(extract_text(text, "2024-03-04"), "located_in")
    # A region of a country the text does not name places the plant in no country.
    text = "Kim Sora, a leader at Korvane's Talvik Engine Plant in Ohio, will run the venture. The venture will build a battery plant."
    assert not [end for end in fact_ends(extract_text(text, "2024-03-04"), "located_in") if end[0] == "Talvik Engine Plant"]


def test_a_ministry_a_title_names_without_a_country_is_the_storys_first_countrys(extract_text):
    # "..., Minister of Foreign Affairs Ali Sabry" in a story of Sri Lanka: the ministry the
    # title implies had no home.
    text = ("Officials from Sri Lanka met their counterparts on Monday. Trade among member states must be revitalised, "
            "Minister of Foreign Affairs Anil Perera said.")
    assert fact_ends(extract_text(text, "2024-03-04"), "headquartered_in") == {("Ministry of Foreign Affairs", "Sri Lanka")}
    # A title that names a country keeps it.
    text = ("Officials from Sri Lanka met their Thai counterparts on Monday. Trade among member states must be revitalised, "
            "Thai Minister of Foreign Affairs Anil Perera said.")
    assert fact_ends(extract_text(text, "2024-03-04"), "headquartered_in") == {("Ministry of Foreign Affairs", "Thailand")}
    # A ministry no title ties a minister to gets no home from the story.
    text = "Officials from Sri Lanka met their counterparts on Monday. The Ministry of Foreign Affairs said trade must be revitalised."
    assert fact_ends(extract_text(text, "2024-03-04"), "headquartered_in") == set()
