"""An entity ruler whose phrase patterns are made by the tokenizer alone, and the patterns
extraction gives it (:func:`ruler_patterns`).

spaCy's ``EntityRuler.add_patterns`` turns each phrase pattern (a name) into a Doc with
the pipeline the ruler was made with. For a ruler that is not one of the pipeline's
components, as extraction's is, it runs every component but the last over every name:
tagging and parsing kg's ~700 reference names cost about 0.3 s CPU in every process that
extracts. A phrase pattern matched on ``ORTH`` (the ruler's default) needs only the
tokens' texts, which the tokenizer alone gives, as long as no component retokenizes. So
the patterns are made with a :class:`spacy.language.Language` that shares the pipeline's
vocabulary and tokenizer and has no component; a pipeline holding a component not known to
leave tokens alone gets spaCy's own way.
"""

from __future__ import annotations

from kg.extract.matcher_tests import quicken
from kg.extract.places import world_regions
from kg.ingest.normalize import reference_names

__all__ = ["entity_ruler", "ruler_patterns"]

#: Factories that set attributes of tokens (tags, heads, lemmas, entities, sentence starts)
#: and never merge or split them; ``kg_line_breaks`` and ``kg_prefixed_lemmas`` are
#: :mod:`kg.extract.parsing`'s.
_TOKEN_KEEPING = frozenset({
    "tok2vec", "transformer", "tagger", "morphologizer", "parser", "senter", "sentencizer", "attribute_ruler",
    "lemmatizer", "trainable_lemmatizer", "ner", "entity_ruler", "span_ruler", "kg_line_breaks", "kg_prefixed_lemmas",
})


def entity_ruler(nlp, patterns: list[dict], *, overwrite_ents: bool = True):
    """A ``spacy.pipeline.EntityRuler`` for *nlp*'s documents holding *patterns* (spaCy's
    pattern dicts), the same as ``EntityRuler(nlp)`` given them, its phrase patterns
    tokenized without running *nlp*'s components (see the module docstring).

    Parameters
    ----------
    nlp : spacy.language.Language
        The pipeline whose documents the ruler will read.
    patterns : list of dict
        Phrase patterns (``"pattern"`` a string) and token patterns (a list of dicts).
    overwrite_ents : bool
        Whether the ruler's matches replace the entities they overlap.

    Returns
    -------
    spacy.pipeline.EntityRuler
        The ruler, not added to *nlp*'s pipeline.
    """
    from spacy.language import Language
    from spacy.pipeline import EntityRuler

    maker = nlp
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    if factories <= _TOKEN_KEEPING:
        # Made with the pipeline's tokenizer: a Language makes a default one otherwise,
        # compiling its patterns and loading its special cases for nothing.
        maker = Language(vocab=nlp.vocab, create_tokenizer=lambda _: nlp.tokenizer)
    ruler = EntityRuler(maker, overwrite_ents=overwrite_ents)
    ruler.add_patterns(patterns)
    quicken(ruler.matcher)
    ruler.matcher = _WordGated.of(ruler, patterns)
    return ruler


class _WordGated:
    """The ruler's token matcher, run without the patterns that need a word the document
    does not hold where no such pattern can match: the same matches, in the same order.

    Most of the ruler's token patterns (a facility's name, "... Industrial Park", and a body's
    after it) end in words written out (``{"ORTH": "Park"}``) and open with any capitalised
    words: spaCy starts a state for each pattern at every word and carries it along every
    run of capitals, which made the ruler's matching some 4% of extraction, for words few
    texts hold. The matcher keeps each pattern's states apart, so a pattern that matches
    nothing in a text adds nothing to, and takes nothing from, the others' matches or their
    order."""

    def __init__(self, whole, core, gates: list[frozenset[int]]) -> None:
        self.whole, self.core, self.gates = whole, core, gates

    @classmethod
    def of(cls, ruler, patterns: list[dict]):
        from spacy.matcher import Matcher

        gates, core = [], Matcher(ruler.matcher.vocab, fuzzy_compare=ruler.matcher_fuzzy_compare)
        strings = ruler.matcher.vocab.strings
        # In the order the ruler added them: the matcher's states, and so its matches, go
        # in the order of its patterns.
        for entry in patterns:
            if isinstance(entry["pattern"], str):
                continue
            words = frozenset(strings.add(t["ORTH"]) for t in entry["pattern"] if isinstance(t.get("ORTH"), str) and "OP" not in t)
            if words:
                gates.append(words)
            else:  # under the key the ruler gave it
                core.add(ruler._create_label(entry["label"], entry["id"]) if "id" in entry else entry["label"], [entry["pattern"]])
        if not gates:
            return ruler.matcher
        quicken(core)
        return cls(ruler.matcher, core, gates)

    def __call__(self, doc, *args, **kwargs):
        from spacy.attrs import ORTH

        held = set(doc.to_array([ORTH]).ravel().tolist())
        return (self.whole if any(gate <= held for gate in self.gates) else self.core)(doc, *args, **kwargs)

    def __getattr__(self, name: str):
        # What else the ruler asks of its matcher (adding or removing patterns, done before
        # extraction) is the whole matcher's.
        return getattr(self.whole, name)


def ruler_patterns(known, demonyms: dict[str, str], heads: dict[str, list[str]]) -> list[dict]:
    """The extraction ruler's patterns: every name of the known entities (*known*, each
    labelled ``KG:`` and its class, its label as the pattern's id), the countries'
    *demonyms*, the world's regions (no country's), capitalised names ending in a class's
    head word (*heads*), and policy names by their ends, numbers or years."""
    patterns, seen = [], set()
    for entity in known:
        for name in entity.names:
            if (name, entity.label) not in seen and len(name) > 1:
                seen.add((name, entity.label))
                patterns.append({"label": f"KG:{entity.cls}", "pattern": name, "id": entity.label})
    for demonym, country in demonyms.items():
        patterns.append({"label": "KG:DEMONYM", "pattern": demonym, "id": country})
    patterns += [{"label": "LOC", "pattern": region} for region in world_regions()]  # no country's
    # "China–South Korea Innovation and Entrepreneurship Forum", "15th Five-Year Plan":
    # capitalised words (with dashes, "and", "of", ordinals) ending in a head word.
    start = {
        "LOWER": {"NOT_IN": ["the", "a", "an", "in", "during", "at", "on", "for", "by", "with", "from", "to", "after",
                             "before", "last", "this", "next", "every", "each"]},
        "ORTH": {"REGEX": r"^([A-Z][\w.]*|\d+(st|nd|rd|th))$"},
    }
    middle = {"OP": "*", "ORTH": {"REGEX": r"^([A-Z][\w.]*|[-–&]|and|of|for|on|\d+(st|nd|rd|th))$"}}
    # A head the tagger reads as a verb is a headline's verb ("Samsung Will Show ...").
    for cls, words in heads.items():
        head = {"ORTH": {"IN": list(words)}, "POS": {"NOT_IN": ["VERB", "AUX"]}}
        patterns.append({"label": f"KG:{cls}", "pattern": [start, middle, head]})
    # "China-ASEAN Free Trade Area": a head of more than one word; "Press Note 3",
    # "Executive Order 14117": a rule's word and its number after capitalised words.
    cues = reference_names()
    for phrase in cues.get("policy_name_ends") or ():
        patterns.append({"label": "KG:Policy", "pattern": [start, middle, *({"ORTH": w} for w in str(phrase).split())]})
    # "Salalah Free Zone": no "and" inside, which joins two sites; a body's head after it
    # ("the Salalah Free Zone Authority", "... Company") makes the longer name a body's, NER's to class.
    site_middle = {"OP": "*", "ORTH": {"REGEX": r"^([A-Z][\w.]*|[-–])$"}}
    bodies = {"ORTH": {"IN": [str(w) for w in cues.get("body_only_heads") or ()]}}
    for phrase in cues.get("facility_name_ends") or ():
        site = [start, site_middle, *({"ORTH": w} for w in str(phrase).split())]
        patterns += [{"label": "KG:Facility", "pattern": site}, {"label": "ORG", "pattern": [*site, bodies]}]
    numbered = {"ORTH": {"IN": [str(w) for w in cues.get("numbered_policy_heads") or ()]}}
    patterns.append({"label": "KG:Policy", "pattern": [start, middle, numbered, {"ORTH": {"REGEX": r"^\d[\d/.-]*$"}}]})
    # "the kingdom's Vision 2030": a plan named by the year it aims at, with no name before.
    patterns.append({"label": "KG:Policy", "pattern": [{"ORTH": {"IN": [str(w) for w in cues.get("year_named_policies") or ()]}},
                                                       {"ORTH": {"REGEX": r"^20\d\d$"}}]})
    return patterns
