"""Types of names met on news snippets outside the corpus (session 33, helper "types"):
financial watchdogs and state offices news names by initials or with no body's word (US
banking-enforcement news, Australian and Ghanaian mining news), compliance's abbreviations
NER took for firms. Each case beside one of a near shape that must not be read so."""

from __future__ import annotations


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def names(record) -> set[str]:
    return {e["name"] for e in record["entities"]}


def test_a_state_office_task_force_or_deposit_insurer_is_a_public_body(extract_text):
    # "the Office of the Comptroller of the Currency (OCC)", "the Financial Action Task Force
    # (FATF)" and a deposit insurer had been firms, and so had their initials after.
    record = extract_text("The Office of the Trade Ombudsman fined Daeha Bank on Monday. The Brisland Financial Task Force "
                          "(BFTF) kept Daeha on its grey list, and the BFTF said progress was slow.")
    assert {("Office of the Trade Ombudsman", "GovernmentBody"), ("Brisland Financial Task Force", "GovernmentBody"),
            ("Daeha Bank", "Company")} <= named(record)
    insurer = extract_text("The Brisland Deposit Insurance Corporation (BDIC) sold its stake in Hanul Bank. BDIC said the sale "
                           "raised $1 billion.")
    assert ("Brisland Deposit Insurance Corporation", "GovernmentBody") in named(insurer)
    # An insurer of another kind is a firm still.
    firm = extract_text("Brisland Life Insurance Corporation sold its stake in Hanul Bank.")
    assert ("Brisland Life Insurance Corporation", "Company") in named(firm)


def test_watchdogs_named_by_initials_alone_are_public_bodies(extract_text):
    # "FinCEN announced penalties against ..." had given no entity, "the OCC" a firm.
    record = extract_text("FinCEN and the OCC fined Daeha Bank $5 million for lapses in its AML checks.")
    assert {("Financial Crimes Enforcement Network", "GovernmentBody"), ("Office of the Comptroller of the Currency", "GovernmentBody"),
            ("Daeha Bank", "Company")} <= named(record)
    # The compliance's abbreviation names no one; a firm's initials still do.
    assert "AML" not in names(record)
    firm = extract_text("Daeha Bank hired AMLX to run its checks.")
    assert ("AMLX", "Company") in named(firm)
