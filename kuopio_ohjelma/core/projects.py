"""Project years as the programme writes them: '(2018-20)', '(2018-6/21)', '(2020-', '2020-2027'.

One rule for the source's project lines: each line of a Hankkeet cell is one item, kept as
written; a line may name several projects separated by commas ('ERG- hanke (2019-21), Gastro
Business (2019-20), Lakeland 2'), and years are read from each comma-separated part.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

# A comma outside brackets separates the projects of one line.
_PART = re.compile(r",(?![^(]*\))")

# A year range at the end of a project's text, optionally bracketed, open-ended or with months.
_YEARS = re.compile(
    r"""(?P<open>\()?\s*
        (?P<start>(?:\d{1,2}/)?\d{4})
        \s*[-–]\s*
        (?P<end>(?:\d{1,2}/)?\d{2,4})?
        \s*\)?\s*\??\s*$""",
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
    return [parse_project(part.strip()) for part in _PART.split(text) if part.strip()]
