"""The front door of `ohjelma render`: its plain calls without typer.

Typer builds a pydantic adapter per parameter when it parses a command line: with typer's and
pydantic's imports that is a tenth of a second of every report. The plain calls (`-f`,
`-o FILE`, `--period`, `--lang`, `--date`, `--force`, after the program's `--root` and
`--lang`) are made here by the typer command's own steps (commands/render_cmd.py). Anything
else (help, templates, a selection, a mistake in the call, an output the policy refuses, a
bad lint configuration) returns None before anything is said or written, and typer runs the
command as before, with its own messages and exit codes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kuopio_ohjelma.commands.edit_run import plain_call, plain_root

_VALUED = {"-f": "format", "--format": "format", "-o": "output", "--output": "output",
           "--period": "period", "--lang": "lang", "--date": "date"}
_FLAGS = {"--force": "force"}


def parse(argv: list[str]) -> tuple[dict[str, str], dict[str, str]] | None:
    """The program's options and render's, by name; None for anything but the plain forms."""
    return plain_call(argv, "render", _VALUED, _FLAGS)


def front_door(argv: list[str]) -> int | None:
    """Make `ohjelma [--root R] [--lang L] render ...`; None when typer is to answer."""
    parsed = parse(argv)
    root = plain_root(parsed[0]) if parsed is not None else None
    if parsed is None or root is None:
        return None
    return _render(root, parsed[1])


def _render(root: Path, options: dict[str, str]) -> int | None:
    from kuopio_ohjelma.commands.common import EXIT_USAGE, complain, linted_programme, written
    from kuopio_ohjelma.core.errors import ChoiceError
    from kuopio_ohjelma.core.scope import resolve_scope
    from kuopio_ohjelma.io.atomic import is_special
    from kuopio_ohjelma.io.output_paths import check_output, report_output
    from kuopio_ohjelma.locale import LANGUAGES
    from kuopio_ohjelma.report.renderers import EXTENSIONS, RENDERERS
    from kuopio_ohjelma.report.view import build_report

    output = Path(options["output"]) if "output" in options else None
    if output is not None and is_special(output):
        return None
    chosen = options.get("format") or (EXTENSIONS.get(output.suffix.lower()) if output else "md")
    lang = options.get("lang", "fi")
    if chosen not in RENDERERS or lang not in LANGUAGES:
        return None
    if output is not None and check_output(
        output, root, report_output(chosen), force="force" in options
    ):
        return None
    try:
        on = date.fromisoformat(options["date"]) if "date" in options else None
    except ValueError:
        return None
    programme = linted_programme(root)  # says why, if it does not load or lint clean
    if isinstance(programme, int):
        return programme
    try:  # from here on the line is said here, as the typer command's shell says it
        scope = resolve_scope(programme, themes=(), goals=(), owner=None)
        report = build_report(programme, period_id=options.get("period"), lang=lang,
                              scope=scope, on=on)
    except ChoiceError as error:
        complain(str(error))
        return EXIT_USAGE
    problem = written(RENDERERS[chosen](report, None), output, root=root)
    if problem:
        complain(problem)
        return EXIT_USAGE
    return 0
