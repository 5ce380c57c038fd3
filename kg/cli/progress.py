"""The progress bar every long command shows on standard error.

Shown only on a terminal: a pipe, a file or a test gets nothing, unless ``KG_PROGRESS=1``
forces it (``KG_PROGRESS=0`` turns it off on a terminal too). The bar is transient: it is
gone when the work ends, and standard output is never touched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["Progress", "progress_bar", "progress_wanted"]

#: Called with (done, total); total None while it is not known.
Progress = Callable[[int, int | None], None]


def progress_wanted() -> bool:
    """Whether to draw progress: ``$KG_PROGRESS`` if set (1 or 0), else whether standard
    error is a terminal."""
    forced = os.environ.get("KG_PROGRESS", "").strip().lower()
    if forced in ("1", "yes", "true", "always"):
        return True
    if forced in ("0", "no", "false", "never"):
        return False
    return sys.stderr.isatty()


@contextmanager
def progress_bar(description: str, total: int | None = None) -> Iterator[Progress | None]:
    """A bar for one piece of work: yields the function to report (done, total) to, or
    None when no progress is to be drawn (so that the work can skip reporting).

    Without a total the bar pulses, with the time elapsed: work that cannot count its
    steps (an export written by the store's engine) still shows it is alive.
    """
    if not progress_wanted():
        yield None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        TextColumn,
        TimeElapsedColumn,
    )
    from rich.progress import Progress as RichProgress

    console = Console(stderr=True, force_terminal=True)
    with RichProgress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)

        def report(done: int, whole: int | None = None) -> None:
            bar.update(task, completed=done, total=whole if whole is not None else bar.tasks[0].total)

        yield report
