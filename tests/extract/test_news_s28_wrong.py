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


def test_a_firms_name_and_a_country_side_by_side_are_its_arms_name(extract_text):
    # "Telekom Malaysia and Vodafone Egypt", "Ford and Ford China signed an agreement" had
    # left countries as the partners ("Ford partners_with China") or no firm at all.
    record = extract_text("Hanul Capital owns a 45% stake in Qorvel Egypt, the country's biggest mobile operator.")
    assert ("Hanul Capital", "Qorvel Egypt") in fact_ends(record, "holds_stake_in")
    pair = extract_text("Daewon and Qorvel Egypt signed a partnership agreement on Monday.")
    ends = fact_ends(pair, "partners_with")
    assert ("Daewon", "Qorvel Egypt") in ends | {(o, s) for s, o in ends}
    assert not [f for f in ends if "Egypt" in f]
    # A person's name ending in a country that is a family name, and a city before its
    # country, stay a person and two places.
    person = extract_text("Rep. Ana Jordan and Minjin signed a supply agreement.")
    assert {"Ana Jordan": "Person"}.items() <= {e["name"]: e["type"] for e in person["entities"]}.items()
    places = extract_text("Daewon officials met buyers in Hanoi Vietnam on Monday.")
    assert {e["name"] for e in places["entities"] if e["type"] == "Company"} == {"Daewon"}
    # "The Islamic Republic": an article before a country's other name makes no firm.
    state = extract_text("The Islamic Republic signed a trade deal with Oman.")
    assert not [e for e in state["entities"] if e["type"] == "Company"]


def test_a_countrys_other_name_is_the_country(extract_text):
    # "The countries of Angola and Ivory Coast (Cote d'Ivoire) signed 14 agreements" had
    # made a firm "Ivory Coast" at home in Cote d'Ivoire.
    record = extract_text("The countries of Angola and Ivory Coast signed 14 agreements on Thursday in Abidjan.")
    assert {"Angola": "Country", "Côte d'Ivoire": "Country"}.items() <= {e["name"]: e["type"] for e in record["entities"]}.items()
    assert not fact_ends(record, "headquartered_in")
    others = extract_text("Hanul Mining will build a cobalt plant in the DRC and a port in Burma.")
    assert {"Democratic Republic of the Congo", "Myanmar"} <= {e["name"] for e in others["entities"] if e["type"] == "Country"}
