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
