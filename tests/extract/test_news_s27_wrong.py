"""Silent wrong facts met on news snippets outside the corpus (session 27): kinds of wording
that made kg write a fact the text does not say. Each case beside one of a near shape that
must still give its fact."""

from __future__ import annotations

from extract_support import direct_facts, fact_ends, fact_qualifiers


def test_a_plan_dropped_shelved_or_called_off_is_no_deal(extract_text):
    # "GMR Infrastructure has dropped its plan to acquire a 50 per cent stake in Homeland
    # Mining Energy" had given GMR a 50% stake.
    for sentence in ("Sora Foods has dropped its plan to acquire a 35% stake in Pelan Dairy.",
                     "Sora Foods shelved its plan to buy Pelan Dairy.",
                     "Sora Foods called off its bid to acquire Pelan Dairy.",
                     "Sora Foods terminated its agreement to acquire Pelan Dairy.",
                     "Sora Foods has ditched plans to invest in Pelan Dairy.",
                     "Sora Foods walked away from its deal to buy Pelan Dairy.",
                     "Sora Foods pulled out of the deal to buy Pelan Dairy."):
        record = extract_text(sentence)
        assert not [f for f in direct_facts(record) if f[0] == "Sora Foods" and f[2] == "Pelan Dairy"], sentence
    # The same verbs beside a deal they do not govern leave it.
    kept = extract_text("Shares of Sora Foods dropped after it agreed to buy Pelan Dairy.")
    assert ("Sora Foods", "Pelan Dairy") in fact_ends(kept, "acquires")
    halted = extract_text("Sora Foods halted production at its plant after it acquired Pelan Dairy.")
    assert ("Sora Foods", "Pelan Dairy") in fact_ends(halted, "acquires")
    stake = extract_text("Sora Foods has agreed to acquire a 35% stake in Pelan Dairy.")
    assert ("Sora Foods", "Pelan Dairy") in fact_ends(stake, "holds_stake_in")


def test_a_group_inside_a_descriptions_own_clause_is_no_member_of_it(extract_text):
    # "acquired a minority stake in the holding company that controls Thames Water from a
    # consortium led by Macquarie Group" had given the buyer a stake in Macquarie.
    record = extract_text("Sora Capital has acquired a minority stake in the holding company that controls "
                          "Hanul Water from a consortium led by Daewon Group, Daewon said.")
    assert ("Sora Capital", "Daewon Group") not in fact_ends(record, "holds_stake_in") | fact_ends(record, "invests_in")
    # A stake in a named firm bought from such a consortium stays the named firm's.
    named = extract_text("Sora Capital has acquired a minority stake in Hanul Water from a consortium led by Daewon Group.")
    assert ("Sora Capital", "Hanul Water") in fact_ends(named, "holds_stake_in")
    # A group noun's own "led by" still names its members.
    group = extract_text("A consortium led by Daewon Group acquired Hanul Water for $2 billion.")
    assert ("Daewon Group", "Hanul Water") in fact_ends(group, "acquires")


def test_a_singular_description_after_a_list_is_the_last_names_alone(extract_text):
    # "Marubeni and Nippon Paper, Japan's top paper company," had put Marubeni in paper.
    record = extract_text("Daewon Trading and Hanul Paper, Korea's top paper company, will build the mill.")
    assert fact_ends(record, "operates_in_sector") == {("Hanul Paper", "paper")}
    assert ("Daewon Trading", "South Korea") not in fact_ends(record, "headquartered_in")
    # A plural description is every name's.
    both = extract_text("Daewon Paper and Hanul Paper, Korea's top paper companies, will build the mill.")
    assert fact_ends(both, "operates_in_sector") == {("Hanul Paper", "paper"), ("Daewon Paper", "paper")}


def test_a_name_possessing_the_next_name_is_no_member_of_a_list(extract_text):
    # "Marubeni Corp. of Japan and Indonesia's Indocement Group" had put Marubeni in Indonesia.
    record = extract_text("Minjin Corp. of Japan and Vietnam's Hanul Group set up a cement venture yesterday.")
    assert ("Minjin Corp.", "Vietnam") not in fact_ends(record, "headquartered_in")
    assert ("Minjin Corp.", "Japan") in fact_ends(record, "headquartered_in")
    # Two places listed plainly are both the list's.
    listed = extract_text("Minjin Corp. of Japan and Vietnam set up a cement venture yesterday.")
    assert {("Minjin Corp.", "Japan"), ("Minjin Corp.", "Vietnam")} <= fact_ends(listed, "headquartered_in")


def test_the_joint_venture_company_is_no_parent_named_before(extract_text):
    # "The joint venture company is 46 percent owned by PT Indocement Investama, ... 46
    # percent by Kodeco" had made Indocement Investama a holder of Kodeco.
    lead = "Hanul Development Co. and Minjin Cement set up a joint venture company yesterday to build a cement plant. "
    record = extract_text(lead + "The joint venture company is 46 percent owned by Sora Investama.")
    assert not fact_ends(record, "holds_stake_in")
    # "the company" still refers back.
    back = extract_text("Hanul Development Co. opened a plant. The company is 46 percent owned by Sora Investama.")
    assert ("Sora Investama", "Hanul Development Co.") in fact_ends(back, "holds_stake_in")


def test_a_deal_by_another_is_no_deal_of_the_verbs_subject(extract_text):
    # "Lewis, who was at the center of a storm over a government-backed deal by Bank of
    # America to buy Merrill Lynch" had made Lewis the buyer.
    record = extract_text("Kim Min-soo was in talks over a deal by Hanul Bank to buy Minjin Securities.")
    assert ("Kim Min-soo", "Minjin Securities") not in fact_ends(record, "acquires")
    # The verb's subject's own deal is still its.
    own = extract_text("Hanul Bank was in talks over a deal to buy Minjin Securities.")
    assert ("Hanul Bank", "Minjin Securities") in fact_ends(own, "acquires")


def test_a_level_trade_could_surge_to_is_no_figure(extract_text):
    # "Trade between China and India could surge to $10 billion this year" had given the
    # trade that amount.
    record = extract_text("Trade between Korea and Vietnam could surge to $10 billion this year, the minister said.")
    assert "amount" not in fact_qualifiers(record, "South Korea", "trades_with", "Vietnam")
    # A level the trade rose to is its figure.
    done = extract_text("Trade between Korea and Vietnam surged to $10 billion last year, the minister said.")
    assert fact_qualifiers(done, "South Korea", "trades_with", "Vietnam")["amount"] == 10_000_000_000


def test_the_bank_refers_back_to_the_one_bank_named(extract_text):
    # "Deutsche Bank appointed John Cryan ... on the bank's supervisory board ... Supervisory
    # board chairman Paul Achleitner" had made Achleitner chairman of UBS, named more often.
    record = extract_text("Hanul Bank appointed Kim Min-soo as its new chief executive on Sunday. Kim was a former "
                          "finance chief of Sora Securities and sat on the bank's board. He will join on July 1, the "
                          "bank said. Sora Securities declined to comment. Board chairman Park Ji-hoon said Kim was "
                          "the right person.")
    assert ("Park Ji-hoon", "Hanul Bank") in fact_ends(record, "chair_of")
    # "The central bank" is no bank the story named.
    central = extract_text("Hanul Bank said its profit rose in May. The central bank's governor, Choi Ji-woo, said "
                           "rates would stay on hold.")
    assert not [f for f in direct_facts(central) if f[0] == "Choi Ji-woo"]
