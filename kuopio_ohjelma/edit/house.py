"""The house format of an assessment's few lines, written without ruamel.

A quick edit writes a period key, a double-quoted mark and a note. ruamel (the house dumper,
io/yaml_roundtrip.py) decides how each scalar looks: plain, 'single', "double" or a `|-`
block. Importing it costs as much as the rest of a quick edit, so the common cases are
written here by the same rules (ruamel's emitter: analyze_scalar and choose_scalar_style);
whatever is not surely written the same way returns None, and the caller asks ruamel. A
property test (tests/edit/test_house.py) holds the two to the same bytes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

from kuopio_ohjelma.io.scalars import STR_TAG, fits_block, resolve_1_1

# Long scalars are folded by ruamel at its line width; far below it nothing is folded.
_MAX_LENGTH = 1000
_UNSAFE = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}
_LEADING_INDICATORS = "#,[]{}&*!|>'\"%@`"
# First characters of YAML 1.2 implicit non-text scalars (ruamel's resolver): numbers,
# timestamps, null (~), merge (<<), value (=) and tags; words (true, null) are also 1.1's.
_MAYBE_NOT_TEXT_1_2 = "-+.0123456789~<=!&*"


class DoubleQuoted(str):
    """A value always written in double quotes (a mark: "+", "+/-")."""


def render(data: Mapping[str, object], indent: int, newline: str) -> str | None:
    """`data` (nested mappings of text) in the house format, every line indented by
    `indent` spaces, as io/yaml_roundtrip writes it; None when not surely the same."""
    lines = _mapping(data, indent)
    if lines is None:
        return None
    return "".join(line + newline for line in lines)


def _mapping(data: Mapping[str, object], indent: int) -> list[str] | None:
    lines: list[str] = []
    for key, value in data.items():
        written_key = _plain(key)
        if written_key is None:
            return None
        head = " " * indent + written_key + ":"
        if isinstance(value, Mapping):
            nested = _mapping(value, indent + 2) if value else None
            if nested is None:
                return None
            lines += [head, *nested]
        elif isinstance(value, DoubleQuoted):
            quoted = _double_quoted(value)
            if quoted is None:
                return None
            lines.append(f"{head} {quoted}")
        elif isinstance(value, str):
            text = _text(value, indent)
            if text is None:
                return None
            lines += [f"{head} {text[0]}", *text[1:]]
        else:
            return None
    return lines


def _text(value: str, indent: int) -> list[str] | None:
    """A note as io/yaml_roundtrip.text_scalar has ruamel write it."""
    if "\n" in value:
        return _literal(value, indent + 2)
    if value == "":
        return ['""']  # YAML 1.1 reads an empty plain value as null: quoted
    written = _plain(value)
    if written is not None:
        return [written]
    if not _single_line_safe(value) or resolve_1_1(value) != STR_TAG:
        return None
    if not _text_in_1_2(value) or "'" in value:
        return None  # ruamel chooses double quotes for a value holding an apostrophe
    return ["'" + value + "'"]


def _literal(value: str, indent: int) -> list[str] | None:
    """A `|-` block: io/yaml_roundtrip.fits_block's texts, without an indentation hint."""
    if value.startswith("\n") or not fits_block(value) or len(value) > _MAX_LENGTH * 10:
        return None
    return ["|-", *(" " * indent + line if line else "" for line in value.split("\n"))]


def _plain(value: str) -> str | None:
    """`value` unquoted when ruamel writes it so in block context, else None."""
    if not value or not _single_line_safe(value):
        return None
    if resolve_1_1(value) != STR_TAG or not _text_in_1_2(value):
        return None
    if value[0] == " " or value[-1] == " " or value.startswith(("---", "...")):
        return None
    first_spaced = len(value) == 1 or value[1] == " "
    if value[0] in _LEADING_INDICATORS or (value[0] in "?:-" and first_spaced):
        return None
    if ": " in value or value.endswith(":") or " #" in value:
        return None
    return value


def _double_quoted(value: str) -> str | None:
    if not value or len(value) > 80:
        return None
    if any(not (" " <= ch <= "~") or ch in '"\\' for ch in value):
        return None
    return f'"{value}"'


def _single_line_safe(value: str) -> bool:
    """Short, one line, and only characters every writer and reader leaves as they are."""
    if len(value) > _MAX_LENGTH:
        return False
    for ch in value:
        if " " <= ch <= "~":
            continue
        if not ("\xa0" <= ch <= "\ud7ff" or "\ue000" <= ch <= "\ufffd") or ch == "\ufeff":
            return False
        if unicodedata.category(ch) in _UNSAFE:
            return False
    return True


def _text_in_1_2(value: str) -> bool:
    """Whether ruamel's YAML 1.2 resolver surely reads `value` as text: its numbers and
    timestamps hold neither a space nor a slash, and have no colon-free form with one."""
    if value[0] not in _MAYBE_NOT_TEXT_1_2:
        return True
    return value[0].isdigit() and (" " in value or "/" in value) and ":" not in value


def write(data: Mapping[str, object], indent: int, newline: str) -> str:
    """`data` written here when surely the same, else by ruamel (imported only then)."""
    quick = render(data, indent, newline)
    if quick is not None:
        return quick
    from kuopio_ohjelma.edit.splice import render as ruamel_render

    return ruamel_render(for_ruamel(data), indent, newline)


def for_ruamel(value: object) -> object:
    """The same data as ruamel's typed values: marks double-quoted, notes as text_scalar."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    from kuopio_ohjelma.io.yaml_roundtrip import text_scalar

    if isinstance(value, Mapping):
        return CommentedMap((key, for_ruamel(item)) for key, item in value.items())
    if isinstance(value, DoubleQuoted):
        return DoubleQuotedScalarString(value)
    return text_scalar(value) if isinstance(value, str) else value
