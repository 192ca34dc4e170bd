"""'Did you mean' for keys, ids and names."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.locale import _


def closest(word: str, choices: Iterable[str]) -> str | None:
    options = list(choices)
    folded = {choice.casefold(): choice for choice in options}
    if word.casefold() in folded:
        return folded[word.casefold()]
    match = difflib.get_close_matches(word.casefold(), list(folded), n=1, cutoff=0.6)
    return folded[match[0]] if match else None


def did_you_mean(word: str, choices: Iterable[str], *, list_all: bool = True) -> str:
    options = list(choices)
    match = closest(word, options)
    if match is not None:
        return _("did you mean '{match}'?").format(match=match)
    if list_all and options:
        return _("allowed: {choices}").format(choices=", ".join(options))
    return ""


def split_names(text: str, known: set[str], *, most: int = 4) -> list[str]:
    """`text` as two or more known names side by side ('Testipalvelut Kokeiluyksikkö', two
    list items joined when a '- ' was lost), or [] when it is not."""
    words = text.replace(",", " ").split()
    if len(words) > 12:
        return []
    for cut in range(1, len(words)):
        first = " ".join(words[:cut])
        if first not in known:
            continue
        rest = " ".join(words[cut:])
        if rest in known:
            return [first, rest]
        if most > 2:
            tail = split_names(rest, known, most=most - 1)
            if tail:
                return [first, *tail]
    return []


def join_hint(message: str, hint: str) -> str:
    """A message and its 'did you mean' (when there is one), as one line."""
    return f"{message}; {hint}" if hint else message


_ACTION_ID = re.compile(r"[Tt](\d+)[.,](\d+)")


def action_hint(action_id: str, ids: Iterable[str], *, complete: bool = True) -> str:
    """'Did you mean' for an action id, given every action id of the programme. Ids differ
    in a digit or two, so spelling likeness points across goals (T4.9 looks like T6.9): when
    the goal is known and the number is not, the goal's own range is the useful answer, and
    a goal the programme does not have is said so, with the goals it has."""
    known = list(ids)
    written = _ACTION_ID.fullmatch("".join(action_id.split()))  # spaces: 'T 4,2'
    if written is None:
        return did_you_mean(action_id, known, list_all=False)
    goal = int(written[1])
    typed = f"T{goal}.{int(written[2])}"
    if typed in known:
        return _("did you mean '{match}'?").format(match=typed)
    same_goal = [i for i in known if _goal_of(i) == goal]
    if same_goal:
        return _("goal {goal} has the actions {first}–{last}").format(
            goal=goal, first=same_goal[0], last=same_goal[-1]
        )
    goals = sorted({n for n in map(_goal_of, known) if n is not None})
    if not goals or not complete:  # a goal file that does not load: its goal may exist
        return ""
    return _("there is no goal {goal}; the goals are {goals}").format(
        goal=goal, goals=_numbers(goals)
    )


def _goal_of(action_id: str) -> int | None:
    written = _ACTION_ID.fullmatch(action_id)
    return int(written[1]) if written else None


def _numbers(numbers: list[int]) -> str:
    """1–13 when there are no gaps, else every number: 1, 2, 4."""
    if numbers == list(range(numbers[0], numbers[-1] + 1)) and len(numbers) > 2:
        return f"{numbers[0]}–{numbers[-1]}"
    return ", ".join(map(str, numbers))


def unknown_action(action_id: str, ids: Iterable[str], *, complete: bool = True) -> str:
    """The one message for an action id that is not in the programme, with its hint."""
    return join_hint(
        _("unknown action '{action}'").format(action=shown(action_id)),
        action_hint(action_id, ids, complete=complete),
    )
