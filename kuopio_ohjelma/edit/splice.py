"""Edits as text splices: the smallest change, computed from the loader's own parse.

`status set` rewrites only the lines of the one assessment it changes (or inserts them);
every other byte of the file (wrapped plain notes, flow lists, comments, CRLF, a BOM) stays
as it was. Positions come from the same parser (libyaml, YAML 1.1) that reads the data, and
the new text is rendered by the house dumper, so reading and writing agree on one dialect.
Files of unusual shape (flow-style `seuranta`, a key not at the start of its line) return
None here; the caller then falls back to a whole-file round trip, still checked.
"""

from __future__ import annotations

import io
import json
import unicodedata
from collections.abc import Callable
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kuopio_ohjelma.io.text import SourceText

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


def compose(text: str) -> Node | None:
    loader = _Loader(text)
    try:
        node: Node | None = loader.get_single_node()
        return node
    finally:
        loader.dispose()


def original_text(source: SourceText) -> str:
    """The file's text exactly as stored: carriage returns kept, only the BOM left out."""
    body = source.raw[3:] if source.had_bom else source.raw
    return body.decode("utf-8")


def encode(source: SourceText, text: str) -> bytes:
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if source.had_bom else data


class Lines:
    """A text (CR kept) and where each line starts; the parser's marks index into it."""

    def __init__(self, text: str, newline: str) -> None:
        self.text = text
        self.newline = newline
        self.starts = [0]
        for index, ch in enumerate(self.text):
            if ch == "\n":
                self.starts.append(index + 1)

    def offset(self, line: int, column: int) -> int:
        return self.starts[line] + column if line < len(self.starts) else len(self.text)

    def line_end(self, line: int) -> int:
        """The offset just after the line's break (or the end of the text)."""
        return self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)

    def key_starts_line(self, node: Node) -> bool:
        mark = node.start_mark
        before = self.text[self.starts[mark.line] : self.offset(mark.line, mark.column)]
        return before.strip() == ""


def value_of(mapping: MappingNode, key: str) -> tuple[Node, Node] | None:
    for key_node, value_node in mapping.value:
        if isinstance(key_node, ScalarNode) and key_node.value == key:
            return key_node, value_node
    return None


def content_end(node: Node) -> tuple[int, int]:
    """Where the node's own text ends: the last scalar's end, not the block's end token
    (which comes after any comments that follow)."""
    if isinstance(node, MappingNode) and node.value and node.flow_style is False:
        return content_end(node.value[-1][1])
    if isinstance(node, SequenceNode) and node.value and node.flow_style is False:
        return content_end(node.value[-1])
    return node.end_mark.line, node.end_mark.column


def through_line(lines: Lines, end: tuple[int, int]) -> int:
    line, column = end
    return lines.starts[line] if column == 0 and line < len(lines.starts) else lines.line_end(line)


def render(data: Any, indent: int, newline: str) -> str:
    """`data` in the house format, every line indented by `indent` spaces."""
    from kuopio_ohjelma.io.yaml_roundtrip import round_trip_yaml  # ruamel: only when writing

    buffer = io.StringIO()
    round_trip_yaml().dump(data, buffer)
    lines = buffer.getvalue().rstrip("\n").split("\n")
    # An empty line inside a block note stays empty, as the house format writes it.
    return "".join((" " * indent + line if line else "") + newline for line in lines)


# Writes mappings in the house format at an indentation: `render`, or edit/house.py's quick
# writer with `render` behind it.
Writer = Callable[[Any, int, str], str]


def splice_assessment(
    text: str,
    newline: str,
    action_index: int,
    period: str,
    assessment: Any,
    write: Writer = render,
) -> str | None:
    """`text` with one assessment set; None when the shape needs a full round trip."""
    lines = Lines(text, newline)
    root = compose(text.replace("\r\n", "\n"))
    if not isinstance(root, MappingNode):
        return None
    actions = value_of(root, "toimenpiteet")
    if actions is None or not isinstance(actions[1], SequenceNode):
        return None
    action = actions[1].value[action_index]
    if not isinstance(action, MappingNode) or action.flow_style or not action.value:
        return None
    followed = value_of(action, "seuranta")
    if followed is None:
        column = action.value[0][0].start_mark.column
        at = through_line(lines, content_end(action))
        text = write({"seuranta": {period: assessment}}, column, lines.newline)
        return join(lines.text, at, at, text, lines.newline)
    _key_node, periods = followed
    if not isinstance(periods, MappingNode) or periods.flow_style or not periods.value:
        return None
    found = value_of(periods, period)
    column = periods.value[0][0].start_mark.column
    text = write({period: assessment}, column, lines.newline)
    if found is None:
        at = through_line(lines, content_end(periods))
        return join(lines.text, at, at, text, lines.newline)
    period_key, old = found
    if not lines.key_starts_line(period_key):
        return None
    in_place = _replace_values(lines, old, assessment, write)
    if in_place is not None:
        return in_place
    if isinstance(old, MappingNode) and not _covers(old, assessment):
        return None  # a kept value (the note) would be lost by rewriting the whole entry
    start = lines.starts[period_key.start_mark.line]
    end = through_line(lines, content_end(found[1]))
    return join(lines.text, start, end, text, lines.newline)


def _replace_values(lines: Lines, old: Node, assessment: Any, write: Writer) -> str | None:
    """Each given value of an existing block assessment replaced where it stands: its keys,
    the values not given (a kept note) and comments between them stay. None when the
    assessment has another shape."""
    if not isinstance(old, MappingNode) or old.flow_style:
        return None
    nodes = {k.value: (k, v) for k, v in old.value if isinstance(k, ScalarNode)}
    if not set(assessment) <= set(nodes) or len(old.value) != len(nodes):
        return None
    spans = []
    for key in assessment:
        key_node, value_node = nodes[key]
        if not isinstance(value_node, ScalarNode):
            return None
        spans.append(value_span(lines, key_node, value_node, key, assessment[key], write))
    text = lines.text
    for start, end, new in sorted(spans, reverse=True):
        text = text[:start] + new + text[end:]
    return text


def _covers(old: MappingNode, assessment: Any) -> bool:
    return all(isinstance(k, ScalarNode) and k.value in assessment for k, _v in old.value)


def value_span(
    lines: Lines, key_node: Node, value: ScalarNode, key: str, scalar: Any, write: Writer
) -> tuple[int, int, str]:
    rendered = write({key: scalar}, key_node.start_mark.column, lines.newline)
    new = rendered.lstrip(" ")[len(key) + 1 :].lstrip(" ")
    start = lines.offset(value.start_mark.line, value.start_mark.column)
    if value.style in ("|", ">"):  # a block scalar ends at the start of the next line
        end = lines.offset(value.end_mark.line, value.end_mark.column)
        return start, end, new
    end = lines.offset(value.end_mark.line, value.end_mark.column)
    if "\n" in new.rstrip("\r\n"):
        # A block scalar now: whatever followed the old value on its line would join it.
        return start, lines.line_end(value.end_mark.line), new
    return start, end, new.rstrip("\r\n")


def join(text: str, start: int, end: int, new: str, newline: str) -> str:
    """Splice, making sure the text before ends with a line break."""
    before = text[:start]
    if before and not before.endswith("\n"):
        before += newline
    return before + new + text[end:]


def quote_for_round_trip(text: str) -> str:
    """`text` with every plain scalar that ruamel (YAML 1.2) would read differently from the
    loader (YAML 1.1) written in double quotes: a tab inside a plain note (ruamel refuses it),
    `2024-5-6 9:00:00` (ruamel makes a timestamp of it), `0o17`. The data stays the same; only
    then may a whole-file rewrite (fmt, period open) go through ruamel."""
    from ruamel.yaml.nodes import ScalarNode as RuamelScalar

    from kuopio_ohjelma.io.yaml_roundtrip import round_trip_yaml

    resolver = round_trip_yaml().resolver
    root = compose(text)
    if root is None:
        return text
    spans: list[tuple[int, int, str]] = []
    lines = Lines(text, "\n")
    for node in _scalars(root):
        if node.style or node.tag != _STR:
            continue  # quoted already, or read as a number/boolean by both
        ruamel_tag = resolver.resolve(RuamelScalar, node.value, (True, False))
        if "\t" in node.value or ruamel_tag != _STR:
            start = lines.offset(node.start_mark.line, node.start_mark.column)
            end = lines.offset(node.end_mark.line, node.end_mark.column)
            spans.append((start, end, double_quoted(node.value)))
    for start, end, quoted in sorted(spans, reverse=True):
        text = text[:start] + quoted + text[end:]
    return text


def _scalars(node: Node) -> list[ScalarNode]:
    if isinstance(node, ScalarNode):
        return [node]
    if isinstance(node, MappingNode):
        return [s for key, value in node.value for s in (*_scalars(key), *_scalars(value))]
    if isinstance(node, SequenceNode):
        return [s for item in node.value for s in _scalars(item)]
    return []


def double_quoted(value: str) -> str:
    """A YAML double-quoted scalar that both dialects read as `value`."""
    body = json.dumps(value, ensure_ascii=False)[1:-1]
    return '"' + "".join(_escape(ch) for ch in body) + '"'


def _escape(ch: str) -> str:
    if ch in "\x85\u2028\u2029\ufeff" or unicodedata.category(ch) == "Cc":
        return f"\\u{ord(ch):04x}"
    return ch
