"""What `status set` asks and answers, free of ruamel and pydantic: the full edit
(edit/status.py) and the quick one (edit/quick.py) share these."""

from __future__ import annotations

import unicodedata
from enum import StrEnum
from typing import Any, NamedTuple

from kuopio_ohjelma.edit.checked import EditError, FileEdit
from kuopio_ohjelma.locale import _


class StatusChange(NamedTuple):
    """What the editor asked for. `note=None` keeps the period's note; clearing it takes an
    explicit empty note or `clear_note`. `force` allows changing a period that is not the
    latest (the command asks on a terminal and sets it)."""

    action_id: str
    period: str | None
    progress: str
    note: str | None = None
    clear_note: bool = False
    force: bool = False


class NoteState(StrEnum):
    NEW = "new"
    CHANGED = "changed"
    KEPT = "kept"
    CLEARED = "cleared"


class StatusResult(NamedTuple):
    """What the edit changed, for the command to print."""

    edit: FileEdit
    action_id: str
    period: str
    old_progress: str | None
    new_progress: str
    note: NoteState
    new_note: str


def tidy_note(note: str) -> str:
    """Trailing white space on each line and around the note is never meaningful; every
    kind of line break is one (io/notes.line_breaks)."""
    from kuopio_ohjelma.io.notes import line_breaks

    return "\n".join(line.rstrip() for line in line_breaks(note).strip().split("\n"))


def expected_entry(
    action: dict[str, Any], period: str, progress: str, note: str | None
) -> str | None:
    """What status set writes, on the loader's plain data: the expected read-back.
    Returns the note text to write, None when the note already there is kept."""
    if not isinstance(action.get("seuranta"), dict):
        action["seuranta"] = {}
    entry = action["seuranta"].get(period)
    if not isinstance(entry, dict):
        entry = action["seuranta"][period] = {}
    entry["eteneminen"] = progress
    if note is not None or "tilanne" not in entry:
        entry["tilanne"] = note or ""
        return entry["tilanne"]  # type: ignore[no-any-return]
    return None


def new_note(change: StatusChange, old: str | None) -> tuple[str, NoteState]:
    """The note to write and what happened to it: never lost unless asked."""
    if change.clear_note:
        return "", NoteState.CLEARED if old else NoteState.KEPT
    if change.note is None:
        return (old, NoteState.KEPT) if old is not None else ("", NoteState.NEW)
    # Written composed (NFC), as the loader reads text: a workbook's or a caller's decomposed
    # or compatibility form ('שׁ' U+FB2A) would otherwise not read back as written.
    note = unicodedata.normalize("NFC", tidy_note(change.note))
    refuse_control(_("the note of {action}").format(action=change.action_id), note)
    if old is None:
        return note, NoteState.NEW
    if note == old:
        return note, NoteState.KEPT
    return note, NoteState.CLEARED if not note else NoteState.CHANGED


def refuse_control(where: str, text: str) -> None:
    """An edit never writes a control character: refused in lint's words (E117)."""
    from kuopio_ohjelma.core.suggest import join_hint
    from kuopio_ohjelma.io.names import control_message

    said = control_message(where, text)
    if said is not None:
        raise EditError(join_hint(*said))
