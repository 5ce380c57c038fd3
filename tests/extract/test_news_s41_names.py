"""Names from invented news told in the shapes of fresh stories read in session 41: a firm's
name that opens with its own capital "The" after the firm's description. Each beside a near
text."""

from __future__ import annotations


def _typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


def test_a_described_name_opening_with_the_is_a_firms(extract_text):
    record = extract_text("Logistics firm Dastrel Freight, foodtech company The Velmira Kitchen, and e-commerce startup "
                          "Orvanto also attracted investments this week.")
    assert _typed(record).get("Velmira Kitchen") == "Company"
    # A "The" that opens a sentence after another ends no description.
    record = extract_text("Kim Dae-ho spoke to the company. The Velmira Kitchen opened in Busan.")
    assert _typed(record)["Velmira Kitchen"] == "Person"
