"""The import's steps in order: open and read every file, check every cell, plan against the
repository, and (for a dry run) show the result of edits that are not written."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kuopio_ohjelma.core.scope import Scope
from kuopio_ohjelma.diff.compare import Diff, compare_programmes
from kuopio_ohjelma.edit.checked import FileEdit
from kuopio_ohjelma.edit.status import StatusChange
from kuopio_ohjelma.io.files import DiskSource, OverlaySource
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem
from kuopio_ohjelma.programme import Programme
from kuopio_ohjelma.sheets.check import Answer, check_returned
from kuopio_ohjelma.sheets.opening import open_workbook
from kuopio_ohjelma.sheets.plan import Plan, make_plan
from kuopio_ohjelma.sheets.read import read_returned


@dataclass
class Collected:
    answers: list[Answer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unanswered: list[tuple[Path, str]] = field(default_factory=list)
    notices: list[Problem] = field(default_factory=list)

    def reminders(self) -> dict[Path, list[str]]:
        """Per file, the empty rows of actions that no workbook answered: whom to remind. An
        action of several bodies answered by one of them is not asked again."""
        answered = {answer.action_id for answer in self.answers}
        by_file: dict[Path, list[str]] = {}
        for path, action_id in self.unanswered:
            if action_id not in answered:
                by_file.setdefault(path, []).append(action_id)
        return by_file


def collect(paths: list[Path], programme: Programme) -> Collected:
    """Every file read and every cell checked; a file that cannot be read is a finding too."""
    collected = Collected()
    for path in paths:
        book = open_workbook(path)
        if isinstance(book, Problem):
            collected.problems.append(book)
            continue
        returned = read_returned(path, book)
        if isinstance(returned, Problem):
            collected.problems.append(returned)
            continue
        checked = check_returned(returned, programme)
        collected.answers += checked.answers
        collected.problems += checked.problems
        collected.notices += checked.notices
        collected.unanswered += [(path, action_id) for action_id in checked.unanswered]
    return collected


def plan_import(paths: list[Path], programme: Programme, *, force: bool) -> tuple[Collected, Plan]:
    collected = collect(paths, programme)
    plan = make_plan(programme, collected.answers, force=force)
    return collected, plan


def status_changes(plan: Plan) -> list[StatusChange]:
    return [StatusChange(a.action_id, a.period, a.progress, a.note) for a in plan.changes]


def preview(root: Path, before: Programme, edits: list[FileEdit]) -> Diff | None:
    """The edits' effect as `ohjelma diff` shows it, loaded from the unwritten bytes."""
    source = OverlaySource(DiskSource(root), {edit.path: edit.new for edit in edits})
    after = load_repository(root, source).programme
    if after is None:
        return None
    return compare_programmes(
        before, after, _("now"), _("after the import"), Scope(), "changed"
    )
