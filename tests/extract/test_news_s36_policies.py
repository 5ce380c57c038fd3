"""Policies and their owners, session 36 (helper "policies36"), kinds met among the misses
of policy_of on the real-news development texts (read137: 49 missed of 59): a well-known law
or pact whose owner the text never ties to it, though it names the owner (4 missed: the CHIPS
Act, the Belt and Road, NAFTA's two parties); a public body's acronym inside a pact's or a
plan's name (2: "China-ASEAN", "BIMSTEC ... Vision"); a demonym a compass word makes a
region's ("North American", 1 wrong owner); a measure imposed "for the first time since
imposing" it, the preposition hanging on a noun (1); a measure or policy told as a country's
with "'s" ("Canada's visa policy"; 2, of which the gold bounds one otherwise); a pact "between"
countries named by its noun ("a three-way deal between A, B and C", 3), or one its parties name
joined by a dash ("a joint Canada-Mexico action plan", 2). Sentences
invented here, each beside one of a near shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends

POLICY = "policy_of"


def typed(record) -> dict[str, str]:
    return {e["name"]: e["type"] for e in record["entities"]}


# names.yaml policies: owners; name_facts._named_owners.
def test_a_known_law_is_its_countrys_where_the_text_names_the_country(extract_text):
    record = extract_text("Talvik Systems, which builds chip plants in the United States, won a $2 billion grant "
                          "under the CHIPS Act on Monday.")
    assert ("CHIPS and Science Act", "United States") in fact_ends(record, POLICY)
    # Not named, no owner: the reference data adds no country the text leaves out.
    record = extract_text("Talvik Systems won a $2 billion grant under the CHIPS Act on Monday.")
    assert {o for s, o in fact_ends(record, POLICY)} == set()
    assert "United States" not in typed(record)


def test_a_known_pact_of_few_parties_is_each_named_partys(extract_text):
    record = extract_text("Exports from Canada and Mexico to Peru have grown fast since NAFTA took effect.")
    assert {o for s, o in fact_ends(record, POLICY) if s == "North American Free Trade Agreement"} == {"Canada", "Mexico"}
    # A pact of many parties names none: Japan is one of RCEP's, but the text says nothing of it.
    record = extract_text("Exports from Japan to Peru have grown fast since RCEP took effect.")
    assert fact_ends(record, POLICY) == set()


# triggers.yaml by_country_name: not_after north, south, central, latin.
def test_a_demonym_after_a_compass_word_names_no_owner(extract_text):
    record = extract_text("Peru and Chile signed the Central American Hanul Trade Pact in Lima on Monday.")
    owners = {o for s, o in fact_ends(record, POLICY)}
    assert "United States" not in owners
    record = extract_text("Peru and Chile discussed the American Hanul Trade Pact in Lima on Monday.")
    assert ("American Hanul Trade Pact", "United States") in fact_ends(record, POLICY)


# triggers.yaml by_country_name: bodies.
def test_a_bodys_acronym_in_a_pacts_name_makes_it_an_owner(extract_text):
    record = extract_text("Trade between China and ASEAN grew last year, and both sides pushed for a China-ASEAN Free Trade Area 3.0.")
    assert {o for s, o in fact_ends(record, POLICY) if s.startswith("China-ASEAN")} == {"China", "ASEAN"}
    # A body after "anti" is what the rules are against.
    record = extract_text("ASEAN officials protested after Peru adopted the Anti-ASEAN Dumping Rules.")
    assert fact_ends(record, POLICY) == {("Anti-ASEAN Dumping Rules", "Peru")}


# frames.yaml verb-gerund-after-preposition-of-noun.
def test_a_measure_imposed_since_a_time_is_the_clauses_subjects(extract_text):
    # "for the first time since imposing": "since" hangs on "time", not on the verb.
    record = extract_text("Japan has approved shipments of a chemical to Peru for the first time since imposing tighter curbs in July, "
                          "officials said.")
    assert ("tighter curbs", "Japan") in fact_ends(record, POLICY)
    # The subject of the clause above is no owner of it.
    record = extract_text("Japan said Peru has approved shipments of a chemical to Chile for the first time since imposing "
                          "tighter curbs in July.")
    assert ("tighter curbs", "Japan") not in fact_ends(record, POLICY)


# measures.py _owned_by_state; names.yaml owned_policy_nouns.
def test_a_countrys_policy_told_with_its_possessive_is_its(extract_text):
    record = extract_text("Canada's visa policy for Peruvian travellers has angered officials in Lima.")
    assert ("visa policy", "Canada") in fact_ends(record, POLICY)
    record = extract_text("Japan's tightened restrictions on exports of chip equipment went into effect on Sunday.")
    assert ("tightened restrictions on exports of chip equipment", "Japan") in fact_ends(record, POLICY)
    # A firm's rules are no policy; nor a country's rules no word tells apart.
    record = extract_text("Hanul Motors' export rules worried dealers in Peru. Japan's new rules took effect on Monday.")
    assert fact_ends(record, POLICY) == set()
    assert "Policy" not in typed(record).values()


# measures.py _pact_between_countries; names.yaml pact_nouns.
def test_a_pact_between_countries_is_each_countrys(extract_text):
    record = extract_text("The curbs are part of a three-way deal between Peru, Chile and Japan reached in January.")
    assert typed(record).get("three-way deal between Peru, Chile and Japan") == "Policy"
    assert {o for s, o in fact_ends(record, POLICY)} == {"Peru", "Chile", "Japan"}
    # A deal between a firm and a country, or between capitals, is no state's pact.
    record = extract_text("The curbs follow a deal between Hanul Motors and Peru and a pact between Lima and Santiago.")
    assert "Policy" not in typed(record).values()


# measures.py _paired_parties_pact; names.yaml paired_policy_nouns.
def test_a_pact_named_by_its_parties_joined_by_a_dash_is_each_partys(extract_text):
    record = extract_text("Officials signed a renewed joint Peru-Chile action plan to promote trade.")
    assert {o for s, o in fact_ends(record, POLICY) if s == "joint Peru-Chile action plan"} == {"Peru", "Chile"}
    # A war or a firms' deal so named is no policy.
    record = extract_text("The Peru-Chile trade war hit Hanul Motors. The Hanul-Daewon deal closed in May.")
    assert "Policy" not in typed(record).values()
