"""Record one value in an indicator's sidecar CSV: replace its row or add one in time order.

Every other row keeps its cells as written; the result must read back without a finding and
hold exactly the value asked for, or nothing is written.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from kuopio_ohjelma.core.periods import period_key
from kuopio_ohjelma.edit.checked import EditError, FileEdit, encode_like
from kuopio_ohjelma.edit.observation import Entry
from kuopio_ohjelma.io.csv_positions import Row, delimiter, read_cells
from kuopio_ohjelma.io.sidecar import csv_number, parse_sidecar
from kuopio_ohjelma.io.text import decode_source
from kuopio_ohjelma.locale import _


def set_in_sidecar(path: Path, entry: Entry) -> FileEdit:
    raw = path.read_bytes()
    source, _problems = decode_source(path, raw)
    if source is None:
        raise EditError(_("{path} cannot be read; fix it first").format(path=path))
    separator = delimiter(source.text)  # a semicolon file stays one, with decimal commas
    placed = read_cells(source.text, separator)
    rows = [[cell.text for cell in row] for row in placed]
    header, body = rows[0], rows[1:]
    widened = False
    for key in ("huomautus", "lähde"):
        wanted = entry.note if key == "huomautus" else entry.source
        if wanted is not None and key not in header:
            header.append(key)
            body = [[*row, ""] for row in body]
            widened = True
    cells = _cells(header, entry, decimal_comma=separator != ",")
    column = header.index(entry.key) if entry.key in header else -1
    same = [i for i, row in enumerate(body) if column >= 0 and row[column] == str(entry.when)]
    index = same[0] if same else None
    if index is None:
        index = _position(header, body, entry)
        body.insert(index, [cells.get(name, "") for name in header])
        new = (index, index)
    else:
        for name, text in cells.items():
            body[index][header.index(name)] = text
        new = (index, index + 1)
    # A new column changes every row; otherwise only the value's own line is written.
    text = (
        _write([header, *body], separator)
        if widened
        else _splice(source.text, placed[1:], new, body[index], separator)
    )
    edit = FileEdit(path, raw, encode_like(source, text))
    _confirm(edit, entry)
    return edit


def _splice(
    text: str, rows: list[Row], replaced: tuple[int, int], row: list[str], separator: str
) -> str:
    """`text` with body rows [start, end) (none: an insertion) replaced by `row`'s line; the
    other lines keep their bytes, quoting and spacing."""
    lines = text.splitlines(keepends=True)
    start, end = replaced
    first = rows[start][0].position.line - 1 if start < len(rows) else len(lines)
    last = first if end == start else _last_line(rows[end - 1])
    if first == len(lines) and lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    return "".join(lines[:first]) + _write([row], separator) + "".join(lines[last:])


def _last_line(row: Row) -> int:
    """The line after the row (0-based): a quoted cell may span lines."""
    return row[-1].position.line + row[-1].text.count("\n")


def _cells(header: list[str], entry: Entry, *, decimal_comma: bool) -> dict[str, str]:
    value = csv_number(entry.value, decimal_comma=decimal_comma)
    cells = {entry.key: str(entry.when), "arvo": value}
    if entry.note is not None:
        cells["huomautus"] = entry.note
    if entry.source is not None:
        cells["lähde"] = entry.source
    if entry.key not in header:
        raise EditError(
            _("the CSV has no column '{key}'; add the value by hand").format(key=entry.key)
        )
    return cells


def _position(header: list[str], body: list[list[str]], entry: Entry) -> int:
    index = len(body)
    while index > 0 and _key(header, body[index - 1]) > entry.sort_key():
        index -= 1
    return index


def _key(header: list[str], row: list[str]) -> tuple[int, int]:
    if "vuosi" in header and row[header.index("vuosi")].strip().isdigit():
        return int(row[header.index("vuosi")]), 0
    if "kausi" in header and "/" in row[header.index("kausi")]:
        return period_key(row[header.index("kausi")].strip())
    return (0, 0)


def _write(rows: list[list[str]], separator: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=separator, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def _confirm(edit: FileEdit, entry: Entry) -> None:
    sidecar, problems = parse_sidecar(edit.path, edit.new)
    if sidecar is None or problems:
        raise EditError(
            _("the edit would make {path} invalid; nothing was written").format(path=edit.path),
            problems,
        )
    found = [o for o in sidecar.observations if o.when == str(entry.when)]
    if len(found) != 1 or found[0].value != entry.value:
        raise EditError(_("the value could not be written faithfully; nothing was written"))


def remove_from_sidecar(path: Path, key: str, when: str) -> FileEdit:
    """The CSV without the row of `when` (its lines only; every other line keeps its bytes)."""
    raw = path.read_bytes()
    source, _problems = decode_source(path, raw)
    if source is None:
        raise EditError(_("{path} cannot be read; fix it first").format(path=path))
    placed = read_cells(source.text, delimiter(source.text))
    header = [cell.text for cell in placed[0]]
    column = header.index(key) if key in header else -1
    rows = [row for row in placed[1:] if column >= 0 and len(row) > column
            and row[column].text.strip() == when]
    if len(rows) != 1:
        raise EditError(_("the value could not be written faithfully; nothing was written"))
    lines = source.text.splitlines(keepends=True)
    first, last = rows[0][0].position.line - 1, _last_line(rows[0])
    edit = FileEdit(path, raw, encode_like(source, "".join(lines[:first] + lines[last:])))
    sidecar, problems = parse_sidecar(edit.path, edit.new)
    if sidecar is None or problems or any(o.when == when for o in sidecar.observations):
        raise EditError(
            _("the edit would make {path} invalid; nothing was written").format(path=edit.path),
            problems,
        )
    return edit
