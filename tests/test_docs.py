"""Keep the docs honest: every command is documented in the README and has help, every
command the README names exists, the store forms it gives are the ones the code opens, and
the README's two set-up commands are the Makefile's and CI's. The lists come from the code
(the CLI group's commands, kg.store's docstring), never from a copy kept here."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.store
from kg.cli import cli
from kg.errors import StoreError

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
        assert re.search(rf"^{target}:", makefile, re.MULTILINE), target
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.MULTILINE)


def test_every_command_the_readme_names_exists():
    """`kg NAME` in the text and `kg NAME` lines of its shell examples are real commands."""
    inline = re.findall(r"`kg ([a-z][a-z-]*)", README)
    examples = "\n".join(re.findall(r"```(?:sh|console|bash)?\n(.*?)```", README, re.DOTALL))
    # A command line, its group options (--store URL) skipped: kg [--opt [VALUE]]... NAME
    lines = re.findall(r"^(?:\$ )?kg (?:--?[a-z-]+(?:[ =]\S+)? )*([a-z][a-z-]*)", examples, re.MULTILINE)
    assert inline and lines
    assert sorted(set(inline + lines) - set(cli.commands)) == []


def _store_forms() -> list[str]:
    """The forms of store URL, as kg.store's docstring defines them (one ``term`` a line)."""
    return re.findall(r"^``([^`]+)``$", kg.store.__doc__, re.MULTILINE)


def test_readme_store_forms_are_the_ones_open_store_accepts(tmp_path):
    forms = _store_forms()
    assert len(forms) >= 3
    store_help = next(param.help for param in cli.params if param.name == "store_url")
    with pytest.raises(StoreError) as refused:
        kg.store.open_store("postgres://db/kg")
    for form in forms:
        assert form in README, form
        assert form in store_help, form
        assert form in str(refused.value), form
        # Each form's scheme is one open_store knows: it opens, or fails for its own reason.
        sample = form.replace("PATH", str(tmp_path / "store")).replace("http(s)://HOST", "http://127.0.0.1:9")
        try:
            kg.store.open_store(sample).close()
        except StoreError as error:
            assert "unknown store URL" not in str(error), form


def test_readme_describes_the_frames_and_triggers_shipped():
    from kg.extract.frames import TRIGGER_KINDS, load_frame_patterns
    from kg.ontology import load_ontology

    rules = load_frame_patterns(load_ontology())
    assert f"becomes a rule ({len(rules)} today)" in README
    section = README[README.index("`ontology/triggers.yaml`: per relation"):README.index("`ontology/frames.yaml`: the generic")]
    for kind in TRIGGER_KINDS:
        assert kind.replace("-", " ") in section, kind


def _layout_entries() -> dict[str, str]:
    """The README's Layout tree: each entry (``kg/``, ``  store/``, ``ontology/`` ...) and
    its text, continuation lines included."""
    section = README[README.index("## Layout"):]
    block = re.search(r"```\n(.*?)```", section, re.DOTALL).group(1)
    entries: dict[str, str] = {}
    current = None
    for line in block.splitlines():
        head = re.match(r"^( {0,2}\S+)\s", line)
        if head and not line.startswith(" " * 3):
            current = head.group(1)
            entries[current] = line[len(current):]
        elif current is not None:
            entries[current] += " " + line.strip()
    return entries


def test_readme_layout_names_every_package_and_module_of_kg():
    """The tree and the Layout section agree: every package of kg/ is an entry, every
    module is named in its package's entry (top-level ones as NAME.py), and every entry
    under kg/ is a package that exists."""
    entries = _layout_entries()
    package = ROOT / "kg"
    packages = sorted(p.parent.name for p in package.glob("*/__init__.py"))
    assert sorted(name.strip().rstrip("/") for name in entries if name.startswith("  ")) == packages
    missing = [
        f"kg/{module.name}" for module in package.glob("*.py")
        if module.name != "__init__.py" and not re.search(rf"(?<![\w.]){re.escape(module.name)}(?!\w)", entries["kg/"])
    ]
    for name in packages:
        text = entries[f"  {name}/"]
        missing += [
            f"kg/{name}/{module.name}" for module in (package / name).glob("*.py")
            if module.stem != "__init__" and not re.search(rf"\b{re.escape(module.stem)}\b", text)
        ]
    assert sorted(missing) == []
