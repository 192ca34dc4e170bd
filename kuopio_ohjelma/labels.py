"""The words of the report, diff and status view, as gettext messages (English msgids,
translated in the catalogue); the programme's own texts (scale labels, titles) stay as written.

`mark_label` is the one place that turns a mark into the words a reader sees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kuopio_ohjelma.core.moves import Move
from kuopio_ohjelma.core.scale import step_of
from kuopio_ohjelma.indicators.series import Trend
from kuopio_ohjelma.locale import N_, gettext_in
from kuopio_ohjelma.values.marks import split_progress

if TYPE_CHECKING:
    from kuopio_ohjelma.model import ProgrammeInfo

# The report templates' words by key (`L.contents`), translated when a report is built.
REPORT_WORDS: dict[str, str] = {
    "contents": N_("Contents"),
    "skip": N_("Skip to main content"),
    "overview": N_("Goals and indicators"),
    "goals": N_("Goals"),
    "indicators": N_("Indicators"),
    "summary": N_("Summary of progress"),
    "legend": N_("Legend"),
    "theme": N_("Theme"),
    "total": N_("Total"),
    "action": N_("Action"),
    "projects": N_("Projects"),
    "bodies": N_("Responsible"),
    "progress": N_("Progress"),
    "change": N_("Change"),
    "since": N_("Change since"),
    "moves": N_("Changes since the previous period"),
    "goal": N_("Goal"),
    "uncertain": N_("uncertain"),
    "not_assessed": N_("not yet assessed"),
    "chart": N_("Distribution of progress by theme"),
    "generated": N_("Generated"),
    "filtered": N_("Filter"),
    "owner": N_("responsible body"),
    "actions": N_("actions"),
    "no_values": N_("No values have been recorded for the indicators yet."),
    "no_value": N_("no values yet"),
    "indicator": N_("Indicator"),
    "latest": N_("Latest value"),
    "change_since": N_("Change since previous"),
    "target": N_("Target"),
    "trend": N_("Trend"),
    "chart_col": N_("Development"),
    "value_list": N_("Values"),
    "when": N_("Year or period"),
    "value": N_("Value"),
    "note": N_("Note"),
    "source": N_("Source"),
    "baseline": N_("Baseline"),
    "licence": N_("licence"),
    "indicators_caption": N_("Latest value, change and target of the indicators"),
    "notes": N_("Editorial notes"),
    "in_source": N_("In the source document"),
    "maybe_same": N_("may be the same body as"),
}

MOVE_WORDS: dict[Move, tuple[str, str]] = {
    Move.IMPROVED: ("↑", N_("improved")),
    Move.DECLINED: ("↓", N_("declined")),
    Move.UNCHANGED: ("→", N_("unchanged")),
    Move.TO_UNKNOWN: ("?", N_("became unknown")),
    Move.FROM_UNKNOWN: ("!", N_("assessed from unknown")),
    Move.NEWLY_ASSESSED: ("+", N_("newly assessed")),
    Move.NO_LONGER_ASSESSED: ("×", N_("no longer assessed")),
    Move.NOT_ASSESSED: ("○", N_("not yet assessed")),
    Move.OFF_SCALE: ("≠", N_("mark not on the scale")),
}

TREND_WORDS: dict[Trend, str] = {
    Trend.TOWARDS: N_("towards the target"),
    Trend.AWAY: N_("away from the target"),
    Trend.STEADY: N_("unchanged"),
}


UNCERTAIN_COUNTED = N_(
    "Uncertain assessments (a mark followed by a question mark, such as +?) are counted in "
    "the column of their mark: {count} in all."
)


def report_labels(lang: str) -> dict[str, str]:
    """The report's words in `lang`, by the keys the templates use."""
    return {key: gettext_in(lang, word) for key, word in REPORT_WORDS.items()}


def move_label(move: Move, lang: str) -> tuple[str, str]:
    """A move's symbol and its words in `lang`: ('↑', 'parannus')."""
    symbol, words = MOVE_WORDS[move]
    return symbol, gettext_in(lang, words)


def trend_label(trend: Trend, lang: str) -> str:
    return gettext_in(lang, TREND_WORDS[trend])


def mark_label(info: ProgrammeInfo, progress: str | None, lang: str) -> str:
    """A mark as a reader sees it: the scale's label, '(epävarma)' after an uncertain one
    ('+?'), the mark itself when it is not on the scale, 'arvio puuttuu' when there is none."""
    return " ".join(part for part in mark_label_parts(info, progress, lang) if part)


def mark_label_parts(info: ProgrammeInfo, progress: str | None, lang: str) -> tuple[str, str]:
    """mark_label in two parts: the programme's own words (the scale's label, as written) and
    ours in `lang` ('(uncertain)', 'not yet assessed'); a page marks their languages apart."""
    if progress is None:
        return "", gettext_in(lang, REPORT_WORDS["not_assessed"])
    step = step_of(info, progress)
    label = step.label if step else progress
    if split_progress(progress)[1]:
        return label, f"({gettext_in(lang, REPORT_WORDS['uncertain'])})"
    return label, ""
