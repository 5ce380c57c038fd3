"""Silent wrong facts met on news snippets outside the corpus (session 28): kinds of wording
that made kg write a fact the text does not say. Each case beside one of a near shape that
must still give its fact."""

from __future__ import annotations

from extract_support import direct_facts, fact_ends


def test_a_possessor_in_a_list_of_possessed_names_is_no_member(extract_text):
    # "SpaceX's Starlink and Reliance's JioSpaceFiber" had made Reliance a unit of SpaceX.
    record = extract_text("Daewon's Qorvel Solar and Minjin's Hanul Solar are vying for buyers in Vietnam.")
    assert fact_ends(record, "subsidiary_of") == {("Qorvel Solar", "Daewon"), ("Hanul Solar", "Minjin")}
    # Two names listed plainly after one possessor are both its own.
    both = extract_text("Daewon's units Hanul Pay and Sora Wallet are vying for users in Vietnam.")
    assert {("Hanul Pay", "Daewon"), ("Sora Wallet", "Daewon")} <= fact_ends(both, "subsidiary_of")


def test_a_country_before_rival_is_the_rivals_home_not_its_rival(extract_text):
    # "US rival Whirlpool" had given "Whirlpool competes_with United States".
    record = extract_text("Hanul Appliances lost market share to US rival Dorset Home last year.")
    assert not [f for f in fact_ends(record, "competes_with") if "United States" in f]
    # A firm before the title is the rival.
    firm = extract_text("Dorset Home said Daewon Group rival Minjin Appliances cut prices last year.")
    assert ("Minjin Appliances", "Daewon Group") in fact_ends(firm, "competes_with") | {(o, s) for s, o in fact_ends(firm, "competes_with")}


def test_a_possessive_inside_a_known_firms_name_is_no_parent(extract_text):
    # "JBS's Pilgrim's Pride" had given a subsidiary "Pride" of "Pilgrim".
    record = extract_text("Daewon Foods' Pilgrim's Pride reported higher quarterly profit on Tuesday.")
    names = {e["name"] for e in record["entities"]}
    assert "Pilgrim's Pride" in names and "Pride" not in names
    assert ("Pilgrim's Pride", "Daewon Foods") in fact_ends(record, "subsidiary_of")


def test_a_possessed_or_past_title_is_no_post_at_the_storys_firm(extract_text):
    lead = "Hanul Motors sold its plant in Busan last year. "
    # "BP's then chief executive Tony Hayward" had also made him chief of the story's firm.
    record = extract_text(lead + "Daewon's then chief executive Park Ji-hoon resigned after the spill.")
    assert fact_ends(record, "ceo_of") == {("Park Ji-hoon", "Daewon")}
    # "MTN Nigeria has appointed former telecoms regulatory chief Ernest Ndukwe" had made him
    # MTN Nigeria's chief executive.
    past = extract_text("Hanul Telecom has appointed former Korean pension regulatory chief Park Ji-hoon "
                        "as chairman-designate.")
    assert ("Park Ji-hoon", "Hanul Telecom") not in fact_ends(past, "ceo_of")
    ex = extract_text("Hanul Telecom has named ex-chief executive Park Ji-hoon to its board.")
    assert ("Park Ji-hoon", "Hanul Telecom") not in fact_ends(ex, "ceo_of")
    # A title with no possessor nor past is still the story's firm's.
    kept = extract_text(lead + "Chief executive Park Ji-hoon said sales would rise.")
    assert ("Park Ji-hoon", "Hanul Motors") in fact_ends(kept, "ceo_of")


def test_a_past_title_on_an_appointees_name_is_not_the_appointers(extract_text):
    # "Telkom has appointed former Industrial Development Corporation CEO Mvuleni Geoffrey
    # Qhena as its new board chair" had made him Telkom's chief executive.
    record = extract_text("Hanul Telecom has appointed former Sora Development Bank CEO Park Ji-hoon as its new board chair.")
    assert ("Park Ji-hoon", "Hanul Telecom") not in fact_ends(record, "ceo_of")
    assert ("Park Ji-hoon", "Hanul Telecom") in fact_ends(record, "chair_of")
    # A title that is no past post, before the object's name, is the subject's.
    rival = extract_text("Hanul Telecom overtook rival Minjin Mobile in sales last year.")
    assert ("Hanul Telecom", "Minjin Mobile") in fact_ends(rival, "competes_with") | {(o, s) for s, o in fact_ends(rival, "competes_with")}
    assert direct_facts(rival)
