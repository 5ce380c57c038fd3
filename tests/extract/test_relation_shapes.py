"""General grammatical shapes that state or imply a relation, each on a hand-written
sentence (names and wording invented here, not taken from any corpus text), with sentences
of a near shape that must not give the fact."""

from __future__ import annotations

import pytest

from kg.extract.guard import default_min_confidence, is_candidate, mark_candidates

__all__: list[str] = []


def triples(record) -> set[tuple[str, str, str]]:
    """The facts of *record*: candidates (below the configured confidence) are not facts."""
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["predicate"], r["object"]) for r in marked["relations"] if not is_candidate(r)}


@pytest.mark.parametrize("text, fact", [
    # A country, by name or adjective, anywhere in the words that modify a firm's name.
    ("U.S. private equity fund Daewon Partners will acquire Hanul Robotics.",
     ("Daewon Partners", "headquartered_in", "United States")),
    ("Shares of Korean lithium refining group Minjin Holdings rose.",
     ("Minjin Holdings", "headquartered_in", "South Korea")),
    # A common noun written just before the name it describes: "existing investors A, B".
    ("Hanul Robotics closed a $9 million round led by Daewon Ventures, with participation from existing investors "
     "Sorel Capital, Mubo Partners and Kite Ventures.", ("Mubo Partners", "invests_in", "Hanul Robotics")),
    ("Hanul Robotics closed a $9 million round led by Daewon Ventures, with participation from existing investors "
     "Sorel Capital, Mubo Partners and Kite Ventures.", ("Sorel Capital", "invests_in", "Hanul Robotics")),
    # Sector words of data/reference/sectors.yaml make a phrase a sector's name.
    ("Sorel Bio, which develops rapid diagnostic kits, hired staff.", ("Sorel Bio", "operates_in_sector", "rapid diagnostic kits")),
    ("Shares of Korean electric motor company Mubo Corp rose.", ("Mubo Corp", "operates_in_sector", "electric motor")),
    # A unit "under" its parent.
    ("Sorel Chemical, a display materials unit under Mubo Group, hired staff.", ("Sorel Chemical", "subsidiary_of", "Mubo Group")),
    # Events that begin, end or are hosted somewhere; leaving for a place.
    ("The Asia Energy Forum kicked off in Busan on Monday.", ("Asia Energy Forum", "event_held_at", "Busan")),
    ("The Asia Energy Forum concluded in Busan on Friday.", ("Asia Energy Forum", "event_held_at", "Busan")),
    ("Busan hosted the Asia Energy Forum this week.", ("Asia Energy Forum", "event_held_at", "Busan")),
    ("Lee Jae-myung left for Hanoi on Monday.", ("Lee Jae-myung", "visits", "Hanoi")),
    # A spokesperson "for" a firm; a trade surplus "with" a country.
    ("Kim Min-soo, a spokeswoman for Hanul Robotics, said sales rose.", ("Kim Min-soo", "executive_of", "Hanul Robotics")),
    ("Vietnam's trade surplus with South Korea widened in May.", ("Vietnam", "trades_with", "South Korea")),
    # A title with an "of" phrase of its own before the organisation's "at".
    ("Kim Min-soo, director of sales at Hanul Robotics, met Lee Ji-won.", ("Kim Min-soo", "executive_of", "Hanul Robotics")),
    # A firm in apposition to any description with a country in it.
    ("Sorel Media, a Vietnamese website for car reviews, praised the model.", ("Sorel Media", "headquartered_in", "Vietnam")),
], ids=["country-name-modifier", "demonym-modifier-chain", "participation-from-noun-names", "participation-from-noun-first-name",
        "diagnostic-word", "motor-word", "unit-under", "event-kicked-off-in", "event-concluded-in", "place-hosted-event",
        "left-for-place", "spokesperson-for", "surplus-with", "title-of-area-at", "name-country-apposition"])
def test_shape_gives(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, fact", [
    # The country modifies a noun of its own, not the firm's name.
    ("Analysts said China trade data lifted Minjin Capital shares.",
     ("Minjin Capital", "headquartered_in", "China")),
    ("Japan's regulator fined Hanul Robotics on Monday.", ("Hanul Robotics", "headquartered_in", "Japan")),
    # "X to buy Y" is a headline's subject, not a preposition's object in a sentence.
    ("Daewon Group signed a deal with Minjin Corp to supply batteries.", ("Minjin Corp", "operates_in_sector", "batteries")),
    # A host city is not a visitor's destination for an event; leaving for a firm is no visit.
    ("Busan hosted the Asia Energy Forum this week.", ("Asia Energy Forum", "visits", "Busan")),
    ("Kim Min-soo left for Minjin Corp in 2020.", ("Kim Min-soo", "visits", "Minjin Corp")),
    # "and" between a firm and a titled person joins the two, not two titles.
    ("Sorel Labs and President Lee Jae-myung discussed chips.", ("Lee Jae-myung", "executive_of", "Sorel Labs")),
], ids=["country-modifies-other-noun", "possessive-country-of-other-noun", "infinitive-after-preposition-object",
        "event-is-no-visitor", "left-for-a-firm", "firm-and-titled-person"])
def test_shape_gives_not(extract_text, text, fact):
    assert fact not in triples(extract_text(text))


# A round-up of deals: the firm named most often is not the one "the round" is of.
_ROUNDUP = ("Daewon Ventures backed Minjin Foods in 2020. Minjin Foods grew fast. Minjin Foods hired staff. "
            "Sorel Labs has raised $40 million in a Series D round. The funding round was led by Kite Ventures.")
_UNNAMED = ("Daewon Ventures backed Minjin Foods in 2020. Minjin Foods grew fast. Minjin Foods hired staff. "
            "shopping app zoop has raised $40 million in a Series D round. The funding round was led by Kite Ventures.")


def test_round_of_the_sentence_before(extract_text):
    facts = triples(extract_text(_ROUNDUP))
    assert ("Kite Ventures", "invests_in", "Sorel Labs") in facts
    assert ("Kite Ventures", "invests_in", "Minjin Foods") not in facts


def test_round_of_an_unnamed_raiser_gives_nothing(extract_text):
    assert ("Kite Ventures", "invests_in", "Minjin Foods") not in triples(extract_text(_UNNAMED))
