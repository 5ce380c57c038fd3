"""ontology/frames.yaml and ontology/triggers.yaml are checked when loaded: each broken
copy raises an OntologyError naming the file, where it broke and what is wrong."""

from __future__ import annotations

import shutil

import pytest

from kg.errors import OntologyError
from kg.extract.frames import load_deal_nouns, load_frame_patterns
from kg.ontology import load_ontology
from kg.resources import resource_dir

# (file, text in it, its replacement, where the message must say it broke, the bad term)
BREAKS = {
    "unknown-relation": ("triggers.yaml", "  invests_in:\n    carries:", "  invests_into:\n    carries:", "invests_into", "invests_into"),
    "unknown-trigger-kind": ("triggers.yaml", "{kind: verb, words: [invest,", "{kind: gerund, words: [invest,", "invests_in", "gerund"),
    "unknown-qualifier": ("triggers.yaml", "carries: [amount, date, round, role]", "carries: [amount, date, round, role, mood]", "invests_in", "mood"),
    "frame-uses-unknown-kind": ("frames.yaml", "  - id: verb-active\n    kind: dependency\n    uses: [verb]",
                                "  - id: verb-active\n    kind: dependency\n    uses: [verb, gerund]", "verb-active", "gerund"),
    "frame-unknown-key": ("frames.yaml", "  - id: verb-active\n", "  - id: verb-active\n    priority: 1\n", "verb-active", "priority"),
    # A sector-noun names its sector through data/reference/sectors.yaml: one missing there
    # would match and name nothing.
    "sector-noun-without-sector": ("triggers.yaml", "{kind: sector-noun, words: [chipmaker,", "{kind: sector-noun, words: [gearmaker, chipmaker,",
                                   "operates_in_sector", "gearmaker"),
    "end-classes-unknown": ("triggers.yaml", "end_classes: [Organization]", "end_classes: [Organisation]", "competes_with", "Organisation"),
    "majority-unknown-relation": ("triggers.yaml", "majority: acquires,", "majority: buys_out,", "holds_stake_in", "buys_out"),
    "majority-only-not-a-truth": ("triggers.yaml", "majority_only: true}", "majority_only: often}", "subsidiary_of", "majority_only"),
    # A mark on one side only would leave its frames or its words silently unread.
    "group-mark-unknown": ("triggers.yaml", "theme: direct, marked: portion,", "theme: direct, marked: portions,", "holds_stake_in", "portions"),
    "frame-mark-unfilled": ("frames.yaml", "  - id: verb-active\n    kind: dependency\n", "  - id: verb-active\n    kind: dependency\n    marked: spare\n",
                            "verb-active", "spare"),
}


@pytest.fixture
def broken(tmp_path):
    """The name of a break -> the error message of loading copies broken that way."""

    def load(name: str) -> str:
        file, old, new, _, _ = BREAKS[name]
        for copied in ("frames.yaml", "triggers.yaml"):
            shutil.copy(resource_dir("ontology") / copied, tmp_path / copied)
        text = (tmp_path / file).read_text(encoding="utf-8")
        assert text.count(old) == 1, f"{file} changed: {old!r} is not in it once"
        (tmp_path / file).write_text(text.replace(old, new), encoding="utf-8")
        with pytest.raises(OntologyError) as raised:
            load_frame_patterns(load_ontology(), tmp_path)
        return str(raised.value)

    return load


def test_the_shipped_files_load():
    assert load_frame_patterns(load_ontology())


@pytest.mark.parametrize("name", BREAKS)
def test_message_names_the_file_and_the_place(broken, name):
    file, _, _, place, _ = BREAKS[name]
    message = broken(name)
    assert message.startswith(f"{file}:") and place in message


@pytest.mark.parametrize("name", [
    "unknown-relation",
    "unknown-trigger-kind",
    "unknown-qualifier",
    "frame-uses-unknown-kind",
    "frame-unknown-key",
    "sector-noun-without-sector",
    "end-classes-unknown",
    "majority-unknown-relation",
    "majority-only-not-a-truth",
    "group-mark-unknown",
    "frame-mark-unfilled",
])
def test_message_names_the_bad_term(broken, name):
    assert BREAKS[name][4] in broken(name)


def test_deal_nouns_only_for_relations_with_an_amount(tmp_path):
    text = (resource_dir("ontology") / "triggers.yaml").read_text(encoding="utf-8")
    old = "  holds_stake_in:\n    carries: [stake_percent, date, role]\n"
    assert text.count(old) == 1
    (tmp_path / "triggers.yaml").write_text(text.replace(old, old + "    deal_nouns: [stake]\n"), encoding="utf-8")
    with pytest.raises(OntologyError, match="holds_stake_in: deal_nouns"):
        load_deal_nouns(load_ontology(), tmp_path)
    assert load_deal_nouns(load_ontology())["transaction"] == {"invests_in", "acquires"}
