"""Indicator rules: the series, its targets and its numbers.

Values may live in `havainnot` of the YAML file or in the sidecar CSV next to it; each
finding points at the cell or key to change in whichever file holds the value.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from kuopio_ohjelma.core.periods import latest_period, period_key
from kuopio_ohjelma.core.suggest import did_you_mean
from kuopio_ohjelma.indicators.series import time_key, year_of
from kuopio_ohjelma.io.kinds import INDICATOR, is_kind
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import loader_rule, rule
from kuopio_ohjelma.lint.rules.plausibility import misread
from kuopio_ohjelma.lint.rules.series import Placed, placed
from kuopio_ohjelma.locale import _, ngettext
from kuopio_ohjelma.problems import START, Problem, Severity
from kuopio_ohjelma.values.numbers import decimals, rounded

# Units whose values are counts: a fraction of a person or a company is a typing mistake.
COUNT_UNITS = frozenset({"kpl", "lkm", "henkilöä", "hlöä", "yritystä", "työpaikkaa"})


def _when_key(item: Placed) -> str:
    return "kausi" if item.observation.period is not None else "vuosi"


NUMBER_AS_TEXT = loader_rule(
    "E601",
    "number-as-text",
    """A value is written as text in the Finnish way, with a decimal comma or spaces between
    thousands, where a number belongs.

    Why it matters: text cannot be ordered, compared with a target or drawn; `"71,2"` would
    be read as words.
    Example: `arvo: "71,2"` or `arvo: 1 234`, or `71,2` in a CSV cell.
    Use instead: `arvo: 71.2` and `arvo: 1234` (a decimal point, no spaces, no quotes).""",
)

SIDECAR = loader_rule(
    "E602",
    "sidecar-csv",
    """The sidecar CSV of an indicator (data/indicators/slug.csv) cannot be read as a series:
    an unknown column, a row with too few or too many cells, a year or value that is not one.

    Why it matters: values that cannot be read would be missing from the report.
    Example: a header `vuosi,arvio` (no column `arvo`) or a row `2023,71.2,extra` under
    `vuosi,arvo`.
    Use instead: a header of `vuosi` or `kausi`, `arvo`, optionally `huomautus` and `lähde`,
    separated by commas (or by semicolons with decimal commas, as Finnish Excel saves CSV),
    and one row per value.""",
)


@rule("E603", "duplicate-observation")
def duplicate_observation(context: LintContext) -> Iterator[Problem]:
    """The same year or period has two values.

    Why it matters: the report could show only one of them, and which one would be chance.
    Example: two entries with `vuosi: 2023` (also one in YAML and one in the CSV).
    Use instead: one value per year or period; put a correction in place of the old value.
    """
    for series in placed(context):
        seen: dict[str, Placed] = {}
        for item in series:
            when = item.observation.when
            if when in seen:
                first = seen[when]
                yield Problem(
                    "E603",
                    item.path,
                    item.at(_when_key(item)),
                    _("{when} already has a value ({place})").format(
                        when=when, place=_place(first)
                    ),
                    _("keep one row per year or period and remove this row")
                    if _in_csv(item)
                    else _("keep one value per year or period and remove this one"),
                )
            seen.setdefault(when, item)


@rule("W604", "observations-out-of-order", Severity.WARNING)
def observations_out_of_order(context: LintContext) -> Iterator[Problem]:
    """Values are not listed from the oldest to the newest.

    Why it matters: a reader of the file expects the series in time order, and a value out
    of place is easy to take for the latest one.
    Example: `vuosi: 2023` listed before `vuosi: 2021`.
    Use instead: list values from the oldest to the newest.
    """
    for series in placed(context):
        for before, item in itertools.pairwise(series):
            if not (_timed(item.observation) and _timed(before.observation)):
                continue  # a value without a year or period is E605's finding, not an order
            if before.path == item.path and time_key(item.observation) < time_key(
                before.observation
            ):
                yield Problem(
                    "W604",
                    item.path,
                    item.at(_when_key(item)),
                    _("{when} is listed after {before}").format(
                        when=item.observation.when, before=before.observation.when
                    ),
                    _("list values from the oldest to the newest"),
                )


def _timed(observation: Any) -> bool:
    return observation.year is not None or observation.period is not None


@rule("E605", "observation-time")
def observation_time(context: LintContext) -> Iterator[Problem]:
    """A value without a year or period, or with both.

    Why it matters: a value is only meaningful at a time, and one time.
    Example: `- arvo: 71.2` alone, or `vuosi: 2023` together with `kausi: 1/2024`.
    Use instead: `vuosi: 2023` or `kausi: 1/2024`, one of them.
    """
    for series in placed(context):
        for item in series:
            observation = item.observation
            if (observation.year is None) == (observation.period is None):
                yield Problem(
                    "E605",
                    item.path,
                    item.at("kausi" if observation.period else ""),
                    _("a value needs a year (vuosi) or a period (kausi), one of them"),
                    _("fill in the row's cell in column vuosi (e.g. 2023) or in column kausi "
                      "(e.g. 1/2024), not both")
                    if _in_csv(item)
                    else _("write vuosi: 2023 or kausi: 1/2024"),
                )


def _in_csv(item: Placed) -> bool:
    """A value from a sidecar CSV: its fix is said in rows and columns, not YAML keys."""
    return item.path.suffix == ".csv"


@rule("E606", "target-before-baseline")
def target_before_baseline(context: LintContext) -> Iterator[Problem]:
    """A target's year is earlier than the baseline's year.

    Why it matters: a target is set for a time after the starting point; an earlier year is
    usually a typo.
    Example: `lähtötaso: {vuosi: 2018, …}` and a target with `vuosi: 2017`.
    Use instead: the year by which the target should be reached, e.g. `vuosi: 2030`.
    """
    for loaded in context.load.indicators:
        baseline = loaded.model.baseline
        if baseline is None:
            continue
        for index, target in enumerate(loaded.model.targets):
            if target.year is not None and target.year < baseline.year:
                yield context.problem(
                    "E606",
                    loaded,
                    ("tavoitteet", index, "vuosi"),
                    _("target year {target} is before the baseline year {baseline}").format(
                        target=target.year, baseline=baseline.year
                    ),
                    _("write the year by which the target should be reached"),
                )


@rule("E607", "empty-target")
def empty_target(context: LintContext) -> Iterator[Problem]:
    """A target with neither a value (`arvo`) nor a description (`kuvaus`).

    Why it matters: the report would show a target that says nothing.
    Example: `- vuosi: 2030` alone under `tavoitteet`.
    Use instead: `arvo: 75` or, for a direction only, `kuvaus: Kasvaa vuosittain`.
    """
    for loaded in context.load.indicators:
        for index, target in enumerate(loaded.model.targets):
            if target.value is None and target.text is None:
                yield context.problem(
                    "E607",
                    loaded,
                    ("tavoitteet", index),
                    _("the target has no value (arvo) and no description (kuvaus)"),
                    _("add arvo: 75 or kuvaus: Kasvaa vuosittain"),
                )


@rule("E608", "missing-unit")
def missing_unit(context: LintContext) -> Iterator[Problem]:
    """An indicator has values but no unit (`yksikkö`).

    Why it matters: `71.2` means nothing to a reader without `%`, `henkilöä` or `€`.
    Example: values under `havainnot` and no `yksikkö:` key.
    Use instead: `yksikkö: "%"` (or the unit the values are in).
    """
    for series in placed(context):
        if series and series[0].indicator.model.unit is None:
            loaded = series[0].indicator
            yield context.problem(
                "E608",
                loaded,
                ("nimi",),
                _("indicator '{name}' has values but no unit").format(name=loaded.model.name),
                _('add a line such as yksikkö: "%" or yksikkö: henkilöä'),
                at_key=True,
            )


@rule("W609", "stale-indicator", Severity.WARNING)
def stale_indicator(context: LintContext) -> Iterator[Problem]:
    """An indicator with values has none from the latest years (3 by default, counted back from
    the latest declared period; `stale-years` under [lint] changes it).

    Why it matters: the report would show an old value as the indicator's current state.
    Example: the latest period is 1/2024 and the newest value is from 2020.
    Use instead: `ohjelma indicator set slug 2023 71.2`, or say in `huomautus` why there is none.
    """
    info = context.load.info
    latest = latest_period(info.model.periods) if info else None
    if latest is None:
        return
    now, years = period_key(latest.id)[0], context.stale_years
    for series in placed(context):
        if not series:
            continue
        newest = max(series, key=lambda item: time_key(item.observation))
        if year_of(newest.observation) <= now - years:
            yield Problem(
                "W609",
                newest.path,
                newest.at(_when_key(newest)),
                ngettext(
                    "no value in the latest {years} year (the newest is {when})",
                    "no value in the latest {years} years (the newest is {when})",
                    years,
                ).format(years=years, when=newest.observation.when),
                _("add the newest value with ohjelma indicator set {slug} YEAR VALUE").format(
                    slug=newest.indicator.stem
                ),
            )


@rule("W610", "excess-precision", Severity.WARNING)
def excess_precision(context: LintContext) -> Iterator[Problem]:
    """A value has more decimals than the indicator allows (`desimaalit`, or none for counts
    such as `kpl` or `henkilöä`).

    Why it matters: the report rounds it, so the file and the report would disagree.
    Example: `arvo: 71.25` with `desimaalit: 1`, or `arvo: 12.5` with `yksikkö: yritystä`.
    Use instead: `arvo: 71.3`, or raise `desimaalit` if the source really is that precise.
    """
    for series in placed(context):
        if not series:
            continue
        model = series[0].indicator.model
        allowed = model.decimals
        if allowed is None and model.unit in COUNT_UNITS:
            allowed = 0
        if allowed is None:
            continue
        for item in series:
            if decimals(item.observation.value) > allowed and not _misread(item, series):
                yield Problem(
                    "W610",
                    item.path,
                    item.at("arvo"),
                    ngettext(
                        "{value} has more than {allowed} decimal",
                        "{value} has more than {allowed} decimals",
                        allowed,
                    ).format(value=item.observation.value, allowed=allowed),
                    _("round it to {rounded}").format(
                        rounded=rounded(item.observation.value, allowed)
                    ),
                )


def _misread(item: Placed, series: list[Placed]) -> bool:
    """`125.668` meant as 125 668 is W612's or W614's finding, whose fix is not rounding."""
    return item in misread(series)


@rule("E611", "sidecar-without-indicator")
def sidecar_without_indicator(context: LintContext) -> Iterator[Problem]:
    """A CSV file in data/indicators/ with no indicator file of the same name.

    Why it matters: its values belong to no indicator and would be silently left out.
    Example: data/indicators/tyollisyys.csv next to data/indicators/tyollisyysaste.yaml.
    Use instead: name the CSV after the indicator's YAML file (tyollisyysaste.csv).
    """
    folder = INDICATOR.folder(context.load.root)
    indicators = [path.stem for path in context.load.attempted if is_kind(path, INDICATOR)]
    for path in sorted(folder.glob("*.csv")) if folder.is_dir() else []:
        if path.stem not in indicators:
            yield Problem(
                "E611",
                path,
                START,
                _("no indicator file {name}.yaml for this series").format(name=path.stem),
                did_you_mean(path.stem, indicators, list_all=False)
                or _("rename it after an indicator's file in data/indicators/"),
            )


def _place(item: Placed) -> str:
    position = item.at(_when_key(item))
    return f"{item.path.name}:{position.line}:{position.col}"


RULES = [
    NUMBER_AS_TEXT,
    SIDECAR,
    duplicate_observation,
    observations_out_of_order,
    observation_time,
    target_before_baseline,
    empty_target,
    missing_unit,
    stale_indicator,
    excess_precision,
    sidecar_without_indicator,
]
