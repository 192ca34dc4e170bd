"""`ohjelma status show`: one action's assessments in every declared period, as text."""

from __future__ import annotations

from kuopio_ohjelma.core.lines import WIDTH, wrap
from kuopio_ohjelma.core.suggest import unknown_action
from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.labels import mark_label, report_labels
from kuopio_ohjelma.locale import current_language
from kuopio_ohjelma.programme import Programme


class UnknownAction(Exception):
    pass


def show_status(programme: Programme, action_id: str, width: int = WIDTH) -> str:
    """The action and its goal, then per period the mark and the note under it, in lines of
    at most `width`: a long title continues under its start, a note as an indented block."""
    found = next(((g, a) for g, a in programme.all_actions() if a.id == action_id), None)
    if found is None:
        ids = [a.id for _, a in programme.all_actions()]
        raise UnknownAction(unknown_action(action_id, ids))
    goal, action = found
    lang = current_language()
    words = report_labels(lang)
    lines = _under(action.title, f"{action.id} ", width)
    lines += [*_under(goal.title, f"{words['goal']} {goal.number}. ", width), ""]
    for period in programme.info.periods:
        assessment = action.assessments.get(period.id)
        if assessment is None:
            lines.append(f"{period.label}: {mark_label(programme.info, None, lang)}")
            continue
        label = mark_label(programme.info, assessment.progress, lang)
        lines += _under(f"{assessment.progress} {label}", f"{period.label}: ", width)
        for line in assessment.note.split("\n") if assessment.note else []:
            lines += wrap(line, width, _NOTE, _NOTE, break_long_words=False) or [_NOTE]
    return inert("\n".join(lines)) + "\n"


_NOTE = "    "  # a note's lines, under its period


def _under(text: str, first: str, width: int) -> list[str]:
    """`first` and `text`, continued under the start of `text`."""
    return wrap(text, width, first, " " * len(first), break_long_words=False) or [first.rstrip()]
