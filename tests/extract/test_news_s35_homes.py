"""Where firms are at home, session 35 (helper "homes35"), kinds met among the development
texts' missed and wrong homes (headquartered_in): a description in the possessive taken for
the firm before it (two wrong homes, a Korean and an Italian story); a description in the
object of a verb whose owner is the firm another end of that verb names ("raise X's stake in
the German group": one wrong home, one missed); a participle among the words before a firm's
name ("the Japanese materials manufacturing major X": one); where the firm's shares trade
before the adjective of its home ("a New York Stock Exchange-listed Chinese EV maker": one);
a sector's name among the words after "including" ("start-ups, including satellite services
provider X": one, a Japanese story); "local" and "domestic" describing a firm by the story's
country (five met in four stories, Korean, Japanese, Taiwanese, Indian; three read now: the
Indian story opens on another country named as often); an owner's unit named by a country
("X, Nissan's China unit": one); "one of a host of" firms of a country (one). Sentences
invented here, each beside one of a near shape that must not give (or must give) the home."""

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
    # The description as its own sentence's subject still refers back, and so does one in
    # the possessive that owns no firm and no stake.
    record = extract_text("Daewon Motors said on Monday it would cut 500 jobs. The Japanese company said sales fell.", "2023-11-02")
    assert ("Daewon Motors", "Japan") in homes(record)
    record = extract_text("Daewon Motors said on Monday it would cut 500 jobs. Analysts said the Japanese company's long-term "
                          "strategy was sound.", "2023-11-02")
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


def test_local_names_the_storys_country(extract_text):
    record = extract_text("SEOUL, May 3 (Yonhap) -- Daewon Electronics said Friday that it has acquired a 10 percent stake in "
                          "Hanul Robotics, a local robot maker. The South Korean consumer tech giant paid 9 billion won.",
                          "2023-05-03")
    assert ("Hanul Robotics", "South Korea") in homes(record)
    record = extract_text("Taiwanese tech giant Minjin Precision unveiled three cars on Monday. It has formed a joint venture "
                          "with local automaker Sorae Motor.", "2023-05-03")
    assert ("Sorae Motor", "Taiwan") in homes(record)
    record = extract_text("Japan, eclipsed by China in start-up activity, wants more from Japan. So far the fund has invested "
                          "in more than 20 local start-ups, including satellite services provider Hanul Systems.", "2023-05-03")
    assert ("Hanul Systems", "Japan") in homes(record)
    # Local to a place of another country the sentence names, not to the story's.
    record = extract_text("Japanese trading house Daewon said it teamed up with local partner Hanul Steel in Indonesia.",
                          "2023-05-03")
    assert homes(record) == {("Daewon", "Japan")}
    # A story about two countries named as often has no one country.
    record = extract_text("Chinese carmaker Daewon met India's ministers. Local carmaker Hanul Motors met China's and "
                          "India's officials.", "2023-05-03")
    assert not {home for firm, home in homes(record) if firm == "Hanul Motors"}


def test_an_owners_unit_named_by_a_country(extract_text):
    record = extract_text("Mr Kim is now president of Hanul Motor Co, Daewon's China unit.", "2023-05-03")
    assert homes(record) == {("Hanul Motor Co", "China")}
    record = extract_text("Sorae Trading, Daewon's Japanese subsidiary, said sales rose.", "2023-05-03")
    assert homes(record) == {("Sorae Trading", "Japan")}
    # A buyer in that country is no unit of the owner's there.
    record = extract_text("Minjin said it signed a deal with Sorae Trading, Daewon's biggest China customer.", "2023-05-03")
    assert not homes(record)


def test_one_of_a_host_of_firms_of_a_country(extract_text):
    # "X, one of a host of US-based electric car startups": one of the firms described.
    for text, home in (("Among its recent partners is Sorae, one of a host of US-based electric car startups.", "United States"),
                       ("Sorae, one of a handful of Chinese chipmakers, raised $50 million.", "China")):
        assert homes(extract_text(text, "2023-05-03")) == {("Sorae", home)}, text
    # One a firm supplies is another firm.
    assert not homes(extract_text("Sorae supplies one of a handful of Chinese chipmakers.", "2023-05-03"))
