"""Round-trip edits: change only what must change, validate, then write atomically.

Every edit reads and writes under an exclusive lock on the data folder, so two terminals
editing at once are serialised and neither change is lost; a file changed by someone else
between our read and our write is refused rather than overwritten.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from kuopio_ohjelma.atomic import write_bytes_atomic
from kuopio_ohjelma.loader import (
    DATA_DIR,
    PROGRAMME_FILE,
    LoadResult,
    load_repository,
    parse_bytes,
    validate,
)
from kuopio_ohjelma.model import Goal, ProgrammeInfo
from kuopio_ohjelma.problems import Problem
from kuopio_ohjelma.source import SourceText
from kuopio_ohjelma.suggest import did_you_mean
from kuopio_ohjelma.yamlrt import dump_rt, load_rt, text_scalar


class EditError(Exception):
    """An edit that was refused; nothing was written."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class FileEdit:
    """New content for one file, with the bytes it was computed from."""

    path: Path
    original: bytes
    new: bytes

    @property
    def changed(self) -> bool:
        return self.original != self.new


@contextmanager
def repository_lock(root: Path) -> Iterator[None]:
    """Exclusive lock on the data folder for one read-modify-write."""
    fd = os.open(root / DATA_DIR, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def commit(edit: FileEdit) -> None:
    """Write `edit` unless the file changed since it was read."""
    if not edit.changed:
        return
    try:
        current = edit.path.read_bytes()
    except OSError as error:
        raise EditError(f"{edit.path}: cannot read: {error.strerror}") from error
    if current != edit.original:
        raise EditError(f"{edit.path} was changed by someone else meanwhile; run the command again")
    write_bytes_atomic(edit.path, edit.new)


def load_for_edit(root: Path) -> LoadResult:
    result = load_repository(root)
    if result.info is None:
        raise EditError(
            "data/programme.yaml does not load; fix it first (ohjelma lint)",
            [p for p in result.errors if p.path.name == PROGRAMME_FILE],
        )
    return result


def encode_like(source: SourceText, text: str) -> bytes:
    """Keep the original's line endings and byte-order mark."""
    if source.newline != "\n":
        text = text.replace("\n", source.newline)
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if source.had_bom else data


def checked_edit(
    source: SourceText, original: bytes, text: str, model: type[BaseModel]
) -> FileEdit:
    """Never write a file that would not load: parse and validate the result first."""
    new = encode_like(source, text)
    document, problems = parse_bytes(source.path, new)
    errors = [p for p in problems if p.severity == "error"]
    if document is not None and not errors:
        validate(document, model, errors)
    if errors:
        raise EditError(f"the edit would make {source.path} invalid; nothing was written", errors)
    return FileEdit(source.path, original, new)


# --- status set -----------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusChange:
    action_id: str
    period: str | None
    progress: str
    note: str


def tidy_note(note: str) -> str:
    """Trailing white space on each line and around the note is never meaningful."""
    return "\n".join(line.rstrip() for line in note.strip().split("\n"))


def set_status(root: Path, change: StatusChange) -> FileEdit:
    result = load_for_edit(root)
    assert result.info is not None
    info = result.info.model
    period = _period(info, change.period)
    if change.progress not in info.allowed_progress():
        raise EditError(
            f"progress '{change.progress}' is not on the scale; allowed: "
            + ", ".join(f'"{c}"' for c in info.allowed_progress())
        )
    goal, index = _find_action(result, change.action_id)
    source = goal.document.source
    data = load_rt(source.text)
    action = data["toimenpiteet"][index]
    if "seuranta" not in action or action["seuranta"] is None:
        action["seuranta"] = CommentedMap()
    assessments = action["seuranta"]
    note = tidy_note(change.note)
    entry = assessments.get(period)
    if entry is None:
        entry = CommentedMap()
        assessments[period] = entry
    entry["eteneminen"] = DoubleQuotedScalarString(change.progress)
    entry["tilanne"] = text_scalar(note)
    edit = checked_edit(source, source.raw, dump_rt(data), Goal)
    _confirm(edit, index, period, change.progress, note)
    return edit


def _period(info: ProgrammeInfo, period: str | None) -> str:
    ids = [p.id for p in info.periods]
    if period is None:
        if not ids:
            raise EditError("no period is declared; open one with 'ohjelma period open'")
        return ids[-1]
    if period not in ids:
        raise EditError(f"unknown period '{period}'; " + did_you_mean(period, ids))
    return period


def _find_action(result: LoadResult, action_id: str) -> tuple[Any, int]:
    ids = []
    for goal in result.goals:
        for index, action in enumerate(goal.model.actions):
            if action.id == action_id:
                return goal, index
            ids.append(action.id)
    broken = [p for p in result.errors if p.path.parent.name == "goals"]
    for path in sorted({p.path for p in broken}):
        if _mentions(path, action_id):
            raise EditError(
                f"{action_id} is in {path}, which does not load; fix it first",
                [p for p in broken if p.path == path],
            )
    hint = did_you_mean(action_id, ids, list_all=False)
    raise EditError(f"unknown action '{action_id}'" + (f"; {hint}" if hint else ""))


def _mentions(path: Path, action_id: str) -> bool:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(rf"tunnus:\s*[\"']?{re.escape(action_id)}\b", text) is not None


def _confirm(edit: FileEdit, index: int, period: str, progress: str, note: str) -> None:
    document, _ = parse_bytes(edit.path, edit.new)
    assert document is not None
    assessment = document.data["toimenpiteet"][index]["seuranta"][period]
    if assessment != {"eteneminen": progress, "tilanne": note}:
        raise EditError("the note could not be written faithfully; nothing was written")


# --- period open -----------------------------------------------------------------------------


def open_period(root: Path, period_id: str, label: str) -> FileEdit:
    result = load_for_edit(root)
    assert result.info is not None
    info = result.info.model
    if any(p.id == period_id for p in info.periods):
        raise EditError(f"period '{period_id}' is already declared")
    if info.periods and _period_key(period_id) <= _period_key(info.periods[-1].id):
        raise EditError(f"period '{period_id}' must come after the latest, '{info.periods[-1].id}'")
    source = result.info.document.source
    data = load_rt(source.text)
    entry = CommentedMap()
    entry["tunnus"] = period_id
    entry["nimi"] = label
    data["kaudet"].append(entry)
    edit = checked_edit(source, source.raw, dump_rt(data), ProgrammeInfo)
    written, _ = parse_bytes(edit.path, edit.new)
    if written is None or written.data["kaudet"][-1] != {"tunnus": period_id, "nimi": label}:
        raise EditError("the label could not be written faithfully; nothing was written")
    return edit


def _period_key(period_id: str) -> tuple[int, int]:
    number, _, year = period_id.partition("/")
    if not (number.isdigit() and year.isdigit() and len(year) == 4):
        raise EditError(f"'{period_id}' is not a period; write <number>/<year>, e.g. 1/2025")
    return int(year), int(number)
