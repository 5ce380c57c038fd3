"""How errors reach the user of the ``kg`` command: one ``kg: error:`` line on standard
error and a non-zero exit, never a traceback; the traceback behind the line with
``--debug`` or ``KG_DEBUG=1``. Library errors (:class:`kg.errors.KGError`) raised by any
command become that line through :class:`KGGroup` and :func:`run_group`."""

from __future__ import annotations

import os
import sys
import traceback

import click

from kg.cli.guard import flush_stdout
from kg.errors import KGError

__all__ = [
    "DEBUG_OPTION",
    "KGClickError",
    "KGGroup",
    "debug_traceback",
    "debug_wanted",
    "run_group",
    "show_error",
]


class _Debug:
    """Whether this run of kg was given ``--debug``; the option's callback sets it on every
    run (False when absent), so one in-process run does not leak into the next."""

    given = False


def _remember_debug(ctx: click.Context, param: click.Parameter, value: bool) -> None:  # (ctx, param): click's signature
    _Debug.given = bool(value)


DEBUG_OPTION = click.option(
    "--debug", is_flag=True, expose_value=False, is_eager=True, callback=_remember_debug,
    help="Show the Python traceback behind an error line (also $KG_DEBUG=1).",
)


def debug_wanted() -> bool:
    """True when this run was given ``--debug`` or ``KG_DEBUG`` is set to anything but
    nothing or ``0``."""
    return _Debug.given or os.environ.get("KG_DEBUG", "").strip() not in ("", "0")


def debug_traceback(error: BaseException) -> str:
    """The tracebacks of *error* and of every exception it was raised from or while
    handling, oldest first: kg raises its errors ``from None`` to keep the user's line
    short, and the original is what a bug report needs.

    >>> try:
    ...     try:
    ...         {}["ontology"]
    ...     except KeyError:
    ...         raise KGError("no ontology") from None
    ... except KGError as error:
    ...     text = debug_traceback(error)
    >>> text.index("KeyError: 'ontology'") < text.index("KGError: no ontology")
    True
    """
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or current.__context__
    parts = ["".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)) for e in reversed(chain)]
    return "\nwhich led to:\n\n".join(parts)


def show_error(message: str, error: BaseException | None = None) -> None:
    """Print kg's one error line on stderr, after the traceback of *error* when the user
    asked for it (:func:`debug_wanted`)."""
    if error is not None and debug_wanted():
        click.echo(debug_traceback(error), err=True, nl=False)
    click.echo(f"kg: error: {message}", err=True)


class KGClickError(click.ClickException):
    """A library error as the CLI shows it: one line on stderr, exit code 1; *original* is
    the error it stands for, shown with ``--debug``."""

    def __init__(self, message: str, original: BaseException | None = None) -> None:
        super().__init__(message)
        self.original = original

    def show(self, file=None) -> None:  # (file): click's signature
        show_error(self.format_message(), self.original or self)


class KGGroup(click.Group):
    """Turns library errors raised by any command into :class:`KGClickError`."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KGError as error:
            raise KGClickError(str(error), error) from error


def run_group(group: click.Group, argv: list[str] | None) -> None:
    """Run the ``kg`` command *group* on *argv* and exit: every error, usage errors too,
    is one ``kg: error:`` line on stderr and a non-zero exit (the traceback behind it
    first with ``--debug``); a bug's exception is left to Python, which shows it."""
    try:
        code = group.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.UsageError as error:
        # About the command line, not kg's code: no traceback even with --debug.
        command = f" {error.ctx.command_path.removeprefix('kg ')}" if error.ctx and error.ctx.parent else ""
        click.echo(f"kg: error: {error.format_message()} (see kg{command} --help)", err=True)
        sys.exit(2)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.Abort:
        click.echo("kg: error: aborted", err=True)
        sys.exit(130)
    except KGError as error:
        show_error(str(error), error)
        sys.exit(1)
    except BrokenPipeError:
        # The reader went away (kg query ... | head): not an error of ours.
        flush_stdout()
        sys.stderr.close()
        sys.exit(0)
    except OSError as error:  # standard output on a full disk, most often
        flush_stdout()
        where = f" ({error.filename})" if error.filename else ""
        show_error(f"cannot write the output: {error.strerror or error}{where}", error)
        sys.exit(1)
    failure = flush_stdout()
    if failure is not None:
        click.echo(f"kg: error: cannot write the output: {failure}", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
