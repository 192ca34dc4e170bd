"""Make text from data files inert on a terminal: control and bidi-override characters shown."""

from __future__ import annotations

import json
import re
from typing import Any

# One pass of a compiled pattern, not a Python call per character: reports render all notes.
_BIDI = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Category Cc is exactly U+0000–U+001F and U+007F–U+009F; a line break stays a line break.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(value: Any) -> str:
    """Readable JSON (ä stays ä) in which bidi overrides are escaped like control characters."""
    return _BIDI.sub(_escape, json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def inert(text: str) -> str:
    """Replace control and bidirectional-override characters with visible escapes."""
    return _UNSAFE.sub(_escape, text)
