"""Text put into Markdown (the report's .md, the pull request's diff) so that it renders as
itself: escaped where it goes, and only there.

A backslash is put before ASCII punctuation only (CommonMark shows `\\6` as it stands, a
backslash and a six). Characters that are special anywhere in a line are escaped everywhere;
block markers (`# `, `- `, `1. `, `1) `) only where the text starts a line (a paragraph, a
list item), never inside a table cell, where they are plain text; a closing `#` run only
where it would end a heading. Several lines become one, joined by `<br>`, so that a note
never leaves its cell, item or paragraph.

Markdown's own escapes, not HTML's: `&` stays `&` (a reader of the .md file and every
renderer see `Invest & Grow`); only an `&` that would start an entity (`&amp;`, `&#38;`) gets
a backslash, `<` always (it would open a tag or an autolink), `>` where it would open a quote.
Inside raw HTML (the diff's `<summary>`) Markdown is not read: there HTML's escapes apply.
"""

from __future__ import annotations

import html
import re

from kuopio_ohjelma.core.textsafe import inert

# Special anywhere in a line: escapes, code spans, emphasis, links, table cells,
# strikethrough, raw HTML and autolinks (`<`), and an `&` that starts an entity reference.
_INLINE = re.compile(
    r"([\\`*_\[\]|~<]|&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]*;))"
)
# Special where a line starts: ATX headings, bullet and ordered list markers (followed by a
# space or nothing), a thematic break of dashes, a block quote.
_LINE_START = re.compile(
    r"^(?:(#{1,6})(?=\s|$)|([-+])(?=\s|$)|(\d{1,9})([.)])(?=\s|$)|(-)(?=(?:\s*-){2,}\s*$)"
    r"|(>))"
)
# A heading's optional closing sequence: a run of `#` after a space at the end.
_CLOSING = re.compile(r"(\s)(#+)$")


def _lines(text: str) -> list[str]:
    """The text's lines, made inert, with Markdown's inline characters escaped; surrounding
    spaces dropped (they would make a code block or a hard line break)."""
    return [_INLINE.sub(r"\\\1", line.strip()) for line in inert(text).split("\n")]


def md_cell(text: str) -> str:
    """Text for a table cell: a list marker or `1.` there is plain text; `|` is escaped."""
    return "<br>".join(_lines(text))


def md_inline(text: str) -> str:
    """Text for anywhere in a line: a paragraph or list item it starts, a heading it ends."""
    joined = "<br>".join(_lines(text))
    joined = _LINE_START.sub(_escape_marker, joined, count=1)
    return _CLOSING.sub(r"\1\\\2", joined)


def _escape_marker(match: re.Match[str]) -> str:
    heading, bullet, number, delimiter, rule, quote = match.groups()
    if number is not None:
        return f"{number}\\{delimiter}"
    return "\\" + (heading or bullet or rule or quote)


def md_html(text: str) -> str:
    """Text inside raw HTML in Markdown (a `<summary>`): there Markdown escapes show as
    backslashes and `<` opens a tag, so HTML's escapes, on one line."""
    return html.escape(" ".join(inert(text).split()), quote=False)
