"""Where firms are at home, session 35 (helper "homes35"), kinds met among the development
texts' missed and wrong homes (headquartered_in): a description in the possessive taken for
the firm before it (two wrong homes, a Korean and an Italian story); a description in the
object of a verb whose owner is the firm another end of that verb names ("raise X's stake
in the German group": one wrong home, one missed); a participle among the words before a
firm's name ("the Japanese materials manufacturing major X": one); where the firm's shares
trade before the adjective of its home ("a New York Stock Exchange-listed Chinese EV maker":
one); a sector's name among the words after "including" ("start-ups, including satellite
services provider X": one, a Japanese story). Sentences invented here, each beside one of a
near shape that must not give (or must give) the home."""

from __future__ import annotations

from extract_support import fact_ends


def homes(record: dict) -> set[tuple[str, str]]:
    return fact_ends(record, "headquartered_in")


def test_a_description_in_the_possessive_gives_no_home_to_the_firm_before(extract_text):
    # "cementing its position as the German media group's single biggest shareholder": the
    # group is the firm Daewon Media holds part of, not Daewon Media.
    record = extract_text("Daewon Media said it had raised its stake in Hanul Broadcasting to 29.9%, cementing its position "
                          "as the German media group's single biggest shareholder.", "2023-11-02")
    assert ("Daewon Media", "Germany") not in homes(record)
    record = extract_text("Hanul Sciences was a venture set up in 2021. The Korean company's holding firm invested $200 million "
                          "in the partnership.", "2023-11-02")
    assert ("Hanul Sciences", "South Korea") not in homes(record)
    # The description as its own sentence's subject still refers back.
    record = extract_text("Daewon Motors said on Monday it would cut 500 jobs. The Japanese company said sales fell.", "2023-11-02")
    assert ("Daewon Motors", "Japan") in homes(record)


def test_a_description_beside_an_owner_of_the_verbs_object_is_another_firm(extract_text):
    # "raise MFE's voting stake in the German TV group": MFE holds the stake; the group is
    # the firm it holds part of, named before.
    record = extract_text("Hanul Media said it has secured an additional stake of up to 4% in Daewon Group's capital, which "
                          "would raise Hanul Media's voting stake in the German TV group up to 29.9%.", "2023-11-02")
    assert ("Daewon Group", "Germany") in homes(record)
    assert ("Hanul Media", "Germany") not in homes(record)


def test_a_participle_among_the_words_before_a_firms_name(extract_text):
    record = extract_text("Stylam's promoters will sell up to 40% of their stake to the Japanese materials manufacturing "
                          "major Hanul Kogyo Co.", "2023-11-02")
    assert homes(record) == {("Hanul Kogyo Co.", "Japan")}
    # A verb of a clause between is no modifier of the firm's noun.
    record = extract_text("Japanese regulators fined company Hanul Kogyo Co. last week.", "2023-11-02")
    assert ("Hanul Kogyo Co.", "Japan") not in homes(record)


def test_where_shares_trade_before_the_adjective_of_the_home(extract_text):
    for text in ("Hanul Auto, a New York Stock Exchange-listed Chinese EV manufacturer, raised $500 million.",
                 "Daewon, a Tokyo-listed Japanese robot maker, raised $500 million."):
        found = homes(extract_text(text, "2023-11-02"))
        assert found == ({("Hanul Auto", "China")} if text.startswith("Hanul") else {("Daewon", "Japan")}), text
    # The market's place alone is no home.
    record = extract_text("Hanul Auto, a Nasdaq-listed EV manufacturer, raised $500 million.", "2023-11-02")
    assert not homes(record)


def test_a_sectors_name_after_including(extract_text):
    record = extract_text("The fund has invested in more than 20 Japanese start-ups, including satellite services provider "
                          "Hanul Systems.", "2023-05-03")
    assert homes(record) == {("Hanul Systems", "Japan")}
    # A place among those words says the firm is from elsewhere.
    record = extract_text("The fund has invested in Japanese start-ups, including Indian satellite services provider "
                          "Hanul Systems.", "2023-05-03")
    assert homes(record) == {("Hanul Systems", "India")}
