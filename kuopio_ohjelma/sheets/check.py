"""Check every cell of a returned workbook against the programme; collect the answers.

Nothing here writes: findings are Problems positioned at the cell (`FILE:Sheet!H7`), and
the answers go on to the import plan only when no file has a finding."""

from __future__ import annotations

from dataclasses import dataclass, field

from kuopio_ohjelma.core.periods import find_period
from kuopio_ohjelma.core.scope import Scope
from kuopio_ohjelma.core.suggest import action_hint
from kuopio_ohjelma.core.typed_mark import TypedMark, read_mark
from kuopio_ohjelma.edit.status import tidy_note
from kuopio_ohjelma.locale import _, grouped
from kuopio_ohjelma.model import Action, Goal
from kuopio_ohjelma.problems import START, Problem, Severity
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.sheets import codes, layout
from kuopio_ohjelma.sheets.cells import merged_cells, unreadable
from kuopio_ohjelma.sheets.export import mark_items, row_values
from kuopio_ohjelma.sheets.read import NOT_OURS, Returned, Row
from kuopio_ohjelma.sheets.spec import ExportSpec

UNKNOWN_ACTION = codes.UNKNOWN_ACTION.code
DUPLICATE_ACTION = codes.DUPLICATE_ACTION.code
OUT_OF_SCOPE = codes.OUT_OF_SCOPE.code
READ_ONLY_EDITED = codes.READ_ONLY_EDITED.code
NOT_ON_SCALE = codes.NOT_ON_SCALE.code
NOTE_TOO_LONG = codes.NOTE_TOO_LONG.code
NOTE_WITHOUT_MARK = codes.NOTE_WITHOUT_MARK.code
DELETED_ROW = codes.DELETED_ROW.code


@dataclass(frozen=True)
class Answer:
    """One filled row: the assessment it asks for and the fingerprint it was exported with."""

    action_id: str
    period: str
    progress: str
    note: str
    exported: str
    source: Returned
    row: int


@dataclass
class Checked:
    answers: list[Answer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    # Cells read, but not as typed (a look-alike dash): said to the editor, not refused.
    notices: list[Problem] = field(default_factory=list)


def spec_of(returned: Returned, programme: Programme) -> ExportSpec | Problem:
    """The export the workbook says it came from, if it fits this programme."""
    meta = returned.meta
    if meta.get("programme") != programme.info.name:
        return Problem(
            NOT_OURS, returned.path, START,
            _("the workbook was exported from another programme, '{name}'").format(
                name=meta.get("programme", "")),
        )
    periods = programme.info.periods
    period = find_period(periods, meta.get("period", ""))
    if period is None:
        return Problem(
            NOT_OURS, returned.path, START,
            _("the workbook is for period '{period}', which the programme does not declare")
            .format(period=meta.get("period", "")),
            _("open the period first: ohjelma period open {period}").format(
                period=meta.get("period", "")),
        )
    previous = find_period(periods, meta.get("previous", ""))
    lang = meta.get("lang", "fi")
    scope = Scope(owner=meta.get("owner") or None)
    return ExportSpec(programme, period, previous, scope, [], lang)


def check_returned(returned: Returned, programme: Programme) -> Checked:
    checked = Checked()
    spec = spec_of(returned, programme)
    if isinstance(spec, Problem):
        checked.problems.append(spec)
        return checked
    actions = {action.id: (goal, action) for goal, action in programme.all_actions()}
    seen: dict[str, int] = {}
    checked.problems += [merged_cells(returned, *merged) for merged in returned.merged]
    for row in returned.rows:
        _check_row(returned, row, spec, actions, seen, checked)
    checked.problems += _deleted_rows(returned, spec)
    # in the order the workbook was exported in, a deleted row's action in its place
    order = {action_id: index for index, action_id in enumerate(returned.fingerprints)}
    missing = [i for i in returned.fingerprints if i not in seen]
    checked.unanswered = sorted(
        dict.fromkeys(checked.unanswered + missing), key=lambda i: order.get(i, len(order))
    )
    return checked


def _deleted_rows(returned: Returned, spec: ExportSpec) -> list[Problem]:
    """An exported action with no row left: the instructions say not to delete rows, so the
    row is missing by mistake. Said where it was (rows are exported in the metadata's order);
    not an error: a deleted row holds no answer, and the reminder lists it too."""
    present = {row.text("id") for row in returned.rows}
    if not present <= set(returned.fingerprints):
        return []  # a row whose id was changed or cannot be read may be the one: said there
    problems = []
    for index, action_id in enumerate(returned.fingerprints):
        if action_id in present:
            continue
        row = index + 2  # under the heading row
        problem = returned.problem(
            DELETED_ROW, row, "id",
            _("the row of {id} is missing (it was row {row} when exported); rows must not "
              "be deleted").format(id=action_id, row=row),
            _("leave a row empty when there is nothing to say; to answer for {id}, copy its "
              "row from a fresh export: {command}").format(
                  id=action_id, command=fresh_export(returned, spec)),
        )
        problems.append(problem._replace(severity=Severity.WARNING))
    return problems


def fresh_export(returned: Returned, spec: ExportSpec) -> str:
    """The command that exports this workbook again, to copy a row or a cell from."""
    owner = returned.meta.get("owner", "")
    scope = f' --owner "{owner}"' if owner else ""
    return f"ohjelma sheet export --period {spec.period.id}{scope} -o uusi.xlsx"


def _check_row(
    returned: Returned,
    row: Row,
    spec: ExportSpec,
    actions: dict[str, tuple[Goal, Action]],
    seen: dict[str, int],
    checked: Checked,
) -> None:
    action_id = row.text("id")
    odd = [unreadable(returned, row, key) for key in ("id", "mark", "note")]
    if any(odd):
        checked.problems += [problem for problem in odd if problem is not None]
        return
    problem = _identify(returned, row, actions, seen)
    if problem is not None:
        checked.problems.append(problem)
        return
    seen[action_id] = row.number
    goal, action = actions[action_id]
    checked.problems += _read_only(returned, row, spec, goal, action)
    mark, note = row.text("mark"), row.text("note")
    if not mark and not note:
        checked.unanswered.append(action_id)
        return
    answer = _answer(returned, row, spec, checked)
    if answer is not None:
        checked.answers.append(answer)


def _identify(
    returned: Returned, row: Row, actions: dict[str, tuple[Goal, Action]], seen: dict[str, int]
) -> Problem | None:
    action_id = row.text("id")
    if action_id not in actions:
        hint = action_hint(action_id, list(actions))  # the programme's ids, not the rows'
        return returned.problem(
            UNKNOWN_ACTION, row.number, "id",
            _("unknown action id '{id}'").format(id=action_id) if action_id
            else _("this row has answers but no action id"),
            hint or _("write back the id the row was exported with"),
        )
    if action_id in seen:
        return returned.problem(
            DUPLICATE_ACTION, row.number, "id",
            _("{id} appears twice; the first is on row {row}").format(
                id=action_id, row=seen[action_id]),
            _("keep one row per action and delete the copy"),
        )
    if action_id not in returned.fingerprints:
        return returned.problem(
            OUT_OF_SCOPE, row.number, "id",
            _("{id} was not in this workbook when it was exported").format(id=action_id),
            _("delete the row; answers for {id} belong in its own body's workbook").format(
                id=action_id),
        )
    return None


def _read_only(
    returned: Returned, row: Row, spec: ExportSpec, goal: Goal, action: Action
) -> list[Problem]:
    expected = returned.fingerprints[action.id]
    current = row_values(spec, goal, action, mark_items(spec))
    problems = []
    for key in layout.READ_ONLY:
        if key not in returned.columns or key not in expected:
            continue
        if layout.fingerprint(row.text(key)) == expected[key]:
            continue
        heading = layout.heading(layout.COLUMN_BY_KEY[key], spec.lang)
        original = layout.cell_text(current[key])
        known = layout.fingerprint(original) == expected[key]
        problems.append(returned.problem(
            READ_ONLY_EDITED, row.number, key,
            _("the read-only column '{column}' was changed").format(column=heading),
            _write_back(returned, spec, original) if known
            else _("undo the change, or copy the cell from the workbook that was sent"),
        ))
    return problems


def _write_back(returned: Returned, spec: ExportSpec, original: str) -> str:
    """The whole text to write back, as it can be typed; text of several lines (projects,
    bodies) is copied from a fresh export instead."""
    if "\n" not in original and original.isprintable():
        return _("write back what it said: \"{text}\"").format(text=original)
    return _("undo the change, or copy the cell from a fresh export: {command}").format(
        command=fresh_export(returned, spec))


def _answer(
    returned: Returned, row: Row, spec: ExportSpec, checked: Checked
) -> Answer | None:
    problems = checked.problems
    mark, note = row.text("mark"), tidy_note(row.text("note"))
    read = read_mark(spec.programme.info, mark) if mark else TypedMark(None)
    before = len(problems)
    if not mark:
        problems.append(returned.problem(
            NOTE_WITHOUT_MARK, row.number, "mark",
            _("the row has a status but no progress mark"),
            _("choose a mark from the list, or empty the status too"),
        ))
    elif read.code is None:
        problems.append(returned.problem(NOT_ON_SCALE, row.number, "mark", read.message, read.hint))
    elif read.tolerated:
        checked.notices.append(returned.problem(NOT_ON_SCALE, row.number, "mark", read.tolerated))
    if len(note) > layout.NOTE_LIMIT:
        problems.append(returned.problem(
            NOTE_TOO_LONG, row.number, "note",
            _("the status is {count} characters long; at most {limit} fit").format(
                count=grouped(len(note)), limit=grouped(layout.NOTE_LIMIT)),
            _("shorten it; was something pasted twice?"),
        ))
    if len(problems) > before or read.code is None:
        return None
    exported = returned.fingerprints[row.text("id")].get("assessment", "")
    return Answer(row.text("id"), spec.period.id, read.code, note, exported, returned, row.number)


def short(text: str, limit: int = 60) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"
