"""Project rules: years that parse and agree across actions."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import rule
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem, Severity
from kuopio_ohjelma.values.projects import ProjectYears

# Something that looks like an attempt at years: a bracket or a trailing run with digits.
# Possessive quantifiers: linear time on long runs of spaces (see values/projects.py).
_YEARISH = re.compile(r"\(\s*+\d|\d{4}\s*+[-–]|[-–]\s*+\d{2,4}+\s*+\)?+\s*+$")
_EARLIEST, _LATEST = 1990, 2100


@rule("E501", "project-years")
def project_years(context: LintContext) -> Iterator[Problem]:
    """A project's years do not parse, run backwards, or are out of range.

    Why it matters: the report and the checks read start and end years from the text.
    Example: `Talent Hub (2022-2019)` or `Talent Hub (20222-24)`.
    Use instead: `Talent Hub (2019-22)`; the forms `(2018-20)`, `(2018-6/21)`, `(2020-` and
    `2020-2027` are all understood.
    """
    for goal, index, parts in context.action_projects:
        for p_index, years in parts:
            message = _years_problem(years)
            if message:
                yield context.problem(
                    "E501",
                    goal,
                    ("toimenpiteet", index, "hankkeet", p_index),
                    message,
                    _("write years as (2019-22), (2019-2022), (2019-6/22) or (2019-"),
                )


def _years_problem(years: ProjectYears) -> str:
    if years.start is None:
        return (
            _("years in '{text}' cannot be read").format(text=years.text)
            if _YEARISH.search(years.text)
            else ""
        )
    if not (_EARLIEST <= years.start <= _LATEST) or (
        years.end is not None and not (_EARLIEST <= years.end <= _LATEST)
    ):
        return _("years in '{text}' are out of range").format(text=years.text)
    if years.backwards:
        return _("years in '{text}' run backwards ({start} → {end})").format(
            text=years.text, start=years.start, end=years.end
        )
    return ""


@rule("W502", "project-years-differ", Severity.WARNING)
def project_years_differ(context: LintContext) -> Iterator[Problem]:
    """The same project is given different years in different actions.

    Why it matters: one of the two is probably out of date.
    Example: `Talent Hub (2020-22)` in one action and `Talent Hub (2020-23)` in another.
    Use instead: the same years everywhere.
    """
    first: dict[str, tuple[ProjectYears, str]] = {}
    for goal, index, parts in context.action_projects:
        for p_index, years in parts:
            if years.start is None:
                continue
            key = years.name.casefold()
            if key not in first:
                first[key] = (years, goal.model.actions[index].id)
                continue
            earlier, where = first[key]
            if (earlier.start, earlier.end) != (years.start, years.end):
                yield context.problem(
                    "W502",
                    goal,
                    ("toimenpiteet", index, "hankkeet", p_index),
                    _("'{name}' has years {years} here but {earlier} in {where}").format(
                        name=years.name,
                        years=years.years_text,
                        earlier=earlier.years_text,
                        where=where,
                    ),
                    _("give the project the same years everywhere"),
                )


@rule("W503", "project-looks-like-body", Severity.WARNING)
def project_looks_like_body(context: LintContext) -> Iterator[Problem]:
    """An action lists no responsible bodies, and one of its projects is the name (or an
    alias) of a responsible body in data/organisations.yaml.

    Why it matters: when the line `vastuutahot:` is deleted, the bodies under it silently
    join the list of projects above: the action loses its responsible bodies and the report
    shows them as projects, with no error. (Reported once per action, at the first such
    project: where `vastuutahot:` goes back.)
    Example: `hankkeet:` with the items `- Future Savo` and `- Testipalvelut`, and no
    `vastuutahot:`.
    Use instead: restore `vastuutahot:` above the body, in line with `hankkeet:`.
    """
    registry = context.load.registry
    if registry is None:
        return
    spellings = {
        spelling.casefold() for body in registry.model.bodies
        for spelling in (body.name, *body.aliases)
    }
    for goal in context.load.goals:
        for index, action in enumerate(goal.model.actions):
            if action.bodies:
                continue  # a project named like a body (Savilahtifoorumi) beside real bodies
            found = next(
                ((p_index, text) for p_index, text in enumerate(action.projects)
                 if text.strip().casefold() in spellings),
                None,
            )
            if found is None:
                continue
            p_index, text = found
            path: tuple[str | int, ...] = ("toimenpiteet", index, "hankkeet", p_index)
            if (*path, "nimi") in goal.document.values:
                path = (*path, "nimi")
            yield context.problem(
                "W503",
                goal,
                path,
                _("{id} has no responsible bodies, but its project '{text}' is a responsible "
                  "body in data/organisations.yaml").format(id=action.id, text=text),
                _("the line vastuutahot: is probably missing: restore it above this line, in "
                  "line with 'hankkeet'"),
            )


RULES = [project_years, project_years_differ, project_looks_like_body]
