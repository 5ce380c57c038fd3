"""Types of names met on news snippets outside the corpus (session 32): which names are
entities, and of what class. Each case beside one of a near shape that must not be read so."""

from __future__ import annotations


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_bodys_brief_listed_with_and_is_one_name_not_firms(extract_text):
    # "a Coordinating Committee for Monetary and Fiscal Policies" had given firms "Fiscal"
    # and "Policies"; "Minister of Budget and Economic Planning" a firm "Economic Planning".
    record = extract_text("The bill sets up a Joint Council for Monetary and Fiscal Affairs. Its members are the "
                          "Minister of Finance; the Minister of Budget and Economic Planning; and the central bank's governor.")
    assert ("Joint Council for Monetary and Fiscal Affairs", "GovernmentBody") in named(record)
    assert not {"Fiscal", "Affairs", "Fiscal Affairs", "Economic Planning"} & names(record)
    # A name of its own after "and" stays apart.
    apart = extract_text("The Ministry of Finance and Hanul Bank signed a loan agreement on Monday.")
    assert {("Ministry of Finance", "GovernmentBody"), ("Hanul Bank", "Company")} <= named(apart)


def test_a_bodys_name_cut_at_and_whose_initials_follow_is_one_name(extract_text):
    # "Singapore's Accounting and Corporate Regulatory Authority (ACRA)" had given a firm "Accounting".
    record = extract_text("Filings with Malaysia's Licensing and Business Registry Authority (LBRA) show the deal.")
    assert ("Licensing and Business Registry Authority", "GovernmentBody") in named(record)
    assert "Licensing" not in names(record)
    # "show" as a verb after the bracket names no event; a show after a name is still one.
    assert not any(e["type"] == "Event" for e in record["entities"])
    event = extract_text("Visitors at the Hanul Trade Authority (HTA) show on Monday saw the car.")
    assert ("Hanul Trade Authority (HTA) show", "Event") in named(event)


def test_a_rounds_kind_in_capitals_is_no_firm(extract_text):
    # "raised $4.5 Million in Debt Financing from Addem Capital" had given a firm "Debt
    # Financing" (and, the word "debt" hidden in a name, a lender's invests_in).
    record = extract_text("Hanul Robotics raised $3 Million in Seed Funding from Daewon Capital on Monday.")
    assert not {"Seed Funding", "Funding"} & names(record)
    assert {("Hanul Robotics", "Company"), ("Daewon Capital", "InvestmentFirm")} <= named(record)
    lent = extract_text("Hanul Robotics raised $3 Million in Debt Financing from Daewon Capital on Monday.")
    assert "Debt Financing" not in names(lent)
    assert not any(r["predicate"] == "invests_in" for r in lent["relations"] if not r.get("candidate"))
    # A firm's name with a round's noun and a word of its own is a firm.
    firm = extract_text("Daewon Funding raised $3 million from Hanul Capital on Monday.")
    assert ("Daewon Funding", "Company") in named(firm)


def test_one_capitalised_noun_after_a_is_no_name(extract_text):
    # "A newly published Bill says ..." had given a firm "Bill".
    record = extract_text("A newly published Bill says the central bank's governor serves one term.")
    assert "Bill" not in names(record)
    person = extract_text("Bill Tan, a director of Hanul Bank, said the term was too short.")
    assert ("Bill Tan", "Person") in named(person)


def test_an_investment_firm_named_in_portuguese_or_spanish(extract_text):
    # "a Venture round led by X8 Investimentos" had typed the investor a company.
    record = extract_text("Orvik raised a $2 million round led by Daewon Investimentos and Hanul Inversiones.")
    assert {("Daewon Investimentos", "InvestmentFirm"), ("Hanul Inversiones", "InvestmentFirm")} <= named(record)
