"""`ohjelma period open`, `ohjelma status set|show` and `ohjelma fmt`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Protocol, TypeVar

import typer
import typer.core
from typer._click import Context
from typer._click.exceptions import NoSuchOption

from kuopio_ohjelma.commands import cli_words, common
from kuopio_ohjelma.commands.edit_run import describe_status, opened_line
from kuopio_ohjelma.locale import N_, _
from kuopio_ohjelma.locale.oserrors import os_reason

if TYPE_CHECKING:
    from kuopio_ohjelma.edit.checked import FileEdit

period_app = typer.Typer(help=_("Monitoring periods."), no_args_is_help=True)
status_app = typer.Typer(help=_("Progress and notes of actions."), no_args_is_help=True)
indicator_app = typer.Typer(help=_("Values of indicators."), no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(period_app, name="period")
    app.add_typer(status_app, name="status")
    app.add_typer(indicator_app, name="indicator")
    app.command(
        "fmt", help=_("Write the house format (key order, quoting, indentation); idempotent.")
    )(fmt)


@period_app.command("open", help=_("Declare the next monitoring period after the latest one."))
def period_open(
    ctx: typer.Context,
    period_id: Annotated[
        str, typer.Argument(metavar=_("PERIOD"), help=_("The new period, e.g. 1/2025."))
    ],
    label: Annotated[
        str | None,
        typer.Option(
            "--label",
            metavar=_("TITLE"),
            help=_("Its title (default: the latest's, e.g. 'Tilanne 1/2025')."),
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help=_("Allow skipping ahead more than a year."))
    ] = False,
) -> None:
    """Declare the next monitoring period after the latest one."""
    from kuopio_ohjelma.edit.period import open_period

    root = common.repository_root(ctx)
    opened = _apply(root, lambda: open_period(root, period_id, label, force=force))
    typer.echo(common.fitted(opened_line(opened)))


@period_app.command(
    "remove", help=_("Remove a period that no goal or indicator file has entries for.")
)
def period_remove(
    ctx: typer.Context,
    period_id: Annotated[
        str, typer.Argument(metavar=_("PERIOD"), help=_("The period to remove, e.g. 2/2025."))
    ],
) -> None:
    """Remove a period that no goal or indicator file has entries for."""
    from kuopio_ohjelma.edit.period import remove_period

    root = common.repository_root(ctx)
    removed = _apply(root, lambda: remove_period(root, period_id))
    typer.echo(common.fitted(_("Removed period {period} from {path}.").format(
        period=removed.period_id, path=removed.edit.path)))


class MarksAreNotOptions(typer.core.TyperCommand):
    """`status set T5.2 -?`, `indicator set … 2023 -1,5`: a mark or a value may start with '-',
    so unknown options pass as arguments; but none starts with '--', so `--hlep` is a
    mistyped option, said as one."""

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        params = {name: param for param in self.get_params(ctx) for name in param.opts}
        words = iter(args)
        for arg in words:
            if arg == "--":
                break
            name = arg.split("=", 1)[0]
            if name.startswith("--") and name not in params:
                raise NoSuchOption(name, ctx=ctx)
            param = params.get(arg)
            if param is not None and not getattr(param, "is_flag", True):
                next(words, None)  # the option's value: `--note "-- x"` is text
        return super().parse_args(ctx, args)


MARKS_HELP = N_('Mark on the scale: "+", "+/-", "-", "?"; uncertain: "+?", "+/-?", "-?".')


@status_app.command(
    "set",
    help=_("Set an action's progress (and note) for a period; only that assessment changes."),
    context_settings={"ignore_unknown_options": True},  # `-?` is a mark, not an option
    cls=MarksAreNotOptions,
)
def status_set(
    ctx: typer.Context,
    action_id: Annotated[str, typer.Argument(metavar=_("ACTION"), help=_("Action id, e.g. T4.2."))],
    progress: Annotated[str, typer.Argument(metavar=_("MARK"), help=_(MARKS_HELP))],
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            metavar=_("TEXT"),
            help=_("Status note (default: keep the note); '-' reads stdin."),
        ),
    ] = None,
    note_file: Annotated[
        Path | None,
        typer.Option(
            "--note-file", metavar=_("FILE"), help=_("Read the note from this UTF-8 file.")
        ),
    ] = None,
    clear_note: Annotated[
        bool, typer.Option("--clear-note", help=_("Empty the period's note."))
    ] = False,
    period: Annotated[
        str | None,
        typer.Option("--period", metavar=_("PERIOD"), help=_("Period id (default: the latest).")),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help=_("Change a period that is not the latest without asking.")),
    ] = False,
) -> None:
    """Set an action's progress (and note) for a period; only that assessment changes."""
    from kuopio_ohjelma.edit.status import PastPeriod, StatusChange, set_status

    if progress.startswith("--"):
        common.fail(_("no such option: {option}").format(option=progress))
    text = _note(note, note_file)
    root = common.repository_root(ctx)
    change = StatusChange(action_id, period, progress, text, clear_note, force)
    try:
        result = _apply(root, lambda: set_status(root, change))
    except PastPeriod as refusal:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            common.fail(str(refusal))
        typer.echo(str(refusal), err=True)
        if not cli_words.confirm(_("Change it anyway?")):
            common.fail(_("nothing was written"))
        forced = change._replace(force=True)
        result = _apply(root, lambda: set_status(root, forced))
    from kuopio_ohjelma.core.typed_mark import tolerated_note

    said = tolerated_note(progress, result.new_progress)  # a look-alike dash: what was read
    if said:
        common.say(_("ohjelma: note: {message}").format(message=said), err=True)
    typer.echo(common.fitted(describe_status(result)))


@status_app.command("show", help=_("Show an action's assessments in every period."))
def status_show(
    ctx: typer.Context,
    action_id: Annotated[str, typer.Argument(metavar=_("ACTION"), help=_("Action id, e.g. T4.2."))],
) -> None:
    """Show an action's assessments in every period."""
    from kuopio_ohjelma.core.lines import output_width
    from kuopio_ohjelma.report.status import UnknownAction, show_status

    root = common.repository_root(ctx)
    programme = common.load_clean_programme(root)
    try:
        common.write_output(show_status(programme, action_id, output_width(sys.stdout)), None)
    except UnknownAction as error:
        common.fail(str(error))


IndicatorSlug = Annotated[
    str, typer.Argument(metavar=_("INDICATOR"), help=_("Indicator: its file name without .yaml."))
]
YearOrPeriod = Annotated[
    str, typer.Argument(metavar=_("YEAR|PERIOD"), help=_("Year (2023) or period (1/2024)."))
]


@indicator_app.command(
    "set",
    help=_("Record an indicator's value for a year or period; a value already there is replaced."),
    context_settings={"ignore_unknown_options": True},  # `-1,5` is a value, not an option
    cls=MarksAreNotOptions,
)
def indicator_set(
    ctx: typer.Context,
    slug: IndicatorSlug,
    when: YearOrPeriod,
    value: Annotated[
        str, typer.Argument(metavar=_("VALUE"), help=_("The value: 71.2, 71,2 or 1234."))
    ],
    note: Annotated[
        str | None,
        typer.Option("--note", metavar=_("TEXT"), help=_("A note on the value (huomautus).")),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--source", metavar=_("SOURCE"), help=_("Source of this value (lähde).")),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            "--yksikkö",
            metavar=_("UNIT"),
            help=_('The indicator\'s unit (yksikkö), e.g. "%" or henkilöä; needed once, '
                   "when the indicator has none."),
        ),
    ] = None,
) -> None:
    """Record an indicator's value for a year or period; a value already there is replaced."""
    from kuopio_ohjelma.edit.indicator import ValueChange, set_value
    from kuopio_ohjelma.locale import _

    root = common.repository_root(ctx)
    change = ValueChange(slug, when, value, note, source, unit)
    done = _apply(root, lambda: set_value(root, change))
    for said in done.said:
        common.say(_("ohjelma: note: {message}").format(message=said), err=True)
    # The value as the file now holds it, and the one it replaced: what `git diff` shows.
    old = done.old if done.old is not None else _("no value")
    if not any(edit.changed for edit in done.edits):  # as status set says it
        line = _("{slug} {when}: nothing changed ({value} already in {path})").format(
            slug=slug, when=when, value=done.written, path=done.edit.path)
    else:
        line = _("{slug} {when}: {old} → {value} ({path})").format(
            slug=slug, when=when, old=old, value=done.written, path=done.edit.path)
    typer.echo(common.fitted(line))
    if done.warnings:
        common.show_problems(done.warnings)  # written, but it may not be what was meant


@indicator_app.command(
    "remove", help=_("Remove an indicator's value for a year or period (one typed by mistake).")
)
def indicator_remove(
    ctx: typer.Context,
    slug: IndicatorSlug,
    when: YearOrPeriod,
) -> None:
    """Remove an indicator's value for a year or period (one typed by mistake)."""
    from kuopio_ohjelma.edit.indicator_remove import remove_value

    root = common.repository_root(ctx)
    done = _apply(root, lambda: remove_value(root, slug, when))
    typer.echo(
        _("Removed {slug} {when}: {old} from {path}.").format(
            slug=slug, when=when, old=done.old, path=done.edit.path
        )
    )
    if done.warnings:
        common.show_problems(done.warnings)


def fmt(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(metavar=_("FILE"), help=_("Files (default: all data files).")),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help=_("Change nothing; exit 1 listing files that would change.")),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help=_("Neither read nor write the cache in .ohjelma_cache/.")),
    ] = False,
) -> None:
    """Write the house format (key order, quoting, indentation); idempotent."""
    from kuopio_ohjelma.edit.checked import EditError
    from kuopio_ohjelma.edit.fmt import format_repository

    root = common.repository_root(ctx)
    common.require_data_paths(root, paths or [])
    try:
        outcome = format_repository(root, paths or [], write=not check, use_cache=not no_cache)
    except EditError as error:
        common.fail(str(error))
    if outcome.problems:
        common.show_problems(outcome.problems)
    for edit in outcome.edits:
        done = _("would reformat {path}") if check else _("reformatted {path}")
        common.say(done.format(path=edit.path))
    if outcome.problems or (check and outcome.edits):
        raise typer.Exit(common.EXIT_FINDINGS)


def _note(note: str | None, note_file: Path | None) -> str | None:
    """The note given, or None to keep the period's note."""
    if note is not None and note_file is not None:
        common.fail(_("give --note or --note-file, not both"))
    from kuopio_ohjelma.io.notes import NoteError, argument_note, read_note

    try:
        if note_file is not None:
            with note_file.open("rb") as handle:
                return read_note(handle, where=f"--note-file {note_file}")
        if note == "-":
            return read_note(sys.stdin.buffer, where="--note -")
        return argument_note(note) if note is not None else None
    except OSError as error:
        common.fail(
            _("--note-file {path}: cannot read it: {reason}").format(
                path=note_file, reason=os_reason(error)
            )
        )
    except NoteError as error:
        common.fail(str(error))


class _Edited(Protocol):
    @property
    def edit(self) -> FileEdit: ...


def _edits(result: _Edited | FileEdit) -> list[FileEdit]:
    """Every file a result writes: most write one; `indicator set` may add a unit too."""
    from kuopio_ohjelma.edit.checked import FileEdit

    if isinstance(result, FileEdit):
        return [result]
    edits: list[FileEdit] = getattr(result, "edits", [result.edit])
    return edits


Result = TypeVar("Result", bound="_Edited | FileEdit")


def _apply(root: Path, make: Callable[[], Result]) -> Result:
    """Compute and write one edit under the repository lock; a refusal writes nothing.
    A change to a past period is left to the caller, which may ask and try again."""
    from kuopio_ohjelma.edit.checked import EditError, commit_all, repository_lock
    from kuopio_ohjelma.edit.status import PastPeriod

    try:
        with repository_lock(root):
            result = make()
            commit_all(_edits(result))
    except PastPeriod:
        raise
    except EditError as error:
        if error.problems:
            common.show_problems(error.problems)
        common.fail(str(error))
    return result
