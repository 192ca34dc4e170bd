"""Units of indicator values: the one answer to "is this unit a share of a whole?".

Lint's W613 (a share over 100) and the report's change in percentage points (`+1,2 %-yks.`)
both ask here, so `%`, `prosenttia` and `% väestöstä` are shares everywhere alike.
"""

from __future__ import annotations

# A unit is a share of a whole when it is per cent, unless it names a change
# (`%-yks.`, `% muutos`, `kasvu %`), which may well be over 100.
_SHARE_WORDS = ("%", "prosenttia", "prosentti")
_CHANGE_WORDS = ("yks", "muutos", "kasvu", "change", "growth")


def is_share(unit: str | None) -> bool:
    """Whether values in this unit are a share of a whole, at most 100 (`%`, `prosenttia`,
    `% väestöstä`); a change in per cent or percentage points is not."""
    if unit is None:
        return False
    words = unit.strip().casefold()
    if any(word in words for word in _CHANGE_WORDS):
        return False
    return any(words == w or words.startswith(w + " ") for w in _SHARE_WORDS)
