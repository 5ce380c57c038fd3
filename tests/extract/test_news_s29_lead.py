"""Kinds of wording met on fresh wire digests (session 29): a description naming a firm's
country in a participle's clause after a firm the line acts on ("..., signalling confidence
in the Dutch group's strategy"), and a time zone after a clock time ("by 1030 GMT"). Each
case beside one of the same shape that must not be read so."""

from __future__ import annotations

from kg.extract.spans import dateline
from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


_STORY = "Hanul Energy will acquire Minjin Oil for $5 billion. Hanul Energy expects savings of $300 million. "


def test_a_homed_description_after_a_firm_its_line_acts_on_guesses_no_other_firm(extract_text):
    # The line's firm is acted on ("a stake in Sorabol"), so the line does not say whom
    # "the Dutch group" is; the story's most named firm had been given the home.
    record = extract_text(_STORY + "Activist investor Daewon Capital has taken a 3% stake in Sorabol, a filing "
                          "showed, signalling confidence in the Dutch group's long-term strategy.")
    assert not {s for s, o in fact_ends(record, "headquartered_in") if o == "Netherlands"}
    assert ("Daewon Capital", "Sorabol") in fact_ends(record, "holds_stake_in")
    # A line that names no firm before the description leaves it to the story's firm.
    told = extract_text(_STORY + "Analysts said the Dutch group's long-term strategy was sound.")
    assert ("Hanul Energy", "Netherlands") in fact_ends(told, "headquartered_in")


def test_a_time_zone_after_a_clock_time_is_no_name(extract_text):
    record = extract_text("The following deals were reported by 1030 GMT on Wednesday. Trading opened at "
                          "0900 IST and closed at 3 p.m. EST.")
    assert not {name for name, _ in named(record) if name.split()[-1] in ("GMT", "IST", "EST")}
    # The same letters as a firm's name, after no time, stay a name.
    firm = extract_text("Hanul Capital agreed to buy 20 percent of KST Mobility, a Seoul taxi app.")
    assert ("Hanul Capital", "KST Mobility") in fact_ends(firm, "holds_stake_in")


def test_a_name_ending_in_a_payment_word_is_a_firms(extract_text):
    # NER called "Minjin Pay" a person: "its" then skipped it for a firm named before, and
    # Visa's backing went to that firm.
    record = extract_text("Sorabol's $100 million investment from Daewon Bank was one of the largest deals of the year.\n\n"
                          "Minjin Pay continues to dominate merchant payments. Its repeat backing from Visa underscores "
                          "confidence in its scale.")
    assert ("Minjin Pay", "Company") in named(record)
    assert ("Visa", "Daewon Bank") not in fact_ends(record, "invests_in")
    assert ("Daewon Bank", "Sorabol") in fact_ends(record, "invests_in")


def test_a_plural_noun_with_of_opening_a_sentence_is_no_word_of_the_name(extract_text):
    record = extract_text("Customers of Hanul Bank can now pay by phone, the bank said.")
    assert ("Hanul Bank", "Company") in named(record)
    assert not {name for name, _ in named(record) if name.startswith("Customers")}
    # A singular noun with "of" is a name whole.
    whole = extract_text("Bank of Hanul raised its lending rate on Monday.")
    assert not {name for name, _ in named(whole) if name == "Hanul"}


def test_an_acronym_in_the_plural_names_a_kind_of_body_not_one(extract_text):
    record = extract_text("India's Public Sector Undertakings (PSUs) will buy cranes from Daewon Heavy, which also "
                          "lends to SMEs.")
    assert {name for name, _ in named(record)} == {"India", "Daewon Heavy"}
    assert not fact_ends(record, "headquartered_in")
    # A firm's own short form in brackets is its name's.
    firm = extract_text("India's Bharat Heavy Electricals (BHEL) will buy cranes from Daewon Heavy.")
    assert ("Bharat Heavy Electricals", "India") in fact_ends(firm, "headquartered_in")


def test_hyphened_words_before_a_description_are_its_own(extract_text):
    # "The state-owned Indian company" had been left unresolved: the determiner was sought
    # right before the demonym, where the hyphened words stood.
    record = extract_text("Sora Oil signed the deal on Monday. The state-owned Indian company said output would rise.\n\n"
                          "Hanul Mines sold its stake to Daewon Corp. The Toronto-listed Canadian firm said it "
                          "received $206 million.")
    homes = fact_ends(record, "headquartered_in")
    assert ("Sora Oil", "India") in homes
    assert ("Hanul Mines", "Canada") in homes
    assert not {o for s, o in homes if o == "Toronto"}  # listed there, not based there
    # A description followed by "of" and a name is that name's, however hyphened.
    owned = extract_text("Sora Oil signed the deal on Monday. The state-owned Indian company of Minjin Group will "
                         "buy the plant.")
    assert ("Sora Oil", "India") not in fact_ends(owned, "headquartered_in")


def test_a_dateline_with_its_agency_between_slashes_is_no_visitor(extract_text):
    # The agency had been read as the subject of the story's first verb: "MONTSAME/." visits Mongolia.
    record = extract_text("Ulaanbaatar/MONTSAME/. Prime Minister of Kazakhstan Olzhas Bektenov arrived in Mongolia "
                          "on Monday for an official visit.")
    assert {s for s, o in fact_ends(record, "visits")} == {"Olzhas Bektenov"}
    # Two names joined by a slash open no dateline.
    assert dateline("Hanul/Daewon Motors arrived in Mongolia on Monday for talks.") == (None, 0)
