"""Status rules: progress codes, missing, empty and stale assessments, period order."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kuopio_ohjelma.core.periods import is_period_id, latest_period, period_key, skips_ahead
from kuopio_ohjelma.core.scale import needs_explaining, suggest_mark
from kuopio_ohjelma.io.loader import Loaded
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import rule
from kuopio_ohjelma.lint.rules.references import declared_typos
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem, Severity

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Assessment, Goal


@rule("E401", "unknown-progress", protected=True)  # the report cannot show such a mark
def unknown_progress(context: LintContext) -> Iterator[Problem]:
    """A progress mark (`eteneminen`) that is not on the declared scale.

    Why it matters: the report could not explain it and diff could not rank it.
    Example: `eteneminen: "++"` or `eteneminen: "+-"`.
    Use instead: one of the scale's codes, `"+"`, `"+/-"`, `"-"`, `"?"`, or the uncertain
    form with a trailing question mark, such as `"+?"`.
    """
    if context.load.info is None:
        return
    info = context.load.info.model
    allowed = info.allowed_progress()
    for goal in context.load.goals:
        for index, action in enumerate(goal.model.actions):
            for period, assessment in action.assessments.items():
                if assessment.progress not in allowed:
                    yield context.problem(
                        "E401",
                        goal,
                        ("toimenpiteet", index, "seuranta", period, "eteneminen"),
                        _("progress '{progress}' is not on the scale").format(
                            progress=assessment.progress
                        ),
                        _mark_hint(suggest_mark(info, assessment.progress), allowed),
                    )


def _mark_hint(meant: str | None, allowed: list[str]) -> str:
    if meant is not None:
        return _('did you mean "{mark}"? write: eteneminen: "{mark}"').format(mark=meant)
    return _("allowed: {choices}").format(choices=", ".join(f'"{code}"' for code in allowed))


@rule("W402", "missing-assessment", Severity.WARNING)
def missing_assessment(context: LintContext) -> Iterator[Problem]:
    """An action has no assessment for the latest declared period.

    Why it matters: after a new period is opened, each action needs its progress and note;
    this lists what is still to do (an error with `--strict`).
    Example: `kaudet` ends with 1/2025 but the action's `seuranta` has only 1/2024.
    Use instead: `ohjelma status set T1.2 "+" --note "…"` or add the period by hand.
    """
    programme = context.programme
    latest = latest_period(programme.info.periods) if programme else None
    if latest is None:
        return
    declared = {period.id for period in programme.info.periods} if programme else set()
    for goal in context.load.goals:
        for index, action in enumerate(goal.model.actions):
            if latest.id not in action.assessments and not _mistyped_period(
                context, goal, index, set(action.assessments) - declared
            ):
                yield context.problem(
                    "W402",
                    goal,
                    ("toimenpiteet", index, "tunnus"),
                    _("{id} is not updated for period {period}").format(
                        id=action.id, period=latest.id
                    ),
                    _("add its assessment under seuranta: {period}").format(period=latest.id),
                )


def _mistyped_period(
    context: LintContext, goal: Loaded[Goal], index: int, undeclared: set[str]
) -> bool:
    """The assessment is there under a mistyped period (E314, or a bare year the loader
    reported): that finding says what to fix; 'not updated' would send the editor astray."""
    if undeclared:
        return True
    start = goal.document.key_position(("toimenpiteet", index, "seuranta")).line
    after = goal.document.key_position(("toimenpiteet", index + 1)).line
    end = after if after > start else 1 << 30
    return any(
        problem.path == goal.path and start < problem.position.line < end
        for problem in context.load.problems
    )


@rule("W403", "empty-note", Severity.WARNING)
def empty_note(context: LintContext) -> Iterator[Problem]:
    """A `-` or `?` assessment without a note.

    Why it matters: readers of the report want to know why an action has not progressed or
    why nothing is known of it.
    Example: `eteneminen: "-"` with `tilanne: ""`.
    Use instead: a short note saying why.
    """
    if context.load.info is None:
        return
    info = context.load.info.model
    # Per mark, not per assessment: a large programme has tens of thousands of assessments.
    explained: dict[str, bool] = {}
    for goal, index, period, assessment in _assessments(context):
        mark = assessment.progress
        if mark not in explained:
            explained[mark] = needs_explaining(info, mark)
        if explained[mark] and not assessment.note.strip():
            yield context.problem(
                "W403",
                goal,
                ("toimenpiteet", index, "seuranta", period, "tilanne"),
                _("progress '{progress}' has no note").format(progress=assessment.progress),
                _("say briefly why under 'tilanne'"),
            )


@rule("W404", "stale-note", Severity.WARNING)
def stale_note(context: LintContext) -> Iterator[Problem]:
    """A note copied unchanged from the previous period.

    Why it matters: a copied note usually means the status was not really updated.
    Example: the same `tilanne:` text under 1/2024 and 1/2025.
    Use instead: write what happened in the new period (or say that nothing did).
    """
    if context.programme is None:
        return
    order = list(dict.fromkeys(context.programme.period_ids()))
    for goal in context.load.goals:
        for index, action in enumerate(goal.model.actions):
            assessments = action.assessments
            if len(assessments) < 2:
                continue
            notes = [(p, assessments[p].note.strip()) for p in order if p in assessments]
            for (before, earlier), (after, note) in itertools.pairwise(notes):
                if note and note == earlier:
                    yield context.problem(
                        "W404",
                        goal,
                        ("toimenpiteet", index, "seuranta", after, "tilanne"),
                        _("note for {after} is the same as for {before}").format(
                            after=after, before=before
                        ),
                        _("update the note for the new period"),
                    )


@rule("E405", "periods-out-of-order")
def periods_out_of_order(context: LintContext) -> Iterator[Problem]:
    """The periods under `kaudet` are not in chronological order.

    Why it matters: 'latest period' and the moves in diff and the report depend on the order.
    Example: `1/2025` declared before `1/2024`.
    Use instead: list periods from the oldest to the newest.
    """
    info = context.load.info
    if info is None:
        return
    keys = [period_key(period.id) for period in info.model.periods]
    for index in range(1, len(keys)):
        if keys[index] < keys[index - 1]:
            yield context.problem(
                "E405",
                info,
                ("kaudet", index, "tunnus"),
                _("period {period} comes after {previous}").format(
                    period=info.model.periods[index].id, previous=info.model.periods[index - 1].id
                ),
                _("list periods from the oldest to the newest"),
            )


@rule("W406", "period-skips-ahead", Severity.WARNING)
def period_skips_ahead(context: LintContext) -> Iterator[Problem]:
    """A period under `kaudet` is more than a year after the period declared before it.

    Why it matters: the periods are the yearly monitoring rounds; a gap of years is usually
    a mistyped year (`1/2205` for `1/2025`), and the report, diff and the to-do list of
    actions then go by a period that never comes. `ohjelma period open` refuses such a
    period without `--force`; written by hand, this warning says it.
    Example: `tunnus: 1/2027` after `tunnus: 1/2024`.
    Use instead: `tunnus: 1/2025`; if the gap is intended, the warning can stay.
    """
    info = context.load.info
    if info is None:
        return
    periods = info.model.periods
    # A declaration E314 already says is mistyped (the files use another id) is said there,
    # with the id to write, not twice.
    mistyped = declared_typos(context)
    for index in range(1, len(periods)):
        previous, period = periods[index - 1].id, periods[index].id
        if index in mistyped or not (is_period_id(previous) and is_period_id(period)):
            continue
        before = period_key(previous)
        if skips_ahead(before, period_key(period)):
            yield context.problem(
                "W406",
                info,
                ("kaudet", index, "tunnus"),
                _("period {period} is more than a year after the period before it, "
                  "{previous}").format(period=period, previous=previous),
                _("check the year: the next round after {previous} is {next}; if the gap is "
                  "intended, the warning can stay").format(
                    previous=previous, next=f"1/{before.year + 1}"),
            )


def _assessments(context: LintContext) -> Iterator[tuple[Loaded[Goal], int, str, Assessment]]:
    for goal in context.load.goals:
        for index, action in enumerate(goal.model.actions):
            for period, assessment in action.assessments.items():
                yield goal, index, period, assessment


RULES = [
    unknown_progress,
    missing_assessment,
    empty_note,
    stale_note,
    periods_out_of_order,
    period_skips_ahead,
]
