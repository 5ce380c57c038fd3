"""kg.extract.ruler_setup: a ruler whose phrase patterns the tokenizer alone made holds
and matches exactly what spaCy's own way (the pipeline's components run over each name)
gives."""

from __future__ import annotations

import pytest

from kg.extract.entities import reference_entities
from kg.extract.parsing import parser
from kg.extract.pipeline import DEFAULT_MODEL
from kg.extract.ruler_setup import entity_ruler

__all__: list[str] = []

TEXT = (
    "Sequoia Capital and the U.S. Department of Commerce met in Seoul, South Korea, on Monday. "
    "A South Korean firm joined the China–South Korea Innovation and Entrepreneurship Forum, "
    "and Mirae Asset Management Co., Ltd. said the 15th Five-Year Plan mattered to Chinese investors."
)


def _patterns() -> list[dict]:
    known, demonyms, heads = reference_entities()
    patterns = [
        {"label": f"KG:{entity.cls}", "pattern": name, "id": entity.label}
        for entity in known for name in entity.names if len(name) > 1
    ]
    patterns += [{"label": "KG:DEMONYM", "pattern": d, "id": country} for d, country in demonyms.items()]
    for cls, words in heads.items():
        patterns.append({"label": f"KG:{cls}", "pattern": [{"ORTH": {"REGEX": "^[A-Z]"}, "OP": "+"}, {"ORTH": {"IN": list(words)}}]})
    return patterns


def _held(ruler) -> dict:
    return {
        "phrases": {label: [[t.orth_ for t in doc] for doc in docs] for label, docs in ruler.phrase_patterns.items()},
        "tokens": dict(ruler.token_patterns),
        "ids": dict(ruler._ent_ids),
    }


@pytest.fixture(scope="module")
def nlp():
    return parser(DEFAULT_MODEL)


def test_the_tokenizer_alone_makes_the_same_ruler(nlp):
    from spacy.pipeline import EntityRuler

    patterns = _patterns()
    assert len(patterns) > 500
    spacys = EntityRuler(nlp, overwrite_ents=True)
    spacys.add_patterns(patterns)
    ours = entity_ruler(nlp, patterns)
    assert ours.nlp is not nlp  # made without the pipeline's components
    assert _held(ours) == _held(spacys)
    found = [(e.start, e.end, e.label_, e.ent_id_) for e in ours(nlp(TEXT)).ents]
    assert found == [(e.start, e.end, e.label_, e.ent_id_) for e in spacys(nlp(TEXT)).ents]
    assert ("KG:Country", "South Korea") in {(label, ent_id) for _, _, label, ent_id in found}


def test_a_pipeline_that_may_retokenize_gets_spacys_way(nlp):
    import spacy

    merging = spacy.blank("en")
    merging.add_pipe("merge_entities")
    ruler = entity_ruler(merging, [{"label": "KG:Country", "pattern": "South Korea"}])
    assert ruler.nlp is merging
    assert [[t.orth_ for t in d] for d in ruler.phrase_patterns["KG:Country"]] == [["South", "Korea"]]
