"""Deals of session 34 (helper "deals"): ownership, stakes and takeovers, kinds met on deal
news outside the corpus (Yonhap, South Korea; Reuters, Sweden; NNA, Japan): a holding
company named for the firm it owns, a subholding company named for the group above it.
Sentences invented here, each beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends


def test_a_subholding_company_belongs_to_the_group_above_it(extract_text):
    # "X is the subholding company of Korea's ninth-largest conglomerate Y Group" (Yonhap):
    # no frame read "subholding company" as a title, and X had no parent.
    for text in ("Brenmor Holdings is the subholding company of South Korea's ninth-largest conglomerate Talvik Group.",
                 "Brenmor Holdings is the sub-holding company of the Talvik Group.",
                 "Brenmor Holdings, the holding company of Talvik Group, said profits rose."):
        record = extract_text(text, "2024-03-04")
        assert ("Brenmor Holdings", "Talvik Group") in fact_ends(record, "subsidiary_of"), text
    # A holding company of a firm owns it: the firm after "of" is the subsidiary.
    for text in ("Brenmor Holdings is the holding company of Corvane Steel.",
                 "Brenmor Holdings, the holding company of Corvane Steel, said profits rose."):
        record = extract_text(text, "2024-03-04")
        assert fact_ends(record, "subsidiary_of") == {("Corvane Steel", "Brenmor Holdings")}, text
    # A firm that is no holding company of another names no parent.
    record = extract_text("Brenmor Holdings is the largest customer of Corvane Steel.", "2024-03-04")
    assert fact_ends(record, "subsidiary_of") == set()


def test_a_deal_that_makes_a_firm_a_subsidiary_names_its_parent(extract_text):
    # "The acquisition will make X a wholly-owned subsidiary of Y", "X has been converted
    # into a wholly owned subsidiary of Y" (a pharmaceutical deal note, India; Japanese
    # electronics release): no frame read a title given to a verb's object.
    for text in ("The deal will make Corvane a wholly owned subsidiary of Talvik Motors.",
                 "Corvane has been converted into a wholly owned subsidiary of Talvik Motors.",
                 "Talvik Motors bought the rest of the shares, making Corvane a consolidated subsidiary of Talvik Motors.",
                 "The purchase establishes Corvane as a wholly owned subsidiary of Talvik Motors."):
        record = extract_text(text, "2024-03-04")
        assert fact_ends(record, "subsidiary_of") == {("Corvane", "Talvik Motors")}, text
    # A firm made something else of another is none of its units; a deal that would not
    # make it one gives no parent.
    for text in ("Talvik Motors makes Corvane a key supplier of parts.",
                 "The deal would not make Corvane a subsidiary of Talvik Motors."):
        record = extract_text(text, "2024-03-04")
        assert fact_ends(record, "subsidiary_of") == set(), text


def test_a_parent_named_with_its_legal_form_is_no_short_form_of_its_venture(extract_text):
    # "Fujitsu Limited and Toshiba ... stake in Fujitsu Toshiba Mobile Communications
    # Limited" (Japanese electronics release): the two names share their first word and
    # "Limited", and the parent was merged into the venture as a contraction of its name.
    record = extract_text("Talvik Limited and Brenmor Corporation said Talvik has acquired Brenmor's stake in "
                          "Talvik Brenmor Mobile Communications Limited.", "2024-03-04")
    names = {e["name"] for e in record["entities"]}
    assert {"Talvik Limited", "Talvik Brenmor Mobile Communications Limited"} <= names
    assert ("Talvik Limited", "Talvik Brenmor Mobile Communications Limited") in fact_ends(record, "holds_stake_in")
    # Without a word of the venture's own between, the parent stays apart too; a contraction
    # whose last word is the name's own ("Communications") is still the one firm.
    record = extract_text("Hanul Limited said Hanul Daewon Mobile Communications Limited will hire 200 people.", "2024-03-04")
    assert {e["name"] for e in record["entities"]} == {"Hanul Limited", "Hanul Daewon Mobile Communications Limited"}
    record = extract_text("Hanul Daewon Mobile Communications Limited said profits rose. Hanul Communications will hire "
                          "200 people.", "2024-03-04")
    assert [e["name"] for e in record["entities"]] == ["Hanul Daewon Mobile Communications Limited"]


def test_the_venture_is_the_one_named_before_it(extract_text):
    # "increased its stake in joint venture X ... bought B's controlling stake in the venture
    # ... sold its stake in its phone joint venture Y" (Reuters, Sweden): "joint venture X"
    # (the noun before the name) was not read as naming a venture, and "the venture" went
    # to Y, named only after it.
    record = extract_text("Talvik has increased its stake in joint venture Talvik-Brenmor as it looks to grow in Korea.\n"
                          "Talvik bought Osric Networks' controlling stake in the venture with Brenmor Electronics for "
                          "$242 million in 2010.\nTalvik, which last year sold its stake in its phone joint venture "
                          "Corvane Mobile to Hanul for 1 billion euros, gave no details.", "2012-03-22")
    acquired = fact_ends(record, "acquires")
    assert ("Talvik", "Talvik-Brenmor") in acquired
    assert ("Talvik", "Corvane Mobile") not in acquired
    # Two ventures named before it leave it unsaid which one "the venture" is.
    record = extract_text("Talvik has increased its stake in joint venture Talvik-Brenmor and in joint venture Corvane "
                          "Mobile.\nTalvik bought Osric Networks' controlling stake in the venture for $242 million in 2010.",
                          "2012-03-22")
    assert fact_ends(record, "acquires") == set()


def test_a_clause_of_contrast_with_its_own_subject_is_not_the_first_firms_deal(extract_text):
    # "X received a $50m investment from A, while Kenya's Y received a $40m investment from B
    # and C" (an African deal round-up): the second clause's investors were also given to X.
    record = extract_text("Corvane Technologies received a $50m investment from Talvik Capital, while Kenya's Brenmor "
                          "Energy received a $40m investment from Osric Fund and Hanul Capital.", "2024-03-04")
    assert fact_ends(record, "invests_in") == {("Talvik Capital", "Corvane Technologies"),
                                               ("Osric Fund", "Brenmor Energy"), ("Hanul Capital", "Brenmor Energy")}
    # A clause of contrast without a subject of its own is still the first firm's deed.
    record = extract_text("Corvane Technologies expanded in Asia while taking a 20% stake in Brenmor Energy.", "2024-03-04")
    assert ("Corvane Technologies", "Brenmor Energy") in fact_ends(record, "holds_stake_in")


def test_a_joint_vehicle_is_a_venture_of_its_parents(extract_text):
    # "Ignite Holdco, a joint vehicle of Helios and TA Associates" (an African deal digest):
    # only "venture" named a venture of the firms after "of".
    record = extract_text("Hanul Holdco, a joint vehicle of Talvik Capital and Osric Partners, said profits rose.",
                          "2024-03-04")
    assert fact_ends(record, "holds_stake_in") == {("Talvik Capital", "Hanul Holdco"), ("Osric Partners", "Hanul Holdco")}
    # A vehicle that is not said to be joint is no venture of the firms named.
    record = extract_text("Hanul Holdco, an investment vehicle of Talvik Capital and Osric Partners, said profits rose.",
                          "2024-03-04")
    assert fact_ends(record, "holds_stake_in") == set()
