"""The front door of `ohjelma diff`: its plain calls without typer.

Typer's and pydantic's imports and typer's parse of the command line are a tenth of a large
diff. The plain calls between periods (`-f`, `--from`, `--to`, `--only`, `--exit-code`,
after the program's `--root` and `--lang`) are made here by the typer command's own steps
(commands/diff_cmd.py, diff/request.py). Anything else (help, revisions, a selection, an
output file, a mistake in the call, a period or data that does not load) returns None
before anything is said or written, and typer runs the command as before, with its own
messages and exit codes.
"""

from __future__ import annotations

from pathlib import Path

from kuopio_ohjelma.commands.edit_run import plain_call, plain_root

_VALUED = {"-f": "format", "--format": "format", "--from": "from", "--to": "to",
           "--only": "only"}
_FLAGS = {"--exit-code": "exit-code"}


def parse(argv: list[str]) -> tuple[dict[str, str], dict[str, str]] | None:
    """The program's options and diff's, by name; None for anything but the plain forms."""
    return plain_call(argv, "diff", _VALUED, _FLAGS)


def front_door(argv: list[str]) -> int | None:
    """Make `ohjelma [--root R] [--lang L] diff ...`; None when typer is to answer."""
    parsed = parse(argv)
    root = plain_root(parsed[0]) if parsed is not None else None
    if parsed is None or root is None:
        return None
    return _diff(root, parsed[1])


def _diff(root: Path, options: dict[str, str]) -> int | None:
    import sys

    from kuopio_ohjelma.commands.common import EXIT_FINDINGS, EXIT_USAGE, complain, written
    from kuopio_ohjelma.commands.lint_warm import color_wanted
    from kuopio_ohjelma.diff.compare import only_choice
    from kuopio_ohjelma.diff.renderers import DIFF_RENDERERS
    from kuopio_ohjelma.diff.request import DiffRequest, DiffRunError, run_diff

    chosen = options.get("format", "text")
    only = only_choice(options["only"]) if "only" in options else None
    if chosen not in DIFF_RENDERERS or ("only" in options and only is None):
        return None
    request = DiffRequest(options.get("from"), options.get("to"), None, only)
    try:
        result = run_diff(root, request)
    except DiffRunError:
        return None  # typer's path says why, as it always has
    color = chosen == "text" and color_wanted(sys.stdout)
    problem = written(DIFF_RENDERERS[chosen](result, color), None, root=root)
    if problem:
        complain(problem)
        return EXIT_USAGE
    return EXIT_FINDINGS if "exit-code" in options and result.has_differences else 0
