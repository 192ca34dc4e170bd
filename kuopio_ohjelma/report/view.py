"""The report's view of the programme: pure data for the templates, built in one pass."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from kuopio_ohjelma.core.moves import Move, across_periods, classify
from kuopio_ohjelma.core.periods import previous_period, resolve_period
from kuopio_ohjelma.core.scope import Scope
from kuopio_ohjelma.labels import UNCERTAIN_COUNTED, mark_label, move_label, report_labels
from kuopio_ohjelma.locale import gettext_in
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.report.chart import Chart, build_chart
from kuopio_ohjelma.report.indicators import IndicatorView, indicator_view
from kuopio_ohjelma.report.notes import Footnote, Footnotes, Marked
from kuopio_ohjelma.values.marks import split_progress
from kuopio_ohjelma.values.numbers import format_number

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Action, BodyRef, Goal, Period, ScaleStep


@dataclass(frozen=True)
class Row:
    id: str
    title: str
    projects: list[Marked]
    bodies: list[Marked]
    mark: str
    mark_label: str
    note: str
    move: Move | None
    move_symbol: str
    move_label: str
    previous_mark: str
    title_notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class GoalView:
    number: int
    title: str
    overview_title: str
    binding_targets: list[str]
    rows: list[Row]
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class BackgroundView:
    title: str
    text: str
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class ThemeView:
    id: str
    name: str
    goals: list[GoalView]
    indicators: list[IndicatorView]
    counts: dict[str, int]
    moves: dict[Move, int]
    missing: int = 0  # actions in scope without an assessment for the period: not yet assessed
    uncertain: int = 0  # of the counts, marks written uncertain ('+?'): counted under their code

    @property
    def indicators_without_values(self) -> bool:
        """No indicator of the theme has a value yet: the report says so in one line."""
        return not any(view.has_values for view in self.indicators)

    @property
    def actions(self) -> int:
        """Every action in scope: the summary's total, assessed or not."""
        return self.assessed + self.missing

    @property
    def assessed(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Report:
    programme: Programme
    period: Period
    previous: Period | None
    themes: list[ThemeView]
    lang: str
    scope: Scope
    totals: dict[str, int] = field(default_factory=dict)
    move_totals: dict[Move, int] = field(default_factory=dict)
    background: list[BackgroundView] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    date: date | None = None  # --date: printed under the title; none by default (reproducible)

    @property
    def owner_maybe_same(self) -> list[str]:
        """Bodies the registry says may be the filtered owner under another name."""
        return self.programme.maybe_same_as(self.scope.owner) if self.scope.owner else []

    @property
    def missing_total(self) -> int:
        return sum(theme.missing for theme in self.themes)

    @property
    def actions_total(self) -> int:
        return sum(theme.actions for theme in self.themes)

    @property
    def uncertain_total(self) -> int:
        return sum(theme.uncertain for theme in self.themes)

    @property
    def uncertain_counted(self) -> str:
        """Under the summary: uncertain marks ('+?') have no column of their own, so say where
        they are counted and how many there are (empty when there are none)."""
        if not self.uncertain_total:
            return ""
        return gettext_in(self.lang, UNCERTAIN_COUNTED).format(
            count=format_number(self.uncertain_total, self.lang)
        )

    @property
    def chart(self) -> Chart:
        return build_chart(
            self.programme.info, [(t.name, t.counts, t.missing) for t in self.themes]
        )

    @property
    def labels(self) -> dict[str, str]:
        return report_labels(self.lang)

    @property
    def scale(self) -> list[ScaleStep]:
        return self.programme.info.scale

    @property
    def moves(self) -> list[Move]:
        # a report is of lint-clean data: no period loses an assessment, no mark is off scale
        return [move for move in Move if move not in (Move.NO_LONGER_ASSESSED, Move.OFF_SCALE)]

    def move_words(self, move: Move) -> tuple[str, str]:
        return move_label(move, self.lang)


def build_report(
    programme: Programme,
    *,
    period_id: str | None,
    lang: str,
    scope: Scope,
    on: date | None = None,
) -> Report:
    period = resolve_period(programme.info.periods, period_id)
    previous = previous_period(programme.info.periods, period.id)
    notes = Footnotes()
    background = [
        BackgroundView(b.title, b.text, notes.numbers(b.note)) for b in programme.info.background
    ]
    shown = [t for t in programme.info.themes if not scope.themes or t.id in scope.themes]
    indicators = {t.id: _indicators(programme, t.indicators, notes, lang) for t in shown}
    themes = []
    for theme in shown:
        goals = [
            _goal_view(programme, goal, period, previous, scope, lang, notes)
            for goal in programme.goals_of(theme)
            if scope.includes_goal(goal)
        ]
        goals = [goal for goal in goals if goal.rows or scope.owner is None]
        rows = [row for goal in goals for row in goal.rows]
        themes.append(
            ThemeView(
                theme.id,
                theme.name,
                goals,
                indicators[theme.id],
                _counts(programme, rows),
                _move_counts(rows),
                sum(1 for row in rows if not row.mark),
                sum(1 for row in rows if split_progress(row.mark)[1]),
            )
        )
    totals = Counter[str]()
    move_totals = Counter[Move]()
    for view in themes:
        totals.update(view.counts)
        move_totals.update(view.moves)
    return Report(
        programme,
        period,
        previous,
        themes,
        lang,
        scope,
        _ordered(programme, totals),
        dict(move_totals),
        background,
        notes.all(),
        on,
    )


def _goal_view(
    programme: Programme,
    goal: Goal,
    period: Period,
    previous: Period | None,
    scope: Scope,
    lang: str,
    notes: Footnotes,
) -> GoalView:
    heading = notes.numbers(goal.note)
    rows = [
        _row(programme, action, period, previous, lang, notes)
        for action in goal.actions
        if scope.includes(goal, action)
    ]
    return GoalView(
        goal.number, goal.title, goal.overview_title, goal.binding_targets, rows, heading
    )


def _row(
    programme: Programme,
    action: Action,
    period: Period,
    previous: Period | None,
    lang: str,
    notes: Footnotes,
) -> Row:
    title_notes = notes.numbers(action.note)
    projects = [notes.mark(p.name, p.note) for p in action.project_items]
    bodies = [_body(programme, ref, notes) for ref in action.body_refs]
    now = action.assessments.get(period.id)
    before = action.assessments.get(previous.id) if previous else None
    move = across_periods(classify(programme.info, before, now)) if previous else None
    symbol, words = move_label(move, lang) if move else ("", "")
    return Row(
        action.id,
        action.title,
        projects,
        bodies,
        now.progress if now else "",
        mark_label(programme.info, now.progress if now else None, lang),
        now.note if now else "",
        move,
        symbol,
        words,
        before.progress if before else "",
        title_notes,
    )


def _body(programme: Programme, ref: BodyRef, notes: Footnotes) -> Marked:
    """The body as the cell shows it; its own note first, then the registry's on the body."""
    registered = programme.body(ref.name)
    return notes.mark(ref.shown, ref.note, registered.note if registered else None)


def _indicators(
    programme: Programme, ids: list[str], notes: Footnotes, lang: str
) -> list[IndicatorView]:
    shown = [(i, programme.indicators[i]) for i in ids if i in programme.indicators]
    return [indicator_view(i, one, lang, notes.numbers(one.note)) for i, one in shown]


def _counts(programme: Programme, rows: list[Row]) -> dict[str, int]:
    counter = Counter(split_progress(row.mark)[0] for row in rows if row.mark)
    return _ordered(programme, counter)


def _ordered(programme: Programme, counter: Counter[str]) -> dict[str, int]:
    return {step.code: counter.get(step.code, 0) for step in programme.info.scale}


def _move_counts(rows: list[Row]) -> dict[Move, int]:
    return dict(Counter(row.move for row in rows if row.move is not None))
