"""`ohjelma status show`: one action's assessments in every declared period, as text."""

from __future__ import annotations

from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.labels import mark_label, report_labels
from kuopio_ohjelma.locale import _, current_language
from kuopio_ohjelma.model import Programme


class UnknownAction(Exception):
    pass


def show_status(programme: Programme, action_id: str) -> str:
    found = next(((g, a) for g, a in programme.all_actions() if a.id == action_id), None)
    if found is None:
        ids = [a.id for _, a in programme.all_actions()]
        hint = did_you_mean(action_id, ids, list_all=False)
        raise UnknownAction(
            join_hint(_("unknown action '{action}'").format(action=action_id), hint)
        )
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
