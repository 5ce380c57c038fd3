"""Sectors of firms, session 36 (helper "sectors36"), kinds met among the dev misses of
operates_in_sector and of sector entities: a firm's part named by its trade, "X, the
venture capital arm of Y", an arm or a division as a unit was (two dev facts, a Gulf fund's
story and a Philippine deal); businesses a firm runs named by their trade ("runs hotel and real
estate businesses", two dev facts, a Japanese deal); a place between a description and the
name it describes, "the world's largest chip assembly company, Taiwan's X" (one dev fact, a
Taiwanese outlet); "biomedical" as a word of a trade (one dev entity and fact, a Korean
outlet); names listed and then counted by their description, "X and Y, two defense firms"
(one Korean dev list, whose "defense-related" still hides the trade). Sentences invented
here, each beside one of a near shape that must not give the sector."""

from __future__ import annotations

import pytest

from extract_support import fact_ends


def sectors_of(record, firm: str) -> set[str]:
    return {o for s, o in fact_ends(record, "operates_in_sector") if s == firm}


@pytest.mark.parametrize("text, sector", [
    ("Vantrix Holdings, the steel arm of Corvane Group, reported a loss.", "steel"),
    ("Vantrix Holdings, the robotics division of Corvane Group, reported a loss.", "robotics"),
])
def test_a_part_named_by_its_trade_works_in_it(extract_text, text, sector):
    # An arm or a division named by its trade had been no head of a firm's description
    # (a unit, a subsidiary were).
    assert sectors_of(extract_text(text), "Vantrix Holdings") == {sector}


def test_a_part_named_by_no_trade_has_no_sector(extract_text):
    record = extract_text("Vantrix Holdings, the international arm of Corvane Group, reported a loss.")
    assert sectors_of(record, "Vantrix Holdings") == set()


def test_names_counted_by_their_description_work_in_its_trade(extract_text):
    # "X and Y, two defense firms": a count where an article would be for one name.
    record = extract_text("Hanvo Group agreed to take over Vantrix Corp. and Kelmor Corp., two battery makers, for 1.9 trillion won.")
    assert (sectors_of(record, "Vantrix Corp."), sectors_of(record, "Kelmor Corp.")) == ({"batteries"}, {"batteries"})
    record = extract_text("Hanvo Group agreed to take over Vantrix Corp., Kelmor Corp. and Delvo Corp., three battery makers, "
                          "for 1.9 trillion won.")
    assert {f: sectors_of(record, f) for f in ("Vantrix Corp.", "Kelmor Corp.", "Delvo Corp.")} \
        == {"Vantrix Corp.": {"batteries"}, "Kelmor Corp.": {"batteries"}, "Delvo Corp.": {"batteries"}}


def test_a_count_of_other_things_describes_no_name(extract_text):
    # Two makers bought beside a firm are not the firm.
    record = extract_text("Hanvo Group agreed to sell Vantrix Corp. and two battery makers for 1.9 trillion won.")
    assert sectors_of(record, "Vantrix Corp.") == set()


def test_a_place_between_the_description_and_the_name(extract_text):
    record = extract_text("The offer was made for the world's largest chip assembly company, Taiwan's Advanced Semivo "
                          "Engineering, in November.")
    assert sectors_of(record, "Advanced Semivo Engineering") == {"chip assembly"}
    # A description with no trade's words names none.
    record = extract_text("The offer was made for the world's largest company, Taiwan's Advanced Semivo Engineering, in November.")
    assert sectors_of(record, "Advanced Semivo Engineering") == set()


def test_biomedical_is_a_trade(extract_text):
    record = extract_text("Dorvane, a biomedical company based in Seoul, raised money.")
    assert sectors_of(record, "Dorvane") == {"biomedical"}
    record = extract_text("Dorvane, a young company based in Seoul, raised money.")
    assert sectors_of(record, "Dorvane") == set()


def test_businesses_a_firm_runs_are_its_trades(extract_text):
    # "runs hotel and real estate businesses" (two dev facts, a Japanese outlet): a firm's
    # businesses named by their trade, as its services are.
    record = extract_text("Kovo Kogyo runs hotel and real estate businesses.")
    assert sectors_of(record, "Kovo Kogyo") == {"hotel", "real estate"}
    # A business with no trade's words, or another firm's, is none.
    assert sectors_of(extract_text("Kovo Kogyo runs its business from Osaka."), "Kovo Kogyo") == set()
    assert sectors_of(extract_text("Kovo Kogyo will run the business of Talvo."), "Kovo Kogyo") == set()
