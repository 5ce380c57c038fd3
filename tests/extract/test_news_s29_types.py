"""Names, boundaries and types of entities met on news snippets outside the corpus (session
29): firms' names NER read as a people's, names a title's organ or a hyphen cut, seats of
government named bare, a place and an office read as one name, holders of an office in the
plural, a currency's code, towns named after "the village of" or where people meet, and a
person named after a title's "of" phrase. Each case beside one of a near shape that must
not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_firms_name_ner_reads_as_a_peoples_is_an_organisations(extract_text):
    # "Sino-Ocean Group" (NORP) had been dropped; "Samruk | Kazyna Sovereign Wealth Fund"
    # had lost its first word to a people's name NER found.
    record = extract_text("Sino-Ocean Group agreed to sell two office towers in Beijing.")
    assert ("Sino-Ocean Group", "Company") in named(record)
    cut = extract_text("Chairman of the Samruk Kazyna Sovereign Wealth Fund Nurlan Abenov said the fund would invest $2 billion.")
    assert ("Samruk Kazyna Sovereign Wealth Fund", "InvestmentFirm") in named(cut)
    assert ("Nurlan Abenov", "Samruk Kazyna Sovereign Wealth Fund") in fact_ends(cut, "chair_of")
    # A people's name that ends in no firm's word is still no entity.
    people = extract_text("Sunni Muslims gathered in Baghdad on Friday.")
    assert names(people) == {"Baghdad"}


def test_a_word_joined_by_a_hyphen_opens_the_name_ner_missed(extract_text):
    # "The Samruk-Kazyna Fund plans ..." had given a fund "Kazyna Fund".
    record = extract_text("ASTANA, May 2. The Taruk-Kazyna Fund plans to complete and launch nine major projects "
                          "by the end of the year, said the chairman of the company, Nurlan Abenov.")
    assert "Taruk-Kazyna Fund" in names(record) and "Kazyna Fund" not in names(record)


def test_a_title_of_an_organ_of_a_firm_is_held_at_the_firm(extract_text):
    # "Chairman of the Management Board of X Y" had made "Management Board of X" the firm.
    record = extract_text("Chairman of the Management Board of Hanul Energy Fund Aidos Serikov said the fund would invest.")
    assert fact_ends(record, "chair_of") == {("Aidos Serikov", "Hanul Energy Fund")}
    board = extract_text("Chairman of the Board of Directors of Daewon Energy, Kim Min-su, said profits would rise.")
    assert fact_ends(board, "chair_of") == {("Kim Min-su", "Daewon Energy")}
    # A member of the organ holds no chair.
    member = extract_text("Aidos Serikov, a member of the management board of Hanul Energy Fund, said profits would rise.")
    assert not fact_ends(member, "chair_of")


def test_a_person_after_a_titles_of_phrase_and_a_comma_is_a_person(extract_text):
    # NER's facility "Olayemi Cardoso" after "Governor of the Central Bank of Nigeria," had
    # been typed a firm.
    record = extract_text("The governor of the Central Bank of Hanul, Adebayo Okonkwo, said rates would stay.")
    assert ("Adebayo Okonkwo", "Person") in named(record)
    # A firm's name after the same shape stays a firm's.
    firm = extract_text("The chairman of the bank, Daewon Holdings, said rates would stay.")
    assert ("Daewon Holdings", "Company") in named(firm)


def test_a_seat_of_government_named_bare_is_a_facility(extract_text):
    # "his new residence, State House" had been typed a firm.
    record = extract_text("Ruto hosted the delegation at his official residence, State House.")
    assert ("State House", "Facility") in named(record)
    # A longer name the words open is that name.
    hotel = extract_text("Daewon bought the State House Hotel in Accra last year.")
    assert "State House" not in names(hotel) and ("State House Hotel", "Facility") in named(hotel)


def test_a_place_and_titles_after_it_are_no_name(extract_text):
    # "the visiting Zimbabwe Head of State's delegation" had given a firm "Zimbabwe Head"
    # based in Zimbabwe.
    record = extract_text("Officials from the Kenya Head of State's office attended.")
    assert named(record) == {("Kenya", "Country")}
    assert not fact_ends(record, "headquartered_in")
    # A place and a firm's word are a firm's name.
    firm = extract_text("Officials from the Kenya Power office attended.")
    assert ("Kenya Power", "Company") in named(firm)


def test_holders_of_an_office_in_the_plural_and_a_currencys_code_are_no_names(extract_text):
    # "among them Cabinet Secretaries" had given a public body; "from tenge to USD" a firm.
    record = extract_text("Kenyan dignitaries, among them Cabinet Secretaries and governors, attended the dinner. "
                          "The figures were converted from tenge to USD at the official rate.")
    assert names(record) == {"Kenya"}
    # A body named with the title's word in the singular, and initials that are no
    # currency's, stay names.
    kept = extract_text("The Cabinet Office approved the plan on Monday. The figures were sent from Hanul to KBS.")
    assert {"Cabinet Office", "KBS"} <= names(kept)


def test_a_town_after_village_of_or_where_people_meet_is_a_city(extract_text):
    # "built a desalination plant in the village of Kenderli" and "met in Capri" had typed
    # the towns firms.
    record = extract_text("The fund built a desalination plant in the village of Tasbulak. "
                          "The two leaders met in Capri on Friday.")
    assert {("Tasbulak", "City"), ("Capri", "City")} <= named(record)
    # What money goes into is still a firm.
    firm = extract_text("Hanul invested in Tasbulak last year.")
    assert ("Tasbulak", "Company") in named(firm)
