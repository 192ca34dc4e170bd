"""Read a mark as people leave it in a cell: the code, the drop-down entry, or the label."""

from __future__ import annotations

from kuopio_ohjelma.sheets import layout

# Dashes a spreadsheet program's autocorrect or a pasted text may put in place of '-'.
_DASHES = str.maketrans({"\u2013": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})


def parse_mark(text: str, items: dict[str, str], labels: dict[str, str]) -> str | None:
    """The scale code `text` stands for, or None. `items` maps code → drop-down entry and
    `labels` code → the scale's label."""
    plain = " ".join(text.translate(_DASHES).split())
    if plain in items:
        return plain
    folded = layout.folded(plain)
    for code, item in items.items():
        if folded == layout.folded(item.translate(_DASHES)):
            return code
    first = plain.split(" ", 1)[0]
    if first in items:
        return first
    for code, label in labels.items():
        if folded == layout.folded(label):
            return code
    return None
