"""Identity rules: numbers and ids that must be unique, contiguous and agree with file names."""

from __future__ import annotations

import re
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

    Place = tuple[Loaded[Goal], int]  # a goal file and the index of an action in it


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
        mismatch = _file_number(goal.path.name) != number
        if mismatch:
            yield context.problem(
                "E301",
                goal,
                ("numero",),
                _("goal number {number} does not match file name").format(number=number),
                _numbering_hint(goal),
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
        elif complete and number not in expected and not mismatch:  # said just above
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


def _numbering_hint(goal: Loaded[Goal]) -> str:
    """When the file name and the action ids agree, `numero` is the one mistyped."""
    named = _file_number(goal.path.name)
    if named is not None and _ids_name(goal, named):
        return _("write numero: {number} (the file name and its action ids say {number})").format(
            number=named
        )
    return _("rename the file to start with '{prefix}'").format(
        prefix=f"{goal.model.number:02d}-"
    )


def _ids_name(goal: Loaded[Goal], number: int) -> bool:
    """Every action id of the goal names goal `number` (and there is at least one)."""
    actions = goal.model.actions
    return bool(actions) and all(a.id.startswith(f"T{number}.") for a in actions)


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
    for copy, original in context.once(_every_copy):
        goal, index = copy
        action_id = goal.model.actions[index].id
        where = original[0].document.position(("toimenpiteet", original[1], "tunnus"))
        file = original[0].path.as_posix()
        free = _next_free_id(goal)
        if _stray(copy) and not _stray(original):
            # An action pasted into another goal's file: one finding, naming both goals.
            message = _(
                "action {id} belongs to goal {owner} ({file}:{line}); this copy is in "
                "goal {number}"
            ).format(id=action_id, owner=original[0].model.number, file=file,
                     line=where.line, number=goal.model.number)
            hint = _(
                "remove this copy; if it is a new action of goal {number}, give it the id {id}"
            ).format(number=goal.model.number, id=free)
        else:
            message = _("action id {id} is already used in {file}:{line}").format(
                id=action_id, file=file, line=where.line
            )
            hint = _copy_hint(copy, original, where.line) or _free_id_hint(goal, index)
        yield context.problem("E302", goal, ("toimenpiteet", index, "tunnus"), message, hint)


def _every_copy(context: LintContext) -> list[tuple[Place, Place]]:
    """_copies of every goal, found once per check (E302 and W303 both ask)."""
    return list(_copies(context.load.goals))


def _copies(goals: list[Loaded[Goal]]) -> Iterator[tuple[Place, Place]]:
    """Each action whose id another action already has, with that first one. Of two, the
    copy is the one whose id names another goal (pasted there), else the one out of its
    goal's sequence (T1.2 changed to T1.3 above the real T1.3), else the later one."""
    places: dict[str, list[Place]] = {}
    for goal in goals:
        for index, action in enumerate(goal.model.actions):
            places.setdefault(action.id, []).append((goal, index))
    for found in places.values():
        if len(found) < 2:
            continue
        strays = [place for place in found if _stray(place)]
        # Else the one whose place in its goal implies another id was changed or pasted.
        misplaced = [place for place in found if not _in_sequence(*place)]
        suspects = strays if len(strays) == 1 else misplaced if len(misplaced) == 1 else found
        copy = suspects[-1]
        yield copy, next(place for place in found if place is not copy)


def _stray(place: Place) -> bool:
    """The action's id names another goal than the one whose file holds it."""
    goal, index = place
    return not goal.model.actions[index].id.startswith(_prefix(goal))


def _prefix(goal: Loaded[Goal]) -> str:
    return f"T{goal.model.number}."


def _numbers(goal: Loaded[Goal]) -> list[int | None]:
    """The number of each action's id in its goal (T1.3 → 3), None for another goal's id."""
    prefix = _prefix(goal)
    return [
        int(action.id.removeprefix(prefix))
        if action.id.startswith(prefix) and action.id.removeprefix(prefix).isdigit()
        else None
        for action in goal.model.actions
    ]


def _in_sequence(goal: Loaded[Goal], index: int) -> bool:
    """Whether the action's id is the one its place implies (the third action is T1.3)."""
    return _numbers(goal)[index] == index + 1


def _next_free_id(goal: Loaded[Goal]) -> str:
    used = [number for number in _numbers(goal) if number is not None]
    return f"{_prefix(goal)}{max(used, default=0) + 1}"


def _copy_hint(copy: Place, original: Place, line: int) -> str | None:
    """An action pasted twice: giving the copy a new id would invent an action. Word for
    word the same, delete the copy; the same name, compare and keep one; else None."""
    action, first = copy[0].model.actions[copy[1]], original[0].model.actions[original[1]]
    if action == first:
        start, end = _lines_of(copy)
        return _("this action repeats the one at line {line} word for word: delete this copy "
                 "(lines {start}–{end})").format(line=line, start=start, end=end)
    if action.title == first.title:
        return _("this action has the same name as the one at line {line}: if it is a copy, "
                 "move what only this one says there and delete this copy; if it is a new "
                 "action, give it the id {id}").format(line=line, id=_next_free_id(copy[0]))
    return None


def _lines_of(place: Place) -> tuple[int, int]:
    """The first and last line of an action in its file (1-based)."""
    goal, index = place
    document = goal.document
    start = document.position(("toimenpiteet", index)).line
    lines = document.source.text.split("\n")
    following = [
        document.position(("toimenpiteet", index + 1)).line
        if index + 1 < len(goal.model.actions)
        else len(lines) + 1
    ]
    following += [
        document.key_position((key,)).line for key in document.data if isinstance(key, str)
    ]
    end = min(number for number in following if number > start) - 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return start, end


def _free_id_hint(goal: Loaded[Goal], index: int) -> str:
    """The id the sequence misses (T1.2 between T1.1 and T1.3), else the next free one."""
    used = {number for number in _numbers(goal) if number is not None}
    gaps = [number for number in range(1, max(used, default=0) + 1) if number not in used]
    if gaps:
        meant = index + 1 if index + 1 in gaps else gaps[0]
        return _("give this action the id missing from goal {number}: {id}").format(
            number=goal.model.number, id=f"{_prefix(goal)}{meant}"
        )
    return _("give this action the next free id of goal {number}: {id}").format(
        number=goal.model.number, id=_next_free_id(goal)
    )


_GOAL_OF_ID = re.compile(r"T(\d+)\.")


@rule("W303", "action-id-goal-mismatch", Severity.WARNING)
def action_id_goal(context: LintContext) -> Iterator[Problem]:
    """An action's id does not start with its goal's number.

    Why it matters: readers expect T3.2 to be an action of goal 3; a moved action keeps its
    id on purpose, so this is only a warning. (A copy whose id another action already has
    is E302's finding, not this one's.)
    Example: `tunnus: T4.1` in goal 3.
    Use instead: `tunnus: T3.8`, or silence the line with `# ohjelma: disable=W303`.
    """
    goals = context.load.goals
    copies = {(id(goal), index) for (goal, index), _original in context.once(_every_copy)}
    files = {goal.model.number: goal.path.as_posix() for goal in goals}
    for goal in goals:
        if _renumbered(goal):
            continue  # `numero` mistyped: E301's one finding says so
        for index, action in enumerate(goal.model.actions):
            if not _stray((goal, index)) or (id(goal), index) in copies:
                continue
            named = _GOAL_OF_ID.match(action.id)
            owner = int(named.group(1)) if named else None
            yield context.problem(
                "W303",
                goal,
                ("toimenpiteet", index, "tunnus"),
                _("action {id} is in goal {number}'s file, but its id names goal {owner}").format(
                    id=action.id, number=goal.model.number, owner=owner
                )
                if owner is not None
                else _("action {id} is in goal {number}").format(
                    id=action.id, number=goal.model.number
                ),
                _moved_hint(goal, files.get(owner) if owner is not None else None),
            )


def _renumbered(goal: Loaded[Goal]) -> bool:
    """The goal's `numero` differs from its file name, whose number all its ids name."""
    named = _file_number(goal.path.name)
    return named is not None and named != goal.model.number and _ids_name(goal, named)


def _moved_hint(goal: Loaded[Goal], owner_file: str | None) -> str:
    if owner_file is None:
        return _("ids of goal {number} start with '{prefix}': the next free one is {id}").format(
            number=goal.model.number, prefix=_prefix(goal), id=_next_free_id(goal)
        )
    return _(
        "move it to {file}; if it was moved here on purpose, keep its id and end the line "
        "with # ohjelma: disable=W303"
    ).format(file=owner_file)


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
