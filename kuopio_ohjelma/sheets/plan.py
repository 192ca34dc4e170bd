"""From checked answers to the assessments to write: conflicts, repeats and no-ops decided
against the repository as it is now. Pure: nothing is written here."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from kuopio_ohjelma.locale import _
from kuopio_ohjelma.model import Assessment
from kuopio_ohjelma.problems import START, Problem
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.sheets import codes, layout
from kuopio_ohjelma.sheets.check import Answer, short

CHANGED_SINCE_EXPORT = codes.CHANGED_SINCE_EXPORT.code
WORKBOOKS_DISAGREE = codes.WORKBOOKS_DISAGREE.code
PAST_PERIOD = codes.PAST_PERIOD.code


@dataclass
class Plan:
    changes: list[Answer] = field(default_factory=list)
    unchanged: list[Answer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # answered rows whose empty status cell kept the note in the data: said, never silent
    kept_notes: list[Answer] = field(default_factory=list)


def make_plan(programme: Programme, answers: list[Answer], *, force: bool) -> Plan:
    plan = Plan()
    current = {action.id: action.assessments for _, action in programme.all_actions()}
    periods = programme.info.periods
    latest = periods[-1].id if periods else ""
    wanted = []
    for given in answers:
        now = current[given.action_id].get(given.period)
        answer = _keeping_note(given, now)
        if answer.note != given.note:
            plan.kept_notes.append(answer)
        if _fingerprint(answer) == answer.exported or _same(now, answer):
            plan.unchanged.append(answer)  # left as exported, or already in the data
            continue
        wanted.append(answer)
        if layout.assessment_fingerprint(now) != answer.exported and not force:
            plan.problems.append(_changed_since(answer, now))
    plan.problems += _disagreements(
        [answer for answer in answers if _fingerprint(answer) != answer.exported]
    )
    plan.problems += _past_periods(wanted, latest, force=force)
    plan.changes = _unique(wanted)
    plan.kept_notes = _unique(plan.kept_notes)
    return plan


def _keeping_note(answer: Answer, now: Assessment | None) -> Answer:
    """An empty status cell keeps the note in the data: a workbook never clears text (that
    takes `ohjelma status set` with an explicit empty note)."""
    if answer.note or now is None or not now.note:
        return answer
    return replace(answer, note=now.note)


def _fingerprint(answer: Answer) -> str:
    return layout.fingerprint([answer.progress, answer.note])


def _same(now: Assessment | None, answer: Answer) -> bool:
    return now is not None and (now.progress, now.note) == (answer.progress, answer.note)


def _problem(answer: Answer, code: str, message: str, hint: str) -> Problem:
    return answer.source.problem(code, answer.row, "mark", message, hint)


def _changed_since(answer: Answer, now: Assessment | None) -> Problem:
    ours = _("the repository has {mark} \"{note}\"").format(
        mark=f'"{now.progress}"' if now else "–", note=short(now.note if now else "")
    )
    theirs = _("the workbook has \"{mark}\" \"{note}\"").format(
        mark=answer.progress, note=short(answer.note)
    )
    return _problem(
        answer, CHANGED_SINCE_EXPORT,
        _("{id} was changed in the repository after the workbook was exported; {ours}, "
          "{theirs}").format(id=answer.action_id, ours=ours, theirs=theirs),
        _("settle it with the body; give --force to take the workbook's version"),
    )


def _disagreements(answers: list[Answer]) -> list[Problem]:
    """Two workbooks that set the same action differently: no --force decides that."""
    by_action: dict[str, list[Answer]] = {}
    for answer in answers:
        by_action.setdefault(answer.action_id, []).append(answer)
    problems = []
    for group in by_action.values():
        if len({(a.progress, a.note) for a in group}) < 2:
            continue
        if len({a.progress for a in group}) > 1:
            problems += [_marks_differ(answer, group) for answer in group]
        else:
            problems += [_notes_differ(answer, group) for answer in group]
    return problems


def _where(answer: Answer, key: str) -> str:
    return f"{answer.source.path.as_posix()}:{answer.source.place(answer.row, key)[1]}"


def _marks_differ(answer: Answer, group: list[Answer]) -> Problem:
    others = ", ".join(_where(o, "mark") for o in group if o is not answer)
    return _problem(
        answer, WORKBOOKS_DISAGREE,
        _("{id} is answered differently in {others}").format(id=answer.action_id, others=others),
        _("keep one answer: empty the row in the other workbook"),
    )


def _notes_differ(answer: Answer, group: list[Answer]) -> Problem:
    """The same mark with another status: the status cells are the ones to settle."""
    others = "; ".join(
        f'{_where(o, "note")}: "{short(o.note)}"' for o in group if o is not answer
    )
    return answer.source.problem(
        WORKBOOKS_DISAGREE, answer.row, "note",
        _("{id} has the same mark \"{mark}\" but another status in {others}; here: "
          "\"{note}\"").format(id=answer.action_id, mark=answer.progress, others=others,
                               note=short(answer.note)),
        _("keep one status: write the same status in both workbooks, or empty the row in "
          "the other"),
    )


def _past_periods(wanted: list[Answer], latest: str, *, force: bool) -> list[Problem]:
    if force:
        return []
    paths: dict[Path, str] = {}
    for answer in wanted:
        if answer.period != latest:
            paths.setdefault(answer.source.path, answer.period)
    return [
        Problem(
            PAST_PERIOD, path, START,
            _("the workbook is for {period}, a past period (the latest is {latest})").format(
                period=period, latest=latest),
            _("collect this period's answers in a workbook for {latest} ('ohjelma sheet "
              "export'); to correct the answers of {period} on purpose, import with --force"
              ).format(latest=latest, period=period),
        )
        for path, period in paths.items()
    ]


def _unique(answers: list[Answer]) -> list[Answer]:
    seen: set[str] = set()
    unique = []
    for answer in answers:
        if answer.action_id not in seen:
            seen.add(answer.action_id)
            unique.append(answer)
    return unique

