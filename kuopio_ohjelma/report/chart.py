"""The progress chart's geometry, computed here so the template only lays it out.

One row per theme: its name above a bar split into the scale's marks (colours come from CSS
classes of the mark's tone) and a segment for actions not yet assessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from kuopio_ohjelma.core.scale import tone
from kuopio_ohjelma.model import ProgrammeInfo

WIDTH = 540
ROW_HEIGHT = 52
BAR_TOP = 20  # the theme's name sits above its bar
BAR_HEIGHT = 24
MIN_LABELLED = 18  # narrower segments carry no number (the table and text alternative do)


@dataclass(frozen=True)
class Bar:
    x: float
    width: float
    css: str  # "tone-high", … or "missing": the stylesheet colours it
    count: int
    text_x: float
    labelled: bool


@dataclass(frozen=True)
class ChartRow:
    label: str
    label_y: int
    bar_y: int
    text_y: int
    bars: list[Bar]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    rows: list[ChartRow]


def build_chart(
    info: ProgrammeInfo, themes: list[tuple[str, dict[str, int], int]]
) -> Chart:
    """`themes`: (name, count per scale code, actions not yet assessed), in report order."""
    rows = [_row(info, index, name, counts, missing) for index, (name, counts, missing)
            in enumerate(themes)]
    return Chart(WIDTH, len(rows) * ROW_HEIGHT + 8, rows)


def _row(
    info: ProgrammeInfo, index: int, name: str, counts: dict[str, int], missing: int
) -> ChartRow:
    top = index * ROW_HEIGHT + 4
    segments = [(f"tone-{tone(info, code).value}", n) for code, n in counts.items()]
    segments.append(("missing", missing))
    total = sum(n for _, n in segments)
    bars, x = [], 0.0
    for css, count in segments:
        if not count:
            continue
        width = round(count / total * WIDTH, 1)
        bars.append(Bar(x, width, css, count, round(x + width / 2, 1), width >= MIN_LABELLED))
        x = round(x + width, 1)
    return ChartRow(name, top + 14, top + BAR_TOP, top + BAR_TOP + 17, bars)
