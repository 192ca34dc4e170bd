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

from kuopio_ohjelma.commands.edit_run import read_options

_GLOBAL = {"--root": "root", "--lang": "lang"}
_VALUED = {"-f": "format", "--format": "format", "--from": "from", "--to": "to",
           "--only": "only"}
_FLAGS = {"--exit-code": "exit-code"}


def parse(argv: list[str]) -> tuple[dict[str, str], dict[str, str]] | None:
    """The program's options and diff's, by name; None for anything but the plain forms
    (click reads `-f=md` as the value `=md`: such a short option goes to typer)."""
    if "diff" not in argv:
        return None
    index = argv.index("diff")
    if any(w.startswith("-") and not w.startswith("--") and "=" in w for w in argv):
        return None
    program: dict[str, str] = {}
    options: dict[str, str] = {}
    if not read_options(argv[:index], _GLOBAL, {}, program, None):
        return None
    if not read_options(argv[index + 1 :], _VALUED, _FLAGS, options, None):
        return None
    return program, options


def front_door(argv: list[str]) -> int | None:
    """Make `ohjelma [--root R] [--lang L] diff ...`; None when typer is to answer."""
    parsed = parse(argv)
    if parsed is None:
        return None
    program, options = parsed
    from kuopio_ohjelma.commands.common import UsageError, resolve_root
    from kuopio_ohjelma.locale import set_language

    set_language(program.get("lang"))
    given = program.get("root")
    try:
        root = resolve_root(Path(given) if given is not None else None)
    except UsageError:
        return None
    return _diff(root, options)


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
