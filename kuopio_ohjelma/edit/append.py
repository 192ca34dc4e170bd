"""A new period appended to the programme as text: every other byte stays as it was."""

from __future__ import annotations

from typing import Any

import yaml

from kuopio_ohjelma.edit import house


def compose(text: str) -> Any:
    return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def appended(text: str, root: Any, entry: dict[str, str]) -> str | None:
    """The text with the entry written after the last period and every other byte kept; a
    round trip through ruamel would cost as much as the rest of the programme file is long.
    `root` is the text's composed node. None when the periods are not a plain block list to
    append to."""
    place = insertion(text, root)
    return insert(text, place, entry) if place is not None else None


def insertion(text: str, root: Any) -> tuple[int, str] | None:
    """Where a new period goes: the line after the last period, and that item's `- ` prefix;
    None when the periods are not a plain block list."""
    periods = _value_of(root, "kaudet")
    if not isinstance(periods, yaml.SequenceNode) or periods.flow_style or not periods.value:
        return None
    last = periods.value[-1]
    line = last.start_mark.line
    start = 0
    for _number in range(line):  # the start of the item's line, without splitting the text
        start = text.index("\n", start) + 1
    prefix = text[start : start + last.start_mark.column]
    if prefix.strip() != "-":
        return None
    end = last.end_mark
    return (end.line if end.column == 0 else end.line + 1), prefix


def insert(text: str, place: tuple[int, str], entry: dict[str, str]) -> str:
    """`text` with the entry written as a list item at `place` (see insertion)."""
    at, prefix = place
    lines = text.split("\n")
    written = house.write(entry, 0, "\n").rstrip("\n").split("\n")
    indent = " " * len(prefix)
    new = [prefix + written[0], *(indent + line if line else line for line in written[1:])]
    return "\n".join(lines[:at] + new + lines[at:])


def _value_of(root: Any, key: str) -> Any:
    if not isinstance(root, yaml.MappingNode):
        return None
    return next((value for name, value in root.value if name.value == key), None)
