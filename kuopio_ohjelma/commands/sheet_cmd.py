"""`ohjelma sheet export` and `ohjelma sheet import`: the yearly status collection."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from kuopio_ohjelma.commands import common, options
from kuopio_ohjelma.core.lines import WIDTH, output_width, wrap
from kuopio_ohjelma.core.textsafe import shown as shown_value
from kuopio_ohjelma.locale import _, ngettext
from kuopio_ohjelma.locale.oserrors import os_reason

if TYPE_CHECKING:
    from kuopio_ohjelma.diff.compare import Diff
    from kuopio_ohjelma.problems import Problem
    from kuopio_ohjelma.programme import Programme
    from kuopio_ohjelma.sheets.importer import Collected
    from kuopio_ohjelma.sheets.plan import Plan
    from kuopio_ohjelma.sheets.spec import ExportSpec

sheet_app = typer.Typer(
    help=_("Collect statuses by spreadsheet: export workbooks, import the answers."),
    no_args_is_help=True,
)


def register(app: typer.Typer) -> None:
    app.add_typer(sheet_app, name="sheet")


@sheet_app.command(
    "export",
    help=_("Write the status collection workbook(s): one row per action, two columns to fill."),
)
def export(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar=_("FILE"), help=_("Write one workbook (.xlsx) here.")
        ),
    ] = None,
    per_owner: Annotated[
        Path | None,
        typer.Option(
            "--per-owner",
            metavar=_("DIR"),
            help=_("Write one workbook per responsible body in DIR."),
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period", metavar=_("PERIOD"), help=_("Period to collect (default: the latest).")
        ),
    ] = None,
    owner: options.Owner = None,
    theme: options.Themes = None,
    goal: options.Goals = None,
    return_to: Annotated[
        str | None,
        typer.Option(
            "--return-to",
            metavar=_("ADDRESS"),
            help=_("Where to send the workbook back, as the sheet says."),
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", metavar="fi|en", help=_("Language of the workbook: fi or en.")),
    ] = None,
    force: options.ForceFolder = False,
) -> None:
    """Write the status collection workbook(s): one row per action, two columns to fill."""
    from kuopio_ohjelma.locale import LANGUAGES, current_language

    if (output is None) == (per_owner is None):
        common.fail(_("give --output FILE or --per-owner DIR"))
    if lang is not None and lang not in LANGUAGES:
        common.fail(_("unknown language '{lang}'; choose fi or en").format(lang=lang))
    if return_to is not None:
        _refuse_control("--return-to", return_to)
    root = common.repository_root(ctx)
    _check_destination(output, per_owner, root, force=force)
    programme = common.load_lint_clean_programme(root)  # publishes: lint errors stop it
    spec = _spec(programme, period, owner, theme, goal, lang or current_language(), return_to)
    if output is not None:
        _write(output, spec, root)
        # the workbook itself may be on standard output
        common.say(_written(output, spec, spec.scope.owner), err=str(output) == "-")
        return
    assert per_owner is not None
    _write_per_owner(per_owner, spec)


def _written(path: Path, spec: ExportSpec, owner: str | None) -> str:
    """'th.xlsx: 1 toimenpide (Tietohallinto)': a body's workbook names the body, with
    --owner as with --per-owner."""
    count = len(spec.rows)
    if owner:
        return ngettext(
            "{path}: {count} action ({owner})", "{path}: {count} actions ({owner})", count
        ).format(path=path, count=count, owner=owner)
    return ngettext("{path}: {count} action", "{path}: {count} actions", count).format(
        path=path, count=count
    )


def _refuse_control(option: str, value: str) -> None:
    from kuopio_ohjelma.core.suggest import join_hint
    from kuopio_ohjelma.io.names import control_message

    said = control_message(option, value)
    if said is not None:
        common.fail(join_hint(*said))


def _spec(
    programme: Programme,
    period: str | None,
    owner: str | None,
    themes: list[str] | None,
    goals: list[int] | None,
    lang: str,
    return_to: str | None,
) -> ExportSpec:
    from kuopio_ohjelma.core.errors import ChoiceError
    from kuopio_ohjelma.core.periods import previous_period, resolve_period
    from kuopio_ohjelma.core.scope import resolve_scope
    from kuopio_ohjelma.sheets.spec import ExportSpec

    periods = programme.info.periods
    try:
        chosen = resolve_period(periods, period)
        scope = resolve_scope(programme, themes=themes or (), goals=goals or (), owner=owner)
    except ChoiceError as error:
        common.fail(str(error))
    rows = [(g, a) for g, a in programme.all_actions() if scope.includes(g, a)]
    previous = previous_period(periods, chosen.id)
    return ExportSpec(programme, chosen, previous, scope, rows, lang, return_to)


def _check_destination(
    output: Path | None, folder: Path | None, root: Path, *, force: bool
) -> None:
    """Refuse, before any work, a workbook name Excel would not open or a folder that holds
    other files (last round's workbooks are written over only with --force)."""
    from kuopio_ohjelma.io.output_paths import check_output_folder, check_workbook_output

    if output is not None:
        refusal = check_workbook_output(output, root, force=force)
    else:
        assert folder is not None
        refusal = check_output_folder(
            folder, root, force=force, what=_("workbooks"), example=_("workbooks/")
        )
    if refusal:
        common.fail(refusal)


def _write(path: Path, spec: ExportSpec, root: Path) -> None:
    """The workbook to the file, device or pipe named, or to standard output for `-`."""
    from kuopio_ohjelma.io.atomic import write_output
    from kuopio_ohjelma.sheets.export import build_workbook
    from kuopio_ohjelma.sheets.package import workbook_bytes

    data = workbook_bytes(build_workbook(spec))
    if str(path) == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        write_output(path, data)
    except OSError as error:
        common.fail(_("{path}: cannot write: {reason}").format(path=path, reason=os_reason(error)))
    from kuopio_ohjelma.io.output_paths import remember_output

    remember_output(root, path, data)


def _write_per_owner(folder: Path, spec: ExportSpec) -> None:
    """Every workbook is built first, then the set is written whole or not at all."""
    from kuopio_ohjelma.io.atomic import FilesNotWritten, write_folder
    from kuopio_ohjelma.sheets.bodies import per_owner
    from kuopio_ohjelma.sheets.export import build_workbook
    from kuopio_ohjelma.sheets.package import workbook_bytes

    owned = per_owner(spec)
    files = {name: workbook_bytes(build_workbook(part)) for name, part in owned}
    try:
        write_folder(folder, files)
    except FilesNotWritten as failure:
        common.fail(common.set_not_written(failure, folder))
    for name, part in owned:
        common.say(_written(folder / name, part, part.scope.owner or "–"))


def _default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


@sheet_app.command(
    "import",
    help=_(
        "Set the assessments answered in returned workbooks: all of them, or none if any cell "
        "has a finding."
    ),
)
def import_(
    ctx: typer.Context,
    files: Annotated[
        list[Path], typer.Argument(
            metavar=_("FILE"),
            help=_("Returned workbooks (.xlsx), or a folder of them."),
        )
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help=_("Show what would change; write nothing."))
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=_(
                "Take the workbook's answer over a newer one in the data, and allow a past period."
            ),
        ),
    ] = False,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            metavar=_("FORMAT"),
            help=_("Findings as text, json, github, gitlab or sarif."),
        ),
    ] = None,
) -> None:
    """Set the assessments answered in returned workbooks: all of them, or none if any cell
    has a finding."""
    from kuopio_ohjelma.edit.checked import EditError, commit_all, repository_lock
    from kuopio_ohjelma.edit.status import set_statuses
    from kuopio_ohjelma.lint.reporters import REPORTERS
    from kuopio_ohjelma.sheets.importer import plan_import, preview, status_changes
    from kuopio_ohjelma.sheets.paths import NoWorkbooks, workbook_paths

    chosen = output_format or _default_format()
    if chosen not in REPORTERS:
        common.fail(
            _("unknown format '{format}'; choose one of {choices}").format(
                format=shown_value(chosen), choices=", ".join(REPORTERS)
            )
        )
    root = common.repository_root(ctx)
    try:
        files = workbook_paths(files)
    except NoWorkbooks as error:
        common.fail(str(error))
    with repository_lock(root):
        programme = common.load_clean_programme(root)
        collected, plan = plan_import(files, programme, force=force)
        _notices(collected.notices)
        problems = collected.problems + plan.problems
        if any(problem.severity == "error" for problem in problems):
            _refuse(problems, files, chosen)
        try:
            edits = set_statuses(root, status_changes(plan))
            # The changes as `ohjelma diff` shows them: read from the unwritten bytes.
            shown = preview(root, programme, edits) if dry_run or chosen == "json" else None
            if not dry_run:
                commit_all(edits)
        except EditError as error:
            if error.problems:
                common.show_problems(error.problems)
            common.fail(str(error))
    _show(shown, files, chosen, dry_run=dry_run, warnings=problems)
    _summary(
        collected, plan, dry_run=dry_run, files=len({e.path for e in edits}), text=chosen == "text"
    )


def _notices(notices: list[Problem]) -> None:
    """Cells read, but not as typed (a look-alike dash read as the plain one): said on
    standard error, so that the editor sees what will be written."""
    for notice in sorted(notices, key=lambda p: p.sort_key()):
        where = f"{notice.path.as_posix()}:{notice.cell}: {notice.message}"
        common.say(_("ohjelma: note: {message}").format(message=where), err=True)


def _refuse(problems: list[Problem], files: list[Path], chosen: str) -> NoReturn:
    """Nothing is imported. Findings in cells are reported in the chosen format (exit 1);
    a file that cannot be imported at all (unreadable, not a status workbook, a past period)
    has no cell to fix: one line on standard error, exit 2, the other files' findings kept."""
    cells = [problem for problem in problems if problem.cell]
    whole = sorted((p for p in problems if not p.cell), key=lambda p: p.sort_key())
    if cells or not whole or chosen != "text":  # a machine format always gets its document
        _report(cells, files, chosen)
    for problem in whole:
        where = f"{problem.path.as_posix()}: {problem.message}"
        common.say(_("ohjelma: error: {message}").format(message=where), err=True)
        if problem.hint:
            common.say("    " + _("hint: {hint}").format(hint=problem.hint), err=True)
    if not whole:
        closing = _("ohjelma: nothing was imported; fix the cells above and import all "
                    "the files again")
    elif cells:
        closing = _("ohjelma: nothing was imported; fix the files and the cells above and "
                    "import all the files again")
    else:
        closing = _("ohjelma: nothing was imported; fix the files above and import all "
                    "the files again")
    typer.echo(closing, err=True)
    raise typer.Exit(common.EXIT_USAGE if whole else common.EXIT_FINDINGS)


def _report(
    problems: list[Problem], files: list[Path], chosen: str, diff: Diff | None = None
) -> None:
    """Findings in the chosen format on standard output, and nothing else there: in JSON the
    import's changes (full notes, as `ohjelma diff -f json` gives them) join the findings in
    one document, so that the output parses."""
    from kuopio_ohjelma.lint.engine import LintReport
    from kuopio_ohjelma.lint.reporters import REPORTERS

    findings = sorted(problems, key=lambda p: p.sort_key())
    color = chosen == "text" and common.color_wanted(sys.stdout)
    width = output_width(sys.stdout)
    text = REPORTERS[chosen](LintReport(findings, list(files), width=width), color)
    if chosen == "json":
        text = _with_changes(text, diff)
    common.write_output(text, None)


def _with_changes(findings: str, diff: Diff | None) -> str:
    import json

    from kuopio_ohjelma.core.textsafe import json_text
    from kuopio_ohjelma.diff.renderers import DIFF_RENDERERS

    document = json.loads(findings)
    changes = json.loads(DIFF_RENDERERS["json"](diff, False))["changes"] if diff else []
    document["changes"] = changes
    return json_text(document)


def _show(
    diff: Diff | None, files: list[Path], chosen: str, *, dry_run: bool, warnings: list[Problem]
) -> None:
    """The text format shows the dry run's table on standard output; a machine format keeps
    standard output for itself, and the table (for a person reading a CI log) goes to
    standard error. Warnings (a deleted row) come first, in the chosen format."""
    from kuopio_ohjelma.diff.renderers import DIFF_RENDERERS

    if chosen != "text" or warnings:
        _report(warnings, files, chosen, diff)
    if not dry_run or diff is None or chosen == "json":
        return
    stream = sys.stdout if chosen == "text" else sys.stderr
    stream.write(DIFF_RENDERERS["text"](diff, common.color_wanted(stream)))
    stream.flush()


def _kept_notes(plan: Plan) -> list[str]:
    """An empty status cell never empties a note: say which notes stayed, and how to empty
    one on purpose."""
    if not plan.kept_notes:
        return []
    said = _("An empty status cell keeps the note already in the data (a workbook never "
             "empties a note); to empty one after the import:")
    lines = wrap(said, WIDTH, break_long_words=False)
    for answer in plan.kept_notes:
        lines.append(f"  ohjelma status set {answer.action_id} \"{answer.progress}\" "
                     f"--clear-note --period {answer.period}")
    return lines


def _summary(collected: Collected, plan: Plan, *, dry_run: bool, files: int, text: bool) -> None:
    """Says what happened, on stdout for the text format and stderr beside machine formats."""
    lines = []
    count = len(plan.changes)
    if not count:
        lines.append(_("Nothing to change: the answers are already in the data."))
    elif dry_run:
        lines.append(
            ngettext(
                "Would set {count} assessment in {files} file(s); nothing was written (--dry-run).",
                "Would set {count} assessments in {files} file(s); nothing was "
                "written (--dry-run).",
                count,
            ).format(count=count, files=files)
        )
    else:
        lines.append(
            ngettext(
                "Set {count} assessment in {files} file(s).",
                "Set {count} assessments in {files} file(s).",
                count,
            ).format(count=count, files=files)
        )
    if plan.unchanged:
        lines.append(
            _("Already in the data or left as exported: {count}").format(count=len(plan.unchanged))
        )
    lines += _kept_notes(plan)
    for path, ids in collected.reminders().items():
        said = _("No answer in {path}: {ids}").format(path=path, ids=", ".join(ids))
        # 80 columns, as the preview table above: a long list goes on indented lines
        lines += wrap(said, WIDTH, "", "  ", break_long_words=False)
    stream = sys.stdout if text else sys.stderr
    stream.write("\n".join(lines) + "\n")
