"""The first line whose shape cannot be right, found from the top of the file down to where
the parser gave up: a list item without its '- ', a note's lines not indented under its
`|-`, a pasted second line of a note, a key that lost its indentation, a missing colon.

Each check here only fires on a line that is never valid YAML in block style, so a file the
parser read is never blamed; the first such line is the one the editor must change.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from kuopio_ohjelma.core.periods import is_period_id
from kuopio_ohjelma.io.expected import LIST, MAPPING, NUMBER, expected, list_of
from kuopio_ohjelma.io.scalars import double_quoted
from kuopio_ohjelma.io.yaml_lines import (
    Explained,
    Line,
    content_lines,
    read_line,
    usual_indents,
)
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Position

# A key as editors write keys: lower-case words joined by '_' (or a period such as 1/2024).
# Anything else before ': ' on a line of its own is a sentence that happens to hold a colon.
_KEY_WORD = re.compile(r"^([a-zåäö_]+|[0-9]{1,2}/[0-9]{4})$")



class Scan(list[Line]):
    """The shaped lines down to the parser's stop, and the usual column of each key in the
    whole file (yaml_lines.usual_indents)."""

    def __init__(self, lines: list[Line], usual: dict[str, int], text: list[str]) -> None:
        super().__init__(lines)
        self.usual = usual
        self.lines = text  # the file's every line, below the parser's stop too


Check = Callable[[Scan, int, "Line | None"], "Explained | None"]


def structural_mistake(lines: list[str], upto: int) -> Explained | None:
    """The first line up to 0-based `upto` that breaks the file's structure, explained."""
    shaped = Scan(content_lines(lines, min(upto, len(lines) - 1)), usual_indents(lines), lines)
    owner: Line | None = None  # the last key or item line: what a text line would continue
    for index, line in enumerate(shaped):
        for check in _CHECKS:
            found = check(shaped, index, owner)
            if found is not None:
                return found
        if not line.is_text:
            owner = line
    return None


def _column(line: Line) -> int:
    """The column a continuation of `line`'s value must be deeper than."""
    return line.content if line.key is not None else line.indent


def _unindented_note(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`tilanne: |-` with the note's lines at the key's own column (or left of it)."""
    line = shaped[index]
    if owner is None or not owner.opens_block or shaped[index - 1] is not owner:
        return None
    if not line.is_text and not _reads_as_note(line, owner):
        return None
    return unindented_note(owner, line)


def unindented_note(owner: Line, line: Line) -> Explained:
    """The finding for `line`, the first line of the `|-` note opened on `owner`'s line, left
    at the key's column."""
    spaces = _column(owner) + 2
    return Explained(
        Position(line.number + 1, line.indent + 1),
        _("the lines of the note '{key}' (line {line}) are not indented under it").format(
            key=owner.key, line=owner.number + 1
        ),
        _("indent every line of the note by {spaces} spaces, deeper than '{key}'").format(
            spaces=spaces, key=owner.key
        ),
    )


def _reads_as_note(line: Line, owner: Line) -> bool:
    """`Esimerkki: ensimmäinen kappale.` right under `tilanne: |-`, at its column: YAML takes
    it for a key, but no key of ours is written so (capitals, spaces): it is the note's first
    line, left unindented."""
    return (
        line.key is not None and not line.dash and bool(line.value)
        and line.indent <= owner.indent and not _KEY_WORD.match(line.key)
    )


def _missing_item_dash(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """A list item written without its '- ': its neighbours at the same column have one."""
    line = shaped[index]
    if not line.is_text or (owner is not None and line.indent > _column(owner)):
        return None
    neighbours = [shaped[i] for i in (index - 1, index + 1) if 0 <= i < len(shaped)]
    if not any(other.dash and other.indent == line.indent for other in neighbours):
        return None
    listed = _list_key(shaped, index, line.indent)
    return Explained(
        Position(line.number + 1, line.indent + 1),
        _("this item of '{key}' has no '- ' at the start").format(key=listed)
        if listed
        else _("this list item has no '- ' at the start"),
        _("write: - {item}").format(item=line.value),
    )


def _missing_entry_dash(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`  tunnus: T1.2` at the column of the '- ' above it: a new item without its '- '."""
    line = shaped[index]
    if line.key is None or line.dash:
        return None
    above = next((s for s in reversed(shaped[:index]) if s.indent <= line.indent), None)
    if above is None or not above.dash or above.indent != line.indent:
        return None
    opener = _list_opener(shaped, shaped.index(above))
    if opener is None or opener.indent >= line.indent:
        return None  # `key:` with its items at its own column, and this its next key: valid
    if is_period_id(line.key) and opener.key != "seuranta":
        return _missing_follow_up(line, opener)
    return Explained(
        Position(line.number + 1, line.indent + 1),
        _("a new item of '{key}' starts here without its '- '").format(key=opener.key),
        _("write: - {key}: {value}").format(key=line.key, value=line.value).rstrip(),
    )


def _lost_list_line(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`nimi: Osaavan työvoiman…` and under it, deeper, `- tunnus: T1.1`: the line that
    names the list (`toimenpiteet:`) was deleted; YAML reads the items as more of the name."""
    line = shaped[index]
    if not line.dash or line.key is None or owner is None or owner.dash or owner.key is None:
        return None
    if not owner.plain_value or shaped[index - 1] is not owner or line.indent <= owner.indent:
        return None
    listed = list_of(_item_keys(shaped.lines, line))
    if listed is None:
        return None
    return Explained(
        Position(line.number + 1, owner.indent + 1),
        _("the item '- {key}: {value}' is not in any list: the line '{list}:' above it is "
          "missing").format(key=line.key, value=line.value, list=listed),
        lost_list_hint(listed, owner.indent, owner.key),
    )


def lost_list_hint(listed: str, spaces: int, owner: str) -> str:
    """Where to write back the line `listed:` that names a list: in line with `owner`."""
    if spaces:
        return _("write the line {list}: above this line, {spaces} spaces in (in line with "
                 "'{owner}')").format(list=listed, spaces=spaces, owner=owner)
    return _("write the line {list}: above this line, at the left edge (in line with "
             "'{owner}')").format(list=listed, owner=owner)


def _item_keys(lines: list[str], item: Line) -> set[str]:
    """The keys of the list item starting on `item`'s line, read on below it."""
    keys = {item.key or ""}
    for number in range(item.number + 1, len(lines)):
        line = read_line(lines[number], number)
        if line is None or line.indent > item.content:
            continue
        if line.indent < item.content or line.dash or line.key is None:
            break
        keys.add(line.key)
    return keys


def _missing_follow_up(line: Line, opener: Line) -> Explained:
    """`1/2024:` under the items of `vastuutahot`: the line `seuranta:` above it was lost (a
    '- ' would turn the assessment into a responsible body)."""
    return Explained(
        Position(line.number + 1, line.indent + 1),
        _("the period '{period}' is not under 'seuranta': the line 'seuranta:' above it is "
          "missing").format(period=line.key),
        _("write the line seuranta: above it, in line with '{key}' ({spaces} spaces in)").format(
            key=opener.key, spaces=opener.indent
        ),
    )


def _missing_colon(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`1/2024` or `vastuutahot` without its colon: the lines below are deeper."""
    line = shaped[index]
    below = shaped[index + 1] if index + 1 < len(shaped) else None
    if not line.is_text or below is None or below.indent <= line.indent or below.is_text:
        return None
    if not (_KEY_WORD.match(line.value) or " " not in line.value):
        return None  # a sentence, not a key that lost its colon
    return Explained(
        Position(line.number + 1, line.indent + len(line.value) + 1),
        _("the colon is missing after '{key}'").format(key=line.value),
        _("write: {key}:").format(key=line.value),
    )


@functools.cache
def data_keys() -> frozenset[str]:
    """Every key a data file may hold, from the models' compiled schema (read on a mistake
    only: a clean lint never needs it)."""
    from kuopio_ohjelma.io.compiled_schema import SCHEMAS

    found: set[str] = set()
    stack: list[Any] = [SCHEMAS]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            alias = item.get("validation_alias")
            if isinstance(alias, str):
                found.add(alias)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return frozenset(found)


def _key_without_colon(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`eteneminen "+"`: a key of the file written without its colon, among key lines of its
    own column (or first under a key that opens a mapping)."""
    line = shaped[index]
    word, _space, rest = line.value.partition(" ")
    if line.key is not None or not rest.strip() or word not in (shaped.usual.keys() | data_keys()):
        return None
    if owner is not None and owner.plain_value and line.indent > _column(owner):
        return None  # the next line of a one-line value, which YAML allows
    neighbours = [shaped[i] for i in (index - 1, index + 1) if 0 <= i < len(shaped)]
    if line.dash:
        # `- tunnus T1.2`: the item's other keys stand below, at its first key's column.
        neighbours = shaped[index + 1 : index + 2]
    first = owner is not None and owner.opens_mapping and shaped[index - 1] is owner
    if not first and not any(n.key and n.indent == line.content for n in neighbours):
        return None
    dash = "- " if line.dash else ""
    return Explained(
        Position(line.number + 1, line.content + len(word) + 1),
        _("the colon is missing after '{key}'").format(key=word),
        _("write: {key}: {value}").format(key=dash + word, value=rest.strip()),
    )


def _pasted_line(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """The second line of a note pasted under `tilanne: Hanke eteni.`: not deeper than the
    key (a new line of data) or holding ': ' (a key where no key may be)."""
    below = shaped[index + 1] if index + 1 < len(shaped) else None
    return _pasted(owner, shaped[index], below, any_key=False)


def _pasted(
    owner: Line | None, line: Line, below: Line | None, *, any_key: bool
) -> Explained | None:
    if owner is None or owner.key is None or not owner.plain_value or line.dash:
        return None
    if not _KEY_WORD.match(owner.key) or not any(c.isalpha() for c in owner.value):
        return None  # the line above is itself pasted text, or a number, not a note
    if line.is_text and line.indent > _column(owner):
        return None  # a valid continuation of the value
    if not line.is_text and _opens_keys(line, below):
        return None  # `1/2O25:` with its keys under it: a mistyped key, never text
    if not line.is_text and not any_key and (_KEY_WORD.match(line.key or "") or line.opens_mapping):
        return None  # a key of its own (or an over-indented one: _over_indented)
    return pasted_note(owner, line)


def _opens_keys(line: Line, below: Line | None) -> bool:
    """`1/2O25:` or `Toimenpiteet:` with deeper keys or items under it: a key, however
    mistyped (a pasted line of a note has no lines of data under it)."""
    return (
        line.opens_mapping and below is not None and below.indent > line.indent
        and (below.key is not None or below.dash)
    )


def pasted_at(lines: list[str], number: int, *, any_key: bool = False) -> Explained | None:
    """The key line at 0-based `number` (which the parser read) as a pasted line of the note
    above it: `Huom: jatkuu.` under `tilanne: Hanke eteni.`, or None. With `any_key`, a key
    such as `huom:` that is like no key of the file counts as pasted text too."""
    shaped = content_lines(lines, number)
    if not shaped or shaped[-1].number != number:
        return None
    owner = next((line for line in reversed(shaped[:-1]) if not line.is_text), None)
    line = shaped[-1]
    below = next(
        (found for index in range(number + 1, len(lines))
         if (found := read_line(lines[index], index)) is not None),
        None,
    )
    # `tilanne: |-` then `Hanke: alkoi.` at its column: valid YAML (an empty note and a key),
    # but the key is the note's first line, left unindented.
    if (
        owner is not None and owner.opens_block and len(shaped) >= 2 and shaped[-2] is owner
        and (_reads_as_note(line, owner) or (any_key and line.indent <= owner.indent))
    ):
        return unindented_note(owner, line)
    return _pasted(owner, line, below, any_key=any_key)


def pasted_note(owner: Line, line: Line) -> Explained:
    """The finding for a pasted line `line` of the note on `owner`'s line, with both fixes."""
    column = _column(owner)
    text = line.value if line.is_text else f"{line.key}: {line.value}"
    return Explained(
        Position(line.number + 1, line.indent + 1),
        _("this line continues the note '{key}' of line {line}, but a note of several lines "
          "must be in quotes or a block").format(key=owner.key, line=owner.number + 1),
        _('write the note in quotes: {key}: "{first} {rest}" — or write {key}: |- and under '
          "it each line of the note indented by {spaces} spaces").format(
            key=owner.key,
            first=owner.value.replace('"', '\\"'),
            rest=text.replace('"', '\\"'),
            spaces=column + 2,
        ),
    )


# Characters that YAML reads as structure at the start of a value: '[' a list, '{' a mapping,
# '*' a reference, '|' and '>' a block, '@' '`' '%' reserved.
_SPECIAL_START = "[{*|>@`%"
_CLOSING = {"[": "]", "{": "}"}


def _special_value(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`tilanne: [kesken` or `tilanne: Hanke: eteni`: text that YAML reads as structure."""
    line = shaped[index]
    value = line.value
    if line.key is None or not value or line.opens_block or line.opens_mapping:
        return None
    first, column = value[0], line.content + len(line.key) + 3
    if first in ("'", '"'):
        return _quote_inside_quotes(line, column)
    if value.startswith("- "):
        return _pasted_bullet(line, column)
    if first in _CLOSING and value.endswith(_CLOSING[first]):
        return None  # a whole [list] or {mapping} on one line: the model says if it fits
    if first in _SPECIAL_START:
        return Explained(Position(line.number + 1, column), *_structure_fix(line.key, value))
    if not (line.plain_value and ": " in value):
        return None
    column += value.index(": ")  # at the colon itself
    message = _("'{key}': the text holds ': ', which YAML reads as a new key").format(
        key=line.key
    )
    return Explained(Position(line.number + 1, column), message, _quote_hint(line.key, value))


_NUMBER = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")


def _structure_fix(key: str, value: str) -> tuple[str, str]:
    """The message and fix for a value starting with a structure mark, by what `key` holds:
    a number wants the number alone, a list or mapping its closing bracket, text quotes."""
    mark, what = value[0], expected(key)
    if what == NUMBER:
        number = _NUMBER.search(value)
        return (
            _("'{key}' is a number, but the '{mark}' at its start is read as YAML "
              "structure").format(key=key, mark=mark),
            _("write the number alone: {key}: {number}").format(
                key=key, number=number.group().replace(",", ".")
            )
            if number
            else _("write a number after '{key}: ', without '{mark}'").format(key=key, mark=mark),
        )
    if (mark, what) in (("[", LIST), ("{", MAPPING)):
        return (
            (_("'{key}': the list opened with '{mark}' is not closed") if what == LIST
             else _("'{key}': the group opened with '{mark}' is not closed")).format(
                key=key, mark=mark
            ),
            _("close it with {closing} at the end: {key}: {value}{closing}").format(
                closing=_CLOSING[mark], key=key, value=value
            ),
        )
    message = _("'{key}': text starting with '{mark}' is read as YAML structure").format(
        key=key, mark=mark
    )
    hint = _quote_hint(key, value)
    if mark in _CLOSING:
        hint = _("close it with {closing}, or if it is text, {fix}").format(
            closing=_CLOSING[mark], fix=hint
        )
    return message, hint


def _quote_hint(key: str, value: str) -> str:
    return _("put the text in quotes: {key}: {text}").format(key=key, text=double_quoted(value))


def _quote_inside_quotes(line: Line, column: int) -> Explained | None:
    """`tilanne: "Hanke "Future Savo" jatkuu."`: the quote before Future ends the text, and
    the rest of the line is left over. The other kind of quotes around it fixes it."""
    quote, value = line.value[0], line.value
    end = _closing_quote(value, quote)
    rest = value[end + 1 :].strip() if end is not None else ""
    if end is None or not rest or rest.startswith("#"):
        return None
    inner = value[1:-1] if value.endswith(quote) and len(value) > 1 else value[1:]
    if quote == '"':
        fixed = "'" + inner.replace('\\"', '"').replace("'", "''") + "'"
    else:
        fixed = '"' + inner.replace("''", "'").replace("\\", "\\\\").replace('"', '\\"') + '"'
    return Explained(
        Position(line.number + 1, column + end),
        _("'{key}': the text has quotes {quote} inside quotes {quote}; this one ends the text"
          ).format(key=line.key, quote=quote),
        _("write the text in the other quotes: {key}: {text}").format(key=line.key, text=fixed),
    )


def _closing_quote(value: str, quote: str) -> int | None:
    """Where the quoted text that `value` opens ends (an index into `value`), or None."""
    index = 1
    while index < len(value):
        char = value[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and value[index + 1 : index + 2] == "'":
                index += 2  # '' is one quote inside single quotes
                continue
            return index
        index += 1
    return None


def _pasted_bullet(line: Line, column: int) -> Explained:
    """`tilanne: - ensimmäinen kohta`: a bullet pasted after the key reads as a list."""
    return Explained(
        Position(line.number + 1, column),
        _("'{key}': text starting with '- ' after the key is read as a list").format(
            key=line.key
        ),
        _("put the text in quotes: {key}: {text} — or write {key}: |- and under it the text "
          "indented by {spaces} spaces").format(
            key=line.key, text=double_quoted(line.value), spaces=_column(line) + 2
        ),
    )


def _unclosed_quote(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`nimi: "Paraneva toimenpide` with no closing quote before the next key: the parser
    reads on to the next quote, lines later."""
    line = shaped[index]
    quote = line.value[:1]
    if line.key is None or quote not in ("'", '"') or _closed(line.value, quote):
        return None
    following = shaped[index + 1 : index + 2]
    if following and following[0].is_text:
        return None  # the text goes on below: a quoted note of several lines
    return Explained(
        Position(line.number + 1, line.content + len(line.key) + 3),
        _("the quote {quote} opened here is not closed").format(quote=quote),
        _("end the text with {quote} on the same line: {key}: {text}{quote}").format(
            quote=quote, key=line.key, text=line.value
        ),
    )


def _closed(value: str, quote: str) -> bool:
    """Whether the quoted text that `value` opens also ends on its line."""
    body = value[1:]
    if quote == '"':
        return '"' in body.replace("\\\\", "").replace('\\"', "")
    return "'" in body.replace("''", "")


def _over_indented(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """A key deeper than a key with a value just above it: never valid. Either this line is
    too deep, or the one above lost its indentation (it is shallower than its own block)."""
    line = shaped[index]
    previous = shaped[index - 1] if index else None
    if line.key is None or line.dash or previous is None or previous.key is None:
        return None
    if previous.opens_mapping or previous.opens_block or line.indent <= _column(previous):
        return None
    before = shaped[index - 2] if index >= 2 else None
    if (
        before is not None and before.key is not None and not before.opens_mapping
        and not before.dash and before.indent > previous.indent
    ):
        return indent_like(previous, before, shaped.usual)  # the line above was dedented
    if is_period_id(line.key) and not previous.dash:
        return _missing_follow_up(line, previous)  # `nimi: …` and under it `1/2024:`
    return indent_like(line, previous, shaped.usual)


def _dedented_first(shaped: Scan, index: int, owner: Line | None) -> Explained | None:
    """`1/2024:` then `eteneminen: "+"` at the same column, `tilanne` deeper below: the line
    that lost its indentation is the one right under the opening key."""
    line = shaped[index]
    if line.key is None or line.dash or line.opens_mapping or index + 1 >= len(shaped):
        return None
    previous, below = shaped[index - 1] if index else None, shaped[index + 1]
    if previous is None or not previous.opens_mapping or previous.dash:
        return None
    if previous.indent != line.indent or below.key is None or below.dash:
        return None
    if below.indent <= line.indent:
        return None
    return Explained(
        Position(line.number + 1, line.indent + 1),
        _("'{key}' is not under '{parent}': the line lost its indentation").format(
            key=line.key, parent=previous.key
        ),
        _("indent it like '{other}' ({spaces} spaces)").format(
            other=below.key, spaces=below.indent
        ),
    )


def indent_like(line: Line, like: Line, usual: dict[str, int]) -> Explained:
    """`line` and `like` disagree: the one at its key's usual column is right."""
    at_usual = usual.get(line.key or "") == line.content
    if at_usual and usual.get(like.key or "", like.content) != like.content:
        line, like = like, line
    return Explained(
        Position(line.number + 1, line.indent + 1),
        _("'{key}' is not indented like the lines of its block").format(key=line.key),
        _("indent it like '{other}' ({spaces} spaces)").format(
            other=like.key, spaces=_column(like)
        ),
    )


def _list_opener(shaped: Scan, index: int) -> Line | None:
    """The `key:` line that opens the list whose item is at `index`."""
    column = shaped[index].indent
    for other in reversed(shaped[:index]):
        if other.indent < column or (other.indent == column and not other.dash):
            return other if other.key is not None else None
    return None


def _list_key(shaped: Scan, index: int, column: int) -> str | None:
    """The key of the list an item at `column` belongs to."""
    above = next((s for s in reversed(shaped[:index]) if s.key and s.indent < column), None)
    return above.key if above is not None else None


_CHECKS: list[Check] = [
    _lost_list_line,
    _special_value,
    _unclosed_quote,
    _unindented_note,
    _missing_item_dash,
    _missing_colon,
    _key_without_colon,
    _pasted_line,
    _missing_entry_dash,
    _dedented_first,
    _over_indented,
]
