"""`ohjelma period open`: declare the next monitoring period."""

from __future__ import annotations

from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from kuopio_ohjelma.core.periods import check_next
from kuopio_ohjelma.edit.checked import EditError, FileEdit, checked_edit, load_for_edit
from kuopio_ohjelma.io.loader import parse_bytes
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, load_rt
from kuopio_ohjelma.model import ProgrammeInfo


def open_period(root: Path, period_id: str, label: str) -> FileEdit:
    result = load_for_edit(root)
    assert result.info is not None
    info = result.info.model
    check_next(info.periods, period_id)
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
