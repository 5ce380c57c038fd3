"""Extraction throughput: news articles per second on this machine, kg (spaCy + ruler +
frames + patterns + resolution) against spaCy's pipeline alone on the same texts in the
same run, in one and in two worker processes. The texts are mixes of the written dev set's
paragraphs (about 500 words each) and, where their cache is present, the real-news corpus
(tests/fixtures/realnews), which nobody here wrote."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml
from harness import ROOT, record

DEVSET = ROOT / "tests" / "fixtures" / "devset"
ARTICLES = 60
WORDS = 500


def _articles() -> list[str]:
    """Articles of about WORDS words, each a different mix of the dev-set paragraphs."""
    paragraphs = [
        p.strip() for path in sorted(DEVSET.glob("*.txt")) for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()
    ]
    articles = []
    for k in range(ARTICLES):
        words, chosen, i = 0, [], k
        while words < WORDS:
            paragraph = paragraphs[i % len(paragraphs)]
            chosen.append(paragraph)
            words += len(paragraph.split())
            i += 7
        articles.append("\n\n".join(chosen))
    return articles


def _real_news() -> list[str]:
    cache = Path(os.environ.get("KG_REALNEWS_CACHE") or Path.home() / ".cache" / "kg" / "realnews")
    manifest = yaml.safe_load((ROOT / "tests" / "fixtures" / "realnews" / "manifest.yaml").read_text(encoding="utf-8"))
    paths = [cache / f"{entry['id']}.txt" for entry in manifest["documents"]]
    return [p.read_text(encoding="utf-8") for p in paths if p.exists()]


@pytest.mark.parametrize("corpus", ["written", "real-news"])
@pytest.mark.parametrize("processes", [1, 2])
def test_extraction_throughput(processes, corpus):
    import spacy

    from kg.extract.documents import Document
    from kg.extract.pipeline import DEFAULT_MODEL, Extractor
    from kg.ontology import load_ontology

    texts = _articles() if corpus == "written" else _real_news()
    if not texts:
        pytest.skip("the real-news texts are not cached (tests/fixtures/realnews/README.md)")
    words = sum(len(t.split()) for t in texts)
    nlp = spacy.load(DEFAULT_MODEL)
    list(nlp.pipe(texts[:4]))  # warm
    started = time.perf_counter()
    list(nlp.pipe(texts, batch_size=8, n_process=processes))
    spacy_s = time.perf_counter() - started

    extractor = Extractor(load_ontology())
    documents = [Document(id=str(i), text=t, path=None, publication_date="2026-01-14") for i, t in enumerate(texts)]
    list(extractor.extract_many(documents[:4]))
    started = time.perf_counter()
    records = list(extractor.extract_many(documents, processes=processes))
    kg_s = time.perf_counter() - started
    record(
        f"extraction ({corpus}), {processes} process(es)",
        articles=len(texts), mean_words=round(words / len(texts)),
        kg_articles_per_s=round(len(texts) / kg_s, 1), spacy_alone_articles_per_s=round(len(texts) / spacy_s, 1),
        kg_over_spacy=round(kg_s / spacy_s, 2), relations=sum(len(r["relations"]) for r in records),
    )
