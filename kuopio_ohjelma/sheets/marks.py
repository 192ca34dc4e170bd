"""Read a mark as people leave it in a cell: the code, the drop-down entry, or the label."""

from __future__ import annotations

from kuopio_ohjelma.core.scale import unify_lookalikes
from kuopio_ohjelma.sheets import layout


def parse_mark(text: str, items: dict[str, str], labels: dict[str, str]) -> str | None:
    """The scale code `text` stands for, or None. `items` maps code → drop-down entry and
    `labels` code → the scale's label. Look-alike dashes are accepted on purpose: a
    spreadsheet's autocorrect writes them, not the editor, and the cell shows the same mark."""
    plain = " ".join(unify_lookalikes(text).split())
    if plain in items:
        return plain
    folded = layout.folded(plain)
    for code, item in items.items():
        if folded == layout.folded(unify_lookalikes(item)):
            return code
    first = plain.split(" ", 1)[0]
    if first in items:
        return first
    for code, label in labels.items():
        if folded == layout.folded(label):
            return code
    return None
