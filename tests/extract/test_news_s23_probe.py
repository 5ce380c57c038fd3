"""Kinds of wording met on news snippets outside the corpus (session 23): a name NER ran on
over the sentence's stop and the blank line after it, one organisation named with two
class words ("investment firm X", "X, a firm"), initials of a name with its legal form
("GM" for "General Motors Corp."), a sector phrase ending in a plural site noun ("battery
production facilities"). Each case beside one of the same shape that must not be read so."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_a_name_ends_before_the_stop_and_the_blank_line(extract_text):
    record = extract_text(
        "Lumio Care said it had accepted a takeover offer by investment firm Quarrystone.\n\n"
        "Quarrystone, a U.S.-based alternative investment firm, is offering $2 a share.\n"
    )
    names = [e["name"] for e in record["entities"]]
    assert "Quarrystone" in names and not any(n.endswith(".") and n.startswith("Quarry") for n in names)


def test_one_organisation_named_by_two_class_words_is_one_entity(extract_text):
    record = extract_text(
        "Lumio Care accepted an offer by investment firm Quarrystone.\n\n"
        "Quarrystone, a U.S.-based alternative investment firm, is offering $2 a share.\n"
    )
    assert [t for n, t in named(record) if n == "Quarrystone"] == ["InvestmentFirm"]
    assert ("Quarrystone", "United States") in fact_ends(record, "headquartered_in")


def test_initials_of_a_name_without_its_legal_form(extract_text):
    record = extract_text("Hanul Motors Corp. said Friday it will build a plant. HM will invest $1 billion in Ohio.")
    assert [n for n, t in named(record) if t == "Company"] == ["Hanul Motors Corp."]
    # Initials that spell no organisation's name stay their own.
    other = extract_text("Hanul Motors Corp. said Friday it will build a plant. HMC will invest $1 billion in Ohio.")
    assert [e["aliases"] for e in other["entities"] if e["name"] == "Hanul Motors Corp."] == [["HMC"]]  # all its capitals too
    unrelated = extract_text("Hanul Motors Corp. said Friday it will build a plant. DW will invest $1 billion in Ohio.")
    assert not any(e["name"] == "Hanul Motors Corp." and "DW" in e["aliases"] for e in unrelated["entities"])


def test_a_site_noun_in_the_plural_names_no_sector(extract_text):
    record = extract_text("Hanul Motors plans to invest $4 billion to build battery production facilities in Ohio.")
    sectors = [o for s, o in fact_ends(record, "operates_in_sector") if s == "Hanul Motors"]
    assert sectors and not any("facilit" in o for o in sectors)
    plants = extract_text("Hanul Motors will build chip plants in Texas.")
    assert ("Hanul Motors", "semiconductors") in fact_ends(plants, "operates_in_sector")


def test_a_person_who_works_with_a_firm_is_no_partner(extract_text):
    from kg.extract.guard import default_min_confidence, mark_candidates

    def written(text):
        return fact_ends(mark_candidates(extract_text(text), min_confidence=default_min_confidence()), "partners_with")

    assert ("Kim Min-soo", "Hanul Robotics") not in written("Kim Min-soo, who has worked with Hanul Robotics for 27 years, was named its chief executive.")
    assert ("Daewon Motors", "Hanul Robotics") in written("Daewon Motors has worked with Hanul Robotics for 27 years.")


def test_a_hyphenated_title_keeps_its_hyphen(extract_text):
    record = extract_text("Park Ji-hoon, non-executive chairman of Hanul Robotics, said the deal was done.")
    roles = [r["qualifiers"].get("role") for r in record["relations"] if r["predicate"] == "chair_of"]
    assert roles == ["non-executive chairman"]
    spaced = extract_text("Park Ji-hoon, chief executive officer of Hanul Robotics, said the deal was done.")
    assert [r["qualifiers"].get("role") for r in spaced["relations"] if r["predicate"] == "ceo_of"] == ["chief executive officer"]


def test_a_word_after_a_title_that_ner_missed_is_a_person(extractor, extract_text):
    text = "The state visit of PM Modi to the US ended on Friday."
    assert not [e for e in extractor.nlp(text).ents if e.text.endswith("Modi")]  # what the case is about
    assert ("Modi", "Person") in named(extract_text(text))
    # A common noun after a title is a title's word, no one's name.
    assert not [n for n, t in named(extract_text("Chief Executive Officer Kim said the deal was done.")) if n in ("Executive", "Officer")]


def test_a_spaced_dash_parts_an_agency_from_the_story(extract_text):
    record = extract_text("TOKYO, Nov. 12 Kyodo - Japan's largest carrier Daewon Mobile Inc. said Wednesday it had signed a deal.")
    assert {("Kyodo", "Company"), ("Japan", "Country")} <= named(record)
    assert not [n for n, _ in named(record) if "-" in n]
    # Unspaced, a dash is a name's own ("Hanul-Daewon Motors").
    assert ("Hanul-Daewon Motors", "Company") in named(extract_text("Hanul-Daewon Motors said Wednesday it had signed a deal."))


def test_what_follows_a_spaced_dash_in_lower_case_or_digits_is_no_name(extractor):
    from spacy.tokens import Span

    from kg.extract.spans import lines_apart

    doc = extractor.nlp.make_doc("Hanul News / Daewon - 23rd March")
    doc.ents = [Span(doc, 0, 6, label="ORG")]
    # A spaced slash parts the two outlets of a credit line (session 38).
    assert [e.text for e in lines_apart(doc).ents] == ["Hanul News", "Daewon"]


def test_a_participle_opening_the_sentence_is_no_word_of_a_name(extractor, extract_text):
    record = extract_text("Noting Hanul group's brand value, Daewon Mobile President Lee Min said the deal was good.")
    assert not [n for n, _ in named(record) if n.startswith("Noting")]
    # Without the participle's comma, the word opens the name ("Reading Borough Council ...").
    from spacy.tokens import Span

    from kg.extract.non_names import _without_participle

    def trimmed(text):
        doc = extractor.nlp.make_doc(text)
        for token in doc:
            token.is_sent_start = token.i == 0
        return _without_participle(Span(doc, 0, 3, label="ORG"), frozenset({"trade"})).text

    assert trimmed("Trading Hanul Daewon opened a store.") == "Trading Hanul Daewon"
    assert trimmed("Trading Hanul Daewon shares, he made money.") == "Hanul Daewon"


def test_a_board_is_a_public_body_unless_it_manages_investments(extract_text):
    record = extract_text("The deal is subject to approval of the Foreign Investment Promotion Board.")
    assert ("Foreign Investment Promotion Board", "GovernmentBody") in named(record)
    fund = extract_text("The Hanul Pension Plan Investment Board bought a stake in Daewon Robotics.")
    assert ("Hanul Pension Plan Investment Board", "InvestmentFirm") in named(fund)


def test_a_legal_form_after_a_comma_makes_a_site_word_a_firms(extract_text):
    assert ("Hanul Pharmaceutical Factory", "Company") in named(extract_text("Hanul Pharmaceutical Factory, Inc. has announced a proposal."))
    assert ("Ochang Factory", "Facility") in named(extract_text("He toured the Ochang Factory, in Korea."))


def test_a_dateline_visit_is_its_leads_first_persons():
    from kg.extract.home_guard import AwayOnly, dateline_visits

    rules = {"visits": AwayOnly(frozenset(), (("head_of_state_of", "direct"),), "located_in", 0.45, 0.6)}
    text = "Title\nBUSAN - Daewon President Ana Lima met Hanul President Bo Kim on Monday.\nMore."
    facts = [{"subject": "Ana Lima", "predicate": "head_of_state_of", "object": "Daewon", "evidence": [6, 70]},
             {"subject": "Bo Kim", "predicate": "head_of_state_of", "object": "Hanul", "evidence": [6, 70]},
             {"subject": "Busan", "predicate": "located_in", "object": "South Korea", "evidence": [6, 11]}]
    classes = {"Busan": "City", "Ana Lima": "Person", "Bo Kim": "Person", "Daewon": "Country", "Hanul": "Country",
               "South Korea": "Country"}
    found = dateline_visits(text, {"Busan": [(6, 11)], "Ana Lima": [(31, 39)], "Bo Kim": [(59, 65)]}, facts, classes, rules)
    assert [(f["subject"], f["object"]) for f in found] == [("Ana Lima", "Busan")]


def test_a_description_after_a_pronoun_subject_is_not_the_pronouns_firm(extract_text):
    record = extract_text("Hanul Mobile signed a deal with Daewon Telecom. It will buy a 26 percent stake in the Indian company.")
    assert ("Hanul Mobile", "Daewon Telecom") in fact_ends(record, "holds_stake_in")
    assert fact_ends(record, "headquartered_in") == {("Daewon Telecom", "India")}
    said = extract_text("Hanul Mobile said it has agreed with Daewon Telecom to buy a 26 percent stake in the company.")
    assert ("Hanul Mobile", "Daewon Telecom") in fact_ends(said, "holds_stake_in")
    # A description that is the subject refers back as before: to the firm the story is about.
    subject = extract_text("Hanul Mobile signed a deal with Daewon Telecom. The company said it will buy a 26 percent stake in Lumio.")
    assert ("Hanul Mobile", "Lumio") in fact_ends(subject, "holds_stake_in")


def test_trade_with_a_country_and_no_trader_is_the_storys_countrys(extract_text):
    real = extract_text("China's goods trade rose 3.9 percent. Trade with Vietnam stood at 2.3 trillion yuan.")
    assert {("China", "Vietnam")} <= fact_ends(real, "trades_with") | {(o, s) for s, o in fact_ends(real, "trades_with")}
    # A trader the sentence names is that trader.
    said = extract_text("China's goods trade rose 3.9 percent. Japan's trade with Vietnam stood at 2.3 trillion yuan.")
    assert ("China", "Vietnam") not in fact_ends(said, "trades_with") and ("Japan", "Vietnam") in fact_ends(said, "trades_with")


def test_a_change_told_beside_the_figure_is_the_facts_growth(extract_text):
    def growth(text):
        return [r["qualifiers"].get("growth_percent") for r in extract_text(text)["relations"]
                if r["predicate"] == "trades_with" and r["subject"] == "China"]

    assert growth("China's trade with Vietnam stood at 2.3 trillion yuan, an increase of 11.2 percent.") == [11.2]
    assert growth("China's trade with Vietnam stood at 2.3 trillion yuan, a decline of 3 percent.") == [-3.0]
    # A share beside the figure is no change.
    assert growth("China's trade with Vietnam stood at 2.3 trillion yuan, a share of 12 percent.") == [None]


def test_a_level_aimed_at_is_no_figure_of_the_fact(extract_text):
    def trade(text):
        return [r["qualifiers"] for r in extract_text(text, "2024-07-09")["relations"]
                if r["predicate"] == "trades_with" and r["subject"] == "India"]

    aimed = trade("India and Russia aim to raise bilateral trade to $100 billion by 2030.")
    assert aimed and all("amount" not in q and q.get("date") != "2030" for q in aimed)
    foreseen = trade("Trade between India and Russia will reach $100 billion by 2030.")
    assert foreseen and all("amount" not in q and q.get("date") != "2030" for q in foreseen)
    had = trade("Trade between India and Russia reached $65 billion in 2023.")
    assert [(q["amount"], q["date"]) for q in had] == [(65_000_000_000, "2023")]
    # A plan to invest keeps its sum: what is aimed at is a level, not a deal.
    planned = extract_text("Hanul plans to invest $5 billion in Daewon.")
    assert [r["qualifiers"]["amount"] for r in planned["relations"] if r["predicate"] == "invests_in"] == [5_000_000_000]


def test_a_goal_date_is_no_story_period():
    import spacy
    from spacy.tokens import Doc

    from kg.extract.patterns import register_token_extensions
    from kg.extract.plans import goal_date

    register_token_extensions()
    nlp = spacy.blank("en")
    words = ["They", "aim", "to", "raise", "trade", "to", "$100bn", "by", "2030", "."]
    heads = [1, 1, 3, 1, 3, 3, 5, 3, 7, 1]
    deps = ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    lemmas = ["they", "aim", "to", "raise", "trade", "to", "$100bn", "by", "2030", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    doc[6]._.kg_value_kind, doc[8]._.kg_value_kind = "money", "date"
    assert goal_date(doc[8])
    past = Doc(nlp.vocab, words=["Trade", "rose", "to", "$65bn", "in", "2023", "."], heads=[1, 1, 1, 2, 1, 4, 1],
               deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "punct"], lemmas=["trade", "rise", "to", "$65bn", "in", "2023", "."])
    past[3]._.kg_value_kind, past[5]._.kg_value_kind = "money", "date"
    assert not goal_date(past[5])


def test_a_title_opening_an_organisations_name_is_its_word(extract_text):
    record = extract_text("The Premier League club was sold to Hanul Capital.")
    assert not [n for n, t in named(record) if t == "Person"]
    titled = extract_text("Hanul Capital said Chief Executive Officer Lee Min-ho will retire.")
    assert ("Lee Min-ho", "Person") in named(titled)


def test_titles_joined_after_a_copula_share_their_of(extract_text):
    record = extract_text("Micree Lim is the founder and CEO of Daewon Mining.")
    assert ("Micree Lim", "Daewon Mining") in fact_ends(record, "ceo_of")
    assert ("Daewon Mining", "Micree Lim") in fact_ends(record, "founded_by")
    # Each title with its own "of" keeps it.
    two = extract_text("Kim Min-soo is the chairman of Hanul Robotics and a director of Daewon Group.")
    assert fact_ends(two, "chair_of") == {("Kim Min-soo", "Hanul Robotics")}
    assert ("Kim Min-soo", "Daewon Group") in fact_ends(two, "executive_of")


def test_a_code_after_a_capitalised_word_is_its_model(extract_text):
    record = extract_text("Hanul bought chips that matched Daewon's Lumio 910B.\n\nHanul said so.")
    assert not [n for n, t in named(record) if n.startswith("910B")]
    assert ("Lumio", "Daewon") not in fact_ends(record, "subsidiary_of")


def test_model_codes_join_the_word_before_them(extractor):
    from spacy.tokens import Span

    from kg.extract.name_repairs import model_codes_joined

    doc = extractor.nlp.make_doc("It matched Huawei's Ascend 910B.")
    for token, tag in zip(doc, ["PRP", "VBD", "NNP", "POS", "NNP", "NNP"]):
        token.tag_ = tag
        token.pos_ = "PROPN" if tag == "NNP" else "PRON" if tag == "PRP" else "VERB" if tag == "VBD" else "PART"
    doc.ents = [Span(doc, 2, 3, label="ORG"), Span(doc, 5, 6, label="PERSON")]
    assert [(e.text, e.label_) for e in model_codes_joined(doc).ents] == [("Huawei", "ORG"), ("Ascend 910B.", "PRODUCT")]
    year = extractor.nlp.make_doc("It bought Hanul in 2019.")
    year.ents = [Span(year, 4, 5, label="DATE")]
    assert [(e.text, e.label_) for e in model_codes_joined(year).ents] == [("2019", "DATE")]


def test_how_much_a_possessor_owns_before_its_units_title(extract_text):
    record = extract_text("Daewon Group's 40%-owned unit Hanul Robotics posted a loss.")
    assert [r["qualifiers"].get("stake_percent") for r in record["relations"] if r["predicate"] == "subsidiary_of"] == [40.0]
    whole = extract_text("Daewon Group's wholly owned unit Hanul Robotics posted a loss.")
    assert [r["qualifiers"].get("stake_percent") for r in whole["relations"] if r["predicate"] == "subsidiary_of"] == [100.0]
    # Owned words alone, with no title after them, name no unit.
    assert not fact_ends(extract_text("Daewon Group's 40%-owned Hanul Robotics posted a loss."), "subsidiary_of") - {("Hanul Robotics", "Daewon Group")}


def test_a_ledes_trader_may_be_named_after_its_figures(extract_text):
    record = extract_text("Exports to the US rose 5 percent to 1.2 trillion yuan while imports from the US fell "
                          "24 percent to 473.93 billion yuan, China's customs said.")
    assert ("China", "United States") in fact_ends(record, "exports_to")
    assert ("China", "United States") in fact_ends(record, "imports_from")
    # With no other country in the text, no trader is guessed.
    assert not fact_ends(extract_text("Imports from China rose 25 percent."), "imports_from")


def test_a_countrys_official_name_is_the_country(extract_text):
    record = extract_text("Maithripala Lim, the president of the Democratic Socialist Republic of Sri Lanka, arrived here.")
    assert ("Democratic Socialist Republic of Sri Lanka", "Company") not in named(record)
    assert ("Maithripala Lim", "Sri Lanka") in fact_ends(record, "head_of_state_of")
    # A body named for a country stays the body.
    assert ("Industrial Bank of Korea", "Company") in named(extract_text("The Industrial Bank of Korea bought it."))


def test_a_dateline_city_before_a_colon(extract_text):
    record = extract_text("ISLAMABAD: Maithripala Lim, the president of Sri Lanka, arrived here on Thursday for a three-day visit.\n"
                          "He will meet the prime minister.", "2018-03-23")
    assert ("Islamabad", "City") in named(record)
    assert ("Maithripala Lim", "Islamabad") in fact_ends(record, "visits")
