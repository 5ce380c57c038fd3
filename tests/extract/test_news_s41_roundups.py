"""Round-ups of deals, from invented news told in the shapes of fresh stories read in session
41: "the startup" of a later line is the last firm a line opened with as a startup, a
"-based" description is no firm placed elsewhere, and money raised "led by" an investor with
no round named stands for the round. Each beside a near text."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers

_ROUNDUP = (
    "Dastrel Robotics, a Busan-based drone maker, on Monday said it has raised $50 million in a Series C round "
    "led by Kormund Capital.\n\n"
    "Seoul-based eyewear startup Velmira has raised $30 million from investment firm Tessaly Partners.\n\n"
    "Incheon-based food delivery startup Orvanto on Monday said it has raised funding from Pelmar Partners.\n\n"
    "Earlier in March 2023, the startup had raised $1.5 million in a seed round from Quorra Ventures."
)


def test_the_startup_of_a_later_line_is_the_last_introduced_so(extract_text):
    record = extract_text(_ROUNDUP, "2024-05-20")
    assert ("Quorra Ventures", "Orvanto") in fact_ends(record, "invests_in")
    assert fact_qualifiers(record, "Quorra Ventures", "invests_in", "Orvanto")["amount"] == 1.5e6
    assert not {("Quorra Ventures", "Dastrel Robotics"), ("Quorra Ventures", "Velmira")} & fact_ends(record, "invests_in")


def test_a_firm_named_in_passing_after_a_description_is_not_the_company(extract_text):
    # The story's firm is still "the company"; a firm a line names in passing after its
    # trade is not (the round-up rule reads only a line opened by the description).
    record = extract_text(
        "Dastrel Motors named Jonas Brek as its chief operating officer. Brek worked at trading company Kormund "
        "Holdings before he joined. The company is based in Yokohama.")
    assert ("Dastrel Motors", "Yokohama") in fact_ends(record, "headquartered_in")
    assert ("Kormund Holdings", "Yokohama") not in fact_ends(record, "headquartered_in")


def test_a_based_description_is_no_firm_placed_elsewhere(extract_text):
    record = extract_text(
        "MUMBAI -- Jonas Brek, founder of the Tokyo-based venture capital company Kormund, met Ravi Sethi. "
        "Sethi co-founded Velmira Pay, a payment platform. In 2013, Velmira became one of the first Indian "
        "startups to receive capital from Japanese investors. These included Kormund and Tessaly Garage, and the "
        "combined investment in the Pune-based startup was about $5.5 million.", "2019-11-05")
    assert ("Kormund", "Pune") not in fact_ends(record, "headquartered_in")
    assert ("Kormund", "Tokyo") in fact_ends(record, "headquartered_in")
    # A firm the text places nowhere may still be the one described.
    record = extract_text(
        "BUSAN -- Kim Dae-ho met Park Ji-won in Incheon. Park co-founded Velmira Pay, a payment platform. In 2019, "
        "Velmira became one of the first Korean startups to receive capital from Japanese investors. The combined "
        "investment in the Busan-based startup was about $4.5 million.", "2023-11-05")
    assert ("Velmira Pay", "Busan") in fact_ends(record, "headquartered_in")


def test_money_raised_led_by_an_investor(extract_text):
    record = extract_text("Velmira raised $35 million led by Kormund Capital.")
    assert fact_qualifiers(record, "Kormund Capital", "invests_in", "Velmira")["amount"] == 35e6
    record = extract_text("Interior design startup Velmira, which secured $35 million led by Kormund Capital, plans to expand.")
    assert fact_ends(record, "invests_in") == {("Kormund Capital", "Velmira")}
    # Money a firm lost or spent is no round.
    assert not fact_ends(extract_text("Velmira lost $35 million, led by Kormund Capital's unit."), "invests_in")
