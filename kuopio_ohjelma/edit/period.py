"""`ohjelma period open`: declare the next monitoring period."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from kuopio_ohjelma.edit.checked import EditError, FileEdit, checked_edit, load_for_edit
from kuopio_ohjelma.io.loader import parse_bytes
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, load_rt
from kuopio_ohjelma.model import ProgrammeInfo


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
