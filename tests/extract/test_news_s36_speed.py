"""Throughput of extraction, session 36 (helper "speed36"): quicker ways to the same answers,
met in profiles of the 60 written mixes of the benchmark (tests/benchmarks/test_extract.py),
not in any news text. Each test puts the quick way beside spaCy's or the older one on
invented sentences, including the cases where they could part (a value of another type, a
token with no value, a pattern that must not match)."""

from __future__ import annotations

import pytest

from kg.extract.matcher_tests import extension_sets, quicken
from kg.extract.patterns import register_token_extensions


@pytest.fixture(scope="module")
def blank():
    import spacy

    register_token_extensions()
    return spacy.blank("en")


def _matches(nlp, patterns, doc, quick: bool):
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    for name, tokens in patterns.items():
        matcher.add(name, [extension_sets(tokens) if quick else tokens])
    if quick:
        quicken(matcher)
        assert not matcher._extensions  # no attribute read for every token before matching
    return matcher(doc, with_alignments=True)


def test_a_test_of_one_extension_value_matches_what_spacy_matched(blank):
    # The relation rules test kg_demonym, kg_coref and kg_value_kind for one value each;
    # spaCy read all three of every token before matching. As set tests read where a
    # pattern gets to them, the same tokens match.
    doc = blank("Korean firm Hanul said Daewon and its unit bought $5 million of Minjin shares")
    doc[0]._.kg_demonym = True
    doc[6]._.kg_coref = True
    doc[9]._.kg_value_kind = "money"
    doc[10]._.kg_value_kind = 7  # a number is compared as spaCy compares one
    patterns = {
        "demonym": [{"_": {"kg_demonym": True}}, {"LOWER": "firm"}],
        "not-demonym": [{"_": {"kg_demonym": False}}, {"LOWER": {"IN": ["firm", "said"]}}],
        "coref": [{"LOWER": "and"}, {"_": {"kg_coref": True}}, {"LOWER": "unit", "OP": "?"}],
        "money": [{"LOWER": "bought"}, {"_": {"kg_value_kind": "money"}}],
        "number": [{"_": {"kg_value_kind": 7}}],
        "none": [{"_": {"kg_value_kind": ""}}, {"LOWER": "of"}],
        "listed": [{"LOWER": "million"}, {"_": {"kg_value_kind": {"NOT_IN": ["date"]}}}],
    }
    spacy_matches = _matches(blank, {k: v for k, v in patterns.items() if k != "listed"}, doc, quick=False)
    assert _matches(blank, {k: v for k, v in patterns.items() if k != "listed"}, doc, quick=True) == spacy_matches
    found = {blank.vocab.strings[m]: doc[s:e].text for m, s, e, _ in spacy_matches}
    assert found == {"demonym": "Korean firm", "not-demonym": "Hanul said", "coref": "and its unit", "money": "bought $",
                     "number": "5", "none": "million of"}
    # A set test of a list value passes neither way (spaCy's test of one value fails on one).
    doc[12]._.kg_value_kind = ["money"]
    assert _matches(blank, {"listed": patterns["listed"]}, doc, quick=True) == _matches(blank, {"listed": patterns["listed"]}, doc, quick=False) == []


def test_an_extension_with_a_getter_keeps_spacys_test(blank):
    # A value computed at each read is none kept in the document: spaCy's test stays.
    from spacy.matcher import Matcher
    from spacy.tokens import Token

    Token.set_extension("s36_shout", getter=lambda token: token.text.isupper(), force=True)
    matcher = Matcher(blank.vocab)
    matcher.add("shout", [[{"_": {"s36_shout": {"IN": [1]}}}]])
    quicken(matcher)
    assert type(matcher._extra_predicates[0]).__name__ == "_SetPredicate"
    doc = blank("Hanul said NO to Daewon")
    assert [doc[s:e].text for _, s, e in matcher(doc)] == ["NO"]


def test_the_story_currencies_are_found_once_a_document(extract_text, monkeypatch):
    # The money phrases and the values of the names both asked which currency "¥" means in
    # the text, and the search ran twice; found once, the same currency is given.
    from extract_support import fact_qualifiers

    import kg.extract.values as values

    # Each search reads the shared names' table once, whichever module asks.
    asked = []
    table = values._shared_names
    monkeypatch.setattr(values, "_shared_names", lambda: asked.append(1) or table())
    for text, code in (("Shenzhen-based Hanul Robotics raised ¥40 billion from Daewon Capital.", "CNY"),
                       ("Osaka-based Hanul Robotics raised ¥40 billion from Daewon Capital.", "JPY")):
        asked.clear()
        qualifiers = fact_qualifiers(extract_text(text, "2024-03-04"), "Daewon Capital", "invests_in", "Hanul Robotics")
        assert (qualifiers.get("amount"), qualifiers.get("currency"), len(asked)) == (40e9, code, 1), text


def test_a_quote_code_is_told_as_before_without_building_a_span_per_word(blank):
    # Asked of nearly every word; the quick answer (first character, one token's own text,
    # the glued tokens' texts) is the one the glued word's span gave.
    from kg.extract.mention_context import _TICKER, quote_code_at

    doc = blank("Corvane Holdings CRVN.DE, Nippon Steel 5401.T and Talvik (688041.SH) said PSMGn.DE rose; "
                "a.b 7203.T. x.DE 12345678.T ABCDEFGHI.T 5401.T")
    told = [quote_code_at(doc, i) for i in range(len(doc))]
    spans = []
    for i in range(len(doc)):
        end = i + 1
        while end < len(doc) and not doc[end - 1].whitespace_:
            end += 1
        spans.append(bool(_TICKER.fullmatch(doc[i:end].text)))
    assert told == spans
    # A code glued to a comma or bracket is no word of its own here; one split by the
    # tokenizer ("PSMGn" "." "DE") is read glued; the last word of the text too.
    assert [doc[i].text for i, code in enumerate(told) if code] == ["5401.T", "PSMGn", "12345678.T", "5401.T"]


def test_parts_named_beside_their_owners_are_the_pairs_every_mention_gave():
    # The owners' names within 110 characters after a part's are found from their sorted
    # starts, not by trying every pair of mentions; the pairs are the same.
    import re

    from kg.extract.entities import DocumentEntity
    from kg.extract.named_parts import parts_named

    def named(text: str, names: tuple[str, ...]) -> set:
        entities = {}
        for name in names:
            entity = entities[name] = DocumentEntity(key=f"Company:{name.lower()}", name=name, cls="Company", iri=None)
            entity.mentions = [(m.start(), m.end()) for m in re.finditer(rf"{name}(?! Textiles)", text)]
        return parts_named(text, entities)

    text = ("Hanul Textiles, Inc., an operating subsidiary of Hanul, Inc., and Minjin Labs, a unit of Daewon Group, "
            "said Talvik, the parent of Corvane, and Sorae Motors, a maker of parts of Hanul, would merge.")
    names = ("Hanul Textiles", "Hanul", "Minjin Labs", "Daewon Group", "Talvik", "Corvane", "Sorae Motors")
    assert named(text, names) == {("Company:hanul textiles", "Company:hanul"), ("Company:minjin labs", "Company:daewon group")}
    # The owner's name 110 characters after the part's is its owner; 111 on, none.
    for gap, pairs in ((110, {("Company:minjin labs", "Company:daewon group")}), (111, set())):
        between = ", a " + "x" * (gap - len(", a  unit of ")) + " unit of "
        assert len(between) == gap
        assert named(f"Minjin Labs{between}Daewon Group said.", ("Minjin Labs", "Daewon Group")) == pairs


def test_the_marks_of_a_span_are_read_token_by_token_as_spacy_reads_them(blank):
    # A span's marks are read from its tokens' offsets (quicker than Span.to_array for the
    # short spans asked); they are each token's own, at either end of the text too.
    from kg.extract.patterns import marked_entities, token_marks

    doc = blank("Hanul Robotics bought Minjin Labs from Daewon Group for $5 million")
    doc[0]._.kg_entity, doc[0]._.kg_class = "Company:hanul robotics", "Company"
    doc[3]._.kg_entity, doc[3]._.kg_class = "Company:minjin labs", "Company"
    doc[-1]._.kg_value_kind = "money"
    for start, end in ((0, 1), (0, 4), (2, 5), (5, 6), (8, len(doc)), (3, 3), (0, len(doc))):
        for name in ("kg_entity", "kg_class", "kg_value_kind", "kg_demonym"):
            assert token_marks(doc[start:end], name) == [getattr(t._, name) for t in doc[start:end]], (start, end, name)
    assert token_marks(doc[8:], "kg_value_kind") == ["", "", "", "money"]
    assert marked_entities(doc[2:5]) == frozenset({"Company:minjin labs"})
    assert marked_entities(doc[1:3], "Company") == frozenset()


def test_the_rulers_patterns_that_need_a_word_the_text_lacks_are_left_out_with_the_same_matches(blank):
    # A facility's name ends in words written out ("Industrial Park"); where a text holds
    # none of a pattern's words, the ruler matches without those patterns, and finds the
    # same names in the same order.
    from kg.extract.ruler_setup import entity_ruler

    start = {"ORTH": {"REGEX": r"^[A-Z]\w*$"}}
    middle = {"OP": "*", "ORTH": {"REGEX": r"^[A-Z]\w*$"}}
    patterns = [
        {"label": "KG:Event", "pattern": [start, middle, {"ORTH": {"IN": ["Forum", "Expo"]}}]},
        {"label": "KG:Facility", "pattern": [start, middle, {"ORTH": "Industrial"}, {"ORTH": "Park"}]},
        {"label": "ORG", "pattern": [start, middle, {"ORTH": "Industrial"}, {"ORTH": "Park"}, {"ORTH": "Authority"}]},
        {"label": "KG:Policy", "pattern": [{"ORTH": "Vision"}, {"ORTH": {"REGEX": r"^20\d\d$"}}], "id": "vision"},
        {"label": "KG:Country", "pattern": "Korea", "id": "Korea"},
    ]
    ruler = entity_ruler(blank, patterns)
    gated = ruler.matcher
    assert type(gated).__name__ == "_WordGated" and len(gated.gates) == 3
    doc = blank("Hanul Daewon Industrial Park Authority met the Busan Hanul Forum on Vision 2030 in Korea.")
    assert gated(doc) == gated.whole(doc) != gated.core(doc)
    assert [(e.text, e.label_) for e in ruler(doc).ents] == [
        ("Hanul Daewon Industrial Park Authority", "ORG"), ("Busan Hanul Forum", "KG:Event"), ("Vision 2030", "KG:Policy"),
        ("Korea", "KG:Country")]
    # Without all of a pattern's words ("Park" without "Industrial", "Industrial" without
    # "Park") the core patterns alone run, and find what the whole matcher finds.
    for text in ("the Busan Hanul Forum opened near the Daewon Park in Korea.", "Minjin Industrial Expo"):
        doc = blank(text)
        assert gated(doc) == gated.core(doc) == gated.whole(doc), text
        whole, gated.whole = gated.whole, None  # not run at all here
        try:
            assert gated(doc) == gated.core(doc), text
        finally:
            gated.whole = whole
    doc = blank("the Busan Hanul Forum opened near the Daewon Park in Korea.")
    assert [(e.text, e.label_) for e in ruler(doc).ents] == [("Busan Hanul Forum", "KG:Event"), ("Korea", "KG:Country")]
