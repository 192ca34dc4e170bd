"""A fast, conservative answer to "is this file already exactly what `fmt` would write?"

fmt's house format is whatever ruamel writes after `_house` (edit/fmt.py): a round trip of
about 10 ms a file, nearly all of it spent on files that are already formatted. Those files
are a small, regular subset of YAML, recognised here line by line with no parser at all:

- one root mapping; block mappings indented 2 under their key, a list's dashes 2 in from its
  key and its items' keys 4 in; `key: []` for an empty list;
- plain, "double-quoted" (no escapes) and 'single-quoted' one-line scalars that ruamel keeps
  as they are; `|-` literal notes (fits_block) under a key; plain decimal integers; `null`;
- keys in the model's field order; marks (`eteneminen`, `koodi`) in double quotes;
- full-line comments at the top of the file and between entries, at the entry's indentation.

Anything else is a doubt: blank lines, tabs, trailing blanks, end-of-line comments, escapes,
flow collections, anchors, tags, lines longer than ruamel's width, a key that YAML 1.1 and
1.2 read differently, CRLF or CR line endings, a byte-order mark (fmt writes LF and no
mark)… A doubted file takes the ruamel path, so the answer "formatted" is the only one that
must be right; tests/edit/test_canonical.py checks it against ruamel's output on the shipped
data, the fixtures and mutated variants.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Collection
from functools import cache
from typing import Any

from pydantic import BaseModel

from kuopio_ohjelma.edit.checked import encode_house
from kuopio_ohjelma.io.expected import unwrap_annotation
from kuopio_ohjelma.io.text import SourceText
from kuopio_ohjelma.io.yaml_roundtrip import LINE_WIDTH, fits_block

Place = tuple[Any, str]  # (model, key), as fmt's _QUOTED

_MAX_KEY = 100
# Characters ruamel writes as they are in every style, and that both YAML versions read alike:
# printable, no tab, no CR, NEL, line or paragraph separator, BOM, nor astral characters.
_ODD_CHARACTER = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]")
# Well inside ruamel's width: no line is ever folded.
_MAX_LINE = LINE_WIDTH - 96
# The `key:` of `key:` or `key: value`: a plain key starts with no indicator, holds no
# colon and is short (a bounded pattern stays linear whatever the line).
_KEY = re.compile(r"[^ #'\"\-?:,\[\]{}&*!|>%@`.~][^:\n]{0," + str(_MAX_KEY - 1) + "}:")
_INT = re.compile(r"(?:0|-?[1-9][0-9]{0,30})\Z")
_PLAIN_START_BAD = frozenset(" #'\"-?:,[]{}&*!|>%@`.~")
_STR = "tag:yaml.org,2002:str"
_INT_TAG = "tag:yaml.org,2002:int"
_UNWALKED = object()  # inside a value fmt does not walk into (a union such as str | Project)


class _Doubt(Exception):
    """The file may not be in the house format: let ruamel decide."""


def is_formatted(source: SourceText, model: type[BaseModel], quoted: Collection[Place]) -> bool:
    """True only when fmt would leave `source` byte for byte as it is. `quoted`: the
    (model, key) places whose text fmt writes in double quotes."""
    text = source.text
    if _ODD_CHARACTER.search(text) or " \n" in text or not text.endswith("\n"):
        return False
    if encode_house(text) != source.raw:
        return False  # CRLF, CR or mixed line endings, a byte-order mark: fmt writes LF only
    lines = text.split("\n")
    lines.pop()
    if not lines or max(map(len, lines)) > _MAX_LINE:
        return False
    try:
        _Reader(lines, frozenset(quoted)).document(model)
    except _Doubt:
        return False
    return True


_BLANK = -2  # the indentation noted for an empty line
_END = -1  # … and for the end of the file


class _Reader:
    """Walks the lines of the house-format subset, as fmt's `_house` walks the model.

    Each collection knows its type (or _UNWALKED where fmt does not look inside) and whether
    fmt writes its text values in double quotes (`quoted`, the place of fmt's `_QUOTED`)."""

    def __init__(self, lines: list[str], quoted: frozenset[Place]) -> None:
        self.lines = lines
        self.indents = [len(line) - len(line.lstrip(" ")) if line else _BLANK for line in lines]
        self.indents.append(_END)
        self.quoted = quoted
        self.pos = 0

    def document(self, model: type[BaseModel]) -> None:
        while self.lines[self.pos].startswith("#"):
            self.pos += 1
            if self.pos == len(self.lines):
                raise _Doubt
        if self.indents[self.pos] != 0:
            raise _Doubt
        self.mapping(0, model, quoted=False)
        if self.pos != len(self.lines):
            raise _Doubt

    def _more(self, indent: int) -> bool:
        """Whether another entry of the collection at `indent` follows; comment lines at
        `indent` between two entries are skipped."""
        here = self.indents[self.pos]
        if here > indent or here == _BLANK:
            raise _Doubt  # deeper than an entry, or a blank line outside a note
        if here < indent:
            return False
        while self.lines[self.pos][indent] == "#":
            self.pos += 1
            if self.indents[self.pos] != indent:
                raise _Doubt  # a comment must stand right before an entry, at its indentation
        return True

    def mapping(self, indent: int, annotation: Any, *, quoted: bool) -> None:
        fields, values, quoted_keys = _shape(annotation, self.quoted)
        last = -1
        lines = self.lines
        while True:
            line = lines[self.pos]
            match = _KEY.match(line, indent)
            if match is None:
                raise _Doubt
            end = match.end()
            key = line[indent:end - 1]
            if not _good_key(key):
                raise _Doubt
            if fields is not None:
                rank, child = fields.get(key, _NOT_A_FIELD)
                if rank <= last:
                    raise _Doubt  # out of the model's order (or not a field): fmt reorders
                last, child_quoted = rank, key in quoted_keys
            elif values is not None:
                child, child_quoted = values, quoted
            else:
                child, child_quoted = _UNWALKED, False
            self.pos += 1
            if end == len(line):  # `key:` and a collection below
                self.collection(indent + 2, child, quoted=child_quoted)
            elif line[end] != " ":
                raise _Doubt
            elif line[end + 1:] == "|-" and not child_quoted:
                self.literal(indent + 2)
            elif not _scalar_ok(line[end + 1:], quoted=child_quoted, empty_list=True):
                raise _Doubt
            if not self._more(indent):
                return

    def collection(self, indent: int, annotation: Any, *, quoted: bool) -> None:
        """The mapping or list below `key:`, at `indent`."""
        if self.indents[self.pos] != indent or self.lines[self.pos][indent] == "#":
            raise _Doubt
        if self.lines[self.pos].startswith("- ", indent):
            self.sequence(indent, annotation, quoted=quoted)
        else:
            self.mapping(indent, annotation, quoted=quoted)

    def sequence(self, indent: int, annotation: Any, *, quoted: bool) -> None:
        item = _list_items(annotation)
        quoted = quoted and item is not _UNWALKED
        lines = self.lines
        while True:
            line = lines[self.pos]
            if not line.startswith("- ", indent):
                raise _Doubt
            rest = line[indent + 2:]
            if _is_entry(rest):
                # `- key: value` opens a mapping whose keys stand 2 columns further in.
                lines[self.pos] = " " * (indent + 2) + rest
                self.indents[self.pos] = indent + 2
                self.mapping(indent + 2, item, quoted=quoted)
            elif _scalar_ok(rest, quoted=quoted, empty_list=False):
                self.pos += 1
            else:
                raise _Doubt
            if not self._more(indent):
                return

    def literal(self, indent: int) -> None:
        """A `|-` note: its lines at `indent`, blank lines only between them."""
        start = end = self.pos
        indents = self.indents
        while indents[end] >= indent or indents[end] == _BLANK:
            end += 1
        self.pos = end
        body = [line[indent:] for line in self.lines[start:end]]
        if not body or not body[0] or not body[-1] or not fits_block("\n".join(body)):
            raise _Doubt


def _is_entry(text: str) -> bool:
    """Whether `text` starts with `key:` followed by a space or nothing."""
    match = _KEY.match(text)
    return match is not None and (match.end() == len(text) or text[match.end()] == " ")


def _scalar_ok(text: str, *, quoted: bool, empty_list: bool) -> bool:
    """Whether ruamel writes the one-line value `text` back as it stands. `quoted`: fmt
    writes it in double quotes; `empty_list`: `[]` may stand here (after a key)."""
    first = text[:1]
    if first == '"':
        return len(text) > 2 and text.endswith('"') and not _has_escape(text[1:-1])
    if quoted:
        return False  # fmt writes marks in double quotes
    if first == "'":
        return len(text) > 2 and text.endswith("'") and "'" not in text[1:-1].replace("''", "")
    if text == "[]":
        return empty_list
    return _plain_value(text)


def _has_escape(body: str) -> bool:
    return '"' in body or "\\" in body


@cache
def _good_key(key: str) -> bool:
    return len(key) <= _MAX_KEY and _plain(key) and _tags(key) == (_STR, _STR)


def _plain_value(text: str) -> bool:
    if text == "null":
        return True
    if _INT.match(text):
        return _tags(text) == (_INT_TAG, _INT_TAG)
    return _plain(text) and _tags(text) == (_STR, _STR)


def _plain(text: str) -> bool:
    """Text ruamel writes plain in block context, exactly as it stands (one line)."""
    return bool(text) and text[0] not in _PLAIN_START_BAD and ": " not in text \
        and " #" not in text and not text.endswith((":", " "))


def _tags(text: str) -> tuple[str, str]:
    """How the loader (YAML 1.1) and ruamel (YAML 1.2) resolve `text` written plain."""
    rule = _rules().get(text[0])
    if rule is None or not rule.match(text):
        return _STR, _STR  # no implicit rule of either version applies: text in both
    return _resolved(text)


@cache
def _rules() -> dict[str, re.Pattern[str]]:
    """The implicit rules (numbers, booleans, null…) of both versions, by first character,
    joined into one pattern per character."""
    import yaml

    from kuopio_ohjelma.io.yaml_roundtrip import round_trip_yaml

    tables = (yaml.resolver.Resolver.yaml_implicit_resolvers,
              round_trip_yaml().resolver.versioned_resolver)
    if any(None in table for table in tables):
        raise AssertionError("a wildcard implicit resolver: _tags would need to ask always")
    rules: dict[str, list[str]] = {}
    for table in tables:
        for first, entries in table.items():
            # ruamel's rules are lazy wrappers; each keeps its own (verbose) flags.
            rules.setdefault(first, []).extend(
                f"(?{_inline_flags(rule.flags)}:{rule.pattern})" for _tag, rule in entries
            )
    return {first: re.compile("|".join(found)) for first, found in rules.items()}


def _inline_flags(flags: int) -> str:
    if flags & ~(re.UNICODE | re.VERBOSE | re.IGNORECASE):
        raise AssertionError(f"unexpected flags {flags} in an implicit resolver")
    return "".join(letter for flag, letter in ((re.VERBOSE, "x"), (re.IGNORECASE, "i"))
                   if flags & flag) or "-i"


@cache
def _resolvers() -> tuple[Any, Any]:
    import yaml

    from kuopio_ohjelma.io.yaml_roundtrip import round_trip_yaml

    return yaml.resolver.Resolver(), round_trip_yaml().resolver


@cache
def _resolved(text: str) -> tuple[str, str]:
    import yaml
    from ruamel.yaml.nodes import ScalarNode as RuamelScalar

    old, new = _resolvers()
    implicit = (True, False)
    return str(old.resolve(yaml.ScalarNode, text, implicit)), str(
        new.resolve(RuamelScalar, text, implicit)
    )


@cache
def _ranks(model: type[BaseModel]) -> dict[str, tuple[int, Any]]:
    """Each key of `model` (its alias): its place in fmt's order and its unwrapped type."""
    return {
        info.alias or name: (index, unwrap_annotation(info.annotation))
        for index, (name, info) in enumerate(model.model_fields.items())
    }


_NOT_A_FIELD = (-1, None)


@cache
def _shape(
    annotation: Any, quoted: frozenset[Place]
) -> tuple[dict[str, tuple[int, Any]] | None, Any, frozenset[str]]:
    """How fmt walks a mapping of this type: a model's fields in order (and which of them it
    writes in double quotes), or a dict's values; neither for anything else."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        keys = frozenset(key for model, key in quoted if model is annotation)
        return _ranks(annotation), None, keys
    if annotation is _UNWALKED or typing.get_origin(annotation) is not dict:
        return None, None, frozenset()
    args = typing.get_args(annotation)
    return None, (unwrap_annotation(args[1]) if len(args) == 2 else None), frozenset()


def _list_items(annotation: Any) -> Any:
    if annotation is _UNWALKED or typing.get_origin(annotation) is not list:
        return _UNWALKED
    args = typing.get_args(annotation)
    return unwrap_annotation(args[0]) if args else _UNWALKED
