"""Text to plain data with the position of every key and value.

We compose nodes ourselves instead of constructing objects: that gives each key and value
its mark, lets us refuse anchors, aliases and explicit tags before anything expands, and
reports duplicate keys with both positions. Composition uses libyaml through PyYAML's C
loader when it is available (several times faster than a pure-Python parser on large
repositories); its YAML 1.1 resolution turns `no`, `on` and `1.10` into booleans and numbers,
which the strict models then refuse where text is expected. Writing stays with ruamel's
round-trip dumper (yamlrt.py).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from yaml.error import MarkedYAMLError, YAMLError
from yaml.events import AliasEvent, NodeEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kuopio_ohjelma.core.periods import period_typo
from kuopio_ohjelma.io.expected import TEXT, expected
from kuopio_ohjelma.io.scalars import double_quoted
from kuopio_ohjelma.io.text import SourceText, position_of_offset
from kuopio_ohjelma.io.yaml_lines import key_columns, tab_spaces
from kuopio_ohjelma.io.yaml_mistakes import explain
from kuopio_ohjelma.locale import _, ngettext
from kuopio_ohjelma.problems import START, Position, Problem, Severity

PathKey = tuple[Any, ...]
Mark = tuple[int, int]
_CORE = "tag:yaml.org,2002:"
_STR = f"{_CORE}str"
_IMPLICIT_TAGS = {f"{_CORE}{name}" for name in ("str", "int", "float", "bool", "null")}
_CONSTRUCTED = _IMPLICIT_TAGS - {_STR}  # the tags whose values are not text
_TAB_INDENT = re.compile(r"^ *\t", re.MULTILINE)
_REFUSING = {"E109", "E110", "E113"}
# Data files need about six levels; far deeper nesting is an accident or an attack.
MAX_DEPTH = 32
_SHARED_LENGTH = 64


class Document:
    """One parsed data file: plain values, and where each key and value stands.

    Positions are found only when something asks for one (a finding, a validation error):
    clean files, nearly all of them, never pay for them in time or memory. (A plain class,
    not a dataclass: `dataclasses` imports `inspect`, a tenth of a quick edit's time.)
    """

    def __init__(
        self,
        path: Path,
        source: SourceText,
        _data: Any,
        _marks: tuple[dict[PathKey, Mark], dict[PathKey, Mark]] | None = None,
    ) -> None:
        self.path = path
        self.source = source
        self._data = _data
        self._marks = _marks

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Document):
            return NotImplemented
        return (self.path, self.source, self._data) == (other.path, other.source, other._data)

    __hash__ = None  # type: ignore[assignment]  # equal by value, as the dataclass was

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, source={self.source!r}, _data={self._data!r})"

    @property
    def data(self) -> Any:
        """The file's values as plain dicts, lists and scalars."""
        if self._data is _RELEASED:
            self._data = _compose_again(self.source)
        return self._data

    def release(self) -> None:
        """Let the plain values and the text go once the models hold them (a large
        repository's plain copy is a third of its memory, its text a sixth); asking for
        them again decodes and composes the file again."""
        self._data = _RELEASED
        self.source.forget_text()

    @property
    def keys(self) -> dict[PathKey, Mark]:
        """0-based (line, column) of every key, by path."""
        return self._recorded()[0]

    @property
    def values(self) -> dict[PathKey, Mark]:
        """0-based (line, column) of every value, by path."""
        return self._recorded()[1]

    def _recorded(self) -> tuple[dict[PathKey, Mark], dict[PathKey, Mark]]:
        if self._marks is None:
            self._marks = _record_marks(self.source)
        return self._marks

    def position(self, loc: PathKey, *, prefer_key: bool = False) -> Position:
        """The position of the nearest known node on the path `loc`."""
        for end in range(len(loc), -1, -1):
            part = loc[:end]
            first, second = (self.keys, self.values) if prefer_key else (self.values, self.keys)
            found = first.get(part) or second.get(part)
            if found is not None:
                return Position.from_zero_based(*found)
        return START

    def key_position(self, loc: PathKey) -> Position:
        return self.position(loc, prefer_key=True)

    def typed_text(self, loc: PathKey) -> str:
        """The value's text as the editor typed it on its line (a plain value, comment cut):
        `125.668` where the data holds 125.668, `70.0` where it holds 70.0."""
        position = self.position(loc)
        lines = self.source.text.split("\n")
        if not 0 < position.line <= len(lines):
            return ""
        text = lines[position.line - 1][position.col - 1 :].rstrip("\r")
        if text[:1] in ("'", '"', "|", ">", "[", "{", "#") or text.startswith("- "):
            return ""  # quoted, a block or structure: not a plain value typed on this line
        return text.split(" #", 1)[0].strip()


_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVERS: dict[Any, list[tuple[str, re.Pattern[str]]]] = _Base.yaml_implicit_resolvers
_ANY_START = _RESOLVERS.get(None, [])
# The resolvers a plain scalar can meet, by its first character (PyYAML's own table).
_BY_START = {start: found + _ANY_START for start, found in _RESOLVERS.items() if start is not None}
_MEMO_LENGTH = 20
# An anchor (`&name`) stands where a value starts: after a space, a line's start or a flow
# indicator, and a name follows at once. Text such as `Savo & Karjala` or `R&D` cannot be
# one, so its file is not read again event by event (the only way to find unused anchors).
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s,\[\]{}]", re.MULTILINE)
_resolved: dict[str, str] = {}


class _Loader(_Base):  # type: ignore[misc]
    """libyaml's composer, with PyYAML's resolution of a scalar's tag done more cheaply.

    The composer asks for the tag of every node (a fifth of composing a large repository):
    text in quotes is always text, and short plain text (keys, ids, states) repeats, so its
    answer is remembered. The answers are PyYAML's: the same table, in the same order."""

    def resolve(self, kind: type[Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not ScalarNode or self.yaml_path_resolvers:
            return str(super().resolve(kind, value, implicit))
        if not implicit[0]:
            return _STR
        tag = _resolved.get(value)
        if tag is None:
            tag = _plain_tag(value)
            if len(value) <= _MEMO_LENGTH:
                _resolved[value] = tag
        return tag


def _plain_tag(value: str) -> str:
    for tag, pattern in _BY_START.get(value[:1], _ANY_START):
        if pattern.match(value):
            return tag
    return _STR


def parse_yaml(
    source: SourceText, *, nfc: bool | None = None
) -> tuple[Document | None, list[Problem]]:
    """Compose `source` into a Document, or say why it cannot be read. `nfc`: whether the
    text is in composed form, when the caller has checked it already."""
    tab_problems = _tab_indentation(source)
    loader = _Loader(_composable(source))
    try:
        try:
            root = loader.get_single_node()
        except MarkedYAMLError as error:
            return None, tab_problems or [_syntax_problem(source, error)]
        except YAMLError as error:
            return None, [_reader_problem(source, error)]
        if root is None or (isinstance(root, ScalarNode) and root.value == "" and not root.style):
            return None, [_empty(source.path)]
        builder = _Builder(source.path, loader, source.text, nfc=nfc)
        data = builder.build(root, ())
    finally:
        loader.dispose()
    if "&" in source.text and _MAYBE_ANCHOR.search(source.text):
        builder.problems.extend(_anchors(source))
    if builder.refused:
        # Tags and aliases make the whole file untrustworthy: refuse it, report where they are.
        return None, tab_problems + _anchor_positions(source, builder.problems)
    return Document(source.path, source, data), tab_problems + builder.problems


def _composable(source: SourceText) -> str | bytes:
    """What libyaml reads: the bytes themselves when they are the text's own UTF-8 (no
    byte-order mark, no CR), since libyaml reads UTF-8 and text would be encoded to it again
    (a tenth of composing); the marks are the same either way (tests/io/test_yaml_positions)."""
    raw = source.raw
    if not source.had_bom and b"\r" not in raw:
        return raw
    return source.text


_RELEASED = object()


def _compose_again(source: SourceText) -> Any:
    document, _ = parse_yaml(source)
    assert document is not None, "a file that loaded once loads again"
    return document.data


def _record_marks(source: SourceText) -> tuple[dict[PathKey, Mark], dict[PathKey, Mark]]:
    """Compose the text again, this time noting where every key and value stands."""
    loader = _Loader(_composable(source))
    try:
        root = loader.get_single_node()
        builder = _Builder(source.path, loader, source.text, record=True)
        if root is not None:
            builder.build(root, ())
    finally:
        loader.dispose()
    return builder.keys, builder.values


class _Builder:
    def __init__(
        self, path: Path, loader: Any, text: str, *, record: bool = False, nfc: bool | None = None
    ) -> None:
        self.path = path
        self.loader = loader
        self.text = text
        self.record = record
        self.keys: dict[PathKey, Mark] = {}
        self.values: dict[PathKey, Mark] = {}
        # Without a '!' in the text no value can carry an explicit tag: skip re-resolving;
        # without a '*' no node can be an alias: skip remembering every node.
        self.may_have_tags = "!" in text
        self.may_have_aliases = "*" in text
        self._tag_lines: list[str] | None = None
        # Without a ' #' no plain text can have lost its end to a comment.
        self.lines = text.split("\n") if " #" in text else None
        self.too_deep = False
        self.problems: list[Problem] = []
        self._seen: set[int] = set()
        # Plain text needs no tag, alias or position bookkeeping: such scalars (most nodes)
        # are taken inline, without a call and a path per node (half of the parse's cost).
        self.plain = not (
            record or self.may_have_tags or self.may_have_aliases or self.lines is not None
        )
        # Text composed (NFC) as a whole holds only composed values, unless an escape (which
        # needs a backslash) spells a letter and its accent apart: one check for the file
        # instead of one per value (tests/io/test_yaml_positions.py, the decomposed cases).
        self.composed = text.isascii() or ("\\" not in text and (
            nfc if nfc is not None else unicodedata.is_normalized("NFC", text)
        ))

    def build(self, node: Node, loc: PathKey) -> Any:
        if self.record:
            self.values[loc] = _mark(node)
        if len(loc) > MAX_DEPTH:
            if not self.too_deep:
                self._problem(
                    "E113",
                    node,
                    _("nested more than {depth} levels deep").format(depth=MAX_DEPTH),
                    _("data files need only a few levels; check the indentation"),
                )
            self.too_deep = True
            return None
        if self.may_have_aliases:
            if id(node) in self._seen:
                self._problem(
                    "E110", node, _("alias (*name) found"), _("write the value out in full")
                )
                return None
            self._seen.add(id(node))
        if isinstance(node, MappingNode):
            return self._mapping(node, loc)
        if isinstance(node, SequenceNode):
            if self.plain and len(loc) < MAX_DEPTH:
                # Without a '!' in the text a sequence is untagged: no check of its tag.
                composed = self.composed
                return [
                    _shared(item.value, composed)
                    if type(item) is ScalarNode and item.tag == _STR and " - " not in item.value
                    else self.build(item, (*loc, index))
                    for index, item in enumerate(node.value)
                ]
            self._check_tag(node, f"{_CORE}seq")
            return [self.build(item, (*loc, index)) for index, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        if self.lines is not None and node.tag == _STR and not node.style and _text_at(loc):
            self._cut_by_comment(node, loc, self.lines)
        if " - " in node.value and not node.style and loc:
            self._swallowed_item(node, loc)
        return self._scalar(node)

    def _swallowed_item(self, node: ScalarNode, loc: PathKey) -> None:
        """`nimi: Muuttajapalvelujen kehittäminen` and under it `- Future Savo` deeper: YAML
        reads the item as more of the text (its list's key line was lost), and the title
        silently becomes 'Muuttajapalvelujen kehittäminen - Future Savo'."""
        first, last = node.start_mark.line, node.end_mark.line
        if first == last:
            return
        lines = self.text.split("\n")
        for number in range(first + 1, min(last, len(lines) - 1) + 1):
            body = lines[number].lstrip(" ")
            if body.startswith("- "):
                break
        else:
            return
        key = loc[-1] if isinstance(loc[-1], str) else loc[-2] if len(loc) >= 2 else ""
        if isinstance(loc[-1], str) and expected(key) != TEXT:
            return  # `vastuutahot:` with its first '- ' lost: the model's 'must be a list'
        column = len(lines[number]) - len(body)
        self.problems.append(Problem(
            "E119",
            self.path,
            Position.from_zero_based(number, column),
            _("the line '{line}' is read as more of the text of '{key}' above it, not as a list "
              "item").format(line=body.rstrip(), key=key),
            _("if it is an item of a list, restore above it the line that names the list (such "
              "as hankkeet: or vastuutahot:); if it is part of the text, write {key}: |- and "
              "the text under it").format(key=key),
        ))

    def _cut_by_comment(self, node: ScalarNode, loc: PathKey, lines: list[str]) -> None:
        """`tilanne: Hanke #2 käynnistyi.`: YAML ends the text at ' #', the rest is a comment."""
        end = node.end_mark
        line = lines[end.line]
        rest = line[end.column :]
        if not rest.lstrip().startswith("#") or _SUPPRESSION.match(rest.lstrip()):
            return
        column = end.column + len(rest) - len(rest.lstrip())
        typed = double_quoted(f"{node.value} {rest.strip()}")
        key = loc[-1] if isinstance(loc[-1], str) else None
        shown = f"{key}: {typed}" if key else f"- {typed}"
        self.problems.append(
            Problem(
                "W118",
                self.path,
                Position.from_zero_based(end.line, column),
                _("the text of '{key}' ends at ' #': YAML reads the rest of the line as a comment"
                  ).format(key=key or loc[-2]),
                _("put the text in quotes: {line} — or, if it is a comment, move it to a line of "
                  "its own").format(line=shown),
                Severity.WARNING,
            )
        )

    def _mapping(self, node: MappingNode, loc: PathKey) -> dict[Any, Any]:
        if self.plain and len(loc) < MAX_DEPTH:
            return self._plain_mapping(node, loc)
        self._check_tag(node, f"{_CORE}map")
        result: dict[Any, Any] = {}
        key_marks: dict[str, Node] = {}
        merged = False  # two list items run together: their other keys are not reported
        for key_node, value_node in node.value:
            key = self.build(key_node, (*loc, "<key>"))
            if not isinstance(key, str):
                self._problem("E202", key_node, *_key_problem(key, loc))
                continue
            if key in result:
                if not merged and not _under_empty_period(result, key):
                    merged = self._duplicate(key, key_node, key_marks, loc, node)
                continue
            key_marks[key] = key_node
            if self.record:
                self.keys[(*loc, key)] = _mark(key_node)
            result[key] = self.build(value_node, (*loc, key))
        self.values.pop((*loc, "<key>"), None)
        return result

    def _plain_mapping(self, node: MappingNode, loc: PathKey) -> dict[Any, Any]:
        """_mapping for text without tags, aliases or positions to record (nearly every
        file): scalars are taken here, without a call and a path each (most of the parse's
        own cost); a mapping is untagged, a scalar's tag is the composer's resolution."""
        result: dict[Any, Any] = {}
        key_marks: dict[str, Node] = {}
        merged = False
        composed = self.composed
        for key_node, value_node in node.value:
            if type(key_node) is ScalarNode and key_node.tag == _STR:
                key = _shared(key_node.value, composed)
            else:
                key = self.build(key_node, (*loc, "<key>"))
                if not isinstance(key, str):
                    self._problem("E202", key_node, *_key_problem(key, loc))
                    continue
            if key in result:
                if not merged and not _under_empty_period(result, key):
                    merged = self._duplicate(key, key_node, key_marks, loc, node)
                continue
            key_marks[key] = key_node
            if type(value_node) is not ScalarNode:
                result[key] = self.build(value_node, (*loc, key))
            elif value_node.tag in _CONSTRUCTED:
                result[key] = self._construct(value_node)
            else:  # text, and the tags kept as text (a date, '<<', '=')
                if " - " in value_node.value and not value_node.style:
                    self._swallowed_item(value_node, (*loc, key))
                result[key] = _shared(value_node.value, composed)
        return result

    def _duplicate(
        self, key: str, key_node: Node, marks: dict[str, Node], loc: PathKey, node: MappingNode
    ) -> bool:
        """A key twice in one mapping; the first key of a list item again means a new item
        that lost its '- ' (reported once, as that). True when items ran together."""
        index = next(i for i, (k, _v) in enumerate(node.value) if k is key_node)
        value = node.value[index][1]
        if len(loc) >= 2 and isinstance(loc[-1], int) and key == next(iter(marks)):
            shown = value.value if isinstance(value, ScalarNode) else ""
            line, column = _mark(key_node)
            self.problems.append(Problem(
                "E104",
                self.path,
                # at the column where the '- ' goes, as far left of the key as the item's own
                Position.from_zero_based(line, column - self._dash_offset(marks[key])),
                _("a new item of '{key}' starts here without its '- '").format(key=loc[-2]),
                _("write: - {key}: {value}").format(key=key, value=shown).rstrip(),
            ))
            return True
        if len(loc) >= 2 and _starts_again(key, marks, node.value[index - 1][0]):
            lost = self._lost_first_line(key, key_node, marks, loc)
            if lost is not None:
                self.problems.append(lost)
                return True
        first = _position(marks[key])
        self._problem(
            "E104",
            key_node,
            _("duplicate key '{key}' (first at line {line})").format(key=key, line=first.line),
            _("delete either this '{key}' or the one at line {line}, keeping the right one"
              ).format(key=key, line=first.line),
        )
        return False

    def _lost_first_line(
        self, key: str, key_node: Node, marks: dict[str, Node], loc: PathKey
    ) -> Problem | None:
        """The keys of an item (or period) start again without the line that opens it: the
        line `- tunnus: …` or `1/2025:` was lost. Deleting either copy would lose data."""
        line, column = _mark(key_node)
        first = next(iter(marks))
        if isinstance(loc[-1], int) and first != key:
            dash = column - self._dash_offset(marks[first])
            return Problem(
                "E104",
                self.path,
                Position.from_zero_based(line, dash),
                _("a new item of '{key}' starts here, but its line '- {first}: …' is missing"
                  ).format(key=loc[-2], first=first),
                _("write above this line the item's first line: - {first}: … (its '- ' at "
                  "column {column})").format(first=first, column=dash + 1),
            )
        if loc[-2] == "seuranta" and first == key:
            spaces = self._indent_above(marks[first])
            return Problem(
                "E104",
                self.path,
                Position.from_zero_based(line, spaces),
                _("the keys of another period start here, but the line of that period is missing"),
                _("write above this line, {spaces} spaces in, the period these lines belong to "
                  "(a later one than {period}) and a colon").format(spaces=spaces, period=loc[-1]),
            )
        return None

    def _indent_above(self, first_key: Node) -> int:
        """The indentation of the line that opens the mapping whose first key is given."""
        line, column = _mark(first_key)
        for text in reversed(self.text.splitlines()[:line]):
            body = text.lstrip(" ")
            if body and not body.startswith("#") and len(text) - len(body) < column:
                return len(text) - len(body)
        return 0

    def _dash_offset(self, first_key: Node) -> int:
        """How far the '- ' of a list item stands left of its first key (0 when the item
        is written otherwise, e.g. in brackets)."""
        line, column = _mark(first_key)
        before = self.text.splitlines()[line][:column]
        stripped = before.rstrip(" \t")
        dashed = stripped.endswith("-") and len(stripped) < len(before)
        return column - (len(stripped) - 1) if dashed else 0

    def _scalar(self, node: ScalarNode) -> Any:
        value = self._nfc(node)
        if node.tag == _STR and not self.may_have_tags:
            return value
        if node.style:
            expected = _STR
        else:
            expected = self.loader.resolve(ScalarNode, node.value, (True, False))
        if node.tag != expected or node.tag not in _IMPLICIT_TAGS or self._explicit(node):
            self._check_tag(node, expected)
            return value
        if node.tag == _STR:
            return value
        return self._construct(node)

    def _construct(self, node: ScalarNode) -> Any:
        try:
            return self.loader.construct_object(node, deep=True)
        except ValueError:  # an int of over 4 300 digits: too large, said by the model's check
            return float("inf")

    def _nfc(self, node: ScalarNode) -> str:
        return _shared(node.value, self.composed)

    @property
    def refused(self) -> bool:
        return any(problem.code in _REFUSING for problem in self.problems)

    def _explicit(self, node: Node) -> bool:
        """`!!str teksti`: a tag written out, even one that changes nothing (the node's
        start is its tag's '!'), is refused as every tag is: data files are plain YAML."""
        if self._tag_lines is None:
            self._tag_lines = self.text.split("\n")
        line, column = _mark(node)
        return self._tag_lines[line][column : column + 1] == "!"

    def _check_tag(self, node: Node, expected: str) -> None:
        if str(node.tag) != expected or self._explicit(node):
            self._problem(
                "E109",
                node,
                _("explicit tag {tag} is not allowed in data files").format(
                    tag=_short_tag(str(node.tag))
                ),
                # Not "quote it": a number field (numero: !!str 2) must stay a number.
                _("delete {tag} and keep the value after it as it is").format(
                    tag=_short_tag(str(node.tag))
                ),
            )

    def _problem(self, code: str, node: Node, message: str, hint: str) -> None:
        self.problems.append(
            Problem(code, self.path, Position.from_zero_based(*_mark(node)), message, hint)
        )


def _shared(value: str, composed: bool) -> str:
    """Text is compared composed (NFC): 'ö' typed as o + U+0308 is the same body as 'ö'.
    W116 still asks the editor to save the composed form."""
    if not composed and not value.isascii():
        value = unicodedata.normalize("NFC", value)
    # Short text repeats (period ids, marks, bodies, projects): the models keep one copy.
    return sys.intern(value) if len(value) <= _SHARED_LENGTH else value


# Keys (and lists) of free text, where a ' #' is more likely text than a comment.
_TEXT_KEYS = frozenset((
    "tilanne", "nimi", "huomautus", "kuvaus", "selite", "teksti", "otsikko", "lyhyt_nimi",
    "näyttönimi", "toimenpidekausi", "tarkenne",
))
_TEXT_LISTS = frozenset(("hankkeet", "sitovat_tavoitteet", "seurantaryhmät", "taustat", "aliakset"))
_SUPPRESSION = re.compile(r"#\s*ohjelma:", re.IGNORECASE)


def _text_at(loc: PathKey) -> bool:
    if not loc:
        return False
    if isinstance(loc[-1], int):
        return len(loc) >= 2 and loc[-2] in _TEXT_LISTS
    return loc[-1] in _TEXT_KEYS


def _under_empty_period(result: dict[Any, Any], key: str) -> bool:
    """`1/2025:` written too deep, inside the period above, with its `eteneminen` below: the
    second `eteneminen` belongs to that period; the period line is reported (validation)."""
    later = list(result)[list(result).index(key) + 1 :]
    return any(result[other] is None and period_typo(other) for other in later)


def _starts_again(key: str, marks: dict[str, Node], before: Node) -> bool:
    """`key` again right after a key that came after its first copy: the run of keys
    starts over (a second item), not one key written twice in a row."""
    order = list(marks)
    previous = before.value if isinstance(before, ScalarNode) else None
    return previous in marks and order.index(previous) > order.index(key)


def _anchors(source: SourceText) -> list[Problem]:
    """Anchors that no alias uses still count: composed nodes do not remember them."""
    return [
        _event_problem(source, event, previous, {})
        for previous, event in _events(source)
        if isinstance(event, NodeEvent) and not isinstance(event, AliasEvent) and event.anchor
    ]


def _anchor_positions(source: SourceText, problems: list[Problem]) -> list[Problem]:
    """Composed nodes forget where an alias stood; the event stream still knows."""
    if not any(problem.code == "E110" for problem in problems):
        return problems
    kept = [problem for problem in problems if problem.code != "E110"]
    reported: set[tuple[bool, str]] = set()
    anchored: dict[str, int] = {}  # anchor name → its 1-based line, for the alias's hint
    for previous, event in _events(source):
        # Each anchor, and the first use of each alias: enough to find them all.
        key = (isinstance(event, AliasEvent), getattr(event, "anchor", None) or "")
        if isinstance(event, NodeEvent) and event.anchor and key not in reported:
            reported.add(key)
            kept.append(_event_problem(source, event, previous, anchored))
    return kept


def _events(source: SourceText) -> Any:
    """Each parser event with the one before it (a merge key `<<` precedes its alias)."""
    previous = None
    for event in yaml.parse(source.text, Loader=_Loader):
        yield previous, event
        previous = event


def _event_problem(
    source: SourceText, event: NodeEvent, previous: Any, anchored: dict[str, int]
) -> Problem:
    """Anchors, aliases and merge keys, said plainly: not supported, why, and what to write."""
    mark = event.start_mark
    position = Position.from_zero_based(mark.line, mark.column) if mark else START
    name = event.anchor
    if not isinstance(event, AliasEvent):
        anchored.setdefault(str(name), position.line)
        return Problem(
            "E110", source.path, position,
            _("anchor &{name}: anchors and aliases (*{name}) are not supported in data files, "
              "because every value must be written where it belongs (an edit or the report "
              "reads one place)").format(name=name),
            _("remove '&{name}' and write its values out in full wherever *{name} is used"
              ).format(name=name),
        )
    line = anchored.get(str(name))
    merge = isinstance(previous, ScalarEvent) and previous.value == "<<" and not previous.style
    if merge:
        message = _("merge key '<<: *{name}' is not supported in data files: every key of an "
                    "item must be written in the item itself").format(name=name)
        hint = _("write the keys of &{name} here in full, in place of '<<: *{name}'")
    else:
        message = _("alias *{name} is not supported in data files: every value must be written "
                    "where it belongs").format(name=name)
        hint = _("write the value of &{name} here in full")
    if line is not None:
        hint += _(" (it is on line {line})").format(line=line)
    return Problem("E110", source.path, position, message, hint.format(name=name))


def _key_problem(key: Any, loc: PathKey) -> tuple[str, str]:
    """A key that is not text; under `seuranta` a bare year (`2025:`) meant a period."""
    if isinstance(key, int) and not isinstance(key, bool) and loc[-1:] == ("seuranta",):
        return (
            _("'{key}' is only a year; a period is written <number>/<year>").format(key=key),
            _("write the period as {period}:").format(period=f"1/{key}"),
        )
    return _key_message(key), _(
        "keys are words such as 'nimi'; put the key in quotes if it really is a number"
    )


def _key_message(key: Any) -> str:
    if isinstance(key, dict | list) or key is None:
        return _("a key must be a plain word")
    if isinstance(key, bool):
        return _("key {key} is read as true/false, not as text").format(key=str(key).lower())
    return _("key {key} is read as a number, not as text").format(key=key)


def _position(node: Node) -> Position:
    return Position.from_zero_based(*_mark(node))


def _mark(node: Node) -> Mark:
    mark = node.start_mark
    return (mark.line, mark.column)


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def _tab_indentation(source: SourceText) -> list[Problem]:
    if "\t" not in source.text:
        return []
    lines = source.text.split("\n")
    seen = key_columns(lines)
    problems = []
    for match in _TAB_INDENT.finditer(source.text):
        position = position_of_offset(source.text, match.end() - 1)
        spaces = tab_spaces(lines, position.line - 1, seen)
        problems.append(
            Problem(
                "E103",
                source.path,
                position,
                _("tab character used for indentation"),
                _tab_hint(spaces),
            )
        )
    return problems


def _tab_hint(spaces: int) -> str:
    if spaces == 0:
        return _("remove the tab: this line starts at the left edge")
    return ngettext(
        "indent this line with {spaces} space, not with tabs",
        "indent this line with {spaces} spaces, not with tabs",
        spaces,
    ).format(spaces=spaces)


def _syntax_problem(source: SourceText, error: MarkedYAMLError) -> Problem:
    """A known mistake in the editor's words; else a generic message, with the parser's own
    words kept as the detail that `lint --verbose` shows."""
    mark = error.problem_mark or error.context_mark
    position = Position.from_zero_based(mark.line, mark.column) if mark else START
    words = " ".join(part for part in (error.context, error.problem) if part)
    if mark is not None:
        context = error.context_mark.line if error.context_mark else mark.line
        known = explain(source.text.split("\n"), mark.line, context, words)
        if known is not None:
            return Problem("E101", source.path, *known, detail=words)
    return Problem(
        "E101",
        source.path,
        position,
        _("the file cannot be read as YAML from here on"),
        _syntax_hint(words),
        detail=words,
    )


def _syntax_hint(message: str) -> str:
    if "mapping values are not allowed" in message:
        return _("put text containing ': ' in quotes, or check the indentation of this line")
    if "expected a single document" in message:
        return _("a data file holds one document: remove the '---' line")
    return _("check quotes, brackets and indentation at this position and above it")


def _reader_problem(source: SourceText, error: YAMLError) -> Problem:
    character = getattr(error, "character", "")
    code = character if isinstance(character, int) else ord(str(character)[:1] or "\0")
    # libyaml counts bytes, the pure reader characters: find the character itself instead.
    offset = source.text.find(chr(code))
    return Problem(
        "E101",
        source.path,
        position_of_offset(source.text, max(offset, 0)),
        _("control character U+{code:04X} is not allowed in YAML").format(code=code),
        _("remove the control character (often pasted invisibly from another program)"),
    )


# Files the programme cannot do without: deleting one is no fix for emptying it.
_REQUIRED_FILES = ("programme.yaml", "organisations.yaml")


def _empty(path: Path) -> Problem:
    if path.name in _REQUIRED_FILES:
        hint = _("the programme needs this file: get its content back from git "
                 "(git checkout -- {path}) or write it in").format(path=path)
    else:
        hint = _("fill it in or delete it")
    return Problem("E107", path, START, _("file is empty"), hint)
