"""Kinds of wording met on news snippets outside the corpus (session 26): a kind of investor
whose first word opens the sentence ("Private equity firm Electra"), a name NER missed whose
apposition says which kind of firm it is ("Corvane, a venture capital firm based in ..."). Each
case beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends

from kg.extract.spans import dateline


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def sectors(record) -> set[str]:
    return {e["name"] for e in record["entities"] if e["type"] == "Sector"}


def test_a_kind_of_investor_opening_the_sentence_is_no_sector(extract_text):
    # The capitalised first word had been set apart as an adjective, leaving "equity".
    record = extract_text("Private equity firm Corvane Partners agreed to buy Hobson Foods for 120 million pounds.")
    assert not sectors(record)
    assert not fact_ends(record, "operates_in_sector")
    assert ("Corvane Partners", "Hobson Foods") in fact_ends(record, "acquires")
    # One investor described by the kind is in that trade, wherever the sentence starts.
    described = extract_text("Corvane Partners, a private equity firm, agreed to buy Hobson Foods.")
    assert ("Corvane Partners", "private equity") in fact_ends(described, "operates_in_sector")


def test_an_apposition_says_which_kind_of_firm_a_name_ner_missed_is(extract_text):
    # NER misses a lone unfamiliar name at the start; the apposition's last word made it a
    # company, though the whole description says investment firm.
    for text in ("Corvane, a private equity firm, bought Hobson Foods on Monday.",
                 "Corvane, a venture capital firm based in London, invested in Hobson Foods on Monday."):
        assert ("Corvane", "InvestmentFirm") in named(extract_text(text)), text
    # A firm of another trade stays a company.
    assert ("Corvane", "Company") in named(extract_text("Corvane, a food delivery firm, bought Hobson Foods on Monday."))


def test_a_dateline_with_a_colon_is_no_subject_of_the_story(extract_text):
    # The parser had made the city the subject of "said", and the capital its government.
    record = extract_text("New Delhi: Corvane Logistics on Thursday said it will acquire a 44 percent stake in Brandt Freight.")
    assert fact_ends(record, "holds_stake_in") == {("Corvane Logistics", "Brandt Freight")}
    assert ("New Delhi", "City") in named(record)
    # Only the story's first words and a colon before its next name are a dateline: not a
    # sentence that quotes after a colon, nor a colon further on.
    assert dateline("New Delhi: Corvane Logistics said") == (None, len("New Delhi: "))
    assert dateline("Corvane Logistics said: the deal is done") == (None, 0)
    assert dateline("Corvane Logistics said on Thursday. New Delhi: Brandt Freight") == (None, 0)


def test_the_name_after_an_opening_phrase_and_its_comma_is_the_visitor(extract_text):
    # The parser had hung the visitor on the host's name, leaving "make" with no subject
    # (no visit), or read host and visitor as a list (both visiting).
    for text in ("At the invitation of President Lena Marsh, Premier Tomas Velik will make a state visit to Chile on May 4 and 5.",
                 "At the invitation of President Lena Marsh, Tomas Velik, Prime Minister of Peru, will make a state visit to Chile on May 4.",
                 "At the invitation of President Lena Marsh, Tomas Velik will visit Chile on May 4."):
        assert fact_ends(extract_text(text, published="2024-04-20"), "visits") == {("Tomas Velik", "Chile")}, text
    # Names the phrase holds host the visit; a list after the phrase visits together.
    hosts = extract_text("At the invitation of Lena Marsh and Tomas Velik, a trade delegation will visit Chile on May 4.")
    assert not fact_ends(hosts, "visits")
    guests = extract_text("At the invitation of Lena Marsh, Tomas Velik and Ana Ruiz will visit Chile on May 4.")
    assert fact_ends(guests, "visits") == {("Tomas Velik", "Chile"), ("Ana Ruiz", "Chile")}


def test_a_title_and_its_adjective_opening_a_sentence_name_no_firm(extract_text):
    # "Longtime Chairman" had become a firm's name, and the person its chairman and CEO.
    record = extract_text("Longtime Chairman and CEO Mark Dolan of Hanul Robotics died on Friday.")
    assert {name for name, _ in named(record)} == {"Mark Dolan", "Hanul Robotics"}
    # Both titles joined before the name are of the firm after "of".
    assert fact_ends(record, "chair_of") == {("Mark Dolan", "Hanul Robotics")}
    assert fact_ends(record, "ceo_of") == {("Mark Dolan", "Hanul Robotics")}


def test_a_board_appoints_for_the_firm_that_owns_it(extract_text):
    # The parser had read "named" as a participle describing the board: no verb, no post.
    record = extract_text("Hanul Robotics' board named Mark Dolan as temporary CEO.")
    assert fact_ends(record, "ceo_of") == {("Mark Dolan", "Hanul Robotics")}
    # A plan the board turned down appoints no one; a board described by a participle
    # with no object appoints no one either.
    assert not fact_ends(extract_text("Hanul Robotics' board rejected a plan to name Mark Dolan as chief executive."), "ceo_of")
    assert not fact_ends(extract_text("Hanul Robotics' board named in the lawsuit met Mark Dolan on Friday."), "ceo_of")


def test_a_pair_of_countries_joined_by_a_hyphen_before_trade(extract_text):
    record = extract_text("Chile-Vietnam trade rose 8 percent to $5.2 billion last year.", published="2024-03-01")
    assert fact_ends(record, "trades_with") == {("Chile", "Vietnam")}
    facts = [r for r in record["relations"] if r["predicate"] == "trades_with"]
    assert facts[0]["qualifiers"]["amount"] == 5.2e9 and facts[0]["qualifiers"]["growth_percent"] == 8
    # Their trade talks, pact or summit are no trade figure.
    for text in ("Chile-Vietnam trade talks resumed on Monday.", "The Chile-Vietnam trade agreement was signed last year.",
                 "The Chile-Vietnam summit discussed trade last year."):
        assert not fact_ends(extract_text(text), "trades_with"), text


def test_initials_and_a_hyphen_before_a_word_are_two_words(extract_text):
    # "U.S.-China" was one token, naming no country.
    record = extract_text("U.S.-China trade fell to $575 billion in 2023.")
    assert fact_ends(record, "trades_with") == {("United States", "China")}
    based = extract_text("The U.S.-based fund Corvane Capital invested in Hanul Robotics.")
    assert ("Corvane Capital", "United States") in fact_ends(based, "headquartered_in")
    # Initials alone keep their stop, and their talks are no trade figure.
    assert not fact_ends(extract_text("U.K.-India trade talks resumed on Monday."), "trades_with")
    assert ("United States", "Country") in named(extract_text("Hanul Robotics said U.S. sales rose 5 percent."))


def test_a_names_mentions_are_found_where_they_start():
    import spacy

    from kg.extract.people import name_starts

    doc = spacy.blank("en")("Hanul Robotics met Daewon. Later Hanul Robotics and Hanul Motors signed.")
    assert name_starts(doc[0:2]) == [0, 6]
    assert name_starts(doc[3:4]) == [3]
    # After the tokens change (merged mentions), the index is built anew: the later mention
    # now starts at 5, where the stale index would find nothing.
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert name_starts(doc[5:7]) == [5]
