"""Types of names met on news snippets outside the corpus (session 31): which names are
entities, and of what class. Each case beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_firm_named_in_brackets_after_a_person_is_no_other_name_of_the_person(extract_text):
    # "Shola Akinlade (Paystack)" in a list of backers had made the firm a person's alias.
    record = extract_text("Backers of the fund include Maria Okonjo (Daewon Pay) and Tom Reyes (Hanul Labs).")
    people = {e["name"]: e["aliases"] for e in record["entities"] if e["type"] == "Person"}
    assert people == {"Maria Okonjo": [], "Tom Reyes": []}
    assert {"Daewon Pay", "Hanul Labs"} <= names(record)
    # Initials in brackets are still the person's.
    initials = extract_text("Crown Prince Mohammed bin Salman (MBS) met the ministers in Riyadh.")
    assert ("Mohammed bin Salman", "Person") in named(initials) and "MBS" not in names(initials)


def test_a_firm_named_only_with_firm_words_and_written_again_is_a_firm(extract_text):
    # "Ventures Platform" (every word a firm's word) had been dropped as no one's name.
    record = extract_text("Ventures Platform said on Monday it had closed a new fund. "
                          "Orvik, Daewon and Hanul joined, Ventures Platform said.")
    assert ("Ventures Platform", "InvestmentFirm") in named(record)
    # The same words after a determiner refer back to a firm named otherwise.
    generic = extract_text("Hanul Capital said the Ventures Platform would close soon. "
                           "The Ventures Platform holds a new fund.")
    assert "Ventures Platform" not in names(generic)


def test_a_pan_continental_adjective_is_no_firm(extract_text):
    # "its new US$40m Pan-African, early-stage fund" had given a firm "Pan-African".
    record = extract_text("Orvik Capital launched its new $40 million Pan-African, early-stage fund on Monday.")
    assert "Pan-African" not in names(record)
    assert ("Orvik Capital", "InvestmentFirm") in named(record)


def test_a_sum_with_its_scale_glued_on_is_no_firm(extract_text):
    # "bought by Stripe at $200m (R3.2bn)" had given a firm "R3.2bn".
    record = extract_text("Hanul Pay was bought by Daewon at $200m (R3.2bn) last year.")
    assert "R3.2bn" not in names(record)
    assert ("Daewon", "Hanul Pay") in fact_ends(record, "acquires")


def test_a_common_abbreviation_and_the_words_it_stands_for_name_no_body(extract_text):
    # "dedicated to ICT infrastructure", "Foreign Direct Investment into Vietnam", "The FTA
    # was signed" had given a firm, an investment firm and a firm.
    record = extract_text("Foreign Direct Investment into Vietnam rose in May, while the fund backed ICT projects. "
                          "The FTA was signed on Monday.")
    assert not {"ICT", "FTA", "Foreign Direct Investment"} & names(record)
    # A firm whose initials spell one keeps its name: its words are not all English ones,
    # or one of them is a firm's word.
    firms = extract_text("Global Drone Partners and Fadi Dani Invest raised $20 million.")
    assert "Global Drone Partners" in names(firms)


def test_a_firms_name_opened_by_its_legal_form_is_one_firms_name(extract_text):
    # "PT Semen Indonesia said" had given no firm, only the country its name ends in.
    record = extract_text("PT Semen Orvik Indonesia said on Monday it would sell its cement unit. "
                          "PJSC Daewonneft agreed to buy JSC Hanul Chemicals for $50 million.")
    assert {("PT Semen Orvik Indonesia", "Company"), ("PJSC Daewonneft", "Company"), ("JSC Hanul Chemicals", "Company")} <= named(record)
    assert ("PJSC Daewonneft", "JSC Hanul Chemicals") in fact_ends(record, "acquires")
    # The form before a common noun names no one.
    plain = extract_text("The PT session in Jakarta was cancelled on Monday.")
    assert not any(name.startswith("PT") for name in names(plain))


def test_a_states_forces_are_a_body(extract_text):
    # "The People's Liberation Army held drills", "its Eastern Theater Command" had given firms.
    record = extract_text("The Hanul People's Army held drills on Monday, the Orvik Northern Theater Command said.")
    assert {("Hanul People's Army", "GovernmentBody"), ("Orvik Northern Theater Command", "GovernmentBody")} <= named(record)
    # A firm whose name holds none of those words stays a firm.
    firm = extract_text("The Hanul People's Bank held talks on Monday, Orvik International Trading said.")
    assert ("Orvik International Trading", "Company") in named(firm)


def test_a_listed_news_agency_written_with_its_kind_is_the_outlet(extract_text):
    # "Xinhua news agency said" had given a public body, by its "agency".
    record = extract_text("The drills began on Monday, Xinhua news agency said.")
    assert ("Xinhua", "Company") in named(record)
    # An agency of a state keeps its class.
    body = extract_text("The drills began on Monday, the Orvik Space Agency said.")
    assert ("Orvik Space Agency", "GovernmentBody") in named(body)


def test_a_country_named_also_as_people_are_before_a_leaders_name_is_the_country(extract_text):
    # "Chad's Mahamat Deby met ..." had given a firm Chad.
    record = extract_text("Chad's Mahamat Deby met Niger's leader in Niamey on Monday.")
    assert ("Chad", "Country") in named(record) and ("Mahamat Deby", "Person") in named(record)
    # A person of that name keeps being one.
    person = extract_text("Chad Miller's shares in the firm were sold on Monday.")
    assert ("Chad", "Country") not in named(person)


def test_a_firm_named_like_a_person_whose_shares_listing_or_filing_the_text_speaks_of_is_a_firm(extract_text):
    # "Shares of Hana Micron rose", "Seoul-listed Duksan Hitech said", "Meituan Dianping said
    # in a filing" had given people.
    record = extract_text("Shares of Mina Daewon rose 5% on Monday. Seoul-listed Lena Orvik said in a filing that it would expand. "
                          "Tomas Hanul said in a filing on Monday that it would buy the startup.")
    assert {("Mina Daewon", "Company"), ("Lena Orvik", "Company"), ("Tomas Hanul", "Company")} <= named(record)
    # A person who speaks, with no filing, stays a person.
    person = extract_text("Tomas Hanul said in an interview on Monday that the startup would grow.")
    assert ("Tomas Hanul", "Person") in named(person)


def test_the_district_of_columbia_after_washington_is_no_firm(extract_text):
    # "WASHINGTON, D.C. - The ... said" had given a firm "D.C.".
    record = extract_text("WASHINGTON, D.C. - Hanul Motors said on Monday that exports rose.")
    assert "D.C." not in names(record)
    assert ("Washington", "City") in named(record) and ("Hanul Motors", "Company") in named(record)


def test_a_military_rank_before_a_name_is_no_part_of_it(extract_text):
    # "said Senior Colonel Shi Yi, spokesperson for the theater command" had given a person
    # "Colonel Shi Yi".
    record = extract_text("The drills ended on Monday, said Senior Colonel Ana Lim, spokesperson for the Hanul Northern Theater Command.")
    assert ("Ana Lim", "Person") in named(record) and "Colonel Ana Lim" not in names(record)
    # A firm's name opened by a word that is a rank elsewhere keeps it.
    firm = extract_text("General Motors said on Monday it would build a plant in Ohio.")
    assert ("General Motors", "Company") in named(firm)


def test_a_pronoun_in_a_clause_of_time_on_an_object_relative_clause_is_left_unresolved(extract_text):
    # "Paystack, ... which Ventures Platform exited after it was bought by Stripe" had given
    # "Stripe acquires Ventures Platform" once that firm was found: *it* went to the nearest name.
    record = extract_text("Hanul, the Korean robot maker which Daewon Capital sold after it was bought by Minjin, "
                          "is growing fast.")
    assert ("Minjin", "Daewon Capital") not in fact_ends(record, "acquires")
    # Nor does a name told of in passing, in a relative clause the pronoun is outside of,
    # take it from the main clause's subject.
    main = extract_text("Hanul, which Daewon Capital backed, grew fast after it was bought by Minjin Holdings.")
    assert fact_ends(main, "acquires") == {("Minjin Holdings", "Hanul")}
