"""Throughput of extraction, session 40 (helper "speed40"): quicker ways to the same answers,
met in profiles of the 60 written mixes of the benchmark (tests/benchmarks/test_extract.py).
Each test puts the quick way beside the older one on invented sentences, including the
cases where they could part (a set of two values, a value of another attribute, a line
break inside a name, a token of four characters that is no year)."""

from __future__ import annotations

import pytest

from kg.extract.matcher_tests import quicken, single_values


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.blank("en")


def _matches(nlp, tokens, doc):
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    matcher.add("rule", [tokens])
    quicken(matcher)
    return matcher(doc, with_alignments=True)


def test_a_set_of_one_value_becomes_the_plain_test_and_matches_the_same_tokens(nlp):
    doc = nlp("Hanul bought a stake in Daewon and Minjin sold a stake in Hanul")
    tokens = [{"ORTH": {"IN": ["Hanul"]}}, {"LOWER": {"IN": ["bought", "sold"]}}, {"OP": "*"}, {"LOWER": {"IN": ["in"]}},
              {"ORTH": {"NOT_IN": ["Minjin"]}}]
    plain = single_values(tokens)
    assert plain[0] == {"ORTH": "Hanul"} and plain[3] == {"LOWER": "in"}
    assert plain[1] == tokens[1] and plain[4] == tokens[4]  # two values, and a test of absence, stay sets
    assert _matches(nlp, plain, doc) == _matches(nlp, tokens, doc) != []


def test_a_set_of_one_value_of_a_mark_of_kg_or_with_no_string_stays_a_set():
    tokens = [{"_": {"kg_class": {"IN": ["Company"]}}}, {"ORTH": {"IN": [5]}}, {"LOWER": {"IN": []}}]
    assert single_values(tokens) == tokens


def test_the_line_starts_are_the_first_token_and_those_after_a_break(nlp):
    from kg.extract.dateline_cities import _line_starts

    doc = nlp("SEOUL - Hanul said\nDaewon Group\n\nMINJIN , Korea")
    slow = [t.i for t in doc if t.i == 0 or "\n" in doc[t.i - 1].whitespace_ or doc[t.i - 1].is_space]
    assert [t.i for t in _line_starts(doc)] == slow == [0, 5, 8]
    assert _line_starts(nlp("")) == []


def test_an_edition_is_still_found_after_its_year_is_looked_for_by_length(nlp):
    from spacy.tokens import Span

    from kg.extract.event_names import editions_joined

    doc = nlp("Hanul will show robots at Hanul Mobility Show 2026 and at ABCD 1999 too.")
    doc.ents = [Span(doc, 5, 6, label="ORG")]
    joined = editions_joined(doc, frozenset({"at"}))
    assert [(e.text, e.label_) for e in joined.ents] == [("Hanul Mobility Show 2026", "EVENT"), ("ABCD 1999", "EVENT")]
    near = nlp("Hanul sold 2026 units at Expo ABCD and 19999 more.")
    assert list(editions_joined(near, frozenset({"at"})).ents) == []


def test_tokens_where_reads_the_same_tokens_as_a_walk_over_them(nlp):
    from kg.extract.missed_names import _tokens_where

    doc = nlp("The CEO Hanul of Daewon-Minjin met ABC and Kim2 in Seoul")
    assert [t.i for t in _tokens_where(doc, "IS_TITLE", (True,), "IS_ALPHA", first=1)] == \
        [t.i for t in doc[1:] if t.text.istitle() and t.is_alpha]
    assert _tokens_where(nlp(""), "IS_TITLE", (True,)) == []
