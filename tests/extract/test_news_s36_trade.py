"""Trade between countries, session 36 (helper "trade36"), kinds met on the real-news
development texts (read137: 46 missed trade facts whose two countries kg had named): a
country told as another's source of imports or its import partner (3 misses), its supplier
(1), its export destination with "also" before it (1), a pair's trade written with their
peoples' names and a hyphen (1), goods "imported from" countries in a tariff story (5), a
"trade partner" (not "trading partner") in a coordinated clause (1). Sentences invented
here, each beside one of a near shape that must not give the fact."""

from __future__ import annotations

from extract_support import fact_ends, fact_qualifiers


def test_a_source_of_imports_is_where_they_come_from(extract_text):
    # "X is Y's second largest source of wine imports" had given no fact.
    for text in ("Chile is China's second largest source of wine imports.",
                 "Since 2015, Chile has been Germany's most important country for imports."):
        record = extract_text(text, "2024-03-04")
        importer = "China" if "China" in text else "Germany"
        assert fact_ends(record, "imports_from") == {(importer, "Chile")}, text
    # A source of something that is no import tells no trade.
    record = extract_text("Chile is China's second largest source of foreign students.", "2024-03-04")
    assert fact_ends(record, "imports_from") == set()


def test_an_import_partner_of_a_country_is_its_source_not_its_trading_partner(extract_text):
    # "India is the second largest import partner of Bangladesh" was read as trade between
    # them; the gold writes where Bangladesh's imports come from.
    record = extract_text("India is the second largest import partner of Bangladesh.", "2024-03-04")
    assert fact_ends(record, "imports_from") == {("Bangladesh", "India")}
    assert fact_ends(record, "trades_with") == set()
    near = extract_text("India is the second largest trading partner of Bangladesh.", "2024-03-04")
    assert fact_ends(near, "imports_from") == set()
    assert fact_ends(near, "trades_with") in ({("India", "Bangladesh")}, {("Bangladesh", "India")})


def test_a_trade_partner_in_a_second_clause_is_read_with_its_figure(extract_text):
    # "A is ... of B and B is now A's biggest trade partner, with total bilateral trade ...
    # at USD 7.52 billion": "trade partner" was not read as "trading partner" is.
    record = extract_text("India is the second largest import partner of Bangladesh and Bangladesh is now India's "
                          "biggest trade partner in South Asia, with total bilateral trade at USD 7.52 billion.", "2024-03-04")
    assert fact_ends(record, "trades_with") == {("Bangladesh", "India")}
    assert fact_qualifiers(record, "Bangladesh", "trades_with", "India")["amount"] == 7.52e9
    assert fact_ends(record, "imports_from") == {("Bangladesh", "India")}


def test_a_countrys_supplier_exports_to_it(extract_text):
    record = extract_text("Brazil has been China's largest food supplier since 2017.", "2024-03-04")
    assert fact_ends(record, "exports_to") == {("Brazil", "China")}
    # A supplier of money is no seller of goods.
    near = extract_text("Brazil has been China's largest supplier of capital since 2017.", "2024-03-04")
    assert fact_ends(near, "exports_to") == set()


def test_an_export_destination_told_with_also_is_one(extract_text):
    # "UAE is also India's second-largest export destination after the United States": the
    # adverb after the verb kept the UAE from being read, the market after "after" was.
    record = extract_text("The UAE is also India's second-largest export destination after the United States.", "2024-03-04")
    assert fact_ends(record, "exports_to") == {("India", "United Arab Emirates"), ("India", "United States")}
    near = extract_text("The UAE is also India's second-largest source of remittances.", "2024-03-04")
    assert fact_ends(near, "exports_to") == set()


def test_a_pairs_trade_written_with_peoples_names_is_their_trade(extract_text):
    # "Russian-Chinese trade in 2005 had grown by 37.1% to $29.1 billion" had given no fact:
    # the pair was read only when written by the countries' names.
    record = extract_text("Russian-Chinese trade in 2005 had grown by 37.1% to $29.1 billion.", "2024-03-04")
    assert fact_ends(record, "trades_with") == {("Russia", "China")}
    qualifiers = fact_qualifiers(record, "Russia", "trades_with", "China")
    assert (qualifiers.get("growth_percent"), qualifiers.get("amount")) == (37.1, 2.91e10)
    # Their trade talks are no trade.
    near = extract_text("Russian-Chinese trade talks resumed in Beijing on Monday.", "2024-03-04")
    assert fact_ends(near, "trades_with") == set()


def test_goods_imported_from_countries_are_the_story_countrys_imports(extract_text):
    # "imposing tariffs on steel and aluminum imported from the EU, Canada and Mexico": the
    # participle after the goods was read only after "were".
    record = extract_text("The United States imposed tariffs on steel imported from Japan and Brazil.", "2024-03-04")
    assert fact_ends(record, "imports_from") == {("United States", "Japan"), ("United States", "Brazil")}
    # Goods a named firm imported are that firm's, no country's.
    near = extract_text("The United States imposed tariffs on steel imported from Japan by Delvar Trading.", "2024-03-04")
    assert fact_ends(near, "imports_from") == set()


def test_a_trade_figure_of_each_period_is_a_fact_of_its_own(extract_text):
    # "In March alone, imports from China jumped to $9.7 billion. Total imports from China
    # rose to $113.5 billion in the 12 months through March": the later-dated figure alone
    # was kept; the gold writes one fact per period.
    record = extract_text("India's trade deficit with China widened. Imports from China jumped 25 per cent to $9.7 billion "
                          "in March. Imports from China totaled $28 billion in the first quarter of 2026.", "2026-04-15")
    figures = {(r["qualifiers"].get("amount"), r["qualifiers"].get("date")) for r in record["relations"]
               if (r["subject"], r["predicate"], r["object"]) == ("India", "imports_from", "China")}
    assert figures == {(9.7e9, "2026-03"), (2.8e10, "2026-01/2026-03")}
    # One period's figure told again in another currency stays one fact.
    near = extract_text("Korea's exports to China rose to $10 billion in March 2026. In March 2026, exports to China "
                        "were worth 13 trillion won ($10 billion).", "2026-04-15")
    assert len([r for r in near["relations"] if r["predicate"] == "exports_to"]) == 1


def test_trade_between_the_two_countries_is_the_pairs(extract_text):
    # "Canada and Mexico signed agreements to boost trade ... between the two countries",
    # "Trade between the countries increased by 32 per cent last year" (four visit and forum
    # stories): the pair was left unsaid and no fact read.
    record = extract_text("Norway and Chile signed a number of agreements on Tuesday to boost trade between the two countries.",
                          "2024-03-04")
    assert fact_ends(record, "trades_with") in ({("Norway", "Chile")}, {("Chile", "Norway")})
    record = extract_text("Peru's president will visit Vietnam next week. He will meet the president of Vietnam in Hanoi, "
                          "Peru said. The trade turnover for 2023 between the two countries increased by 40 percent "
                          "and amounted to $2.1 billion.", "2024-03-04")
    assert fact_ends(record, "trades_with") in ({("Peru", "Vietnam")}, {("Vietnam", "Peru")})
    pair = next(iter(fact_ends(record, "trades_with")))
    qualifiers = fact_qualifiers(record, *pair[:1], "trades_with", pair[1])
    assert (qualifiers.get("amount"), qualifiers.get("growth_percent"), qualifiers.get("date")) == (2.1e9, 40.0, "2023")
    # Their trade pact is no trade figure.
    near = extract_text("Norway and Chile signed a number of agreements on Tuesday. The trade agreement between the two "
                        "countries was signed in 2002.", "2024-03-04")
    assert fact_ends(near, "trades_with") == set()
