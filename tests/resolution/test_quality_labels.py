"""The hand labels of resolution's quality (tests/fixtures/resolution) are well formed, and
the measurement behind point 3's decision not to link at import on a name score below 1:
what such a link would add, on the labelled pairs."""

from __future__ import annotations

import csv
from pathlib import Path

import yaml

from kg.resolution.evaluate import read_decision_labels, read_labels
from kg.resolution.names import name_similarity

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAIRS = [FIXTURES / "resolution" / name for name in ("crunchbase-pairs.csv", "news-seed-pairs.csv")]
DECISIONS = FIXTURES / "resolution" / "automatic-links.csv"
ID = "https://w3id.org/kg/id/"


def rows(path: Path) -> list[dict]:
    return list(csv.DictReader(line for line in path.read_text(encoding="utf-8").splitlines() if not line.startswith("#")))


def test_pair_labels_are_well_formed_and_unique():
    seen = set()
    for path in PAIRS:
        for row in rows(path):
            assert row["same"] in {"0", "1", "?"}, row
            assert row["a"].startswith(ID) and row["b"].startswith(ID) and row["a"] != row["b"], row
            pair = frozenset((row["a"], row["b"]))
            assert pair not in seen, row
            seen.add(pair)
    assert len(seen) >= 190  # 153 Crunchbase pairs, 40 with the seed or articles


def test_decision_labels_are_well_formed_and_wrong_links_are_quoted():
    documents = {entry["id"] for entry in yaml.safe_load((FIXTURES / "realnews" / "manifest.yaml").read_text(encoding="utf-8"))["documents"]}
    found = rows(DECISIONS)
    assert {row["kind"] for row in found} == {"import", "ingest"}
    for row in found:
        assert row["same"] in {"0", "1", "?"}, row
        assert row["iri"].startswith(ID), row
        if row["kind"] == "ingest":
            assert row["document"] in documents, row
            assert row["same"] != "0" or row["note"].startswith("'"), row  # the words of the text
    assert len(read_decision_labels(DECISIONS)) == len(found) == 166


def test_a_scored_link_below_equal_keys_is_not_safe_enough():
    # What linking on a name score from 0.95 to 1 (equal once spaces are dropped, or nearly)
    # would add to the links on equal keys, judged on the labelled pairs: right 53 times in the 54 sure ones
    # (Mob.ly / Mobly is two firms), but 2 more are unsure, and an automatic link must be
    # sure: 53 of 56 is under the 0.98 required. Changing name_similarity changes these
    # counts: measure again before linking on a score.
    band = {"1": 0, "0": 0, "?": 0}
    for path in PAIRS:
        for row in rows(path):
            if 0.95 <= name_similarity(row["a_label"], row["b_label"])[0] < 1.0:
                band[row["same"]] += 1
    assert band == {"1": 53, "0": 1, "?": 2}
    assert band["1"] / sum(band.values()) < 0.98
    labels = {pair: same for path in PAIRS for pair, same in read_labels(path).items()}
    assert sum(labels.values()) == 84  # the pairs labelled one entity that import and ingest kept two
