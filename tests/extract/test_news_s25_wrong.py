"""Silent wrong facts met on news snippets outside the corpus (session 25): kinds of wording
that made kg write a fact the text does not say. Each case beside one of a near shape that
must still give its fact."""

from __future__ import annotations

from extract_support import fact_ends


def named(record) -> set[tuple[str, str]]:
    return {(e["name"], e["type"]) for e in record["entities"]}


def test_a_persons_possessive_is_no_part_of_the_firm_after_it(extract_text):
    # "Rupert Murdoch's News Corp" had become one firm, cut again at the possessive into a
    # firm "Rupert Murdoch" that News Corp was a subsidiary of.
    record = extract_text("Traders said Kim Min-soo's News Corp might bid for Hanul Robotics.")
    assert ("Kim Min-soo", "Person") in named(record)
    assert not fact_ends(record, "subsidiary_of")
    # A firm's word after a name NER ended still joins it.
    assert ("Geely Auto Holdings", "Company") in named(extract_text("Geely Auto Holdings CEO Kim Min-soo said so."))


def test_a_singular_title_in_apposition_is_the_first_names_alone(extract_text):
    # "vote out its chairman, John Thompson, and deSouza" had made deSouza a chairman too.
    record = extract_text("Daewon urged shareholders to vote out Hanul's chairman, Kim Min-soo, and Park Ji-hoon.")
    assert fact_ends(record, "chair_of") == {("Kim Min-soo", "Hanul")}
    # Plural titles are every name's.
    both = extract_text("Daewon urged shareholders to vote out Hanul's co-founders, Kim Min-soo and Park Ji-hoon.")
    assert fact_ends(both, "founded_by") == {("Hanul", "Kim Min-soo"), ("Hanul", "Park Ji-hoon")}


def test_a_firms_battle_with_a_person_is_no_rivalry(extract_text):
    # "locked in a battle with activist investor Carl Icahn" had made Icahn Illumina's rival.
    record = extract_text("Hanul has been locked in a heated battle with activist investor Kim Min-soo over its board.")
    assert not fact_ends(record, "competes_with")
    firms = extract_text("Hanul has been locked in a heated battle with Minjin Robotics over the contract.")
    assert fact_ends(firms, "competes_with") == {("Hanul", "Minjin Robotics")}
    countries = extract_text("America's race with China for chips is heating up.")
    assert fact_ends(countries, "competes_with") == {("United States", "China")}


def test_a_description_in_a_digest_line_is_that_lines_firm(extract_text):
    # In a digest of deals, "the South Korean firm", "the Swedish company" had gone to the
    # text's first-named firm (Abbott made South Korean, Skyworks Swedish).
    digest = ("Daewon Motors sold its battery unit on Monday.\n\n"
              "Hana Financial Group denied a report that said the South Korean firm had asked Sora Partners to cut the price.\n\n"
              "The Justice Department rejected a Minjin Electronics offer over whether the Swedish company could buy the unit.")
    assert fact_ends(extract_text(digest), "headquartered_in") == {("Hana Financial Group", "South Korea"),
                                                                   ("Minjin Electronics", "Sweden")}
    # A sentence that names no firm leaves the description to the text's most named one.
    story = ("Daewon Motors sold its battery unit to Minjin Electronics on Monday. Daewon Motors makes cars.\n\n"
             "Analysts expect the South Korean company to use the money for a plant.")
    assert fact_ends(extract_text(story), "headquartered_in") == {("Daewon Motors", "South Korea")}
    # Nor is a firm a verb of the line acts on the description's ("restoring Konkola Copper
    # Mines ... after the Indian company was given back control": Vedanta, not Konkola).
    acted_on = ("Daewon Resources has appointed Kim Min-soo to run its metals unit. Daewon Resources owns mines.\n\n"
                "Kim will focus on restoring Hanul Copper Mines after the Indian company was given back control of the assets.")
    assert ("Hanul Copper Mines", "India") not in fact_ends(extract_text(acted_on), "headquartered_in")


def test_a_rival_in_a_verbs_object_is_that_verbs_subjects(extract_text):
    # "News Corporation made a $5.5bn offer for rival Dow Jones" had made Dow Jones the rival
    # of Reuters, the story's firm.
    lead = "Hanul Robotics said on Monday its shares rose. Hanul Robotics makes robots. "
    record = extract_text(lead + "Separately, Daewon Motors made a $5 billion offer for rival Minjin Motors.")
    assert fact_ends(record, "competes_with") == {("Minjin Motors", "Daewon Motors")}
    bought = extract_text(lead + "Separately, Daewon Motors agreed to buy rival Minjin Motors.")
    assert fact_ends(bought, "competes_with") == {("Minjin Motors", "Daewon Motors")}
    # A rival in no firm's verb is still the story's firm's.
    plain = extract_text(lead + "Analysts prefer rival Minjin Motors.")
    assert fact_ends(plain, "competes_with") == {("Minjin Motors", "Hanul Robotics")}
    # A doer the text describes, not names, leaves the rival's peer unknown.
    described = extract_text(lead + "Separately, Daewon Motors, the media empire owned by Kim Min-soo, made an offer for rival Minjin Motors.")
    assert ("Minjin Motors", "Hanul Robotics") not in fact_ends(described, "competes_with")


def test_a_pronoun_in_a_relative_clause_on_a_verbs_object_is_that_verbs_subject(extract_text):
    # "HP will sell webOS to LG, unloading the software it acquired through a $1.2 billion
    # acquisition of Palm" had made LG, named last, the buyer of Palm.
    record = extract_text("Daewon Motors said on Monday it will sell the Hanul software to Minjin Electronics, unloading the "
                          "software it acquired through a $1 billion acquisition of Sora Labs in 2010.")
    assert fact_ends(record, "acquires") == {("Daewon Motors", "Sora Labs")}
    # A relative pronoun stands for the name it follows.
    which = extract_text("Daewon Motors will sell the software to Minjin Electronics, which acquired Sora Labs in 2010.")
    assert fact_ends(which, "acquires") == {("Minjin Electronics", "Sora Labs")}


def test_a_possessive_after_from_is_the_bought_firms(extract_text):
    # "AmerisourceBergen agreed to buy PharMEDium from its private equity owner Clayton,
    # Dubilier & Rice" had made the buyer the owner's holding.
    record = extract_text("Daewon Motors agreed to buy Hanul Robotics for $5 million from its private equity owner Minjin Partners.")
    assert fact_ends(record, "holds_stake_in") == {("Minjin Partners", "Hanul Robotics")}
    parent = extract_text("Daewon Motors bought Hanul Robotics from its parent Minjin Group for $5 million.")
    assert fact_ends(parent, "subsidiary_of") == {("Hanul Robotics", "Minjin Group")}
    # A thing bought from one's own parent names no other firm: the parent is the buyer's.
    plant = extract_text("Daewon Motors bought a plant from its parent Minjin Group for $5 million.")
    assert fact_ends(plant, "subsidiary_of") == {("Daewon Motors", "Minjin Group")}


def test_a_sector_word_opening_the_sentence_stays_in_the_sector(extract_text):
    # "Industrial gases maker Linde said" had put Linde in "gases".
    record = extract_text("Industrial gases maker Hanul said it had completed the work.")
    assert {o.lower() for s, o in fact_ends(record, "operates_in_sector")} == {"industrial gases"}
    # A nationality opening the sentence still says where, not what.
    estonian = extract_text("Estonian battery maker Hanul said it had completed the work.")
    assert {o.lower() for s, o in fact_ends(estonian, "operates_in_sector")} == {"batteries"}


def test_a_name_used_often_before_a_longer_one_is_its_own(extract_text):
    # "Reuters" (eight times) had merged into "The Reuters Founder Share Co.", named once
    # at the end, which took Reuters' sector, home and chairman.
    record = extract_text("Hanul said it had received a takeover approach. London-based Hanul declined further comment. "
                          "Hanul shares rose. A golden share held by the Hanul Founder Share Co. can block a bid. "
                          "The Hanul board is chaired by non-executive chairman Kim Min-soo.")
    assert ("Hanul", "London") in fact_ends(record, "headquartered_in")
    assert fact_ends(record, "chair_of") == {("Kim Min-soo", "Hanul")}
    # A short form after the full name is still that firm.
    short = extract_text("Hanul Robotics Co. said it had received an approach. London-based Hanul declined comment.")
    assert fact_ends(short, "headquartered_in") == {("Hanul Robotics Co.", "London")}


def test_a_firm_named_alone_is_no_part_of_a_name_with_in_and_a_place():
    # "the reserves discovered by Eni in Mozambique", one name to NER, had made a firm "Eni
    # in Mozambique", Eni's subsidiary, based in Mozambique.
    import spacy
    from spacy.tokens import Span

    from kg.extract.ruled_overlaps import place_apart

    def apart(text: str, name: str, place: str) -> bool:
        doc = spacy.blank("en")(text)
        start = text.index(name)
        ent = doc.char_span(start, start + len(name))
        at = text.index(place, start)
        inside = [Span(doc, doc.char_span(at, at + len(place)).start, ent.end, label="KG:Country")]
        return place_apart(ent, inside, frozenset({"president"}))

    assert apart("The reserves found by Hanul in Mozambique are large. Hanul will lead.", "Hanul in Mozambique", "Mozambique")
    # A body named so, and only so, keeps its name.
    assert not apart("The Hanul Chamber of Commerce in Korea said so.", "Hanul Chamber of Commerce in Korea", "Korea")


def test_a_datelines_agency_in_brackets_is_no_other_name_of_the_city(extract_text):
    # "NAIROBI (Reuters) -" had made Nairobi a firm also called Reuters.
    record = extract_text("NAIROBI (Reuters) - Hanul Resources has appointed Kim Min-soo to run its base metals unit.")
    assert ("Nairobi", "City") in named(record)
    assert not any("Reuters" in e["aliases"] for e in record["entities"])
    # A firm's other name in brackets is still its name.
    alias = extract_text("Hanul Energy Solutions (HES) said on Monday it would buy Minjin Labs. HES makes batteries.")
    assert any(e["name"] == "Hanul Energy Solutions" and "HES" in e["aliases"] for e in alias["entities"])


def test_a_title_and_its_field_name_no_one(extract_text):
    # "Paya is currently Head of Research at ..." had made a person "of Research", director
    # and chairman of the firms the next sentence names.
    record = extract_text("Kim Min-soo is currently Head of Research at Hanul University. "
                          "He is also a non-executive director of Daewon Mining and chairman of Minjin Diamonds.")
    assert not any(e["name"].startswith("of ") for e in record["entities"])
    assert fact_ends(record, "executive_of") == {("Kim Min-soo", "Hanul University"), ("Kim Min-soo", "Daewon Mining")}
    # A title before a person's name still gives way to the name.
    titled = extract_text("Chief Executive Officer Kim Min-soo said Hanul Robotics would grow.")
    assert ("Kim Min-soo", "Person") in named(titled)
