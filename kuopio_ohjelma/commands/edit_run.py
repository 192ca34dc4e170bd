"""The front door of `status set` and `period open`: their plain calls without typer.

An editor runs these once per action and period; typer (and through it pydantic) and ruamel
cost several times the edit itself. The plainest calls are recognised here and made by
edit/quick.py when what they read is known; the answer is the same line as the typer
command's. Anything else (help, a mistake in the call, a refusal, a question, a file not
known to load) returns None before anything is written, and typer runs the command as
before, with its own messages and exit codes.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol, TypeVar

from kuopio_ohjelma.locale import _

if TYPE_CHECKING:
    from kuopio_ohjelma.edit.assessments import StatusResult
    from kuopio_ohjelma.edit.checked import FileEdit


class _Edited(Protocol):
    @property
    def edit(self) -> FileEdit: ...


Result = TypeVar("Result", bound=_Edited)


class Call(NamedTuple):
    command: str  # "status set" or "period open"
    arguments: list[str]
    options: dict[str, str]


# Per command: options that take a value, flags, and how many arguments.
_COMMANDS = {
    ("status", "set"): ({"--note": "note", "--note-file": "note-file", "--period": "period"},
                        {"--clear-note": "clear-note", "--force": "force"}, 2),
    ("period", "open"): ({"--label": "label"}, {"--force": "force"}, 1),
}
# Marks that look like options: typer's command takes them as marks too.
_MARKS_LIKE_OPTIONS = ("-", "-?")


def front_door(argv: list[str]) -> int | None:
    """Make `ohjelma [--root R] [--lang L] status set ...` or `... period open ...`; None
    when typer is to answer. Nothing is written unless the edit is made and reported."""
    call = parse(argv)
    root = plain_root(call.options) if call is not None else None
    if call is None or root is None:
        return None
    if call.command == "status set":
        return _status_set(root, call)
    return _period_open(root, call)


def parse(argv: list[str]) -> Call | None:
    """The command and its options by name, or None for anything but the plain forms (each
    option at most once, no value that looks like an option, no `--`, no help)."""
    for index in range(len(argv) - 1):
        spec = _COMMANDS.get((argv[index], argv[index + 1]))
        if spec is not None:
            break
    else:
        return None
    valued, flags, count = spec
    options: dict[str, str] = {}
    if not read_options(argv[:index], _PROGRAM, {}, options, None):
        return None
    arguments: list[str] = []
    if not read_options(argv[index + 2 :], valued, flags, options, arguments):
        return None
    if len(arguments) != count:
        return None
    return Call(" ".join(argv[index : index + 2]), arguments, options)


_PROGRAM = {"--root": "root", "--lang": "lang"}  # the program's options before a command


def plain_call(
    argv: list[str], command: str, valued: dict[str, str], flags: dict[str, str]
) -> tuple[dict[str, str], dict[str, str]] | None:
    """The program's options and `command`'s, by name, for a front door (render, diff);
    None for anything but the plain forms (click reads `-f=html` as the value `=html`: such
    a short option goes to typer)."""
    if command not in argv:
        return None
    index = argv.index(command)
    if any(w.startswith("-") and not w.startswith("--") and "=" in w for w in argv):
        return None
    program: dict[str, str] = {}
    options: dict[str, str] = {}
    if not read_options(argv[:index], _PROGRAM, {}, program, None):
        return None
    if not read_options(argv[index + 1 :], valued, flags, options, None):
        return None
    return program, options


def plain_root(program: dict[str, str]) -> Path | None:
    """The language set and the repository found as the program's options say; None when
    no repository is found (typer's path says why)."""
    from kuopio_ohjelma.commands.common import UsageError, resolve_root
    from kuopio_ohjelma.locale import set_language

    set_language(program.get("lang"))
    given = program.get("root")
    try:
        return resolve_root(Path(given) if given is not None else None)
    except UsageError:
        return None


def read_options(
    words: list[str],
    valued: dict[str, str],
    flags: dict[str, str],
    options: dict[str, str],
    arguments: list[str] | None,
) -> bool:
    """Fill `options` (by key) and `arguments` from `words`; False for anything but plain
    options, each at most once, with values that do not look like options (render's front
    door reads its options here too)."""
    queue = iter(words)
    for word in queue:
        if not word.startswith("-") or (arguments is not None and word in _MARKS_LIKE_OPTIONS):
            if arguments is None or not word.strip():
                return False
            arguments.append(word)
            continue
        name, equals, value = word.partition("=")
        if name in flags and not equals:
            key = flags[name]
        elif name in valued:
            key, value = valued[name], value if equals else next(queue, "")
            if not value.strip() or value.startswith("-"):
                return False
        else:
            return False
        if key in options:
            return False
        options[key] = value
    return True


def _status_set(root: Path, call: Call) -> int | None:
    from kuopio_ohjelma.edit import quick
    from kuopio_ohjelma.edit.assessments import StatusChange

    usable, note = _note(call.options)
    if not usable:
        return None
    action_id, progress = call.arguments
    options = call.options
    change = StatusChange(action_id, options.get("period"), progress, note,
                          "clear-note" in options, "force" in options)
    return _made(root, lambda: quick.set_status(root, change), describe_status)


def opened_line(opened: Opened) -> str:
    """What `period open` says when it wrote the period (both its paths)."""
    return _(
        "Opened {period} ({label}) in {path}. 'ohjelma lint' lists the actions to update."
    ).format(period=opened.period_id, label=opened.label, path=opened.edit.path)


class Opened(Protocol):
    """A period written by `period open`, by either of its paths."""

    @property
    def period_id(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def edit(self) -> FileEdit: ...


def _period_open(root: Path, call: Call) -> int | None:
    from kuopio_ohjelma.edit import quick

    period_id = call.arguments[0]
    label = call.options.get("label")
    force = "force" in call.options
    return _made(root, lambda: quick.open_period(root, period_id, label, force=force),
                 opened_line)


def _made(
    root: Path, make: Callable[[], Result | None], describe: Callable[[Result], str]
) -> int | None:
    """Under the repository lock: compute the quick edit, write it, say what was done."""
    from kuopio_ohjelma.edit.checked import EditError, commit, quick_lock
    from kuopio_ohjelma.lint.overrides import may_raise_severity

    if may_raise_severity(root):
        return None  # a warning may be an error here: the full path asks lint (lint_guard)
    with quick_lock(root) as locked:
        if not locked:
            return None
        result = make()
        if result is None:
            return None
        line = describe(result)
        if not line.isprintable():
            return None  # click would strip terminal escapes from it: typer's path says it
        try:
            commit(result.edit)
        except EditError:
            return None  # changed meanwhile, read-only…: the full path says so, as always
    from kuopio_ohjelma.commands.common import fitted

    sys.stdout.write(fitted(line) + "\n")
    return 0


def _note(options: dict[str, str]) -> tuple[bool, str | None]:
    """(usable, the note given or None to keep the note); not usable when typer's path is
    to read or refuse it (standard input cannot be read twice; a bad file is explained
    there)."""
    import io

    from kuopio_ohjelma.edit.known import read_regular
    from kuopio_ohjelma.io.notes import NoteError, argument_note, read_note

    note, note_file = options.get("note"), options.get("note-file")
    try:
        if note_file is not None:
            raw = read_regular(Path(note_file)) if note is None else None
            if raw is None:
                return False, None
            return True, read_note(io.BytesIO(raw), where=f"--note-file {note_file}")
        if note == "-":
            return False, None
        return True, argument_note(note) if note is not None else None
    except NoteError:
        return False, None


def describe_status(result: StatusResult) -> str:
    """One line an editor can check: action, period, old → new mark, what became of the note."""
    from kuopio_ohjelma.edit.assessments import NoteState

    words = {
        NoteState.NEW: _("note written") if result.new_note else _("no note"),
        NoteState.CHANGED: _("note changed"),
        NoteState.KEPT: _("note kept"),
        NoteState.CLEARED: _("note cleared"),
    }
    if not result.edit.changed:
        return _('{action} {period}: nothing changed ("{progress}", note kept)').format(
            action=result.action_id, period=result.period, progress=result.new_progress
        )
    old = f'"{result.old_progress}"' if result.old_progress is not None else _("no assessment")
    return _('{action} {period}: {old} → "{new}", {note} ({path})').format(
        action=result.action_id,
        period=result.period,
        old=old,
        new=result.new_progress,
        note=words[result.note],
        path=result.edit.path,
    )
