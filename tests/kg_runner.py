"""The ``kg`` command run in the test's own process, through :func:`kg.cli.main` as the
installed script runs it: its exit code, standard output and standard error, as a fresh
process would give them, without the second or so each fresh interpreter costs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from click.testing import CliRunner

__all__ = ["Ran", "run_main"]


@dataclass(frozen=True)
class Ran:
    """What one run of ``kg`` gave, named as :class:`subprocess.CompletedProcess` names it."""

    returncode: int
    stdout: str
    stderr: str


def run_main(*args: str, store: str | None = None, input: str | None = None,
             env: Mapping[str, str | None] | None = None) -> Ran:
    """Run ``kg [--store STORE] ARGS...`` through ``main()``; *env* is set for the run only.

    ``main()`` ends with :class:`SystemExit` as the script does; its code is the exit code.
    """
    from kg.cli import main

    argv = (["--store", store] if store else []) + list(args)
    with CliRunner().isolation(input=input, env=env) as (stdout, stderr, _):
        try:
            main(argv)
            code = 0
        except SystemExit as ended:
            code = ended.code if isinstance(ended.code, int) else (0 if ended.code is None else 1)
        return Ran(code, stdout.getvalue().decode("utf-8", "replace"), stderr.getvalue().decode("utf-8", "replace"))
