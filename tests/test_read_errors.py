"""File and parse errors become one line naming the file: kg.safe_io.read_errors and
kg.formats.rdf_read_errors, shared by every reader of user files."""

from __future__ import annotations

import pytest

from kg.errors import IngestError
from kg.formats import count_quads, get_format, rdf_read_errors
from kg.safe_io import read_errors


def _message(block) -> str:
    with pytest.raises(IngestError) as caught:
        block()
    return str(caught.value)


def test_file_errors_name_the_file_and_what_it_is(tmp_path):
    def opened(path, what=None):
        def block():
            with read_errors(path, what=what):
                open(path, "rb").close()
        return block

    assert _message(opened(tmp_path / "gone.csv", "table")) == f"no such table: {tmp_path / 'gone.csv'}"
    assert _message(opened(tmp_path / "gone.ttl")) == f"no such file: {tmp_path / 'gone.ttl'}"
    assert _message(opened(tmp_path)) == f"{tmp_path} is a directory, not a regular file; kg reads only files"
    locked = tmp_path / "locked.yaml"
    locked.write_text("a: 1")
    locked.chmod(0)
    try:
        open(locked).close()
    except PermissionError:
        assert _message(opened(locked, "gold file")) == f"cannot read gold file {locked}: Permission denied"
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize(
    "raised, expected",
    [
        (SyntaxError("expected '.'\n at line 3"), "in.ttl is not valid turtle: expected '.' at line 3"),
        (MemoryError("term over 16 MiB"), "in.ttl has a term too long to read (term over 16 MiB)"),
        (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "in.ttl is not valid turtle: not UTF-8 (invalid start byte)"),
        (FileNotFoundError(), "no such file: in.ttl"),
    ],
    ids=["syntax", "term-too-long", "not-utf8", "missing"],
)
def test_rdf_errors_are_one_line(raised, expected):
    def block():
        with rdf_read_errors("in.ttl", get_format("turtle")):
            raise raised

    assert _message(block) == expected


def test_count_quads_reports_a_bad_file_in_one_line(tmp_path):
    bad = tmp_path / "bad.nt"
    bad.write_text("<http://a/s> <http://a/p> .\n")
    message = _message(lambda: count_quads(bad, get_format("nt")))
    assert message.startswith(f"{bad} is not valid ntriples: ") and "\n" not in message
