"""Text for a person, in lines that fit: the width to write to and the one word wrap.

Text output fits the terminal it is written to, and 80 columns anywhere else (a file, a
pipe, a CI log, an e-mail). A line too long is wrapped at spaces with a hanging indent, so
that a name, a path or a command is never cut and a wrapped line still reads as one.
Only `os` is imported here: lint's cached answer (commands/lint_warm.py) asks the width too.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing itself is a tenth of a warm lint
if TYPE_CHECKING:
    from typing import TextIO

# Where the width is not a terminal's: wide enough for a finding, narrow enough for e-mail.
WIDTH = 80
# A terminal narrower than this gets this much anyway: a wrap at 20 columns reads worse
# than the terminal's own.
NARROWEST = 40
# How much deeper than its first line a wrapped line continues.
HANGING = "  "


def output_width(stream: TextIO | None) -> int:
    """The columns of the terminal `stream` writes to (COLUMNS first, as shutil reads it),
    else WIDTH."""
    isatty = getattr(stream, "isatty", None)
    if stream is None or isatty is None or not isatty():
        return WIDTH
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), NARROWEST)
    try:
        return max(os.get_terminal_size(stream.fileno()).columns, NARROWEST)
    except (OSError, ValueError, AttributeError):
        return WIDTH


def wrap(text: str, width: int, first: str = "", rest: str = "", *,
         break_long_words: bool = True) -> list[str]:
    """`text` in lines of at most `width` columns, broken at spaces (never at hyphens), the
    first line after `first` and the others after `rest`; a tab stays a tab. A word longer
    than a line is cut only with `break_long_words`. As textwrap.wrap, without its work for
    a text that fits on the first line as it is: a large diff wraps thousands of names."""
    if text and len(first) + len(text) <= width and text == text.strip():
        return [first + text]
    lines = _textwrap(text, width, first, rest, break_long_words)
    if lines and len(lines[0]) > width and len(rest) < len(first) and first.strip():
        # A long `first` (a finding's place) left no room for the first word, which textwrap
        # puts there anyway: the text begins on the next line instead.
        return [first.rstrip(), *_textwrap(text, width, rest, rest, break_long_words)]
    return lines


def _textwrap(text: str, width: int, first: str, rest: str, break_long_words: bool) -> list[str]:
    import textwrap  # here: it imports re, and most text fits

    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=rest,
                         break_long_words=break_long_words, break_on_hyphens=False,
                         expand_tabs=False, replace_whitespace=False)


def fit(text: str, width: int, hanging: str = HANGING) -> str:
    """`text` with each line longer than `width` wrapped at spaces, its continuation lines
    indented as the line was plus `hanging`; lines that fit, blank lines and the text's
    ending are kept as they are. A word longer than a line (a path) is never cut."""
    lines = text.split("\n")
    return "\n".join(_fitted(line, width, hanging) for line in lines)


def _fitted(line: str, width: int, hanging: str) -> str:
    if len(line) <= width:
        return line
    body = line.lstrip(" ")
    indent = line[: len(line) - len(body)]
    wrapped = wrap(body, width, indent, indent + hanging, break_long_words=False)
    return "\n".join(wrapped) if wrapped else line
