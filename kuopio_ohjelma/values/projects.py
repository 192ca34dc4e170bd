"""Project years as the programme writes them: '(2018-20)', '(2018-6/21)', '(2020-', '2020-2027'.

One rule for the source's project lines: each line of a Hankkeet cell is one item, kept as
written; a line may name several projects separated by commas ('ERG- hanke (2019-21), Gastro
Business (2019-20), Lakeland 2'), and years are read from each comma-separated part.
"""

from __future__ import annotations

import itertools
import re
from functools import cache
from typing import NamedTuple

# A year range at the end of a project's text, optionally bracketed, open-ended or with months.
# Linear time on any text: a match starts only at '(' or at a digit (never inside a run of
# spaces), and the possessive quantifiers (*+, ?+) never hand back what they took, so
# "Hanke (2018-" + 100 000 spaces + "x" fails in one pass instead of backtracking for hours.
_YEARS = re.compile(
    r"""(?:(?P<open>\()\s*+)?
        (?P<start>(?:\d{1,2}/)?\d{4})
        \s*+[-–]\s*+
        (?P<end>(?:\d{1,2}/)?\d{2,4})?
        \s*+\)?+\s*+\??+\s*+$""",
    re.VERBOSE,
)


class ProjectYears(NamedTuple):
    text: str
    name: str
    years_text: str | None
    start: int | None
    end: int | None

    @property
    def backwards(self) -> bool:
        return self.start is not None and self.end is not None and self.end < self.start


def _year(value: str, *, century_from: int) -> int:
    digits = value.rsplit("/", 1)[-1]
    if len(digits) == 2:
        return century_from // 100 * 100 + int(digits)
    return int(digits)


@cache  # rules E501 and W502 and the report all ask, and large programmes repeat projects
def parse_project(text: str) -> ProjectYears:
    """Split the years off a project's text; the original text is kept as it was."""
    match = _YEARS.search(text)
    if match is None:
        return ProjectYears(text, text.strip(), None, None, None)
    start = _year(match["start"], century_from=2000)
    end = _year(match["end"], century_from=start) if match["end"] else None
    name = text[: match.start()].strip()
    years_text = text[match.start() :].strip()
    return ProjectYears(text, name or text.strip(), years_text, start, end)


def parse_line(text: str) -> list[ProjectYears]:
    """Every project of one Hankkeet line, in order; empty parts (a trailing comma) are skipped."""
    return [parse_project(part.strip()) for part in split_parts(text) if part.strip()]


def split_parts(text: str) -> list[str]:
    """Split at commas outside brackets: a comma whose next bracket is ')' is inside one.
    One pass from the end (a lookahead regex did this in quadratic time on long lines)."""
    if "," not in text:
        return [text]  # most lines: nothing to split, no pass over the characters
    cuts: list[int] = []
    next_bracket = ""
    for index in range(len(text) - 1, -1, -1):
        ch = text[index]
        if ch in "()":
            next_bracket = ch
        elif ch == "," and next_bracket != ")":
            cuts.append(index)
    bounds = [-1, *reversed(cuts), len(text)]
    return [text[start + 1 : end] for start, end in itertools.pairwise(bounds)]
