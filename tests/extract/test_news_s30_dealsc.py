"""Deal and trade facts fresh news had been read wrongly into (session 30): kinds of wording
that gave a silent wrong fact; each on a sentence invented here, beside one of a near shape
that must still give its fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_restricted_or_taxed_flow_of_goods_is_no_trade_fact(extract_text):
    # "Japan restricted exports to South Korea" had given "Japan exports_to South Korea".
    for sentence in ("Japan restricted exports to Vietnam in July.",
                     "Brazil curbed its exports to Chile last year.",
                     "Japan slapped tariffs on imports from Brazil last year.",
                     "China imposed a ban on shipments to Lithuania in March."):
        record = extract_text(sentence)
        assert not fact_ends(record, "exports_to") and not fact_ends(record, "imports_from"), sentence
    # A flow counted, not curbed, is still a trade fact.
    counted = extract_text("China's exports to Lithuania rose 5% in July.")
    assert ("China", "Lithuania") in fact_ends(counted, "exports_to")


def test_a_description_after_a_lists_last_name_is_that_names_alone(extract_text):
    # "Vietjet, Sovico Group and Changi Airports International (CAI), the international arm
    # of Changi Airport Group" had made all three subsidiaries of Changi Airport Group.
    record = extract_text("Hanul Air, Minjin Capital and Daewon Logistics (DL), the freight arm of Daewon Group, signed a deal on Monday.")
    ends = fact_ends(record, "subsidiary_of")
    assert ("Daewon Logistics", "Daewon Group") in ends
    assert ("Hanul Air", "Daewon Group") not in ends and ("Minjin Capital", "Daewon Group") not in ends
    # A lone name with its description keeps it.
    alone = extract_text("Daewon Logistics, the freight arm of Daewon Group, signed a deal on Monday.")
    assert ("Daewon Logistics", "Daewon Group") in fact_ends(alone, "subsidiary_of")


def test_a_unit_never_acquires_its_own_parent(extract_text):
    # "Daewon Global Forwarding, the freight unit of Daewon Group, ... bought the firm from
    # Daewon Group" had given "Daewon Global Forwarding acquires Daewon Group".
    record = extract_text("Minjin Freight, the shipping unit of Minjin Holdings, acquired Polar Cargo last year. "
                          "Minjin Freight bought the firm from Minjin Holdings for $40 million.")
    assert ("Minjin Freight", "Minjin Holdings") in fact_ends(record, "subsidiary_of")
    assert ("Minjin Freight", "Minjin Holdings") not in fact_ends(record, "acquires")
    assert ("Minjin Freight", "Polar Cargo") in fact_ends(record, "acquires")
    # A parent buying its unit is a purchase still.
    parent = extract_text("Minjin Holdings acquired Minjin Freight in 2019.")
    assert ("Minjin Holdings", "Minjin Freight") in fact_ends(parent, "acquires")
