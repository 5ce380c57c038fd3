"""Joint ventures, stakes and investors as news writes them (session 15, helper b), on
sentences invented here, each beside a sentence of the same shape that must not be read so."""

from __future__ import annotations

import pytest


def _fact(r) -> bool:
    """A fact, not a candidate (under 0.5: kg extract leaves it out by default)."""
    return not r.get("candidate") and r["confidence"] >= 0.5


def facts(record) -> dict[tuple[str, str, str], dict]:
    return {(r["subject"], r["predicate"], r["object"]): r for r in record["relations"] if _fact(r)}


def stakes(record) -> dict[tuple[str, str], float | None]:
    return {(r["subject"], r["object"]): (r.get("qualifiers") or {}).get("stake_percent")
            for r in record["relations"] if r["predicate"] == "holds_stake_in" and _fact(r)}


_FORMED = "Daewon Group and Honda have completed the establishment of a joint venture in Ohio. "
_SPLIT = "Daewon Group will have 51 percent of the joint venture's total share while Honda will own 49 percent."


@pytest.mark.parametrize("naming", [
    "The joint venture, tentatively named Hanul Battery, will make batteries. ",
    "Hanul Battery, the new joint venture, will make batteries. ",
    "The partners set up a joint venture called Hanul Battery. ",
    "Hanul Battery, a joint venture between Daewon Group and Honda, will make batteries. ",
])
def test_the_joint_venture_stands_for_the_venture_the_text_names(extract_text, naming):
    found = stakes(extract_text(_FORMED + naming + _SPLIT))
    assert found.get(("Daewon Group", "Hanul Battery")) == 51
    assert found.get(("Honda", "Hanul Battery")) == 49


def test_a_venture_named_after_its_reference_is_the_one_referred_to(extract_text):
    found = stakes(extract_text(
        "Daewon Group will get 40% of this newly-formed electric vehicle JV's shares. "
        "Hanul Motor, the new joint venture, will build cars."))
    assert found.get(("Daewon Group", "Hanul Motor")) == 40


@pytest.mark.parametrize("text", [
    # No venture named: "the joint venture" stands for no one.
    _FORMED + "Hanul Battery will supply cells to Honda. " + _SPLIT,
    # A firm named beside a venture capital arm or a venture partner is no venture.
    "Hanul Battery, the venture capital arm of Daewon Group, said so. " + _SPLIT,
    "Hanul Battery, a joint venture partner of Honda, said so. " + _SPLIT,
    # Two ventures named: which one "the joint venture" is stays unsaid.
    "Daewon Group formed Hanul Battery, a joint venture. Honda formed another joint venture, Jeonju Cells. " + _SPLIT,
])
def test_no_venture_named_no_venture_referred_to(extract_text, text):
    assert ("Daewon Group", "Hanul Battery") not in stakes(extract_text(text))


@pytest.mark.parametrize("text", [
    "Minjin Capital will have 51 percent of Hanul Robotics' total share.",
    "Minjin Capital gets 51% of Hanul Robotics' shares.",
])
def test_a_percentage_of_a_firms_shares_had_is_a_stake(extract_text, text):
    assert stakes(extract_text(text)).get(("Minjin Capital", "Hanul Robotics")) == 51


@pytest.mark.parametrize("text", [
    "Hanul Robotics will have 30 percent of Korea's robot market.",
    "Minjin Capital gets 30 percent of Hanul Robotics' sales.",
])
def test_a_percentage_of_something_else_had_is_no_stake(extract_text, text):
    assert not stakes(extract_text(text))


@pytest.mark.parametrize("text, second", [
    ("Daewon Group and Honda hold 51 percent and 49 percent stakes in Hanul Robotics, respectively.", "Honda"),
    ("Daewon Group and Sora Ventures have a 51 percent stake and 49 percent stake in Hanul Robotics, respectively.", "Sora Ventures"),
    ("Daewon Group and Honda own 51% and 49% stakes, respectively, in Hanul Robotics.", "Honda"),
])
def test_listed_stakes_go_to_the_listed_holders_respectively(extract_text, text, second):
    found = stakes(extract_text(text))
    assert found.get(("Daewon Group", "Hanul Robotics")) == 51
    assert found.get((second, "Hanul Robotics")) == 49


@pytest.mark.parametrize("text", [
    "Daewon Group and Honda saw 51 percent and 49 percent sales growth in Hanul Robotics' home market, respectively.",
    "Daewon Group and Honda hold 51 percent and 49 percent of the votes in Seoul, respectively.",
])
def test_listed_percentages_of_no_stake_are_no_stakes(extract_text, text):
    assert not stakes(extract_text(text))


@pytest.mark.parametrize("text", [
    "Daewon Group became the second-largest shareholder of Hanul Robotics after Minjin Capital.",
    "Daewon Group is now the third biggest stakeholder in Hanul Robotics behind Minjin Capital and Sora Ventures.",
])
def test_holders_a_ranked_holder_comes_after_hold_stakes_too(extract_text, text):
    found = stakes(extract_text(text))
    assert ("Daewon Group", "Hanul Robotics") in found
    assert ("Minjin Capital", "Hanul Robotics") in found


@pytest.mark.parametrize("text", [
    "Daewon Group became the largest shareholder of Hanul Robotics after Minjin Capital sold its stake.",
    "Daewon Group became the largest shareholder of Hanul Robotics after Minjin Capital's exit.",
    "Daewon Group became a shareholder of Hanul Robotics after Minjin Capital.",
])
def test_a_holder_after_whom_no_rank_is_given_holds_nothing_so(extract_text, text):
    assert ("Minjin Capital", "Hanul Robotics") not in stakes(extract_text(text))


_STORY = ("Daewon Group is weighing a further investment in Hanul Robotics, it was learned Friday. The Busan-based "
          "robot maker was set up in 2022 by Daewon Group and two other firms. The robot maker plans to list in 2026. ")


@pytest.mark.parametrize("sentence, investors", [
    ("Park Bank, another investor, is mulling fresh investment.", ["Park Bank"]),
    ("Of the other investors, Minjin Capital and Sora Ventures plan to make extra investments.", ["Minjin Capital", "Sora Ventures"]),
])
def test_an_investor_named_with_no_firm_is_one_in_the_firm_the_story_is_about(extract_text, sentence, investors):
    # Hanul Robotics is named once and described twice; Daewon Group named twice.
    found = facts(extract_text(_STORY + sentence))
    for investor in investors:
        assert (investor, "invests_in", "Hanul Robotics") in found
        assert (investor, "invests_in", "Daewon Group") not in found


def test_an_investor_named_so_already_holds_part_of_the_firm(extract_text):
    found = facts(extract_text(_STORY + "Park Bank, another investor, is mulling fresh investment."))
    assert ("Park Bank", "holds_stake_in", "Hanul Robotics") in found


@pytest.mark.parametrize("text", [
    # A title of a person's, not a holder's.
    "Hanul Robotics raised $5 million. Kim Min-soo, a director, said the money will go to research.",
    # No firm named but the investor.
    "Park Bank, another investor, declined to comment.",
    # "Of the ... investors" not opening the sentence.
    "Hanul Robotics raised $5 million. Park Bank said the number of the other investors, Minjin Capital says, is small.",
])
def test_no_investor_read_where_no_holder_word_or_no_firm(extract_text, text):
    found = facts(extract_text(text))
    assert not [k for k in found if k[1] in ("invests_in", "holds_stake_in")]


@pytest.mark.parametrize("text, seller", [
    ("Daewon Group will acquire a 30% stake in Hanul Robotics from Minjin Capital and a 20% stake from Sora Ventures.",
     "Sora Ventures"),
    ("Daewon Group will buy a 30% stake in Hanul Robotics from Minjin Capital and a 20% stake from Kim Min-soo, its founder.",
     "Kim Min-soo"),
])
def test_a_later_stake_bought_from_a_holder_is_of_the_same_firm(extract_text, text, seller):
    assert stakes(extract_text(text)).get((seller, "Hanul Robotics")) == 20


def test_a_later_stake_in_another_firm_is_not_the_first_firms(extract_text):
    found = stakes(extract_text(
        "Daewon Group will acquire a 30% stake in Hanul Robotics and a 20% stake in Sora Ventures from Minjin Capital."))
    assert ("Minjin Capital", "Hanul Robotics") not in found


@pytest.mark.parametrize("key", ["share_nouns", "sold_from"])
def test_a_broken_seller_list_names_its_key(tmp_path, key):
    from kg.errors import OntologyError
    from kg.extract.stake_splits import load_stake_splits
    from kg.ontology import load_ontology
    from kg.resources import resource_dir

    text = (resource_dir("ontology") / "extraction.yaml").read_text(encoding="utf-8")
    assert text.count(f"  {key}: [") == 1
    (tmp_path / "extraction.yaml").write_text(text.replace(f"  {key}: [", f"  {key}: 3 #["), encoding="utf-8")
    with pytest.raises(OntologyError, match=key):
        load_stake_splits(load_ontology(), tmp_path)


@pytest.mark.parametrize("text, seller", [
    ("Minjin Capital acquired 16.9 per cent of Hanul Robotics from Daewon Group for $5 million.", "Daewon Group"),
    ("Minjin Capital will buy 16.9% of Hanul Robotics from Chairman Kim Min-soo.", "Kim Min-soo"),
])
def test_the_seller_of_a_part_of_a_firm_held_it(extract_text, text, seller):
    found = stakes(extract_text(text))
    assert (seller, "Hanul Robotics") in found
    assert ("Minjin Capital", "Hanul Robotics") in found


@pytest.mark.parametrize("text", [
    "Minjin Capital acquired 16.9 per cent of Hanul Robotics from investors in Seoul.",
    "Minjin Capital acquired 16.9 per cent of Hanul Robotics from January.",
])
def test_a_part_bought_from_no_holder_names_no_seller(extract_text, text):
    assert set(stakes(extract_text(text))) == {("Minjin Capital", "Hanul Robotics")}


@pytest.mark.parametrize("text, holders", [
    ("Hanul Bio was a joint venture established in January 2021 with Switzerland-based Minjin Capital holding 60% "
     "and Daewon Group having 40%.", {"Minjin Capital": 60, "Daewon Group": 40}),
    ("Hanul Bio is a battery maker, with Daewon Group owning a 51 percent stake.", {"Daewon Group": 51}),
])
def test_holders_given_after_with_hold_the_firm_told_of(extract_text, text, holders):
    found = stakes(extract_text(text))
    for holder, percent in holders.items():
        assert found.get((holder, "Hanul Bio")) == percent


@pytest.mark.parametrize("text", [
    # The share is of another firm.
    "Hanul Bio is a startup that signed a deal with Daewon Group holding 20% of Minjin Capital.",
    # Another firm stands between: whose share it is stays unsaid.
    "Hanul Bio is a unit of Sora Ventures, with Daewon Group holding 20%.",
])
def test_a_share_after_with_of_another_firm_is_not_the_firms(extract_text, text):
    assert ("Daewon Group", "Hanul Bio") not in stakes(extract_text(text))


def test_a_list_of_investors_goes_on_across_kinds_of_organisation(extract_text):
    found = facts(extract_text("Hanul Robotics raised $70 million. Other co-investors in Hanul Robotics' Series C funding "
                               "round included Minjin Capital, Sora Ventures and Daewon Group."))
    for investor in ("Minjin Capital", "Sora Ventures", "Daewon Group"):
        assert (investor, "invests_in", "Hanul Robotics") in found


def test_a_firm_of_another_clause_is_no_investor_of_the_list(extract_text):
    found = facts(extract_text("Minjin Capital invested in Hanul Robotics and Daewon Group makes robots."))
    assert ("Daewon Group", "invests_in", "Hanul Robotics") not in found


def test_people_listed_with_investing_firms_invest_too(extract_text):
    found = facts(extract_text("Hanul Robotics raised $5 million. Other participants in that round included "
                               "Minjin Capital, Park Ji-hoon and Kim Min-soo."))
    assert ("Park Ji-hoon", "invests_in", "Hanul Robotics") in found


def test_a_country_listed_with_investors_is_none(extract_text):
    found = facts(extract_text("Hanul Robotics raised $5 million. Investors in the round included Minjin Capital and Japan."))
    assert ("Japan", "invests_in", "Hanul Robotics") not in found


def test_a_venture_into_something_is_an_undertaking_not_the_named_venture(extract_text):
    found = facts(extract_text("Daewon Group and Honda formed Hanul Battery, a joint venture. Daewon Group said its "
                               "venture into robotics will invest $5 million in Sora Ventures."))
    assert ("Hanul Battery", "invests_in", "Sora Ventures") not in found


def test_a_broken_undertaking_list_names_its_key(tmp_path, monkeypatch):
    from kg.errors import OntologyError
    from kg.extract import venture_names

    (tmp_path / "data" / "reference").mkdir(parents=True)
    (tmp_path / "data" / "reference" / "names.yaml").write_text("venture_undertakings: into\n", encoding="utf-8")
    monkeypatch.setattr(venture_names, "resource_dir", lambda name: tmp_path / name)
    venture_names.venture_undertakings.cache_clear()
    try:
        with pytest.raises(OntologyError, match="venture_undertakings"):
            venture_names.venture_undertakings()
    finally:
        venture_names.venture_undertakings.cache_clear()


def test_a_name_right_after_the_noun_of_a_phrase_is_the_phrases_end(extract_text):
    found = stakes(extract_text("In March, Daewon Group became the largest shareholder in robot maker Hanul Robotics "
                                "by acquiring a 35% stake."))
    assert found.get(("Daewon Group", "Hanul Robotics")) == 35


def test_a_name_after_a_comma_is_not_the_phrases_end(extract_text):
    found = facts(extract_text("Daewon Group became the largest investor in robots, Hanul Robotics said."))
    assert not [k for k in found if k[0] == "Daewon Group" and k[2] == "Hanul Robotics"]


@pytest.mark.parametrize("text", [
    "Hanul Robotics is partly owned by Daewon Group.",
    "Park Ji-hoon resigned from the board of Hanul Robotics, which is partly owned by Daewon Group.",
])
def test_a_firm_partly_owned_is_a_stake_of_its_owner(extract_text, text):
    assert ("Daewon Group", "Hanul Robotics") in stakes(extract_text(text))


def test_partly_owned_by_a_place_is_no_stake(extract_text):
    assert not stakes(extract_text("Hanul Robotics is partly owned by Busan."))


def test_listed_stakes_without_respectively_pair_no_holder_with_anothers_share(extract_text):
    found = stakes(extract_text("Daewon Group and Honda hold 51 percent and 49 percent stakes in Hanul Robotics."))
    assert found.get(("Honda", "Hanul Robotics")) != 51
