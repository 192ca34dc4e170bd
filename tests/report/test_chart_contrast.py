"""The chart's bars are graphics a reader must tell apart: WCAG 2.1 1.4.11 asks 3:1 against
the white page (each bar has a white border, so neighbours are separated by it), and the
count printed on a bar is text, 4.5:1 against the bar (1.4.3). axe-core checks text only."""

from __future__ import annotations

import re

import pytest

from tests.conftest import REPO

CSS = (REPO / "templates" / "report.css").read_text(encoding="utf-8")


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _bar_background(tone: str) -> str:
    match = re.search(rf"\.bar\.{tone}, \.swatch\.{tone} {{ background: (#[0-9a-f]{{6}}); }}", CSS)
    assert match, tone
    return match.group(1)


def _bar_text(tone: str) -> str:
    """The count's colour on a bar: a rule naming `.bar.<tone>` with a colour, else `.bar`'s."""
    for selectors, colour in re.findall(r"^([^{\n]+){ color: (#[0-9a-f]{6}); }$", CSS, re.M):
        if f".bar.{tone}" in [s.strip() for s in selectors.split(",")]:
            return colour
    default = re.search(r"^\.bar {[^}]*[^-]color: (#[0-9a-f]{3,6});", CSS, re.M)
    assert default
    return "#ffffff" if default.group(1) == "#fff" else default.group(1)


@pytest.mark.parametrize("tone", ["tone-high", "tone-mid", "tone-low", "tone-none"])
def test_every_bar_stands_out_from_the_page_and_its_count_is_readable(tone: str) -> None:
    background = _bar_background(tone)
    assert _contrast(background, "#ffffff") >= 3.0, background
    assert _contrast(background, _bar_text(tone)) >= 4.5, (background, _bar_text(tone))
