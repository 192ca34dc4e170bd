"""Reference rules: every name used in one file must be declared in another."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kuopio_ohjelma.core.suggest import closest, did_you_mean, split_names
from kuopio_ohjelma.io.kinds import INDICATOR, ORGANISATIONS, is_kind
from kuopio_ohjelma.io.loader import Loaded
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import rule
from kuopio_ohjelma.lint.rules.series import placed
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Problem, Severity

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Goal


@rule("E311", "unknown-theme")
def unknown_theme(context: LintContext) -> Iterator[Problem]:
    """A goal names a theme (`painopiste`) that data/programme.yaml does not declare.

    Why it matters: the goal would be missing from the report.
    Example: `painopiste: yrittajyys`.
    Use instead: one of the `tunnus` values under `painopisteet` in data/programme.yaml.
    """
    if context.load.info is None:
        return
    themes = [theme.id for theme in context.load.info.model.themes]
    for goal in context.load.goals:
        if goal.model.theme not in themes:
            yield context.problem(
                "E311",
                goal,
                ("painopiste",),
                _("unknown theme '{theme}'").format(theme=goal.model.theme),
                did_you_mean(goal.model.theme, themes),
            )


@rule("E312", "unknown-indicator")
def unknown_indicator(context: LintContext) -> Iterator[Problem]:
    """A theme lists an indicator that has no file in data/indicators/.

    Why it matters: the report could not show the indicator's name or source.
    Example: `mittarit: [verotulo]` without data/indicators/verotulo.yaml.
    Use instead: the file name (without .yaml) of an existing indicator, or add the file.
    """
    info = context.load.info
    if info is None:
        return
    known = {indicator.stem: None for indicator in context.load.indicators}  # ordered, fast `in`
    broken = {path.stem for path in context.load.attempted if is_kind(path, INDICATOR)}
    for t_index, theme in enumerate(info.model.themes):
        for i_index, indicator in enumerate(theme.indicators):
            if indicator not in known and indicator not in broken:
                yield context.problem(
                    "E312",
                    info,
                    ("painopisteet", t_index, "mittarit", i_index),
                    _("no indicator file data/indicators/{name}.yaml").format(name=indicator),
                    did_you_mean(indicator, known, list_all=False),
                )


@rule("W313", "unused-indicator", Severity.WARNING)
def unused_indicator(context: LintContext) -> Iterator[Problem]:
    """An indicator file that no theme lists.

    Why it matters: the indicator never reaches the report.
    Example: data/indicators/verotulo.yaml, but no theme has `- verotulo` under `mittarit`.
    Use instead: add it under the right theme's `mittarit`, or delete the file.
    """
    info = context.load.info
    if info is None:
        return
    used = {i for theme in info.model.themes for i in theme.indicators}
    for indicator in context.load.indicators:
        if indicator.stem not in used:
            yield context.problem(
                "W313",
                indicator,
                (),
                _("indicator '{name}' is not listed by any theme").format(name=indicator.stem),
                _("add it under 'mittarit' of a theme in data/programme.yaml"),
            )


@rule("E314", "undeclared-period")
def undeclared_period(context: LintContext) -> Iterator[Problem]:
    """An assessment or indicator value is given for a period not declared under `kaudet`.

    Why it matters: the report and diff only know declared periods; a typo such as `1/2042`
    would be silently left out.
    Example: `seuranta: {1/2025: …}` before `ohjelma period open 1/2025`.
    Use instead: declare the period in data/programme.yaml (or fix the typo).
    """
    info = context.load.info
    if info is None:
        return
    periods = [p.id for p in info.model.periods]
    typos = declared_typos(context)
    for index, (declared, used) in typos.items():
        yield context.problem(
            "E314",
            info,
            ("kaudet", index, "tunnus"),
            _("period '{declared}' looks like a typo: goal and indicator files use period "
              "'{used}'").format(declared=declared, used=used),
            _("write tunnus: {used}").format(used=used),
        )
    # Every use of a period traced back to a mistyped declaration is said once, above: a hint
    # in each goal file would spread the typo instead.
    explained = {used for _declared, used in typos.values()}
    for goal, index, period in _assessment_periods(context):
        if period not in periods and period not in explained:
            yield context.problem(
                "E314",
                goal,
                ("toimenpiteet", index, "seuranta", period),
                _("period '{period}' is not declared").format(period=period),
                did_you_mean(period, periods),
                at_key=True,
            )
    for series in placed(context):
        for item in series:
            when = item.observation.period
            if when is not None and when not in periods and when not in explained:
                yield Problem(
                    "E314",
                    item.path,
                    item.at("kausi"),
                    _("period '{period}' is not declared").format(period=when),
                    did_you_mean(when, periods),
                )


def _assessment_periods(context: LintContext) -> list[tuple[Loaded[Goal], int, str]]:
    """Every assessment's goal, action index and period (read once per check)."""
    return context.once(_every_assessment_period)


def _every_assessment_period(context: LintContext) -> list[tuple[Loaded[Goal], int, str]]:
    return [
        (goal, index, period)
        for goal in context.load.goals
        for index, action in enumerate(goal.model.actions)
        for period in action.assessments
    ]


def declared_typos(context: LintContext) -> dict[int, tuple[str, str]]:
    """_declared_typos, worked out once per check (E314 and W406 both ask)."""
    return context.once(_declared_typos)


def _declared_typos(context: LintContext) -> dict[int, tuple[str, str]]:
    """Declarations in `kaudet` that look mistyped: a second copy of a period, or one no file
    uses, that is a near miss of a period the files use but `kaudet` lacks. Keyed by the
    declaration's index, valued (declared, meant). An unused declaration is only blamed when
    the missing period is used in several files: one file's typo is that file's to fix."""
    info = context.load.info
    if info is None:
        return {}
    periods = [period.id for period in info.model.periods]
    assessed = _assessment_periods(context)
    observed = [item for series in placed(context) for item in series]
    declared = set(periods)
    # In the order first used, as the hints are given.
    used = dict.fromkeys(period for _goal, _index, period in assessed)
    used.update(dict.fromkeys(i.observation.period for i in observed if i.observation.period))
    if used.keys() <= declared:
        return {}  # every period used is declared: nothing to blame on `kaudet`
    files: dict[str, set[Path]] = {period: set() for period in used}
    for goal, _index, period in assessed:
        files[period].add(goal.path)
    for item in observed:
        if item.observation.period is not None:
            files[item.observation.period].add(item.path)
    typos: dict[int, tuple[str, str]] = {}
    for meant, where in files.items():
        if meant in declared:
            continue
        spare = {
            index: period
            for index, period in enumerate(periods)
            if index not in typos
            and (period in periods[:index] or (period not in files and len(where) > 1))
        }
        match = closest(meant, spare.values())
        if match is not None:
            # The last copy: with a duplicate, the second declaration is the edited one.
            typos[max(i for i, p in spare.items() if p == match)] = (match, meant)
    return typos


@rule("E315", "unknown-body")
def unknown_body(context: LintContext) -> Iterator[Problem]:
    """A responsible body that data/organisations.yaml does not know, by name or alias.

    Why it matters: worklists per body (`render --owner`) would miss the action.
    Example: `- Yrityspalvelt`.
    Use instead: the body's name from data/organisations.yaml, or add the body there.
    """
    registry = context.load.registry
    if registry is None:
        yield from _missing_registry(context)
        return
    names = [body.name for body in registry.model.bodies]
    known = set(names) | {alias for body in registry.model.bodies for alias in body.aliases}
    for goal, index, b_index, body in _bodies(context):
        if body not in known:
            yield context.problem(
                "E315",
                goal,
                _body_path(goal, index, b_index),
                _("unknown responsible body '{body}'").format(body=body),
                _unknown_body_hint(body, names, known),
            )


def _missing_registry(context: LintContext) -> Iterator[Problem]:
    """No data/organisations.yaml while actions name bodies: said once, at the file's path.
    The file stays optional for a programme that names no body; a deleted registry must not
    silently switch the check off (a file that fails to load has its own finding)."""
    path = ORGANISATIONS.folder(context.load.root)
    if any(problem.path == path for problem in context.load.problems):
        return
    named = next((body for _goal, _i, _b, body in _bodies(context)), None)
    if named is None:
        return
    yield Problem(
        "E315",
        path,
        START,
        _("data/organisations.yaml is missing, so no responsible body (such as '{body}') "
          "can be checked").format(body=named),
        _("restore it, e.g. with 'git checkout -- data/organisations.yaml', or create it "
          "with the bodies under 'vastuutahot:'"),
    )


def _unknown_body_hint(body: str, names: list[str], known: set[str]) -> str:
    """Did you mean a body, but never one whose name would drop words of the line: two
    bodies joined on one line (a '- ' lost) are split instead."""
    parts = split_names(body, known)
    if parts:
        return _("this line holds {count} bodies: write each on its own line: {items}").format(
            count=len(parts), items=" ".join(f"- {part}" for part in parts)
        )
    match = closest(body, names)
    if match is not None and len(match.split()) >= len(body.split()):
        return _("did you mean '{match}'?").format(match=match)
    return _("add it to data/organisations.yaml")


@rule("W316", "body-alias", Severity.WARNING)
def body_alias(context: LintContext) -> Iterator[Problem]:
    """A responsible body is written by one of its aliases instead of its name.

    Why it matters: one body, one spelling, so that lists and filters find all its actions.
    Example: `- Yrityspalvelu`.
    Use instead: `- Yrityspalvelut`.
    """
    registry = context.load.registry
    if registry is None:
        return
    canonical = {alias: body.name for body in registry.model.bodies for alias in body.aliases}
    for goal, index, b_index, body in _bodies(context):
        if body in canonical:
            yield context.problem(
                "W316",
                goal,
                _body_path(goal, index, b_index),
                _("'{body}' is an alias of '{name}'").format(body=body, name=canonical[body]),
                _("write '{name}'").format(name=canonical[body]),
            )


@rule("W317", "duplicate-body", Severity.WARNING)
def duplicate_body(context: LintContext) -> Iterator[Problem]:
    """The same responsible body is listed twice for one action (also via an alias).

    Why it matters: the report would show it twice.
    Example: `- Oppilaitokset` and `- oppilaitokset` in one action.
    Use instead: list each body once.
    """
    registry = context.load.registry
    canonical = (
        {n: body.name for body in registry.model.bodies for n in (body.name, *body.aliases)}
        if registry
        else {}
    )
    for goal in context.load.goals:
        for index, action in enumerate(goal.model.actions):
            seen: set[str] = set()
            for b_index, body in enumerate(action.bodies):
                name = canonical.get(body, body)
                if name in seen:
                    yield context.problem(
                        "W317",
                        goal,
                        _body_path(goal, index, b_index),
                        _("'{body}' is already listed for {id}").format(body=body, id=action.id),
                        _("remove this line"),
                    )
                seen.add(name)


@rule("E318", "unknown-same-body")
def unknown_same_body(context: LintContext) -> Iterator[Problem]:
    """A body's `voi_olla_sama` names no other body of data/organisations.yaml.

    Why it matters: the worklist of a body (`render --owner`) names the bodies that may be
    the same one; a name that is not a body (or the body itself) points nowhere.
    Example: `voi_olla_sama: [Pohjois-Savon liito]`.
    Use instead: the name of another body exactly as its `nimi` is written.
    """
    registry = context.load.registry
    if registry is None:
        yield from _missing_registry(context)
        return
    names = [body.name for body in registry.model.bodies]
    for index, body in enumerate(registry.model.bodies):
        for s_index, other in enumerate(body.maybe_same):
            if other not in names or other == body.name:
                yield context.problem(
                    "E318",
                    registry,
                    ("vastuutahot", index, "voi_olla_sama", s_index),
                    _("'{name}' is not another responsible body").format(name=other),
                    did_you_mean(other, [n for n in names if n != body.name], list_all=False)
                    or _("write the 'nimi' of another body in data/organisations.yaml"),
                )


def _bodies(context: LintContext) -> list[tuple[Loaded[Goal], int, int, str]]:
    """Every responsible body an action names, with where (read once per check)."""
    return context.once(_every_body)


def _every_body(context: LintContext) -> list[tuple[Loaded[Goal], int, int, str]]:
    return [
        (goal, index, b_index, body)
        for goal in context.load.goals
        for index, action in enumerate(goal.model.actions)
        for b_index, body in enumerate(action.bodies)
    ]


def _body_path(goal: Loaded[Goal], index: int, b_index: int) -> tuple[str | int, ...]:
    """The body's name: the list item itself, or its 'nimi' when written with a qualifier."""
    item: tuple[str | int, ...] = ("toimenpiteet", index, "vastuutahot", b_index)
    return (*item, "nimi") if (*item, "nimi") in goal.document.values else item


RULES = [
    unknown_theme,
    unknown_indicator,
    unused_indicator,
    undeclared_period,
    unknown_body,
    body_alias,
    duplicate_body,
    unknown_same_body,
]
