"""Make text from data files and file names inert on a terminal and in CI logs: control,
line-separator and bidi-override characters shown as escapes, never passed raw."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

# One pass of a compiled pattern, not a Python call per character: reports render all notes.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Category Cc is exactly U+0000–U+001F and U+007F–U+009F; a line break and a tab stay as
# they are (ordinary white space to an editor), the rest is shown.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


# Lone surrogates are the bytes of a file name that is not UTF-8 (Python's surrogateescape):
# they cannot be written as UTF-8, so they are escaped like the rest.


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(value: Any) -> str:
    """Readable JSON (ä stays ä) in which DEL, C1, line separators and bidi overrides are
    escaped like the control characters json.dumps escapes itself."""
    import json  # here, not at the top: lint's clean text run never writes JSON

    return _JSON_RAW.sub(_escape, json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def inert(text: str) -> str:
    """Replace control and bidirectional-override characters with visible escapes."""
    return _UNSAFE.sub(_escape, text)


# For one-line places (file names, ids, labels in headers and finding lines) a line break is
# escaped too: it would forge a new line. U+2028/U+2029 are line breaks to some readers.
_UNSAFE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# json.dumps escapes U+0000–U+001F itself, but leaves DEL, C1 (the 8-bit CSI U+009B) and
# the line separators raw.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# What a reader cannot see: controls, format characters (zero-width, bidi, soft hyphen,
# BOM) and the line and paragraph separators.
_HIDDEN_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}


def inert_name(text: str) -> str:
    """One line, nothing raw: for file names, ids and labels."""
    return _UNSAFE_LINE.sub(_escape, text)


# A value echoed back in a message (an unknown id, a refused option) is cut to this many
# characters: 100 000 pasted characters would bury the message itself.
SHOWN_LIMIT = 80


def shown(text: str, limit: int = SHOWN_LIMIT) -> str:
    """`text` as a message quotes what the user or the data gave: one line (a tab or line
    break shown as its escape), nothing raw, and a long value cut with its length said."""
    if len(text) <= limit:
        return inert_name(text)
    from kuopio_ohjelma.locale import _

    return _("{start}… ({count} characters)").format(
        start=inert_name(text[:limit]), count=len(text)
    )


# Control characters that have no place in any text value: C0 but tab, line feed and carriage
# return (tab has its own rule; CR is a line ending), DEL and C1. Word's soft line break
# (Shift+Enter) arrives as U+000B; spreadsheets and XML refuse all of them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def control_characters(text: str) -> list[str]:
    """The control characters of `text` (in order, each once)."""
    if text.isprintable() or not _CONTROL.search(text):
        return []
    return list(dict.fromkeys(_CONTROL.findall(text)))


def hidden_characters(text: str) -> list[str]:
    """The characters of `text` that a reader cannot see (in order, each once)."""
    if text.isascii() and text.isprintable():
        return []
    return list(dict.fromkeys(ch for ch in text if unicodedata.category(ch) in _HIDDEN_CATEGORIES))


def ascii_digits(text: str) -> str:
    """`text` with every decimal digit of another script (`٧١`, full-width `７１`) written
    as 0-9, for a did-you-mean; the text itself is never read that way."""
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch
        for ch in text
    )
