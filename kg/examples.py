"""The example questions in examples/queries: each .rq file starts with comment lines
``# Question: ...`` and, when it takes parameters, ``# Parameters: ...``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.resources import resource_dir

__all__ = ["ExampleQuery", "example_queries", "read_example"]

_HEADER = re.compile(r"#\s*(Question|Parameters)\s*:\s*(.*)")


@dataclass(frozen=True)
class ExampleQuery:
    """One example: its file name, the question it answers, its parameters and text."""

    name: str
    question: str
    parameters: str
    text: str


def read_example(path: Path) -> ExampleQuery:
    """Read one .rq file and its header comments."""
    text = path.read_text(encoding="utf-8")
    fields = {"Question": "", "Parameters": ""}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.match(line)
        if match:
            fields[match.group(1)] = match.group(2).strip()
    return ExampleQuery(path.stem, fields["Question"], fields["Parameters"], text)


def example_queries(directory: Path | None = None) -> list[ExampleQuery]:
    """Every example query, in file-name order."""
    directory = directory or resource_dir("examples") / "queries"
    return [read_example(path) for path in sorted(directory.glob("*.rq"))]
