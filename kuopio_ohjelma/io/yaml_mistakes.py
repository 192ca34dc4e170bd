"""The parser's complaints, translated: the common YAML mistakes of editors, found at the
line and column the editor must change, in the editor's words with the fix.

The parser notices a mistake where it can no longer go on, often a line late and in its own
terms ("block sequence entries are not allowed in this context"). Each function here looks
at the text around that spot for one known situation; none matching, the caller falls back
to a generic message (the parser's own words only under `lint --verbose`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kuopio_ohjelma.io.yaml_lines import Explained, read_line, usual_indents
from kuopio_ohjelma.io.yaml_structure import indent_like, structural_mistake
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Position

# `key: -` / `key: ?`: an unquoted YAML indicator where a value belongs.
_BARE_MARK = re.compile(
    r"^(?P<indent>\s*)(?P<key>[^\s:#'\"-][^:#]*?):\s+(?P<mark>[-?][^\s\"']*)\s*(#.*)?$"
)
# Linear time: the key ends at its last non-blank character (a lazy key followed by \s*$
# was quadratic on a long line of blanks; tests/hardening/test_bounded.py times it).
_PLAIN_KEY = re.compile(r"^(?P<indent>\s*)(?P<key>[^\s:#'\"-](?:[^:#]*[^\s:#])?)\s*$")
_KEY = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<key>[^\s:#'\"-][^:#]*?):(\s|$)")


Situation = Callable[[list[str], int, int, str], "Explained | None"]


def explain(lines: list[str], line: int, context_line: int, parser_words: str) -> Explained | None:
    """The known mistake behind a syntax error at 0-based `line` (the parser's context mark at
    `context_line`), or None."""
    for situation in _SITUATIONS:
        found = situation(lines, line, context_line, parser_words)
        if found is not None:
            return found
    return None


def _unquoted_mark(lines: list[str], line: int, context: int, words: str) -> Explained | None:
    """`eteneminen: -` or `eteneminen: ?`: YAML reads '-' and '?' as structure, not text."""
    for number in dict.fromkeys((line, line - 1)):
        if 0 <= number < len(lines):
            match = _BARE_MARK.match(lines[number])
            if match:
                key, mark = match["key"].strip(), match["mark"]
                return Explained(
                    Position(number + 1, match.start("mark") + 1),
                    _("the mark {mark} must be in quotes").format(mark=mark),
                    _('write: {key}: "{mark}"').format(key=key, mark=mark),
                )
    return None


def _missing_colon(lines: list[str], line: int, context: int, words: str) -> Explained | None:
    """A key line without its colon (`1/2024` above `eteneminen: …`): the parser reads the two
    lines as one text and stops at the colon of the second."""
    if "mapping values are not allowed" not in words:
        return None
    previous = _previous_content(lines, line)
    if previous is None:
        return None
    match = _PLAIN_KEY.match(lines[previous])
    below = _KEY.match(lines[line]) if line < len(lines) else None
    if not match or not below or len(below["indent"]) <= len(match["indent"]):
        return None
    key = match["key"]
    return Explained(
        Position(previous + 1, len(lines[previous].rstrip()) + 1),
        _("the colon is missing after '{key}'").format(key=key),
        _("write: {key}:").format(key=key),
    )


def _indentation(lines: list[str], line: int, context: int, words: str) -> Explained | None:
    """Lines of one block indented differently (`eteneminen` two spaces too far): the parser
    notices at the line after the wrong one. The first line of the block sets the indent,
    unless it is the one unlike its namesakes elsewhere in the file."""
    if "did not find expected key" not in words or not 0 <= context < line < len(lines):
        return None
    if any(text.count('"') % 2 for text in lines[context : line + 1]):
        return None  # an unclosed quote, not indentation
    above = _previous_content(lines, line)
    first = read_line(lines[context + 1], context + 1) if context + 1 < len(lines) else None
    here = read_line(lines[line], line)
    if above is None or first is None or here is None or first.key is None or here.key is None:
        return None
    previous = read_line(lines[above], above)
    if above == context + 1 and first.indent > here.indent:
        wrong, like = first, here  # the block's only line is too deep
    elif previous is not None and previous.key is not None and previous.indent != here.indent:
        wrong, like = here, previous
    else:
        return None
    return indent_like(wrong, like, usual_indents(lines))


def _previous_content(lines: list[str], line: int) -> int | None:
    for number in range(min(line, len(lines)) - 1, -1, -1):
        text = lines[number].strip()
        if text and not text.startswith("#"):
            return number
    return None


def _structure(lines: list[str], line: int, context: int, words: str) -> Explained | None:
    """The first line, from the top down to the parser's stop, whose shape is never valid."""
    return structural_mistake(lines, line + 1)


_SITUATIONS: list[Situation] = [_unquoted_mark, _structure, _missing_colon, _indentation]
