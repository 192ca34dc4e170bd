"""`ohjelma status show`: one action's assessments in every declared period, as text."""

from __future__ import annotations

from kuopio_ohjelma.core.suggest import unknown_action
from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.labels import mark_label, report_labels
from kuopio_ohjelma.locale import current_language
from kuopio_ohjelma.programme import Programme


class UnknownAction(Exception):
    pass


def show_status(programme: Programme, action_id: str) -> str:
    found = next(((g, a) for g, a in programme.all_actions() if a.id == action_id), None)
    if found is None:
        ids = [a.id for _, a in programme.all_actions()]
        raise UnknownAction(unknown_action(action_id, ids))
    goal, action = found
    lang = current_language()
    words = report_labels(lang)
    lines = [f"{action.id} {action.title}", f"{words['goal']} {goal.number}. {goal.title}", ""]
    for period in programme.info.periods:
        assessment = action.assessments.get(period.id)
        if assessment is None:
            lines.append(f"{period.label}: {mark_label(programme.info, None, lang)}")
            continue
        label = mark_label(programme.info, assessment.progress, lang)
        lines.append(f"{period.label}: {assessment.progress} {label}")
        lines += [f"    {line}" for line in assessment.note.split("\n") if assessment.note]
    return inert("\n".join(lines)) + "\n"
