"""An entity ruler whose phrase patterns are made by the tokenizer alone.

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

__all__ = ["entity_ruler"]

#: Factories that set attributes of tokens (tags, heads, lemmas, entities, sentence starts)
#: and never merge or split them; ``kg_line_breaks`` is :mod:`kg.extract.parsing`'s.
_TOKEN_KEEPING = frozenset({
    "tok2vec", "transformer", "tagger", "morphologizer", "parser", "senter", "sentencizer", "attribute_ruler",
    "lemmatizer", "trainable_lemmatizer", "ner", "entity_ruler", "span_ruler", "kg_line_breaks",
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
    return ruler
