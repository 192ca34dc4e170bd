"""Editorial notes (`huomautus`) as numbered footnotes, in the order the report shows them.

One note text gets one number, however many places refer to it (a registry body's note is
referenced wherever the body appears). Numbers follow the document: background, overview,
then the themes' goals and actions.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from markupsafe import escape


class Footnote(NamedTuple):
    number: int
    text: str


class Marked(NamedTuple):
    """A piece of the programme's text and the footnotes that belong to it."""

    text: str
    notes: tuple[int, ...] = ()


class Footnotes:
    """Collects notes while the view is built; `numbers` hands out the footnote numbers."""

    def __init__(self) -> None:
        self._numbers: dict[str, int] = {}

    def numbers(self, *notes: str | None) -> tuple[int, ...]:
        found = [self._numbers.setdefault(n, len(self._numbers) + 1) for n in notes if n]
        return tuple(dict.fromkeys(found)) if len(found) > 1 else tuple(found)

    def mark(self, text: str, *notes: str | None) -> Marked:
        return Marked(text, self.numbers(*notes))

    def all(self) -> list[Footnote]:
        return [Footnote(number, text) for text, number in self._numbers.items()]


def html_refs(label: str) -> Callable[[Sequence[int]], str]:
    """Footnote markers: <sup><a href="#huom-3" aria-label="Huomautus 3">3</a></sup>.

    Plain text, escaped here: the renderer wraps it as markup once per cell (markupsafe's
    own join and format cost a Python call per piece, seven thousand rows over)."""
    shown = escape(label)

    def refs(numbers: Sequence[int]) -> str:
        return "".join(
            f'<sup class="fn"><a href="#huom-{n:d}" aria-label="{shown} {n:d}">{n:d}</a></sup>'
            for n in numbers
        )

    return refs


def md_refs(numbers: Sequence[int]) -> str:
    """Footnote markers in Markdown's footnote syntax: [^3]."""
    return "".join(f"[^{n}]" for n in numbers)
