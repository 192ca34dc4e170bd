"""The report's view of indicators: formatted values, change, target, trend and chart."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kuopio_ohjelma.indicators.series import Summary, summarise
from kuopio_ohjelma.indicators.sparkline import Sparkline, sparkline
from kuopio_ohjelma.labels import report_labels, trend_label
from kuopio_ohjelma.values.numbers import format_change, format_value

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Indicator, Target


@dataclass(frozen=True)
class ValueRow:
    when: str
    value: str
    note: str
    source: str


@dataclass(frozen=True)
class IndicatorView:
    id: str
    name: str
    qualifier: str | None
    shown: str
    source: str | None
    source_url: str | None
    licence: str | None
    latest: str = ""
    latest_when: str = ""
    change: str = ""
    previous_when: str = ""
    target: str = ""
    trend: str = ""
    baseline: str = ""
    rows: tuple[ValueRow, ...] = ()
    chart: Sparkline | None = None
    alt: str = ""
    notes: tuple[int, ...] = ()  # footnote numbers of the indicator's huomautus
    unit: str | None = None  # the programme's word after each value: a page marks its language

    @property
    def has_values(self) -> bool:
        return bool(self.rows)


def indicator_view(
    indicator_id: str, indicator: Indicator, lang: str, notes: tuple[int, ...] = ()
) -> IndicatorView:
    source = indicator.source
    view = IndicatorView(
        indicator_id,
        indicator.name,
        indicator.qualifier,
        indicator.shown,
        source.name if source else None,
        source.url if source else None,
        source.licence if source else None,
        notes=notes,
        unit=indicator.unit,
    )
    summary = summarise(indicator)
    if summary.latest is None:
        return view
    return _with_values(view, indicator, summary, lang)


def _with_values(
    view: IndicatorView, indicator: Indicator, summary: Summary, lang: str
) -> IndicatorView:
    unit, places = indicator.unit, summary.places
    assert summary.latest is not None

    def shown(value: float) -> str:
        return format_value(value, unit, lang, places=places)

    rows = tuple(
        ValueRow(p.when, shown(p.value), p.note or "", p.source or "") for p in summary.points
    )
    target = _target(summary.target, unit, lang, places)
    trend = trend_label(summary.trend, lang) if summary.trend else ""
    baseline = indicator.baseline
    chart_target = summary.target.value if summary.target else None
    return replace(
        view,
        latest=shown(summary.latest.value),
        latest_when=summary.latest.when,
        change=_change(summary, unit, lang, places),
        previous_when=summary.previous.when if summary.previous else "",
        target=target,
        trend=trend,
        baseline=f"{shown(baseline.value)} ({baseline.year})" if baseline else "",
        rows=rows,
        chart=sparkline(summary.points, float(chart_target) if chart_target is not None else None),
        alt=_alt(view.name, rows, target, lang),
    )


def _change(summary: Summary, unit: str | None, lang: str, places: int) -> str:
    if summary.change is None:
        return ""
    return format_change(summary.change, unit, lang, places=places)


def _target(target: Target | None, unit: str | None, lang: str, places: int) -> str:
    if target is None:
        return ""
    parts = []
    if target.value is not None:
        parts.append(format_value(target.value, unit, lang, places=places))
    if target.text:
        parts.append(target.text)
    text = ", ".join(parts)
    return f"{text} ({target.year})" if target.year is not None else text


def _alt(name: str, rows: tuple[ValueRow, ...], target: str, lang: str) -> str:
    """The chart in words: every value with its time, and the target."""
    labels = report_labels(lang)
    values = "; ".join(f"{row.when}: {row.value}" for row in rows)
    text = f"{name}, {labels['value_list'].lower()} {values}."
    return f"{text} {labels['target']}: {target}." if target else text
