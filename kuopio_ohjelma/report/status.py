"""`ohjelma status show`: one action's assessments in every declared period, as text."""

from __future__ import annotations

from kuopio_ohjelma.core.suggest import did_you_mean
from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.locale import current_language
from kuopio_ohjelma.locale.labels import LABELS
from kuopio_ohjelma.model import Programme, split_progress


class UnknownAction(Exception):
    pass


def show_status(programme: Programme, action_id: str) -> str:
    found = next(((g, a) for g, a in programme.all_actions() if a.id == action_id), None)
    if found is None:
        ids = [a.id for _, a in programme.all_actions()]
        hint = did_you_mean(action_id, ids, list_all=False)
        raise UnknownAction(f"unknown action '{action_id}'" + (f"; {hint}" if hint else ""))
    goal, action = found
    words = LABELS[current_language()]  # the report's words: "arvio puuttuu" in both
    lines = [f"{action.id} {action.title}", f"{words['goal']} {goal.number}. {goal.title}", ""]
    for period in programme.info.periods:
        assessment = action.assessments.get(period.id)
        if assessment is None:
            lines.append(f"{period.label}: {words['not_assessed']}")
            continue
        code, uncertain = split_progress(assessment.progress)
        step = programme.scale_step(code)
        label = (step.label if step else "?") + (f" ({words['uncertain']})" if uncertain else "")
        lines.append(f"{period.label}: {assessment.progress} {label}")
        lines += [f"    {line}" for line in assessment.note.split("\n") if assessment.note]
    return inert("\n".join(lines)) + "\n"
