"""Kinds of wording met on news snippets outside the corpus (session 22): a name the model
calls a work of art or a product where money goes into it ("invested in Waymo"), a body
named for its members ("Ontario Teachers' Pension Plan"), a firm's name opening with a word
of letters and digits ("Carbon6 Technologies"), a country called by its form of state ("the
People's Republic"). Each case beside one of the same shape that must not be read so."""

from __future__ import annotations

import pytest
from extract_support import fact_ends
from spacy.tokens import Doc

from kg.extract.mention_context import invested_into
from kg.extract.trigger_words import organisation_themes
from kg.ontology import load_ontology


def label_of(extractor, text: str, name: str) -> list[str]:
    return [e.label_ for e in extractor.nlp(text).ents if e.text == name]


@pytest.fixture(scope="module")
def themes():
    return organisation_themes(load_ontology())


def test_the_words_come_from_the_investment_relations_of_the_ontology(themes):
    assert {"in", "into"} <= themes["invest"] and "in" in themes["stake"] and "direct" in themes["acquire"]
    # A job's words take organisations too, but no money goes in: "led the project" is no firm's.
    assert "direct" not in themes.get("praise", ()) and "chair" not in themes


def test_invested_into_reads_the_parse_only(extractor, themes):
    words = ["Daewon", "invested", "in", "Lumio", "and", "Norvo", "and", "wrote", "about", "Quilla", "."]
    heads = [1, 1, 1, 2, 3, 3, 1, 1, 7, 8, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "cc", "conj", "cc", "conj", "prep", "pobj", "punct"]
    lemmas = ["Daewon", "invest", "in", "Lumio", "and", "Norvo", "and", "write", "about", "Quilla", "."]
    doc = Doc(extractor.nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert invested_into(doc[3:4], themes) and invested_into(doc[5:6], themes)  # "Norvo": a conjunct
    assert not invested_into(doc[9:10], themes)  # "wrote about Quilla"
    direct = Doc(extractor.nlp.vocab, words=["Daewon", "acquired", "Lumio"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                 lemmas=["Daewon", "acquire", "Lumio"])
    assert invested_into(direct[2:3], themes) and not invested_into(direct[2:3], themes, direct=False)


def test_a_work_of_art_invested_in_is_a_firm(extract_text, extractor):
    text = "Hanul Robotics invested in Waymo."
    assert label_of(extractor, text, "Waymo") == ["WORK_OF_ART"]  # what the case is about
    record = extract_text(text)
    assert ("Hanul Robotics", "Waymo") in fact_ends(record, "invests_in")
    assert {(e["name"], e["type"]) for e in record["entities"]} >= {("Waymo", "Company")}


def test_an_investment_noun_gives_its_money_to_the_firm(extract_text, extractor):
    text = "Alphabet's $5 billion investment in Waymo was the largest corporate round."
    assert label_of(extractor, text, "Waymo") == ["WORK_OF_ART"]
    record = extract_text(text)
    facts = {(r["subject"], r["object"]): r for r in record["relations"] if r["predicate"] == "invests_in"}
    assert facts[("Alphabet", "Waymo")]["qualifiers"]["amount"] == 5_000_000_000


def test_the_same_name_elsewhere_stays_out(extract_text, extractor):
    for text in ("Hanul Robotics wrote about Waymo.", "Hanul Robotics praised Waymo."):
        assert label_of(extractor, text, "Waymo") == ["WORK_OF_ART"]
        assert "Waymo" not in {e["name"] for e in extract_text(text)["entities"]}, text


def names(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_a_body_named_for_its_members_is_one_name(extract_text):
    record = extract_text("Ontario Teachers' Pension Plan and the Employees' Provident Fund each bought a 10% stake in Hanul Robotics.")
    assert {("Ontario Teachers' Pension Plan", "InvestmentFirm"), ("Employees' Provident Fund", "InvestmentFirm")} <= names(record)
    assert {"Ontario Teachers' Pension Plan", "Employees' Provident Fund"} == {s for s, o in fact_ends(record, "holds_stake_in")}
    assert not {n for n, _ in names(record)} & {"Ontario Teachers", "Pension Plan", "Employees", "Provident Fund"}


def test_an_owner_before_what_it_owns_stays_two_names(extract_text):
    record = extract_text("Xiaomi's Redmi sold well in India, and Hanul Robotics' Orvik unit grew.")
    assert {"Xiaomi", "Redmi"} <= {n for n, _ in names(record)}
    assert "Xiaomi's Redmi" not in {n for n, _ in names(record)}


def test_a_firm_name_opening_with_letters_and_digits_is_whole_at_a_sentence_start(extract_text):
    record = extract_text("Carbon6 Technologies has raised $66 million. Daewon Ventures led the round.")
    assert ("Carbon6 Technologies", "Company") in names(record)
    assert ("Daewon Ventures", "Carbon6 Technologies") in fact_ends(record, "invests_in")


def test_a_country_by_its_form_of_state(extract_text):
    record = extract_text("Putin will end his two-day visit to the People's Republic on Wednesday. "
                          "The Islamic Republic signed a trade deal with Oman.")
    assert ("Putin", "China") in fact_ends(record, "visits")
    assert {("China", "Country"), ("Iran", "Country")} <= names(record)
    assert not {n for n, _ in names(record)} & {"Republic", "People's Republic", "Islamic Republic"}


def test_a_title_in_a_verbs_object_is_the_subject_firms(extract_text):
    # Hanul, named most, would be the pick of a title with no firm said.
    record = extract_text("Hanul Robotics posted a record profit. Hanul Robotics expects more orders next year. "
                          "Daewon Motors replaced CEO Park Ji-hoon with Lee Su-jin in August.")
    assert ("Park Ji-hoon", "Daewon Motors") in fact_ends(record, "ceo_of")
    assert ("Park Ji-hoon", "Hanul Robotics") not in fact_ends(record, "ceo_of")


def test_a_title_whose_verb_is_the_persons_own_or_the_boards_is_the_storys_firms(extract_text):
    record = extract_text("Hanul Robotics posted a record profit. Chief Executive Park Ji-hoon said demand was strong.")
    assert ("Park Ji-hoon", "Hanul Robotics") in fact_ends(record, "ceo_of")
    record = extract_text("Hanul Robotics announced that its board has named current chairman, Kim Min-soo, as chief "
                          "executive, effective January 13.")
    assert ("Kim Min-soo", "Hanul Robotics") in fact_ends(record, "chair_of")


def test_a_joint_venture_formed_under_an_agreement_or_entered_into(extract_text):
    record = extract_text("Exide Batteries signed an agreement to form a joint venture with Leclanche Energy to make cells. "
                          "Hanul Motors has entered into a joint venture with Toshira Corporation and Densa Corporation.")
    assert {("Exide Batteries", "Leclanche Energy"), ("Hanul Motors", "Toshira Corporation"),
            ("Hanul Motors", "Densa Corporation")} <= fact_ends(record, "partners_with") | {
        (o, s) for s, o in fact_ends(record, "partners_with")}
    # The agreement's maker is the actor, not a firm the agreement is with.
    record = extract_text("Hanul Motors entered into talks with Daewon Robotics about a plant.")
    assert not fact_ends(record, "partners_with")


def test_a_part_owned_in_a_firm_is_a_stake(extract_text):
    record = extract_text("Hanul Motors owns 56 per cent in Daewon Robotics. Hanul Motors holds 20% in cash.")
    facts = {(r["subject"], r["object"]): r["qualifiers"] for r in record["relations"] if r["predicate"] == "holds_stake_in"}
    assert facts[("Hanul Motors", "Daewon Robotics")]["stake_percent"] == 56
    assert len(facts) == 1


def test_partners_of_a_third_are_not_each_others(extract_text):
    record = extract_text("Japan and South Korea were the top trade partners of China in May.")
    trade = fact_ends(record, "trades_with")
    assert {("Japan", "China"), ("South Korea", "China")} <= trade
    assert not trade & {("Japan", "South Korea"), ("South Korea", "Japan")}
    record = extract_text("Hanul Robotics and Minjin Motors are partners in the venture.")
    assert fact_ends(record, "partners_with") & {("Hanul Robotics", "Minjin Motors"), ("Minjin Motors", "Hanul Robotics")}


def growth(record, predicate: str) -> dict:
    return {(r["subject"], r["object"]): r["qualifiers"].get("growth_percent") for r in record["relations"]
            if r["predicate"] == predicate}


def test_a_change_is_the_figure_of_its_own_verb_and_signed(extract_text):
    record = extract_text("South Korea's exports to Japan rose 5% to $12 billion in May, while imports from Japan fell 3% to $8 billion.")
    assert growth(record, "exports_to")[("South Korea", "Japan")] == 5
    assert growth(record, "imports_from")[("South Korea", "Japan")] == -3
    record = extract_text("South Korea's exports to Japan declined by 3 percent in May. Its exports to China were down 2.5% at $9 billion.")
    assert growth(record, "exports_to")[("South Korea", "Japan")] == -3


def test_a_level_fallen_to_is_no_change(extract_text):
    record = extract_text("South Korea's share of Japan's imports fell to 3% in May, and its exports to Japan rose by 4.5% to $9 billion.")
    assert growth(record, "exports_to").get(("South Korea", "Japan")) == 4.5


def test_only_an_agreement_makes_its_maker_a_partner(extract_text):
    record = extract_text("Premier Li Qiang affirmed his willingness to deepen substantive cooperation with Vietnam.")
    assert not fact_ends(record, "partners_with")
    record = extract_text("Hanul Motors reached a deal to form a joint venture with Daewon Robotics.")
    assert ("Hanul Motors", "Daewon Robotics") in fact_ends(record, "partners_with")


def test_a_person_of_four_names_is_a_person(extract_text):
    record = extract_text("The prime minister was greeted by President of Maldives Abdulla Yameen Abdul Gayoom.")
    assert ("Abdulla Yameen Abdul Gayoom", "Person") in names(record)
    assert ("Abdulla Yameen Abdul Gayoom", "Maldives") in fact_ends(record, "head_of_state_of")


def test_four_capitalised_words_with_a_firms_word_stay_a_firm():
    from kg.ingest.normalize import guess_class

    assert guess_class("Abdulla Yameen Abdul Gayoom", "Company") == "Person"
    assert guess_class("Hanul Daewon Motor Works", "Company") == "Company"
    assert guess_class("Green Tea World USA", "Company") == "Company"
    assert guess_class("Hanul Daewon Minjin Sora Orvik", "Company") == "Company"  # five: no one's name


def test_a_title_opens_no_product_name(extractor):
    from spacy.tokens import Span

    from kg.extract.mention_bounds import trimmed_mentions

    doc = Doc(extractor.nlp.vocab, words=["PM", "Chinh", "suggested", "talks", "."])
    doc.ents = [Span(doc, 0, 2, label="PRODUCT")]  # as NER labels it in some sentences
    assert [(e.text, e.label_) for e in trimmed_mentions(doc.ents)] == [("Chinh", "PERSON")]


def test_a_description_with_a_demonym_and_a_sector_refers_back(extract_text):
    record = extract_text("Avatr Robotics has raised 11.1 billion yuan from investors. Minjin Auto will invest 4.6 billion "
                          "yuan in the Chinese EV maker.")
    assert ("Minjin Auto", "Avatr Robotics") in fact_ends(record, "invests_in")
    assert ("Avatr Robotics", "China") in fact_ends(record, "headquartered_in")
    # One the text placed in another country is not the Chinese maker.
    record = extract_text("Avatr Robotics, a Japanese firm, raised money. Minjin Auto will invest 4.6 billion yuan in "
                          "the Chinese EV maker.")
    assert not fact_ends(record, "invests_in")


def test_a_rounds_letters_name_no_firm(extract_text):
    record = extract_text("With new funding, Pateo Labs raised 1.8 billion yuan in its B and B+ fundraising rounds.")
    assert {n for n, _ in names(record)} <= {"Pateo Labs"}


def test_a_supposed_case_is_no_fact(extract_text):
    record = extract_text("Hanul Robotics said on Monday that if Daewon Motors tries to buy more than 15% of the company, "
                          "it will issue new shares. Daewon Motors will buy 20% of Minjin Labs if regulators approve.")
    stakes = fact_ends(record, "holds_stake_in")
    assert not {s for s, o in stakes if o == "Hanul Robotics"}
    assert ("Daewon Motors", "Minjin Labs") in stakes  # the main clause stands; only its condition is supposed


def test_a_currency_code_with_a_capital_first_is_money_with_its_scale():
    from kg.extract.values import parse_money

    assert parse_money("Php 2 billion") == (2_000_000_000.0, "PHP")
    assert parse_money("Rmb10bn") == (10_000_000_000.0, "CNY")
    assert parse_money("Try 5 times") is None  # no scale: an imperative and a number


def test_money_ner_calls_a_law_is_no_policy(extract_text):
    record = extract_text("Daewon Ventures will invest Php 2 billion in Hanul Robotics.")
    assert {n for n, _ in names(record)} == {"Daewon Ventures", "Hanul Robotics"}
    facts = {(r["subject"], r["object"]): r["qualifiers"] for r in record["relations"] if r["predicate"] == "invests_in"}
    assert facts[("Daewon Ventures", "Hanul Robotics")]["currency"] == "PHP"
