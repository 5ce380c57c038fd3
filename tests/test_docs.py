"""Keep the docs honest: every command is documented in the README and has help, and the
README's two set-up commands are the Makefile's and CI's."""

from __future__ import annotations

import re
from pathlib import Path

from kg.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    missing = [name for name in cli.commands if f"kg {name}" not in README]
    assert missing == []


def test_every_option_of_every_command_has_help():
    for name, command in cli.commands.items():
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"kg {name} {param.opts[0]} has no help"


def test_readme_commands_are_the_makefile_targets_and_ci_runs_the_test_one():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("demo", "test", "bench"):
        assert f"make {target}" in README
        assert re.search(rf"^{target}:", makefile, re.M), target
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)


def test_readme_store_forms_are_the_ones_open_store_accepts():
    import kg.store

    for form in ("oxigraph:PATH", "memory:", "http(s)://HOST/PATH"):
        assert form in README
        assert form in kg.store.__doc__


def test_readme_describes_the_frames_and_triggers_shipped():
    from kg.extract.frames import TRIGGER_KINDS, load_frame_patterns
    from kg.ontology import load_ontology

    rules = load_frame_patterns(load_ontology())
    assert f"becomes a rule ({len(rules)} today)" in README
    section = README[README.index("`ontology/triggers.yaml`: per relation"):README.index("`ontology/frames.yaml`: the generic")]
    for kind in TRIGGER_KINDS:
        assert kind.replace("-", " ") in section, kind
