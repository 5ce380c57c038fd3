"""A relation's usual news vocabulary, as a reader knows it, in the generic frames: each
trigger class on two or three hand-written sentences of the same shape (names and wording
invented here, not taken from any corpus text), with near sentences that must not give the
fact.

The parse repairs these words need are tested on their own at the end: a word the rules
write with a hyphen ("tie-up") that the tokenizer splits, a present-tense verb the tagger
reads as a plural noun after a name ("Talvik competes with ..."), and the first of two
coordinated subjects parsed as an adverbial noun ("A and B formed a venture").
"""

from __future__ import annotations

import pytest

from kg.extract.guard import default_min_confidence, is_candidate, mark_candidates

__all__: list[str] = []


def triples(record) -> set[tuple[str, str, str]]:
    """The facts of *record*: candidates (below the configured confidence) are not facts."""
    marked = mark_candidates(record, min_confidence=default_min_confidence())
    return {(r["subject"], r["predicate"], r["object"]) for r in marked["relations"] if not is_candidate(r)}


_GIVES = {
    # partners_with: team up, tie up, link up, join hands or forces, joint ventures and
    # consortia, co- verbs, a pact one has or renews.
    "tie-up-noun": ("Talvik Energy sealed a tie-up with Brenna Motors in March.", ("Talvik Energy", "partners_with", "Brenna Motors")),
    "team-up-noun": ("Oskar Robotics announced a team-up with Miravel Systems.", ("Oskar Robotics", "partners_with", "Miravel Systems")),
    "link-up-verb": ("Talvik Energy linked up with Brenna Motors to sell chargers.", ("Talvik Energy", "partners_with", "Brenna Motors")),
    "pair-up-verb": ("Oskar Robotics has paired up with Miravel Systems on warehouse software.", ("Oskar Robotics", "partners_with", "Miravel Systems")),
    "join-hands": ("Talvik Energy joined hands with Brenna Motors to recycle cells.", ("Talvik Energy", "partners_with", "Brenna Motors")),
    "join-forces-coordinated": ("Oskar Robotics and Miravel Systems joined forces on a delivery drone.", ("Oskar Robotics", "partners_with", "Miravel Systems")),
    "joint-venture-coordinated": ("Talvik Energy and Brenna Motors formed a joint venture to make cathodes.", ("Talvik Energy", "partners_with", "Brenna Motors")),
    "consortium-with": ("Oskar Robotics formed a consortium with Miravel Systems and Pellam Capital to bid for the tender.", ("Oskar Robotics", "partners_with", "Pellam Capital")),
    "co-verb-coordinated": ("Talvik Energy and Brenna Motors will co-develop a fuel cell.", ("Talvik Energy", "partners_with", "Brenna Motors")),
    "co-verb-with": ("Oskar Robotics will co-produce the arm with Miravel Systems.", ("Oskar Robotics", "partners_with", "Miravel Systems")),
    "has-alliance-relative": ("Talvik Energy, which has an alliance with Brenna Motors, cut prices.", ("Talvik Energy", "partners_with", "Brenna Motors")),
    "renewed-pact": ("Oskar Robotics renewed its accord with Miravel Systems on Friday.", ("Oskar Robotics", "partners_with", "Miravel Systems")),
    # subsidiary_of: part of; the parent, which holds the title yet is the object.
    "part-of-copula": ("Pellam Foods is part of Dorrit Holdings.", ("Pellam Foods", "subsidiary_of", "Dorrit Holdings")),
    "became-part-of": ("Since 2021 Ardent Pharma has been part of Vestry Group.", ("Ardent Pharma", "subsidiary_of", "Vestry Group")),
    "parent-company-apposition": ("Dorrit Holdings, the parent company of Pellam Foods, reported a loss.", ("Pellam Foods", "subsidiary_of", "Dorrit Holdings")),
    "possessive-parent-name": ("Ardent Pharma's parent Vestry Group hired a new auditor.", ("Ardent Pharma", "subsidiary_of", "Vestry Group")),
    "spin-off-apposition": ("Ardent Pharma, a spin-off of Vestry Group, hired staff.", ("Ardent Pharma", "subsidiary_of", "Vestry Group")),
    # competes_with: race, contend, take on, archrivals, a rivalry with.
    "race-against": ("Brenna Motors is racing against Talvik Energy to ship a solid-state cell.", ("Brenna Motors", "competes_with", "Talvik Energy")),
    "contend-with": ("Miravel Systems must contend with Oskar Robotics for hospital orders.", ("Miravel Systems", "competes_with", "Oskar Robotics")),
    "take-on": ("Brenna Motors took on Talvik Energy in the Indian market.", ("Brenna Motors", "competes_with", "Talvik Energy")),
    "archrival-title": ("Miravel Systems and its archrival Oskar Robotics both cut prices.", ("Oskar Robotics", "competes_with", "Miravel Systems")),
    "rivalry-with": ("Brenna Motors' rivalry with Talvik Energy has grown bitter.", ("Brenna Motors", "competes_with", "Talvik Energy")),
    # executive_of: an executive "from" a firm, board members, bosses, a leader "at".
    "executive-from": ("Ines Varga, a former executive from Pellam Capital, joined the startup.", ("Ines Varga", "executive_of", "Pellam Capital")),
    "director-from": ("Tomas Reyes, a director from Vestry Group, spoke first.", ("Tomas Reyes", "executive_of", "Vestry Group")),
    "board-member-before-name": ("Dorrit Holdings board member Ines Varga resigned.", ("Ines Varga", "executive_of", "Dorrit Holdings")),
    "board-member-of": ("Tomas Reyes, a board member of Vestry Group, resigned.", ("Tomas Reyes", "executive_of", "Vestry Group")),
    "boss-before-name": ("Pellam Capital boss Tomas Reyes declined to comment.", ("Tomas Reyes", "executive_of", "Pellam Capital")),
    "leader-at": ("Tomas Reyes, a senior leader at Vestry Group, left in May.", ("Tomas Reyes", "executive_of", "Vestry Group")),
    # acquires: snap up, scoop up.
    "snap-up": ("Dorrit Holdings snapped up Pellam Foods for $300 million.", ("Dorrit Holdings", "acquires", "Pellam Foods")),
    "scoop-up": ("Vestry Group scooped up Ardent Pharma last year.", ("Vestry Group", "acquires", "Ardent Pharma")),
    # invests_in: co-invest, contribute to; money drawn or garnered from an investor.
    "co-invest-in": ("Pellam Capital co-invested in Ardent Pharma last year.", ("Pellam Capital", "invests_in", "Ardent Pharma")),
    "contribute-to": ("Pellam Capital contributed $4 million to Oskar Robotics.", ("Pellam Capital", "invests_in", "Oskar Robotics")),
    "drew-from": ("Oskar Robotics drew $6 million from Pellam Capital.", ("Pellam Capital", "invests_in", "Oskar Robotics")),
    "garnered-from": ("Ardent Pharma garnered $8 million from Pellam Capital.", ("Pellam Capital", "invests_in", "Ardent Pharma")),
}

_GIVES_NOT = {
    # Taking on debt, or a place one links up with, is no rival or partner.
    "took-on-debt": ("Brenna Motors took on debt to build the plant.", ("Brenna Motors", "competes_with", "Talvik Energy")),
    # "part of" a plan of a firm says nothing of ownership.
    "part-of-a-plan": ("Dorrit Holdings said the plant is part of Pellam Foods' plan.", ("Dorrit Holdings", "subsidiary_of", "Pellam Foods")),
    # A leader of a country is no executive; a leader "of" is read by head_of_state_of only.
    "leader-of-country": ("Tomas Reyes, the leader of Chile, met investors.", ("Tomas Reyes", "executive_of", "Chile")),
    # A partnership with a country is no firm's partnership.
    "board-without-member": ("The board of Vestry Group met Tomas Reyes.", ("Tomas Reyes", "executive_of", "Vestry Group")),
    # A plant named as a facility is not the firm a leader works at.
    "leader-at-facility": ("Tomas Reyes, a leader at Vestry Group's Kolby Engine Plant, retired.", ("Tomas Reyes", "executive_of", "Kolby Engine Plant")),
}


@pytest.mark.parametrize("text, fact", list(_GIVES.values()), ids=list(_GIVES))
def test_vocabulary_gives(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, fact", list(_GIVES_NOT.values()), ids=list(_GIVES_NOT))
def test_vocabulary_gives_not(extract_text, text, fact):
    assert fact not in triples(extract_text(text))


# -- parse repairs ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, fact", [
    ("Brenna Motors competes with Oskar Robotics in Europe.", ("Brenna Motors", "competes_with", "Oskar Robotics")),
    ("Pellam Capital invests in Oskar Robotics and Miravel Systems.", ("Pellam Capital", "invests_in", "Miravel Systems")),
    ("Oskar Robotics partners with Miravel Systems on cleaning robots.", ("Oskar Robotics", "partners_with", "Miravel Systems")),
], ids=["competes", "invests", "partners"])
def test_present_tense_verb_after_a_name(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def _doc(words, heads, deps, tags, pos, entity_at=(), spaces=None):
    """A parsed sentence by hand, its merged names at *entity_at*."""
    import spacy
    from spacy.tokens import Doc

    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, heads=heads, deps=deps, tags=tags, pos=pos)
    for i in entity_at:
        doc[i]._.kg_entity = words[i]
        doc[i].ent_type_ = "Company"
    return doc


def test_plural_noun_after_a_name_heading_a_clause_is_a_verb(extractor):
    from kg.extract.parse_repair import repair_parse

    doc = _doc(["Vestry Group", "invests", "in", "Pellam Foods"], [1, 1, 1, 2], ["compound", "ROOT", "prep", "pobj"],
               ["NNP", "NNS", "IN", "NNP"], ["PROPN", "NOUN", "ADP", "PROPN"], entity_at=(0, 3))
    assert repair_parse(doc) == 1
    assert (doc[0].dep_, doc[1].pos_, doc[1].tag_) == ("nsubj", "VERB", "VBZ")


def test_plural_noun_with_a_determiner_stays_a_noun(extractor):
    from kg.extract.parse_repair import repair_parse

    # "the Vestry Group shares in Pellam Foods": a noun phrase, however short the headline.
    doc = _doc(["the", "Vestry Group", "shares", "in", "Pellam Foods"], [2, 2, 2, 2, 3], ["det", "compound", "ROOT", "prep", "pobj"],
               ["DT", "NNP", "NNS", "IN", "NNP"], ["DET", "PROPN", "NOUN", "ADP", "PROPN"], entity_at=(1, 4))
    assert repair_parse(doc) == 0
    assert doc[2].pos_ == "NOUN"


def test_hyphenated_trigger_is_one_word(extractor):
    from kg.extract.parse_repair import repair_parse

    def struck():
        return _doc(["They", "struck", "a", "tie", "-", "up", "."], [1, 1, 5, 5, 5, 1, 1],
                    ["nsubj", "ROOT", "det", "compound", "punct", "dobj", "punct"],
                    ["PRP", "VBD", "DT", "NN", "HYPH", "NN", "."], ["PRON", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT"],
                    spaces=[True, True, True, False, False, False, False])

    doc = struck()
    assert repair_parse(doc, frozenset({"tie-up"})) == 1
    joined = [t for t in doc if t.text == "tie-up"]
    assert [(t.lemma_, t.dep_, t.head.text) for t in joined] == [("tie-up", "dobj", "struck")]
    # A hyphenated word no rule writes stays three tokens.
    untouched = struck()
    assert repair_parse(untouched, frozenset({"spin-off"})) == 0
    assert len(untouched) == 7


def test_two_names_joined_by_and_are_coordinated(extractor):
    from kg.extract.parse_repair import repair_parse

    # "Vestry Group and Pellam Foods signed ...", parsed with the first name modifying the second.
    doc = _doc(["Vestry Group", "and", "Pellam Foods", "signed"], [2, 0, 3, 3], ["nmod", "cc", "nsubj", "ROOT"],
               ["NNP", "CC", "NNP", "VBD"], ["PROPN", "CCONJ", "PROPN", "VERB"], entity_at=(0, 2))
    assert repair_parse(doc) == 1
    assert [(t.dep_, t.head.i) for t in doc] == [("nsubj", 3), ("cc", 0), ("conj", 0), ("ROOT", 3)]


# -- a part for its owner, a site for its place (end_nouns in ontology/frames.yaml) ---------

@pytest.mark.parametrize("text, fact", [
    ("Tomas Reyes, who runs Vestry Group's vaccine unit, left in May.", ("Tomas Reyes", "executive_of", "Vestry Group")),
    ("Tomas Reyes heads Dorrit Holdings' legal department.", ("Tomas Reyes", "executive_of", "Dorrit Holdings")),
    ("Chancellor Olaf Scholz toured a Dorrit Holdings factory in Leipzig on Monday.", ("Olaf Scholz", "visits", "Leipzig")),
    ("President Emmanuel Macron visited Vestry Pharma Co., Ltd. in Lyon on Friday.", ("Emmanuel Macron", "visits", "Lyon")),
    ("The Nordic Battery Forum was held at a hotel in Oslo.", ("Nordic Battery Forum", "event_held_at", "Oslo")),
    ("Tomas Reyes spoke at the opening ceremony of the Nordic Battery Forum.", ("Tomas Reyes", "participates_in", "Nordic Battery Forum")),
], ids=["runs-possessor-unit", "heads-possessor-department", "toured-factory-in-city", "visited-firm-in-city", "held-at-hotel-in-city",
        "spoke-at-part-of-event"])
def test_part_or_site_stands_for_its_end(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, fact", [
    # Buying a firm's unit is not buying the firm: the part stands for its owner only for a
    # person's relations.
    ("Vestry Group acquired Dorrit Holdings' vaccine unit.", ("Vestry Group", "acquires", "Dorrit Holdings")),
    # A firm visited is no place visited.
    ("President Emmanuel Macron visited Vestry Pharma Co., Ltd. in Lyon on Friday.", ("Emmanuel Macron", "visits", "Vestry Pharma Co., Ltd.")),
    # The opening of a plant is no event taken part in.
    ("Tomas Reyes spoke at the opening of Vestry Group's new plant.", ("Tomas Reyes", "participates_in", "Vestry Group")),
], ids=["bought-unit-not-owner", "visited-firm-is-no-place", "opening-of-no-event"])
def test_part_or_site_gives_not(extract_text, text, fact):
    assert fact not in triples(extract_text(text))


@pytest.mark.parametrize("body, message", [
    ("end_nouns: [plant]\n", "end_nouns must be a mapping with the keys part, site, occasion"),
    ("end_nouns: {place: [plant]}\n", "end_nouns must be a mapping with the keys part, site, occasion"),
    ("end_nouns: {site: plant}\n", "end_nouns: site must be a list of words"),
    ("end_nouns: {part: [unit, 3]}\n", "end_nouns: part must be a list of words"),
], ids=["a-list", "unknown-key", "a-word-not-a-list", "a-number"])
def test_end_nouns_are_checked(tmp_path, body, message):
    from kg.errors import OntologyError
    from kg.extract.frames import load_end_nouns

    (tmp_path / "frames.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(OntologyError, match=message):
        load_end_nouns(tmp_path)


def test_end_nouns_shipped():
    from kg.extract.frames import load_end_nouns

    nouns = load_end_nouns()
    assert {"division", "unit"} <= nouns["part"] and {"plant", "factory"} <= nouns["site"] and {"ceremony", "sidelines"} <= nouns["occasion"]


# -- one firm's name in the possessive before another's (ontology/patterns/ownership.yaml) --

@pytest.mark.parametrize("text, fact", [
    ("Dorrit Holdings will sell Vestry Group's Ardent Pharma to Pellam Capital.", ("Ardent Pharma", "subsidiary_of", "Vestry Group")),
    ("Analysts expect Pellam Capital's Oskar Robotics to list next year.", ("Oskar Robotics", "subsidiary_of", "Pellam Capital")),
    # In a list only the last name is the possessor.
    ("The round drew Talvik Energy, Brenna Motors and Vestry Group's Miravel Systems.", ("Miravel Systems", "subsidiary_of", "Vestry Group")),
], ids=["sell-possessed-firm", "expect-possessed-firm", "last-of-a-list"])
def test_possessive_firm_name(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, fact", [
    ("The round drew Talvik Energy, Brenna Motors and Vestry Group's Miravel Systems.", ("Miravel Systems", "subsidiary_of", "Brenna Motors")),
    # A country or a person in the possessive owns no firm by it.
    ("Chile's Ardent Pharma grew fast.", ("Ardent Pharma", "subsidiary_of", "Chile")),
    ("Vestry Group's Tomas Reyes said so.", ("Tomas Reyes", "subsidiary_of", "Vestry Group")),
], ids=["earlier-list-member", "country-possessor", "person-possessed"])
def test_possessive_firm_name_gives_not(extract_text, text, fact):
    assert fact not in triples(extract_text(text))


# -- "City, Country" (ontology/patterns/places-and-people.yaml) -----------------------------

@pytest.mark.parametrize("text, fact", [
    ("Vestry Group is building a cathode plant in Bilbao, Spain.", ("Bilbao", "located_in", "Spain")),
    ("The forum met in Porto, Portugal, on Monday.", ("Porto", "located_in", "Portugal")),
    ("Pellam Capital, a young Lyon, France-based fund, closed its third vehicle.", ("Pellam Capital", "headquartered_in", "Lyon")),
    ("Lyon, France-based Pellam Capital closed its third vehicle.", ("Pellam Capital", "headquartered_in", "Lyon")),
], ids=["plant-in-city-country", "met-in-city-country", "apposition-city-country-based", "city-country-based-before-name"])
def test_city_comma_country(extract_text, text, fact):
    assert fact in triples(extract_text(text))


@pytest.mark.parametrize("text, fact", [
    # A list of places is no place in another.
    ("Shipments to Lyon, Spain and Italy rose.", ("Lyon", "located_in", "Spain")),
    ("Pellam Capital opened offices in Bilbao, Portugal's rival hub.", ("Bilbao", "located_in", "Portugal")),
], ids=["list-of-places", "country-possessive-after"])
def test_city_comma_country_gives_not(extract_text, text, fact):
    assert fact not in triples(extract_text(text))


# -- the trigger noun after a noun of doing (frames noun-of-action, reciprocal-noun-of-action) --

@pytest.mark.parametrize("text, fact", [
    ("Talvik Energy and Brenna Motors have completed the establishment of a joint venture in Ohio.", ("Talvik Energy", "partners_with", "Brenna Motors")),
    ("Oskar Robotics announced the signing of an agreement with Miravel Systems.", ("Oskar Robotics", "partners_with", "Miravel Systems")),
    ("Vestry Group completed the formation of a consortium with Dorrit Holdings.", ("Vestry Group", "partners_with", "Dorrit Holdings")),
], ids=["establishment-of-venture", "signing-of-agreement-with", "formation-of-consortium-with"])
def test_noun_of_action(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_noun_of_action_needs_the_trigger_noun(extract_text):
    # A plant is no partnership: "the establishment of a plant with" says nothing of partners.
    facts = triples(extract_text("Vestry Group announced the completion of a plant with Dorrit Holdings' help."))
    assert ("Vestry Group", "partners_with", "Dorrit Holdings") not in facts


def test_parent_company_surface_patterns(extract_text):
    facts = triples(extract_text("Kestrel Bio's parent company, Lumora Group, said profits rose."))
    assert ("Kestrel Bio", "subsidiary_of", "Lumora Group") in facts
    assert ("Lumora Group", "subsidiary_of", "Kestrel Bio") not in facts


@pytest.mark.parametrize("text, fact", [
    ("Tomas Reyes oversees Dorrit Holdings from Madrid.", ("Tomas Reyes", "executive_of", "Dorrit Holdings")),
    ("Tomas Reyes has steered Vestry Group since 2019.", ("Tomas Reyes", "executive_of", "Vestry Group")),
    ("Tomas Reyes supervises Vestry Group's research unit.", ("Tomas Reyes", "executive_of", "Vestry Group")),
], ids=["oversees", "steered", "supervises-possessor-unit"])
def test_running_verbs(extract_text, text, fact):
    assert fact in triples(extract_text(text))


def test_a_firm_managing_a_fund_is_no_executive(extract_text):
    assert not any(p == "executive_of" for _, p, _ in triples(extract_text("Pellam Capital manages Ardent Pharma's pension fund.")))
