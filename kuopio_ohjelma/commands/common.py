"""What every command shares: the data repository's root, output, problems and exit codes."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kuopio_ohjelma.commands.lint_warm import color_wanted as color_wanted
from kuopio_ohjelma.locale import _, ngettext
from kuopio_ohjelma.locale.oserrors import os_reason

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import TextIO

    import typer

    from kuopio_ohjelma.io.atomic import FilesNotWritten
    from kuopio_ohjelma.io.loader import LoadResult
    from kuopio_ohjelma.io.output_paths import Output
    from kuopio_ohjelma.problems import Problem
    from kuopio_ohjelma.programme import Programme

EXIT_FINDINGS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called or configured: exit code 2, no traceback."""


def repository_root(ctx: typer.Context) -> Path:
    return resolve_root(ctx.obj)


def resolve_root(given: Path | None) -> Path:
    """`--root`, or the nearest folder upward with data/ (typer is not needed: lint's front
    door calls this too)."""
    from kuopio_ohjelma.io.files import DATA_DIR, find_root

    if given is not None:
        if not (given / DATA_DIR).is_dir():
            raise UsageError(
                _("--root {root}: no {data}/ folder there").format(root=given, data=DATA_DIR)
            )
        return _checked(_relative(given))
    found = find_root(Path.cwd())
    if found is None:
        raise UsageError(
            _(
                "no {data}/ folder here or above; run inside a data repository or pass --root DIR"
            ).format(data=DATA_DIR)
        )
    return _checked(_relative(found))


def _checked(root: Path) -> Path:
    """Every command refuses a settings file it cannot read (exit 2), before any work."""
    from kuopio_ohjelma.lint.config import config_file_problem

    problem = config_file_problem(root)
    if problem is not None:
        raise UsageError(problem)
    return root


def _relative(path: Path) -> Path:
    """Paths in messages read best relative to where the editor stands."""
    try:
        return Path(os.path.relpath(path.resolve(), Path.cwd()))
    except ValueError:
        return path.resolve()


def require_data_paths(root: Path, paths: Sequence[Path], *, sidecars: bool = False) -> None:
    """Refuse (exit 2) a named path that is missing or is not a data file or folder of them:
    `fmt README.md` must not pass for "nothing to do"."""
    from kuopio_ohjelma.io.files import names_data

    for path in paths:
        if not path.exists() and not path.is_symlink():
            fail(_("{path}: no such file or folder").format(path=path))
        if not names_data(root, path, sidecars=sidecars):
            fail(
                _(
                    "{path} is not a data file of the programme: name a .yaml file in {data}/ "
                    "(in goals/ or indicators/, or programme.yaml) or a folder of them"
                ).format(path=path, data=_relative(root / "data"))
            )


def ensure_writable(output: Path | None, root: Path, kind: Output, *, force: bool) -> None:
    """Refuse, before any work, an output the policy of io/output_paths forbids."""
    if output is None:
        return
    from kuopio_ohjelma.io.output_paths import check_output

    problem = check_output(output, root, kind, force=force)
    if problem:
        fail(problem)


def write_output(text: str, output: Path | None, *, root: Path | None = None) -> None:
    """Standard output (None or `-`), else the file, device or pipe named; always UTF-8.
    A file written is named on standard error, as every command that writes files does, and
    remembered as the command's own output in `root` (io/output_paths.check_output)."""
    problem = written(text, output, root=root)
    if problem:
        fail(problem)


def written(text: str, output: Path | None, *, root: Path | None = None) -> str | None:
    """write_output without typer: why it could not be written, or None when it was."""
    if output is None or str(output) == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return None
    from kuopio_ohjelma.io.atomic import is_special
    from kuopio_ohjelma.io.atomic import write_output as write_file

    data = text.encode("utf-8")
    try:
        write_file(output, data)
    except OSError as error:
        return _("{path}: cannot write: {reason}").format(path=output, reason=os_reason(error))
    if root is not None:
        from kuopio_ohjelma.io.output_paths import remember_output

        remember_output(root, output, data)
    if not is_special(output):  # a device or pipe is where the text went, not a file to find
        say(_("Wrote {path}.").format(path=output), err=True)
    return None


def set_not_written(failure: FilesNotWritten, folder: Path) -> str:
    """What became of a folder of files that could not be written whole (io/atomic)."""
    reason = os_reason(failure.error)
    if failure.left:
        return _(
            "{path}: cannot write: {reason}; in {folder}, these hold the new content and could "
            "not be put back: {left} (their originals are kept as {backups})"
        ).format(path=failure.path, reason=reason, folder=folder,
                 left=", ".join(map(str, failure.left)), backups=", ".join(failure.left.values()))
    return _("{path}: cannot write: {reason}; nothing was written, {folder} is as it was").format(
        path=failure.path, reason=reason, folder=folder)


def load_clean_programme(root: Path) -> Programme:
    """The programme for commands that need all of it: any load error stops them (exit 2)."""

    from kuopio_ohjelma.io.loader import load_repository

    result = load_repository(root)
    return _loaded(result)


def _loaded(result: LoadResult) -> Programme:
    """The programme, or exit 2 with the load errors: data that does not load is never a
    finding's 1."""
    import typer

    if _not_loaded(result) or result.programme is None:
        raise typer.Exit(EXIT_USAGE)
    return result.programme


def _not_loaded(result: LoadResult) -> bool:
    """Show the load errors, if any: True when the data does not load."""
    if result.errors or result.programme is None:
        show_problems(result.errors)
        say(_("ohjelma: the data does not load; fix the errors above (ohjelma lint)."), err=True)
        return True
    return False


def show_problems(problems: Sequence[Problem], *, prefix: str = "") -> None:
    """Load errors on standard error, as lint shows them; `prefix` names a git revision."""
    from kuopio_ohjelma.lint.engine import LintReport
    from kuopio_ohjelma.lint.reporters import text_report

    if prefix:
        problems = [p._replace(path=Path(f"{prefix}:{p.path.as_posix()}")) for p in problems]
    from kuopio_ohjelma.core.lines import output_width

    findings = sorted(problems, key=lambda p: p.sort_key())
    report = LintReport(findings, [], width=output_width(sys.stderr))
    sys.stderr.write(text_report(report, color_wanted(sys.stderr)))


def fitted(text: str, stream: TextIO | None = None) -> str:
    """`text` wrapped to the width of `stream` (standard output by default): the terminal's,
    else 80 columns; a wrapped line continues with a hanging indent (core/lines.py)."""
    from kuopio_ohjelma.core.lines import fit, output_width

    return fit(text, output_width(sys.stdout if stream is None else stream))


def say(text: str, *, err: bool = False) -> None:
    """A line for the terminal that may hold data or file names: made inert first (so there
    is nothing for click's echo to strip: written here, without importing typer)."""
    from kuopio_ohjelma.core.textsafe import inert

    stream = sys.stderr if err else sys.stdout
    if stream is not None:
        stream.write(inert(text) + "\n")
        stream.flush()


def complain(message: str, *, detail: str = "") -> None:
    """The one error line; `detail`, when given, on an indented line below it."""
    say(_("ohjelma: error: {message}").format(message=message), err=True)
    if detail:
        say(f"    {detail}", err=True)


def fail(message: str, *, detail: str = "") -> NoReturn:
    """The one error line (exit 2)."""
    import typer

    complain(message, detail=detail)
    raise typer.Exit(EXIT_USAGE)


def load_lint_clean_programme(root: Path) -> Programme:
    """The programme for commands that publish it: exit 2 when the data does not load, 1
    with its lint errors (see linted_programme)."""
    import typer

    from kuopio_ohjelma.lint.config import ConfigError

    try:
        loaded = linted_programme(root)
    except ConfigError as error:
        fail(str(error))
    if isinstance(loaded, int):
        raise typer.Exit(loaded)
    return loaded


def linted_programme(root: Path) -> Programme | int:
    """The programme, loaded and linted as `ohjelma lint` does; or, the problems shown as lint
    shows them, the exit code: 2 when it does not load, 1 with lint errors. Warnings are
    counted, not shown. Typer-free (render's front door calls it); a bad lint configuration
    raises ConfigError before anything is said."""
    from kuopio_ohjelma.commands.lint_verdict import known_clean, loaded_fingerprint, remember_clean
    from kuopio_ohjelma.io.loader import load_repository, paused_gc
    from kuopio_ohjelma.lint.config import load_config
    from kuopio_ohjelma.lint.engine import exit_code, lint
    from kuopio_ohjelma.lint.reporters import text_report
    from kuopio_ohjelma.lint.rules import REGISTRY
    from kuopio_ohjelma.problems import Severity

    # lint's own load (the compiled schema's light records, io/records.py): the report and
    # the exports read them as they read the models (tests/io/test_records.py).
    with paused_gc():  # as lint does: the collector would walk every loaded object
        load = load_repository(root, compiled=True)
        if _not_loaded(load) or load.programme is None:
            return EXIT_USAGE
        config = load_config(root, REGISTRY)
        # Exactly these bytes already linted clean with this code and these settings (lint
        # or an earlier report said so): the rules would say it again (commands/lint_verdict).
        data = loaded_fingerprint(load)
        warnings = known_clean(root, data) if data is not None else None
        if warnings is None:
            report = lint(load, config)
            if exit_code(report, strict=False):
                sys.stderr.write(text_report(report, color_wanted(sys.stderr)))
                say(_("ohjelma: the data does not lint clean; fix the errors above."), err=True)
                return EXIT_FINDINGS
            warnings = report.counts()[Severity.WARNING]
            if data is not None:
                remember_clean(root, data, warnings)
        # What was loaded stays to the end: the collector, enabled again while the report
        # or the sheets are built, need not walk it (a fifth of render's time at 100×).
        gc.freeze()
    if warnings:
        say(
            ngettext(
                "ohjelma: note: the data has {count} lint warning (ohjelma lint shows it).",
                "ohjelma: note: the data has {count} lint warnings (ohjelma lint shows them).",
                warnings,
            ).format(count=warnings),
            err=True,
        )
    return load.programme
