"""`indicator set` as a text splice: only the lines of the one value change (and the unit's
line when the edit adds one); comments, CRLF, a BOM and every other value keep their bytes.

The positions come from the loader's own parser and the new lines from the house dumper, as
in edit/splice.py for `status set`. A file of unusual shape (a flow-style `havainnot`, a
value that is not a block mapping, a dash alone on its line) returns None; the caller then
falls back to a whole-file round trip, still checked.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kuopio_ohjelma.core.periods import is_period_id, period_key
from kuopio_ohjelma.edit.observation import Entry
from kuopio_ohjelma.edit.splice import (
    Lines,
    compose,
    content_end,
    render,
    through_line,
    value_of,
    value_span,
)
from kuopio_ohjelma.io.yaml_roundtrip import dump_rt, load_rt, text_scalar
from kuopio_ohjelma.model import Indicator, Observation
from kuopio_ohjelma.values.numbers import yaml_number

Span = tuple[int, int, str]


def _order(model: type[Indicator] | type[Observation]) -> list[str]:
    """The house key order: the model's fields, as fmt writes them."""
    return [info.alias or name for name, info in model.model_fields.items()]


INDICATOR_KEYS = _order(Indicator)
OBSERVATION_KEYS = _order(Observation)


def unit_scalar(unit: str) -> Any:
    """The unit as the house writes it: plain (`henkilöä`), or in double quotes where YAML
    needs quotes (`"%"`), as marks are, and as the README and the guide show it."""
    return DoubleQuotedScalarString(unit) if dump_rt({"u": unit}).startswith("u: '") else unit


def entry_values(entry: Entry) -> dict[str, Any]:
    """The keys `indicator set` writes into one observation, as the dumper takes them."""
    # A float as yaml_number writes it (0.000001, never 1e-06, which YAML 1.1 reads as text).
    value = load_rt(yaml_number(entry.value)) if isinstance(entry.value, float) else entry.value
    values: dict[str, Any] = {"arvo": value}
    if entry.note is not None:
        values["huomautus"] = text_scalar(entry.note)
    if entry.source is not None:
        values["lähde"] = entry.source
    return values


def splice_value(text: str, newline: str, entry: Entry | None, unit: str | None) -> str | None:
    """`text` with the value set (and `yksikkö: unit` added); None when a splice won't fit."""
    if unit is not None:
        spliced = _splice_top_key(text, newline, "yksikkö", unit_scalar(unit))
        if spliced is None or entry is None:
            return spliced
        text = spliced
    if entry is None:
        return text
    lines = Lines(text, newline)
    root = _block_mapping(compose(text.replace("\r\n", "\n")))
    if root is None:
        return None
    found = value_of(root, "havainnot")
    if found is None:
        item = {entry.key: entry.when, **entry_values(entry)}
        span = _new_key(lines, root, INDICATOR_KEYS, "havainnot", [item])
        return _apply(lines, [span]) if span else None
    series = found[1]
    if not isinstance(series, SequenceNode) or series.flow_style or not series.value:
        return None
    items = series.value
    if not all(_block_mapping(item) for item in items):
        return None
    same = [i for i in items if _when_text(i, entry.key) == str(entry.when)]
    spans = _update(lines, same[0], entry) if same else _insert(lines, items, entry)
    return _apply(lines, spans) if spans is not None else None


def _splice_top_key(text: str, newline: str, key: str, value: Any) -> str | None:
    root = _block_mapping(compose(text.replace("\r\n", "\n")))
    if root is None or value_of(root, key) is not None:
        return None
    lines = Lines(text, newline)
    span = _new_key(lines, root, INDICATOR_KEYS, key, value)
    return _apply(lines, [span]) if span else None


def _block_mapping(node: Node | None) -> MappingNode | None:
    if isinstance(node, MappingNode) and not node.flow_style and node.value:
        return node
    return None


def _when_text(item: Node, key: str) -> str | None:
    found = value_of(item, key) if isinstance(item, MappingNode) else None
    return found[1].value if found and isinstance(found[1], ScalarNode) else None


def _update(lines: Lines, item: Node, entry: Entry) -> list[Span] | None:
    """Each given value replaced where it stands; a key the value lacks added in house order."""
    assert isinstance(item, MappingNode)
    spans = []
    for key, value in entry_values(entry).items():
        found = value_of(item, key)
        if found is None:
            span = _new_key(lines, item, OBSERVATION_KEYS, key, value)
        elif isinstance(found[1], ScalarNode):
            span = value_span(lines, found[0], found[1], key, value, render)
        else:
            return None
        if span is None:
            return None
        spans.append(span)
    return spans


def _new_key(
    lines: Lines, mapping: MappingNode, order: list[str], key: str, value: Any
) -> Span | None:
    """A new key of a block mapping, after the keys that come before it in the house order."""
    rank = order.index(key)
    earlier = [v for k, v in mapping.value if isinstance(k, ScalarNode)
               and k.value in order and order.index(k.value) < rank]
    first_key = mapping.value[0][0]
    text = render({key: value}, first_key.start_mark.column, lines.newline)
    if earlier:
        at = through_line(lines, content_end(earlier[-1]))
    elif lines.key_starts_line(first_key):
        at = lines.starts[first_key.start_mark.line]
    else:
        return None
    return at, at, text


def _insert(lines: Lines, items: list[Node], entry: Entry) -> list[Span] | None:
    """A new observation after every one that is earlier in time, laid out like the first."""
    index = len(items)
    while index > 0 and _later(items[index - 1], entry):
        index -= 1
    key_column = items[0].start_mark.column
    line = items[0].start_mark.line
    prefix = lines.text[lines.starts[line] : lines.starts[line] + key_column]
    if prefix.strip() != "-":
        return None  # a dash alone on its line, or a nested sequence
    dash = prefix.index("-")
    text = render({entry.key: entry.when, **entry_values(entry)}, key_column, lines.newline)
    text = text[:dash] + "-" + text[dash + 1 :]
    previous = items[index - 1] if index else None
    at = through_line(lines, content_end(previous)) if previous else lines.starts[line]
    return [(at, at, text)]


def _later(item: Node, entry: Entry) -> bool:
    year = _when_text(item, "vuosi")
    if year is not None and year.isdigit():
        return (int(year), 0) > entry.sort_key()
    period = _when_text(item, "kausi")
    if period is not None and is_period_id(period):
        return period_key(period) > entry.sort_key()
    return False


def _apply(lines: Lines, spans: list[Span]) -> str:
    """Splice from the end, so earlier offsets stay true; of two insertions at one place the
    first given comes first. An insertion after a last line without a break gets one."""
    text = lines.text
    for _index, (start, end, new) in sorted(enumerate(spans), key=lambda s: (s[1][0], s[0]),
                                             reverse=True):
        before = text[:start]
        if start == end and before and not before.endswith("\n"):
            before += lines.newline
        text = before + new + text[end:]
    return text


def cut_value(text: str, newline: str, index: int) -> str | None:
    """`text` without the observation at `index` of `havainnot` (its lines only: comments
    around it stay); the last one takes the `havainnot:` key with it. None when a splice
    won't fit (a flow-style series, a dash alone on its line)."""
    lines = Lines(text, newline)
    root = _block_mapping(compose(text.replace("\r\n", "\n")))
    found = value_of(root, "havainnot") if root is not None else None
    if found is None or not isinstance(found[1], SequenceNode) or found[1].flow_style:
        return None
    key, series = found
    items = series.value
    if not 0 <= index < len(items) or not _block_mapping(items[index]):
        return None
    if len(items) == 1:
        if not lines.key_starts_line(key):
            return None
        start, end = lines.starts[key.start_mark.line], through_line(lines, content_end(series))
    else:
        item = items[index]
        line = item.start_mark.line
        dash = lines.text[lines.starts[line] : lines.offset(line, item.start_mark.column)]
        if dash.strip() != "-":
            return None  # a dash alone on its line, or a nested sequence
        start, end = lines.starts[line], through_line(lines, content_end(item))
    return _apply(lines, [(start, end, "")])
