"""Inline suppressions: `# ohjelma: disable=W403, empty-note` on the line of a finding.

Codes are case-insensitive and rule names work as well as codes; a word that names no rule is
reported (W114) instead of being silently ignored.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from kuopio_ohjelma.problems import Position

_DISABLE = re.compile(r"#\s*ohjelma:\s*disable\s*=\s*([\w ,-]+)", re.IGNORECASE)

Resolve = Callable[[str], "str | None"]


class Suppression(NamedTuple):
    """One word of a disable comment, where it stands, and the rule it names (None: none)."""

    word: str
    position: Position
    code: str | None


def suppressions(line: str, number: int, resolve: Resolve) -> Iterator[Suppression]:
    match = _DISABLE.search(line)
    if match is None:
        return
    for word in re.finditer(r"[^,\s]+", match.group(1)):
        position = Position(number, match.start(1) + word.start() + 1)
        yield Suppression(word.group(), position, resolve(word.group()))


def suppressed_codes(line: str, resolve: Resolve) -> set[str]:
    return {s.code for s in suppressions(line, 0, resolve) if s.code is not None}
