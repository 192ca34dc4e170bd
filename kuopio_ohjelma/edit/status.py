"""`ohjelma status set`: change one assessment, keep everything else byte for byte."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from kuopio_ohjelma.core.periods import resolve_period
from kuopio_ohjelma.core.suggest import unknown_action
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.core.typed_mark import read_mark
from kuopio_ohjelma.edit import splice
from kuopio_ohjelma.edit.assessments import NoteState as NoteState
from kuopio_ohjelma.edit.assessments import StatusChange as StatusChange
from kuopio_ohjelma.edit.assessments import StatusResult as StatusResult
from kuopio_ohjelma.edit.assessments import expected_entry, new_note
from kuopio_ohjelma.edit.assessments import tidy_note as tidy_note
from kuopio_ohjelma.edit.checked import (
    EditError,
    FileEdit,
    checked_edit,
    confirm_data,
    load_for_edit,
    load_rt_checked,
    refuse_unloaded,
)
from kuopio_ohjelma.io.kinds import GOAL, is_kind
from kuopio_ohjelma.io.loader import LoadResult
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, text_scalar
from kuopio_ohjelma.locale import _, ngettext
from kuopio_ohjelma.model import Assessment, Goal, ProgrammeInfo
from kuopio_ohjelma.problems import Problem


class PastPeriod(EditError):
    """A change to a period that is not the latest: needs confirmation or --force."""


# One planned assessment: the action's index in its goal file, the period, the mark, and
# the note to write (None keeps the note already there, byte for byte).
_Planned = tuple[int, str, str, str | None]


def set_status(root: Path, change: StatusChange) -> StatusResult:
    from kuopio_ohjelma.edit import known

    # The files that may hold the action (a search of bytes, far cheaper than parsing and
    # validating every goal to find its one), and those not known yet, learnt on the way.
    needle = change.action_id.encode("utf-8")
    result = load_for_edit(root, only=known.goals_to_load(root, needle))
    if not any(a.id == change.action_id for g in result.goals for a in g.model.actions):
        result = load_for_edit(root)  # not found: the error and its hints need every goal
    assert result.info is not None
    info = result.info.model
    period = resolve_period(info.periods, change.period).id
    if change.note is not None and change.clear_note:
        raise EditError(_("give --note or --clear-note, not both"))
    change = _read_progress(info, change)
    try:
        goal, index = _find_action(result, change.action_id)
    except EditError as error:
        if not error.problems:  # "unknown action" on data that does not load: say that
            refuse_unloaded(root, result)
        raise
    refuse_unloaded(root, result)
    source = goal.document.source
    old = goal.model.actions[index].assessments.get(period)
    note, state = new_note(change, old.note if old else None)
    if old is not None and old.progress == change.progress and state is NoteState.KEPT:
        edit = FileEdit(source.path, source.raw, source.raw)
    else:
        _check_past(change, period, info.periods[-1].id, old)
        written = None if state is NoteState.KEPT else note
        edit = _edit_file(goal, [(index, period, change.progress, written)])
    _refuse_if_strict(root, edit)
    if edit.changed:  # a call that changes nothing leaves no trace, not even in the cache
        _remember(root, result, goal.path, edit)
    return StatusResult(
        edit,
        change.action_id,
        period,
        old.progress if old else None,
        change.progress,
        state,
        note,
    )


def _refuse_if_strict(root: Path, edit: FileEdit) -> None:
    from kuopio_ohjelma.edit.lint_guard import refuse_if_strict  # lint: only when asked

    refuse_if_strict(root, [edit])


def _remember(root: Path, result: LoadResult, path: Path, edit: FileEdit) -> None:
    """What loaded with no error, for the next edit to take as known (edit/quick.py)."""
    from kuopio_ohjelma.edit import known

    known.remember_clean(root, known.loaded_cleanly(result))
    if path not in {p.path for p in result.errors}:
        known.remember_goal(root, edit.new)  # read back and validated (confirm_data)
    known.goal_index(root)  # where the actions are, for the next edit (quick) to find


def set_statuses(root: Path, changes: list[StatusChange]) -> list[FileEdit]:
    """Several assessments at once, one write per goal file; any refusal refuses them all.
    Nothing is written here: the caller commits the edits under the repository lock.
    The whole repository is loaded anyway, so lint's last check costs little here: the batch
    (a folder of workbooks) is refused if it would leave an error lint did not report before."""
    from kuopio_ohjelma.edit.lint_guard import refuse_new_errors

    result = load_for_edit(root)
    assert result.info is not None
    info = result.info.model
    by_file: dict[Path, list[tuple[Any, int, str, StatusChange]]] = {}
    for change in changes:
        period = resolve_period(info.periods, change.period).id
        change = _read_progress(info, change)
        goal, index = _find_action(result, change.action_id)
        by_file.setdefault(goal.path, []).append((goal, index, period, change))
    refuse_unloaded(root, result)
    edits = [_edit_file(plan[0][0], _notes(plan)) for plan in by_file.values()]
    refuse_new_errors(root, result, edits)
    return edits


def _notes(plan: list[tuple[Any, int, str, StatusChange]]) -> list[_Planned]:
    """Each change with the note to write; a note that stays the same is kept as it is."""
    planned: list[_Planned] = []
    for goal, index, period, change in plan:
        note, state = new_note(change, _old_note(goal, index, period))
        planned.append((index, period, change.progress, None if state is NoteState.KEPT else note))
    return planned


def _edit_file(goal: Any, planned: list[_Planned]) -> FileEdit:
    """One goal file's assessments set by splicing text: only their lines change, every other
    byte (wrapped notes, flow lists, comments, CRLF, a BOM) is kept. Then the WHOLE file is
    read back: its data must be the old data with exactly these assessments, or nothing is
    written."""
    source = goal.document.source
    expected = copy.deepcopy(goal.document.data)
    text: str | None = splice.original_text(source)
    for index, period, progress, note in planned:
        written = expected_entry(expected["toimenpiteet"][index], period, progress, note)
        if text is not None:
            assessment = CommentedMap()
            assessment["eteneminen"] = DoubleQuotedScalarString(progress)
            if written is not None:
                assessment["tilanne"] = text_scalar(written)
            text = splice.splice_assessment(text, source.newline, index, period, assessment)
    if text is not None:
        edit = FileEdit(source.path, source.raw, splice.encode(source, text))
    else:
        # No splice is possible for this file's shape (a flow-style `seuranta` or action, a
        # period key sharing its line with another): only then the whole file goes through
        # ruamel, which may re-flow other actions' text. The read-back check still holds.
        edit = _round_trip(source, planned)
    confirm_data(edit, Goal, expected)
    return edit


def _round_trip(source: Any, planned: list[_Planned]) -> FileEdit:
    data = load_rt_checked(source)
    for index, period, progress, note in planned:
        _write_assessment(data["toimenpiteet"][index], period, progress, note)
    return checked_edit(source, source.raw, dump_rt(data), Goal)


def _old_note(goal: Any, index: int, period: str) -> str | None:
    old = goal.model.actions[index].assessments.get(period)
    return old.note if old else None


def _write_assessment(
    action: CommentedMap, period: str, progress: str, note: str | None
) -> None:
    """Set one period's mark and note in an action's round-trip node, keeping the rest;
    `note=None` leaves the note as it is, byte for byte."""
    if "seuranta" not in action or action["seuranta"] is None:
        action["seuranta"] = CommentedMap()
    assessments = action["seuranta"]
    entry = assessments.get(period)
    if entry is None:
        entry = CommentedMap()
        assessments[period] = entry
    entry["eteneminen"] = DoubleQuotedScalarString(progress)
    if note is not None or "tilanne" not in entry:
        entry["tilanne"] = text_scalar(note or "")


def _read_progress(info: ProgrammeInfo, change: StatusChange) -> StatusChange:
    """The change with the scale code its typed mark stands for, read as sheet import reads
    a cell (core/typed_mark); a mark off the scale is refused with the mark meant."""
    read = read_mark(info, change.progress)
    if read.code is None:
        raise EditError(f"{read.message}; {read.hint}")
    return change._replace(progress=read.code)


def _check_past(change: StatusChange, period: str, latest: str, old: Assessment | None) -> None:
    """A past period is history: changing it is confirmed or forced, and says what it replaces."""
    if period == latest or change.force:
        return
    if old is None:
        replaced = _("{period} has no assessment yet for {action}").format(
            period=period, action=change.action_id
        )
    else:
        replaced = _("this replaces {action} {period}: \"{progress}\", note: {note}").format(
            action=change.action_id,
            period=period,
            progress=old.progress,
            note=f'"{shown(old.note)}"' if old.note else _("(empty)"),
        )
    raise PastPeriod(
        _(
            "{period} is not the latest period ({latest}); {replaced}. "
            "Give --force to change it."
        ).format(period=period, latest=latest, replaced=replaced)
    )


def _find_action(result: LoadResult, action_id: str) -> tuple[Any, int]:
    ids = []
    found = []
    for goal in result.goals:
        for index, action in enumerate(goal.model.actions):
            if action.id == action_id:
                found.append((goal, index))
            ids.append(action.id)
    if len(found) > 1:
        _refuse_ambiguous(action_id, found)
    if found:
        _refuse_broken(result, found[0][0].path)
        return found[0]
    broken = [p for p in result.errors if is_kind(p.path, GOAL)]
    for path in sorted({p.path for p in broken}):
        if _mentions(result, path, action_id):
            raise EditError(
                _("{action} is in {path}, which does not load; fix it first").format(
                    action=action_id, path=path
                ),
                [p for p in broken if p.path == path],
            )
    unread = _unread(result, {p.path for p in broken if p.severity == "error"})
    if unread:
        raise EditError(_not_found_for_now(action_id, unread), _shown(broken, unread))
    raise EditError(unknown_action(action_id, ids, complete=not broken))


def _refuse_ambiguous(action_id: str, found: list[tuple[Any, int]]) -> None:
    """An id in two places (lint's E302): which one is meant cannot be known, so neither is
    edited; both places are named, as lint names them."""
    places = [
        f"{goal.path.as_posix()}:{goal.document.position(('toimenpiteet', index, 'tunnus')).line}"
        for goal, index in found
    ]
    raise EditError(
        _("action id {action} is in more than one place: {places}; nothing was written. Give "
          "one of them another id first (ohjelma lint, E302)").format(
            action=action_id, places=", ".join(places))
    )


def _unread(result: LoadResult, failed: set[Path]) -> list[Path]:
    """Goal files that did not load and whose actions could not be read: the action may be
    in one of them, so it is unknown only when every goal file loaded."""
    return sorted(path for path in failed if _actions_of(result, path) is None)


def _not_found_for_now(action_id: str, unread: list[Path]) -> str:
    return ngettext(
        "{action} is not in the goal files that load, and {files} does not load (the action "
        "may be there); fix it first (ohjelma lint), nothing was written",
        "{action} is not in the goal files that load, and {files} do not load (the action "
        "may be in one of them); fix them first (ohjelma lint), nothing was written",
        len(unread),
    ).format(action=action_id, files=", ".join(map(str, unread)))


def _shown(problems: list[Problem], paths: list[Path]) -> list[Problem]:
    return [p for p in problems if p.path in paths]


def _refuse_broken(result: LoadResult, path: Path) -> None:
    """A file the loader reports errors for (a duplicate key, a tab in indentation…) is not
    edited: the refusal shows lint's own findings (exit 1)."""
    errors = [p for p in result.errors if p.path == path and p.code.startswith("E1")]
    if errors:
        raise EditError(
            _("{path} has errors; fix them first (ohjelma lint), nothing was written")
            .format(path=path),
            errors,
        )


def _mentions(result: LoadResult, path: Path, action_id: str) -> bool:
    """Whether a goal file that parsed but did not validate holds the action. Only what the
    loader already read is asked: no file is opened again (a pipe or /dev/zero in its place
    would hang or never end)."""
    actions = _actions_of(result, path)
    return any(isinstance(a, dict) and a.get("tunnus") == action_id for a in actions or [])


def _actions_of(result: LoadResult, path: Path) -> list[Any] | None:
    """The goal file's actions as the loader read them; None when it could not read the
    file's keys at all (a syntax error, a tab in the indentation)."""
    document = result.documents.get(path)
    data = document.data if document is not None else None
    if not isinstance(data, dict):
        return None
    actions = data.get("toimenpiteet")
    return actions if isinstance(actions, list) else []
