"""`status set` and `period open` without loading the world: the common case, quickly.

The full edits (edit/status.py, edit/period.py) load the programme and the goal file through
the models, then splice. Importing pydantic and ruamel alone costs more than the whole edit
of one assessment, so when everything the edit reads is *known* (edit/known.py: these exact
bytes loaded with no error under this code), the same splice is made here, and checked the
same ways:

- the mark through values/marks.py (as the models) and the period through core/periods.py,
  as lint does; a mark off the scale goes to the full path, which suggests the mark meant;
- the written file is read back by the loader's own parse (io/parse.py): no error, and
  exactly the old data with the new assessment (or period), or nothing is written.

Why the result may be remembered as loading cleanly in its turn: the models validate each
assessment (a mark that is text, a note that is text) and each period (an id of the period
form, a one-line label) on its own, with no rule across fields; the old file validated, the
new one differs only in that one assessment or period, checked above, and its parse has no
error. A test holds this against the full validation over a corpus of edits.

Every function returns None for anything else (a refusal, a question, an unknown or unusual
file): the caller then runs the full edit, which answers exactly as it always has.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any, NamedTuple

from kuopio_ohjelma.core.periods import PeriodError, check_next, next_label, resolve_period
from kuopio_ohjelma.edit import house, known, splice
from kuopio_ohjelma.edit.assessments import (
    NoteState,
    StatusChange,
    StatusResult,
    expected_entry,
    new_note,
)
from kuopio_ohjelma.edit.checked import EditError, FileEdit, encode_like
from kuopio_ohjelma.io.parse import parse_bytes
from kuopio_ohjelma.io.yaml_positions import Document
from kuopio_ohjelma.values.marks import allowed_marks


def set_status(root: Path, change: StatusChange) -> StatusResult | None:
    """edit/status.set_status's edit when the programme and the action's goal file are
    known; None when the full path must answer."""
    loaded = known.recall_programme(root)
    if loaded is None or (change.note is not None and change.clear_note):
        return None
    if not _all_goals_known(root):
        return None
    _raw, facts = loaded
    try:
        period = resolve_period(facts.periods, change.period).id
    except PeriodError:
        return None
    if change.progress not in allowed_marks(facts.scale):
        return None  # the full path refuses it, with the mark meant (core/scale.suggest_mark)
    found = _action(root, change.action_id)
    if found is None:
        return None
    document, index = found
    assessments = document.data["toimenpiteet"][index].get("seuranta", {})
    old = assessments.get(period)
    old_note = old.get("tilanne", "") if old is not None else None
    note, state = new_note(change, old_note)
    source = document.source
    if old is not None and old["eteneminen"] == change.progress and state is NoteState.KEPT:
        edit = FileEdit(source.path, source.raw, source.raw)
    else:
        if period != facts.periods[-1].id and not change.force:
            return None  # a past period: the full path asks or refuses
        written = None if state is NoteState.KEPT else note
        spliced = _spliced(document, index, period, change.progress, written)
        if spliced is None:
            return None
        edit = spliced
        known.remember_goal(root, edit.new)
    old_progress = old["eteneminen"] if old is not None else None
    return StatusResult(
        edit, change.action_id, period, old_progress, change.progress, state, note
    )


def _all_goals_known(root: Path) -> bool:
    """No edit is written on data that does not load: every goal file must be one known to
    load cleanly (a goal saved as UTF-16, a folder emptied), or the full path refuses it with
    lint's findings. The index holds each file's content hash, read again whenever the file's
    size, times or inode change (a write changes its ctime), so only changed files are read."""
    index = known.goal_index(root)
    if not index:
        return False
    return all(known.known_goal_hash(root, entry[5]) for entry in index.values())


def _action(root: Path, action_id: str) -> tuple[Document, int] | None:
    """The one goal file holding the action; every file that mentions it must be known too,
    or the full path decides. An id in two places is the full path's to refuse (E302)."""
    candidates = known.goal_files_mentioning(root, action_id)
    found: list[tuple[Document, int]] = []
    for path in candidates or []:
        raw = known.read_regular(path)
        if raw is None or not known.recall(root, known.GOAL, raw)[0]:
            return None
        document, problems = parse_bytes(path, raw)
        if document is None or any(p.severity == "error" for p in problems):
            return None
        found += [(document, index) for index, action in enumerate(document.data["toimenpiteet"])
                  if action["tunnus"] == action_id]
    return found[0] if len(found) == 1 else None


def _spliced(
    document: Document, index: int, period: str, progress: str, note: str | None
) -> FileEdit | None:
    """The assessment's lines spliced (edit/status._edit_file's splice), read back whole."""
    source = document.source
    expected = copy.deepcopy(document.data)
    written = expected_entry(expected["toimenpiteet"][index], period, progress, note)
    assessment: dict[str, str] = {"eteneminen": house.DoubleQuoted(progress)}
    if written is not None:
        assessment["tilanne"] = written
    text = splice.splice_assessment(
        splice.original_text(source), source.newline, index, period, assessment, house.write
    )
    if text is None:
        return None  # an unusual shape: the full path rewrites the file through ruamel
    new = splice.encode(source, text)
    return FileEdit(source.path, source.raw, new) if _reads_as(new, document, expected) else None


def _reads_as(new: bytes, document: Document, expected: Any) -> bool:
    """The loader's own reading of the new bytes: no error, exactly the expected data."""
    written, problems = parse_bytes(document.path, new)
    if written is None or any(p.severity == "error" for p in problems):
        return False
    return bool(written.data == expected)


class Opened(NamedTuple):
    edit: FileEdit
    period_id: str
    label: str


def open_period(root: Path, period_id: str, label: str | None, *, force: bool) -> Opened | None:
    """edit/period.open_period's edit when the programme is known; None otherwise."""
    from kuopio_ohjelma.edit.append import insert
    from kuopio_ohjelma.edit.period import check_label
    from kuopio_ohjelma.io.names import text_problems
    from kuopio_ohjelma.io.text import MAX_FILE_BYTES, decode_source

    loaded = known.recall_programme(root)
    if loaded is None or not _all_goals_known(root):
        return None
    raw, facts = loaded
    try:
        check_next(facts.periods, period_id, force=force)
        label = label if label is not None else next_label(facts.periods, period_id)
        if not label:
            return None
        check_label(label)
    except (PeriodError, EditError):
        return None
    path = known.programme_path(root)
    source, _problems = decode_source(path, raw)
    if source is None:
        return None
    layout = facts.layout
    if layout is None:  # parsed once here, then known with these bytes
        layout = known.layout_of(source.text)[0]
        if layout is None:
            return None
        known.remember_programme(root, raw, facts._replace(layout=layout))
    entry = {"tunnus": period_id, "nimi": label}
    new = encode_like(source, insert(source.text, (layout.at, layout.prefix), entry))
    written, problems = decode_source(path, new)
    if written is None or len(new) > MAX_FILE_BYTES:
        return None
    # The old text had no error; only the new lines can bring one (an invisible character).
    problems += text_problems(path, "\n".join(entry.values()))
    if any(p.severity == "error" for p in problems):
        return None
    # Read back whole by the parser (libyaml): the old data, exactly, and the new period.
    new_layout, data = known.layout_of(written.text)
    if new_layout is None or not isinstance(data, dict) or data["kaudet"][-1:] != [entry]:
        return None
    if known.data_digest({**data, "kaudet": data["kaudet"][:-1]}) != layout.digest:
        return None
    periods = [*facts.periods, known.PeriodFacts(period_id, label)]
    known.remember_programme(root, new, known.ProgrammeFacts(periods, facts.scale, new_layout))
    return Opened(FileEdit(path, raw, new), period_id, label)
