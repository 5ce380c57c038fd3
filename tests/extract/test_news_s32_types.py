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
