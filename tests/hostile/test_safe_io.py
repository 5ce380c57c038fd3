"""kg.safe_io: inputs that are not regular files or are too large are refused before a
read, and outputs are whole or absent, never written through links, FIFOs or devices."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg.errors import IngestError
from kg.safe_io import OutputError, atomic_output, read_capped_bytes


def test_inputs_that_are_not_regular_files_are_refused_without_blocking(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path, message in [
        (fifo, r"is a FIFO \(named pipe\), not a regular file"), ("/dev/zero", "is a character device"),
        (tmp_path, "is a directory, not a regular file"), (tmp_path / "absent", "no such file"),
    ]:
        with pytest.raises(IngestError, match=message):
            read_capped_bytes(path, 1000)
    small = tmp_path / "small"
    small.write_bytes(b"x" * 10)
    assert read_capped_bytes(small, 10) == b"x" * 10
    with pytest.raises(IngestError, match=r"larger than 9 bytes \(10 bytes\)"):
        read_capped_bytes(small, 9)


def test_outputs_refuse_links_fifos_and_devices_and_leave_them_alone(tmp_path):
    target = tmp_path / "target.ttl"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for path, message in [(link, "is a symbolic link"), (fifo, "is a FIFO"), ("/dev/null", "is a character device"),
                          (tmp_path, "is a directory"), (tmp_path / "no" / "dir.ttl", "no directory")]:
        with pytest.raises(OutputError, match=message), atomic_output(path) as handle:
            handle.write("new")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "old"
    assert fifo.exists() and not fifo.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fifo", "link.ttl", "target.ttl"]


def test_an_output_interrupted_half_way_leaves_the_old_file(tmp_path):
    target = tmp_path / "out.ttl"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as handle:
        handle.write("half of the new")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]
    with atomic_output(target) as handle:
        handle.write("new")
    assert target.read_text(encoding="utf-8") == "new"
    assert oct(target.stat().st_mode & 0o777) != "0o600"  # not left private as mkstemp makes it


def test_a_write_the_disk_refuses_is_one_error_and_no_half_file(tmp_path):
    # RLIMIT_FSIZE makes the kernel refuse writes past 4 KB (EFBIG), as a full disk refuses
    # them (ENOSPC): the same path through the code, without filling a disk.
    code = f"""
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
from kg.safe_io import OutputError, atomic_output
try:
    with atomic_output({str(tmp_path / "big.nt")!r}) as handle:
        for _ in range(1000):
            handle.write("x" * 100)
except OutputError as error:
    print(error)
    sys.exit(1)
"""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 1 and result.stderr == ""
    assert result.stdout.startswith(f"cannot write {tmp_path / 'big.nt'}: File too large; nothing was written")
    assert list(tmp_path.iterdir()) == []
