"""The progress chart's proportions, computed here so the template only lays it out.

One row per theme: its name as HTML text above its bar (it wraps: a long theme name is never
cut, at 320 px or at 200 % zoom), the bar split into the scale's marks (colours come from
CSS classes of the mark's tone) and a segment for actions not yet assessed. Widths are
percentages of the row, so the bar follows the page's width.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kuopio_ohjelma.core.scale import tone

if TYPE_CHECKING:
    from kuopio_ohjelma.model import ProgrammeInfo

MIN_LABELLED = 6.0  # narrower segments (per cent) carry no number (the table and text do)


@dataclass(frozen=True)
class Bar:
    percent: float
    css: str  # "tone-high", … or "missing": the stylesheet colours it
    count: int
    labelled: bool


@dataclass(frozen=True)
class ChartRow:
    label: str
    bars: list[Bar]


@dataclass(frozen=True)
class Chart:
    rows: list[ChartRow]


def build_chart(
    info: ProgrammeInfo, themes: list[tuple[str, dict[str, int], int]]
) -> Chart:
    """`themes`: (name, count per scale code, actions not yet assessed), in report order."""
    return Chart([_row(info, name, counts, missing) for name, counts, missing in themes])


def _row(info: ProgrammeInfo, name: str, counts: dict[str, int], missing: int) -> ChartRow:
    segments = [(f"tone-{tone(info, code).value}", n) for code, n in counts.items()]
    segments.append(("missing", missing))
    total = sum(n for _, n in segments)
    bars = []
    for css, count in segments:
        if count:
            percent = round(count / total * 100, 2)
            bars.append(Bar(percent, css, count, percent >= MIN_LABELLED))
    return ChartRow(name, bars)
