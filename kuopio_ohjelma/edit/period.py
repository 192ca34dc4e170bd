"""`ohjelma period open`: declare the next monitoring period."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml.comments import CommentedMap

from kuopio_ohjelma.core.periods import check_next, next_label
from kuopio_ohjelma.core.textsafe import hidden_characters
from kuopio_ohjelma.edit.checked import (
    EditError,
    FileEdit,
    checked_edit,
    load_for_edit,
    load_rt_checked,
)
from kuopio_ohjelma.io.loader import parse_bytes
from kuopio_ohjelma.io.text import SourceText
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.model import ProgrammeInfo


@dataclass(frozen=True)
class OpenedPeriod:
    edit: FileEdit
    period_id: str
    label: str


def open_period(
    root: Path, period_id: str, label: str | None = None, *, force: bool = False
) -> OpenedPeriod:
    """Declare `period_id` after the latest; the label follows the latest one's pattern."""
    result = load_for_edit(root, only=lambda path: False)  # programme.yaml is all it changes
    assert result.info is not None
    info = result.info.model
    check_next(info.periods, period_id, force=force)
    label = label if label is not None else next_label(info.periods, period_id)
    if not label:
        raise EditError(
            _("give the period's title with --label, e.g. --label \"Tilanne {period}\"").format(
                period=period_id
            )
        )
    _check_label(label)
    return OpenedPeriod(_declare(result.info.document, period_id, label), period_id, label)


def _declare(document: Any, period_id: str, label: str) -> FileEdit:
    source = document.source
    entry = {"tunnus": period_id, "nimi": label}
    inserted = _appended(source, entry)
    if inserted is not None:
        edit = checked_edit(source, source.raw, inserted, ProgrammeInfo)
        written, _problems = parse_bytes(edit.path, edit.new)
        wanted = {**document.data, "kaudet": [*document.data["kaudet"], entry]}
        if written is not None and written.data == wanted:
            return edit
    return _rewritten(source, entry)


def _appended(source: SourceText, entry: dict[str, str]) -> str | None:
    """The text with the entry written after the last period and every other byte kept; a
    round trip through ruamel would cost as much as the rest of the programme file is long.
    None when the periods are not a plain block list to append to."""
    root = yaml.compose(source.text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    periods = _value_of(root, "kaudet")
    if not isinstance(periods, yaml.SequenceNode) or periods.flow_style or not periods.value:
        return None
    lines = source.text.split("\n")
    last = periods.value[-1]
    prefix = lines[last.start_mark.line][: last.start_mark.column]
    if prefix.strip() != "-":
        return None
    end = last.end_mark
    at = end.line if end.column == 0 else end.line + 1
    written = dump_rt(CommentedMap(entry)).rstrip("\n").split("\n")
    indent = " " * len(prefix)
    new = [prefix + written[0], *(indent + line if line else line for line in written[1:])]
    return "\n".join(lines[:at] + new + lines[at:])


def _value_of(root: Any, key: str) -> Any:
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((value for name, value in root.value if name.value == key), None)


def _rewritten(source: SourceText, entry: dict[str, str]) -> FileEdit:
    data = load_rt_checked(source)
    data["kaudet"].append(CommentedMap(entry))
    edit = checked_edit(source, source.raw, dump_rt(data), ProgrammeInfo)
    written, _problems = parse_bytes(edit.path, edit.new)
    if written is None or written.data["kaudet"][-1] != entry:
        raise EditError(_("the label could not be written faithfully; nothing was written"))
    return edit


def _check_label(label: str) -> None:
    """A label is one visible line: refused with a plain message (exit 2), never written."""
    if not label.strip():
        raise EditError(_("--label must not be empty; write e.g. --label 'Tilanne 1/2025'"))
    hidden = [ch for ch in label if ch in "\n\r" or ch in hidden_characters(label)]
    if hidden:
        raise EditError(
            _("--label holds a line break or invisible characters ({codes}); write it on "
              "one line with visible characters only").format(
                codes=", ".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(hidden)))
        )
