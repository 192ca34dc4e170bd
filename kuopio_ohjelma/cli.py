"""The `ohjelma` command: parse options, call the core, pick a renderer, set the exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from kuopio_ohjelma import __version__

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kuopio_ohjelma.model import Programme
    from kuopio_ohjelma.problems import Problem

EXIT_FINDINGS = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="ohjelma",
    help="Keep a city's strategy programme as plain text: lint it, diff it, render the report.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class UsageError(Exception):
    """A mistake in how the command was called or configured: exit code 2, no traceback."""


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ohjelma {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    root: Annotated[
        Path | None,
        typer.Option("--root", help="Data repository (default: nearest folder upward with data/)."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version.")
    ] = False,
) -> None:
    ctx.obj = root


def repository_root(ctx: typer.Context) -> Path:
    from kuopio_ohjelma.loader import DATA_DIR, find_root

    given: Path | None = ctx.obj
    if given is not None:
        if not (given / DATA_DIR).is_dir():
            raise UsageError(f"--root {given}: no {DATA_DIR}/ folder there")
        return _relative(given)
    found = find_root(Path.cwd())
    if found is None:
        raise UsageError(
            f"no {DATA_DIR}/ folder here or above; run inside a data repository or pass --root DIR"
        )
    return _relative(found)


def _relative(path: Path) -> Path:
    """Paths in messages read best relative to where the editor stands."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd()))
    except ValueError:
        return path.resolve()


def color_wanted(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())


def ensure_writable(output: Path | None, root: Path) -> None:
    """Refuse, before any work, an output that would land in data/ or over a YAML file."""
    if output is None:
        return
    from kuopio_ohjelma.safepaths import check_output

    problem = check_output(output, root)
    if problem:
        fail(problem)


def write_output(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from kuopio_ohjelma.atomic import write_text_atomic

    write_text_atomic(output, text)


def load_clean_programme(root: Path) -> Programme:
    """The programme for commands that need all of it: any load error stops them (exit 1)."""
    from kuopio_ohjelma.loader import load_repository

    result = load_repository(root)
    if result.errors or result.programme is None:
        show_problems(result.errors)
        typer.echo(
            "ohjelma: the data does not load; fix the errors above (ohjelma lint).", err=True
        )
        raise typer.Exit(EXIT_FINDINGS)
    return result.programme


def show_problems(problems: Sequence[Problem], *, prefix: str = "") -> None:
    """Load errors on standard error, as lint shows them; `prefix` names a git revision."""
    from kuopio_ohjelma.lint.engine import LintReport
    from kuopio_ohjelma.lint.reporters import text_report

    if prefix:
        problems = [p._replace(path=Path(f"{prefix}:{p.path.as_posix()}")) for p in problems]
    report = LintReport(sorted(problems, key=lambda p: p.sort_key()), [])
    sys.stderr.write(text_report(report, color_wanted(sys.stderr)))


def fail(message: str) -> NoReturn:
    typer.echo(f"ohjelma: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _register_commands() -> None:
    from kuopio_ohjelma.commands import diff_cmd, edit_cmd, lint_cmd, render_cmd, schema_cmd

    lint_cmd.register(app)
    render_cmd.register(app)
    diff_cmd.register(app)
    edit_cmd.register(app)
    schema_cmd.register(app)


_register_commands()


def main() -> None:
    """Console entry: typer reports usage errors (exit 2); anything unexpected is exit 2 too."""
    try:
        app(prog_name="ohjelma")
    except UsageError as error:
        typer.echo(f"ohjelma: error: {error}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        typer.echo("ohjelma: interrupted", err=True)
        sys.exit(130)
    except Exception as error:  # the last line of defence: no traceback for users
        if os.environ.get("OHJELMA_DEBUG") == "1":
            raise
        typer.echo(
            f"ohjelma: internal error: {type(error).__name__}: {error}\n"
            "Run again with OHJELMA_DEBUG=1 to see the traceback, and report it.",
            err=True,
        )
        sys.exit(EXIT_USAGE)
