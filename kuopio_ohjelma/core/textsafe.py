"""Make text from data files inert on a terminal: control and bidi-override characters shown."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

_BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"}


def json_text(value: Any) -> str:
    """Readable JSON (ä stays ä) in which bidi overrides are escaped like control characters."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    return "".join(f"\\u{ord(ch):04x}" if ch in _BIDI else ch for ch in text) + "\n"


def inert(text: str) -> str:
    """Replace control and bidirectional-override characters with visible escapes."""
    return "".join(_visible(ch) for ch in text)


def _visible(ch: str) -> str:
    if ch in _BIDI or (unicodedata.category(ch) == "Cc" and ch not in "\n"):
        return f"\\u{ord(ch):04x}"
    return ch
