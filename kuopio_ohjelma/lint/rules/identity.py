"""Identity rules: numbers and ids that must be unique, contiguous and agree with file names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from kuopio_ohjelma.io.kinds import GOAL, is_kind
from kuopio_ohjelma.io.loader import Loaded
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import rule
from kuopio_ohjelma.locale import _, ngettext
from kuopio_ohjelma.problems import Problem, Severity

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Goal


@rule("E301", "goal-numbering")
def goal_numbering(context: LintContext) -> Iterator[Problem]:
    """Goal numbers must be unique, run 1, 2, 3… without gaps, and match the file name.

    Why it matters: goals are cited by number in council papers; the file name keeps the
    folder in goal order.
    Example: two files with `numero: 4`, or `numero: 5` in `04-yritysmyonteisyys.yaml`.
    Use instead: number goals 1…N and start each file name with its two-digit number.
    """
    counts = Counter(goal.model.number for goal in context.load.goals)
    goal_files = [p for p in context.load.attempted if is_kind(p, GOAL)]
    expected = set(range(1, len(goal_files) + 1))
    complete = len(goal_files) == len(context.load.goals)
    for goal in context.load.goals:
        number = goal.model.number
        prefix = f"{number:02d}-"
        if _file_number(goal.path.name) != number:
            yield context.problem(
                "E301",
                goal,
                ("numero",),
                _("goal number {number} does not match file name").format(number=number),
                _("rename the file to start with '{prefix}'").format(prefix=prefix),
            )
        if counts[number] > 1:
            yield context.problem(
                "E301",
                goal,
                ("numero",),
                ngettext(
                    "goal number {number} is used by {count} file",
                    "goal number {number} is used by {count} files",
                    counts[number],
                ).format(number=number, count=counts[number]),
                _("give each goal its own number"),
            )
        elif complete and number not in expected:
            missing = sorted(expected - set(counts))
            yield context.problem(
                "E301",
                goal,
                ("numero",),
                _("goal numbers are not contiguous: {number}").format(number=number),
                ngettext(
                    "missing number: {numbers}", "missing numbers: {numbers}", len(missing)
                ).format(numbers=", ".join(map(str, missing)))
                if missing
                else "",
            )


def _file_number(name: str) -> int | None:
    digits, dash, _ = name.partition("-")
    return int(digits) if dash and digits.isdigit() else None


@rule("E302", "duplicate-action-id")
def duplicate_action_id(context: LintContext) -> Iterator[Problem]:
    """Action ids must be unique across the whole programme.

    Why it matters: statuses, diffs and `ohjelma status set` find an action by its id.
    Example: `tunnus: T2.3` in two actions.
    Use instead: give the new action the next free id of its goal, e.g. `T2.8`.
    """
    places: dict[str, list[tuple[Loaded[Goal], int]]] = {}
    for goal in context.load.goals:
        for index, action in enumerate(goal.model.actions):
            places.setdefault(action.id, []).append((goal, index))
    for action_id, found in places.items():
        if len(found) < 2:
            continue
        # A copy pasted into another goal's file is the one whose id names another goal.
        strays = [place for place in found if not action_id.startswith(_prefix(place[0]))]
        copy = strays[-1] if len(strays) == 1 else found[-1]
        original = next(place for place in found if place is not copy)
        goal, index = copy
        where = original[0].document.position(("toimenpiteet", original[1], "tunnus"))
        yield context.problem(
            "E302",
            goal,
            ("toimenpiteet", index, "tunnus"),
            _("action id {id} is already used in {file}:{line}").format(
                id=action_id, file=original[0].path.as_posix(), line=where.line
            ),
            _("give this action the next free id of goal {number}: {id}").format(
                number=goal.model.number, id=_next_free_id(goal)
            ),
        )


def _prefix(goal: Loaded[Goal]) -> str:
    return f"T{goal.model.number}."


def _next_free_id(goal: Loaded[Goal]) -> str:
    prefix = _prefix(goal)
    numbers = [
        int(action.id.removeprefix(prefix))
        for action in goal.model.actions
        if action.id.startswith(prefix) and action.id.removeprefix(prefix).isdigit()
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


@rule("W303", "action-id-goal-mismatch", Severity.WARNING)
def action_id_goal(context: LintContext) -> Iterator[Problem]:
    """An action's id does not start with its goal's number.

    Why it matters: readers expect T3.2 to be an action of goal 3; a moved action keeps its
    id on purpose, so this is only a warning.
    Example: `tunnus: T4.1` in goal 3.
    Use instead: `tunnus: T3.8`, or silence the line with `# ohjelma: disable=W303`.
    """
    for goal in context.load.goals:
        prefix = f"T{goal.model.number}."
        for index, action in enumerate(goal.model.actions):
            if not action.id.startswith(prefix):
                yield context.problem(
                    "W303",
                    goal,
                    ("toimenpiteet", index, "tunnus"),
                    _("action {id} is in goal {number}").format(
                        id=action.id, number=goal.model.number
                    ),
                    _("ids of goal {number} start with '{prefix}'").format(
                        number=goal.model.number, prefix=prefix
                    ),
                )


@rule("E304", "duplicate-declaration")
def duplicate_declaration(context: LintContext) -> Iterator[Problem]:
    """A theme, period, scale code or responsible body is declared twice.

    Why it matters: references to it would be ambiguous.
    Example: two periods with `tunnus: 1/2024`.
    Use instead: keep one declaration.
    """
    info = context.load.info
    if info is not None:
        model = info.model
        themes = [t.id for t in model.themes]
        yield from _duplicates(context, info, "painopisteet", "tunnus", themes)
        yield from _duplicates(context, info, "kaudet", "tunnus", [p.id for p in model.periods])
        yield from _duplicates(context, info, "asteikko", "koodi", [s.code for s in model.scale])
    registry = context.load.registry
    if registry is not None:
        seen: set[str] = set()
        for index, body in enumerate(registry.model.bodies):
            for name in (body.name, *body.aliases):
                if name in seen:
                    yield context.problem(
                        "E304",
                        registry,
                        ("vastuutahot", index),
                        _("'{name}' is declared twice").format(name=name),
                        _("each name or alias may belong to one body only"),
                    )
                seen.add(name)


def _duplicates(
    context: LintContext, loaded: Loaded[Any], key: str, field: str, items: list[str]
) -> Iterator[Problem]:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item in seen:
            yield context.problem(
                "E304",
                loaded,
                (key, index, field),
                _("'{item}' is declared twice in {key}").format(item=item, key=key),
                _("remove the second declaration"),
            )
        seen.add(item)


RULES = [goal_numbering, duplicate_action_id, action_id_goal, duplicate_declaration]
