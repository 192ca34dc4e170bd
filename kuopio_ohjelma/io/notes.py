"""A note given on the command line, from a file or standard input: bounded, UTF-8, no BOM,
not blank (only `--note ""` or `--clear-note` clears a note; spaces, a line break or an
empty file or pipe never do).

Reading stops one byte past the data-file limit, so `--note-file /dev/zero` or
`--note - < /dev/zero` is refused at once instead of filling the memory.
"""

from __future__ import annotations

import re
import unicodedata
from typing import BinaryIO

from kuopio_ohjelma.io.text import MAX_FILE_BYTES, looks_like_cp1252, save_as_utf8
from kuopio_ohjelma.locale import _, grouped

_BOM = "\ufeff"


class NoteError(ValueError):
    """A note that cannot be used as given; the message says why."""


def _not_utf8(where: str, data: bytes, offset: int) -> str:
    """As lint's E102 says it: where, which byte, the likely encoding, how to save it."""
    said = _("{where}: not UTF-8 text (byte {offset})").format(where=where, offset=offset + 1)
    if looks_like_cp1252(data):
        said += " " + _("(the file looks like Windows-1252 / cp1252)")
    return f"{said}; {save_as_utf8()}"


def read_note(stream: BinaryIO, *, where: str) -> str:
    data = stream.read(MAX_FILE_BYTES + 1)
    if len(data) > MAX_FILE_BYTES:
        raise NoteError(
            _("{where}: the note is longer than {limit} bytes; a note is a few sentences")
            .format(where=where, limit=grouped(MAX_FILE_BYTES))
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise NoteError(_not_utf8(where, data, error.start)) from None
    note = clean_note(text)
    if blank(note):
        raise _empty(where)
    return note


def argument_note(text: str) -> str:
    """The note of `--note TEXT`: exactly "" empties the note (README); anything else that
    shows nothing (spaces, a line break, a no-break space) is refused as an empty file is."""
    note = clean_note(text)
    if note and blank(note):
        raise _empty("--note")
    return note


def blank(note: str) -> bool:
    """Nothing a reader would see: only white space and invisible format characters."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in note)


def _empty(where: str) -> NoteError:
    # A blank argument, an empty file or an empty pipe is a mistake far more often than a
    # wish to clear: clearing needs --clear-note or --note "" (README), so nothing is lost by
    # accident. One rule for all three ways of giving a note.
    return NoteError(
        _('{where}: the note is empty; nothing was changed. To empty the note, use '
          '--clear-note (or --note "")').format(where=where)
    )


def clean_note(text: str) -> str:
    """Composed (NFC) text without a byte-order mark; Windows (\\r\\n) and old Mac (\\r) line
    endings, line and paragraph separators and NEL become \\n, as a workbook cell's do (a lone \\r
    reached the report as '\\u000d')."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        # Bytes that were not UTF-8 in a command-line argument arrive as lone surrogates.
        raise NoteError(_("the note is not UTF-8 text; type it again or use --note-file"))
    return unicodedata.normalize("NFC", line_breaks(text.removeprefix(_BOM)))


# Line breaks other programs write: Windows' \r\n, old Mac's \r, and the line and paragraph
# separators and NEL of Word, web pages and some PDFs (YAML reads those as line breaks too).
_BREAKS = re.compile("\r\n?|[\x85\u2028\u2029]")


def line_breaks(text: str) -> str:
    """Every kind of line break in a note as \\n: the one reading of a note's lines for
    --note, --note-file, standard input and a workbook cell."""
    return _BREAKS.sub("\n", text) if not text.isascii() or "\r" in text else text
