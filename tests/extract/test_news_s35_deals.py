"""The firm ends of deals, session 35 (helper "deals35"), kinds met among the dev misses of
read137: the holders of a venture's shares told as to come ("X will hold 86.5% ..., while Y
will hold 6%, Z 5.5%"; "X will have 51 percent ... while Y will own 49 percent"), who put
money in as well as hold it (six missed investments, two stories); a part of a firm's
shares or charter capital bought under a verb of purpose ("spent $128 million to buy 95% of
the charter capital of Y", "invested $13 million to acquire 10.3 percent of shares in Y")
or by a gerund after a preposition ("After acquiring 24.94% of charter capital of Y, X
...", "X, after buying 20% of shares of Y, ..."), which gave no stake or took the part for
the whole firm (four missed stakes or purchases, two stories); "the firm" after one firm was
set beside "a ... venture firm" read as the story's other, most named fund (two missed
investments, one story, and the fund's two wrong ones in a shorter text). Sentences invented here,
each beside one of a near shape that must not give (or must give) the fact."""

from __future__ import annotations

import pytest

from extract_support import fact_ends, fact_qualifiers


def test_the_holders_of_a_split_to_come_invest_in_the_firm(extract_text):
    # "TSMC said it will hold an 86.5% stake in JASM, while Sony will hold 6%, Denso 5.5%
    # and Toyota 2%": each holder was read as holding its share, none as investing.
    record = extract_text("Corvane Holdings said it will hold an 86.5% stake in the venture, known as Talvik Manufacturing, "
                          "while Brisco Motors will hold 6%, Halvex Electric 5.5% and Dunmore Industries 2%.", "2024-02-06")
    holders = {"Corvane Holdings", "Brisco Motors", "Halvex Electric", "Dunmore Industries"}
    assert fact_ends(record, "invests_in") == {(h, "Talvik Manufacturing") for h in holders}
    assert fact_ends(record, "holds_stake_in") == {(h, "Talvik Manufacturing") for h in holders}
    assert fact_qualifiers(record, "Brisco Motors", "invests_in", "Talvik Manufacturing") == {"date": "2024-02-06"}
    record = extract_text("Orvane Energy will have 51 percent of Selmar Battery's total share while Kestrel Motors will own "
                          "49 percent, according to officials.", "2024-02-06")
    assert fact_ends(record, "invests_in") == {("Orvane Energy", "Selmar Battery"), ("Kestrel Motors", "Selmar Battery")}
    # A later holder first read as a second firm the first one holds is no firm invested in.
    record = extract_text("Orvane Energy will own 60% of Selmar Battery and Kestrel Motors the remaining 40%.", "2024-02-06")
    assert fact_ends(record, "invests_in") == {("Orvane Energy", "Selmar Battery"), ("Kestrel Motors", "Selmar Battery")}


@pytest.mark.parametrize("text", [
    # A split as it stands puts no money in.
    "Orvane Energy holds 60% of Selmar Battery, while Kestrel Motors holds 40%.",
    # A holder that keeps its share after a deal puts in nothing new.
    "After the deal Orvane Energy will hold 60% of Selmar Battery, while Kestrel Motors will retain 40%.",
])
def test_a_split_as_it_stands_or_kept_is_no_investment(extract_text, text):
    record = extract_text(text, "2024-02-06")
    assert fact_ends(record, "holds_stake_in") == {("Orvane Energy", "Selmar Battery"), ("Kestrel Motors", "Selmar Battery")}
    assert fact_ends(record, "invests_in") == set()


@pytest.mark.parametrize("text, percent", [
    ("Brisco Group spent $12 million to buy 20% of the charter capital of Dunmore Plastics.", 20.0),
    ("Brisco Group invested $13 million to acquire 10.3 percent of shares in Dunmore Plastics.", 10.3),
    ("After acquiring 24.94% of charter capital of Dunmore Plastics, Brisco Group has offered to buy more shares.", 24.94),
    ("Brisco Group, after buying 20% of shares of Dunmore Plastics, has announced construction of a plant.", 20.0),
    ("Brisco Group, after buying 20% of Dunmore Plastics, has announced construction of a plant.", 20.0),
])
def test_a_part_bought_under_a_purpose_or_a_gerund_is_a_stake(extract_text, text, percent):
    record = extract_text(text, "2024-02-06")
    assert fact_qualifiers(record, "Brisco Group", "holds_stake_in", "Dunmore Plastics")["stake_percent"] == percent
    # A part is no purchase of the whole firm.
    assert fact_ends(record, "acquires") == set()


def test_most_of_a_firm_bought_under_a_purpose_is_the_firm(extract_text):
    record = extract_text("Brisco Group spent $128 million to buy 95% of the charter capital of Dunmore Plastics.", "2024-02-06")
    qualifiers = fact_qualifiers(record, "Brisco Group", "acquires", "Dunmore Plastics")
    assert (qualifiers["stake_percent"], qualifiers["amount"], qualifiers["currency"]) == (95.0, 128e6, "USD")
    # A part sold under a verb of purpose is no part bought.
    record = extract_text("Brisco Group hopes to sell 20% of the shares of Dunmore Plastics.", "2024-02-06")
    assert fact_ends(record, "holds_stake_in") == set()


@pytest.mark.parametrize("old, new, named", [
    ("invested: invests_in", "invested: owns_share_of", "owns_share_of"),
    ("to_come: [", "to_come: 3 #[", "to_come"),
    ("kept: [", "kept: 3 #[", "kept"),
])
def test_a_broken_split_investment_rule_names_the_term(tmp_path, old, new, named):
    from kg.errors import OntologyError
    from kg.extract.stake_splits import load_stake_splits
    from kg.ontology import load_ontology
    from kg.resources import resource_dir

    text = (resource_dir("ontology") / "extraction.yaml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    (tmp_path / "extraction.yaml").write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(OntologyError, match=named):
        load_stake_splits(load_ontology(), tmp_path)


def test_the_firm_is_the_one_described_as_a_firm_before(extract_text):
    # "the Fund said it would contribute $10 million to the fund of 500 Startups, a San
    # Francisco-based venture firm ... So far the firm has invested in ... start-ups": the
    # investor was taken for the story's subject, the fund.
    text = ("Kestrel Fund said it would contribute $10 million to a fund of Dunmore Ventures, a San Francisco-based "
            "venture firm. So far the firm has invested in more than 20 start-ups, including Orbix Inc and Velmo Inc.")
    assert fact_ends(extract_text(text), "invests_in") == {("Dunmore Ventures", "Orbix Inc"), ("Dunmore Ventures", "Velmo Inc.")}
    # Without the description, or described as a fund, the firm is not the one "the firm" names.
    for text in ("Kestrel Fund said it would contribute $10 million to a fund of Dunmore Ventures. So far the firm has "
                 "invested in more than 20 start-ups, including Orbix Inc and Velmo Inc.",
                 "Kestrel Fund said it would contribute $10 million to Dunmore Ventures, a San Francisco-based venture fund. "
                 "So far the firm has invested in more than 20 start-ups, including Orbix Inc and Velmo Inc."):
        assert not {s for s, _ in fact_ends(extract_text(text), "invests_in")} & {"Dunmore Ventures"}, text
