"""kg.extract.parsing: the pipeline's tokenizer, made once from the model's saved settings
and kg's infixes, is the one spaCy's own loading gives with kg's infixes set over it (and
without the special cases of money scales of one letter)."""

from __future__ import annotations

import pytest

from kg.extract.parsing import KG_INFIXES, parser
from kg.extract.pipeline import DEFAULT_MODEL

__all__: list[str] = []

spacy = pytest.importorskip("spacy")

# Special cases (contractions, abbreviations, emoticons), prefixes and suffixes, a URL, an
# e-mail address, numbers with units, and the dateline dashes kg splits.
TEXTS = [
    "TOKYO (Jiji Press)--Toyota Motor Corp. said it won't sell its U.S. unit; it's up 3.5% (Reuters).",
    "SEOUL, March 4 -- Samsung's chief, Mr. Lee, said: \"We can't wait\" :) at https://example.com/a?b=c.",
    "Write to ir@example.co.kr re: the $1.2bn deal, e.g. 10km or 5kg — Jan. 3rd, 2024's results...",
    "Nikkei)—SoftBank and OpenAI's JV (50-50) o.O ain't done; Dr. Smith's co-op isn't 'final'.",
    "U.S.-China trade and a U.K.-based fund; the U.S. unit of Hanul, 40%-owned by Daewon.",
]


@pytest.fixture(scope="module")
def usual():
    """The model loaded spaCy's usual way, kg's infixes then set over its tokenizer."""
    from spacy.util import compile_infix_regex

    nlp = spacy.load(DEFAULT_MODEL)
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, *KG_INFIXES]).finditer
    # kg drops the special cases of money scales of one letter ("$440m." ends a sentence).
    nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k not in ("m.", "k.", "b.")}
    return nlp


def _pattern(match) -> str | None:
    return None if match is None else match.__self__.pattern


def test_the_tokenizer_is_the_models_with_kgs_infixes(usual):
    made, expected = parser(DEFAULT_MODEL).tokenizer, usual.tokenizer
    assert made.rules == expected.rules and len(made.rules) > 1000
    for name in ("prefix_search", "suffix_search", "infix_finditer", "token_match", "url_match"):
        assert _pattern(getattr(made, name)) == _pattern(getattr(expected, name)), name
    assert made.faster_heuristics == expected.faster_heuristics
    # What spaCy itself saves of a tokenizer: every setting and special case.
    assert made.to_bytes(exclude=["vocab"]) == expected.to_bytes(exclude=["vocab"])


@pytest.mark.parametrize("text", TEXTS)
def test_the_same_tokens_as_spacys_way(usual, text):
    made = parser(DEFAULT_MODEL).tokenizer(text)
    assert [(t.text, t.whitespace_, t.norm_) for t in made] == [(t.text, t.whitespace_, t.norm_) for t in usual.tokenizer(text)]


def test_a_money_scale_of_one_letter_before_a_stop_ends_the_sentence():
    doc = parser(DEFAULT_MODEL)("Daewon paid $440m. Hanul agreed.")
    assert [t.text for t in doc][3:6] == ["440", "m", "."]
    assert len(list(doc.sents)) == 2


def test_a_dateline_dash_without_spaces_separates_the_agency_from_the_story():
    words = [t.text for t in parser(DEFAULT_MODEL).tokenizer("TOKYO (Jiji Press)--Toyota Motor said; Nikkei)—SoftBank")]
    assert words[:7] == ["TOKYO", "(", "Jiji", "Press", ")", "--", "Toyota"]
    assert words[-3:] == [")", "—", "SoftBank"]


def test_the_pipeline_parses_with_its_components():
    nlp = parser(DEFAULT_MODEL)
    doc = nlp("Sequoia Capital led a $250 million round in Dropbox.\nSeparately, Accel invested in Spotify.")
    assert [ent.text for ent in doc.ents if ent.label_ == "ORG"][:1] == ["Sequoia Capital"]
    assert len(list(doc.sents)) == 2
    assert doc[1].lemma_ == "Capital" and doc[2].lemma_ == "lead"


def _collections_while(make) -> int:
    """How many passes the cyclic collector makes while *make* runs."""
    import gc

    passes = []

    def count(phase, info):
        if phase == "start":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        make()
    finally:
        gc.callbacks.remove(count)
    return len(passes)


def test_fewer_collections_spares_passes_over_objects_that_stay():
    from kg.extract.parsing import fewer_collections

    def make():
        kept = [[n] for n in range(50_000)]  # 50,000 containers, all alive to the end
        return kept

    assert _collections_while(make) >= 10  # Python's default: a pass per 700 new containers
    with fewer_collections():
        assert _collections_while(make) <= 1


def test_fewer_collections_restores_the_thresholds_when_the_last_block_ends():
    import gc
    import threading

    from kg.extract.parsing import fewer_collections

    before = gc.get_threshold()
    inner_done, outer_may_end = threading.Event(), threading.Event()

    def other_thread():
        with fewer_collections():
            inner_done.set()
            outer_may_end.wait(10)

    with fewer_collections():
        with fewer_collections():
            pass
        assert gc.get_threshold()[0] >= 100_000  # the nested block ended, this one goes on
        worker = threading.Thread(target=other_thread)
        worker.start()
        assert inner_done.wait(10)
    assert gc.get_threshold()[0] >= 100_000  # the other thread's block is still running
    outer_may_end.set()
    worker.join(10)
    assert gc.get_threshold() == before
