"""The lines of a data file as an editor sees them: a key line (`nimi: …`, `seuranta:`), a
list item (`- …`), plain text, or the body of a `|-` note. Enough structure to find the
line an editor broke when the parser gives up further down (yaml_mistakes.py)."""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from kuopio_ohjelma.problems import Position

_BLOCK = re.compile(r"^[|>][-+]?[0-9]?\s*(#.*)?$")


class Explained(NamedTuple):
    """A known mistake: where to change, what is wrong, the fix."""

    position: Position
    message: str
    hint: str


class Line(NamedTuple):
    number: int  # 0-based
    indent: int  # column of the first character after the spaces
    dash: bool  # a list item: `- …`
    content: int  # column where the item's content (after `- `) or the line starts
    key: str | None  # the key of `key: …` (after `- ` too)
    value: str  # what follows the key's colon, or the whole text of a plain line

    @property
    def is_text(self) -> bool:
        """Plain text with no key and no '- ': valid only as the continuation of a value."""
        return self.key is None and not self.dash

    @property
    def opens_block(self) -> bool:
        """`tilanne: |-`: the lines below, indented deeper, are the note."""
        return self.key is not None and bool(_BLOCK.match(self.value))

    @property
    def opens_mapping(self) -> bool:
        """`seuranta:` with nothing after the colon: the lines below belong to it."""
        return self.key is not None and not self.value

    @property
    def plain_value(self) -> bool:
        """`tilanne: Hanke eteni.`: unquoted text, which a pasted next line would continue."""
        value = self.value
        return bool(value) and value[0] not in "\"'|>[{&*!" and not value.startswith("#")


def read_line(text: str, number: int) -> Line | None:
    """The line's shape, or None for a blank line or a comment."""
    stripped = text.rstrip("\r").rstrip()
    body = stripped.lstrip(" ")
    if not body or body.startswith("#"):
        return None
    indent = len(stripped) - len(body)
    dash = body == "-" or body.startswith("- ")
    content = indent
    if dash:
        rest = body[1:].lstrip(" ")
        content = len(stripped) - len(rest)
        body = rest
    found = _split_key(body)
    if found is not None:
        return Line(number, indent, dash, content, *found)
    return Line(number, indent, dash, content, None, body)


def _split_key(body: str) -> tuple[str, str] | None:
    """`key: value` or `key:` → (key, value): the key a plain word or period, not quoted,
    not a flow value (string search, no regex: linear on any line)."""
    if body[:1] in ("'", '"', "-", "[", "{", "#", ""):
        return None
    end = body.find(": ")
    if end < 0 and body.endswith(":"):
        end = len(body) - 1
    key = body[:end].strip() if end > 0 else ""
    if not key or ":" in key or "#" in key:
        return None
    return key, body[end + 1 :].strip()


def content_lines(lines: list[str], upto: int) -> list[Line]:
    """The shaped lines from the top to 0-based `upto` (inclusive), bodies of `|-` notes left
    out: they are text whatever they hold."""
    shaped: list[Line] = []
    block_at: int | None = None  # indent of the key whose `|-` note we are in
    for number, text in enumerate(lines[: upto + 1]):
        line = read_line(text, number)
        if line is None:
            continue
        if block_at is not None and line.indent > block_at:
            continue
        block_at = None
        shaped.append(line)
        if line.opens_block:
            block_at = line.content if line.dash else line.indent
    return shaped


def usual_indents(lines: list[str]) -> dict[str, int]:
    """The column each key has most often in the file: when two lines of a block disagree,
    the one unlike its namesakes elsewhere is the one to change."""
    seen: dict[str, Counter[int]] = {}
    for line in content_lines(lines, len(lines) - 1):
        if line.key is not None:
            seen.setdefault(line.key, Counter())[line.content] += 1
    return {key: counts.most_common(1)[0][0] for key, counts in seen.items()}


def key_columns(lines: list[str]) -> dict[str, set[int]]:
    """Every column each key stands at in the file (`nimi` of a goal and of an action)."""
    seen: dict[str, set[int]] = {}
    for line in content_lines(lines, len(lines) - 1):
        if line.key is not None:
            seen.setdefault(line.key, set()).add(line.content)
    return seen


def tab_spaces(lines: list[str], number: int, seen: dict[str, set[int]]) -> int:
    """How many spaces the line at 0-based `number`, indented with tabs, needs: its place
    after the line above, moved left to a column its key has elsewhere in the file (`seen`,
    from key_columns) when the line above ends a deeper block."""
    line = read_line(lines[number].lstrip(" \t"), number)
    above = _spaced_above(lines, number)
    if line is None or above is None:
        return 0
    if above.opens_mapping or above.opens_block:
        spaces = above.content + 2
    else:
        spaces = above.content if above.dash and not line.dash else above.indent
    offset = line.content - line.indent  # the '- ' of an item
    columns = sorted(c - offset for c in seen.get(line.key or "", ()) if c >= offset)
    if columns and spaces not in columns:
        spaces = max([c for c in columns if c <= spaces] or columns[:1])
    return spaces


def _spaced_above(lines: list[str], number: int) -> Line | None:
    """The nearest line above indented with spaces only (a few hundred lines at most)."""
    for index in range(number - 1, max(number - 200, 0) - 1, -1):
        text = lines[index]
        if "\t" not in text[: len(text) - len(text.lstrip(" \t"))]:
            found = read_line(text, index)
            if found is not None:
                return found
    return None
