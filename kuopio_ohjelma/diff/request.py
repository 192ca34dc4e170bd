"""Resolve a diff request into two (programme, period) sides, then compare them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kuopio_ohjelma.core.suggest import did_you_mean
from kuopio_ohjelma.diff.compare import Diff, Filter, compare_periods, compare_programmes
from kuopio_ohjelma.io.files import FileSource
from kuopio_ohjelma.io.git import GitError, GitSource
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.model import Programme
from kuopio_ohjelma.problems import Problem
from kuopio_ohjelma.report.view import Filters, ReportError, check_filters, resolve_owner

WORK_TREE = "työpuu"


class DiffRunError(Exception):
    """A request that cannot be answered; `problems` when a side's data does not load."""

    def __init__(
        self, message: str, problems: list[Problem] | None = None, label: str = ""
    ) -> None:
        super().__init__(message)
        self.problems = problems or []
        self.label = label


@dataclass(frozen=True)
class DiffRequest:
    from_period: str | None = None
    to_period: str | None = None
    rev: str | None = None
    only: str | None = None
    themes: tuple[str, ...] = ()
    goals: tuple[int, ...] = ()
    owner: str | None = None


def run_diff(root: Path, request: DiffRequest) -> Diff:
    if request.rev is not None:
        return _revisions(root, request)
    programme = _load(root, None, "")
    old, new = _periods(programme, request)
    return compare_periods(programme, old, new, _filter(programme, request, "all"))


def _revisions(root: Path, request: DiffRequest) -> Diff:
    old_rev, separator, new_rev = request.rev.partition("..") if request.rev else ("", "", "")
    if separator and not (old_rev and new_rev):
        raise DiffRunError(f"--rev {request.rev}: give both sides, as A..B")
    try:
        old_source = GitSource(root, old_rev)
        new_source = GitSource(root, new_rev) if separator else None
    except GitError as error:
        raise DiffRunError(str(error)) from error
    old = _load(root, old_source, old_rev)
    new = _load(root, new_source, new_rev or WORK_TREE)
    return compare_programmes(
        old, new, old_rev, new_rev or WORK_TREE, _filter(new, request, "changed")
    )


def _load(root: Path, source: FileSource | None, label: str) -> Programme:
    result = load_repository(root, source)
    if result.errors or result.programme is None:
        where = f"at {label}" if label and label != WORK_TREE else "in the work tree"
        raise DiffRunError(
            f"the data {where} does not load", result.errors, label if source else ""
        )
    return result.programme


def _periods(programme: Programme, request: DiffRequest) -> tuple[str, str]:
    ids = programme.period_ids()
    for given in (request.from_period, request.to_period):
        if given is not None and given not in ids:
            raise DiffRunError(f"unknown period '{given}'; " + did_you_mean(given, ids))
    if request.from_period and request.to_period:
        return request.from_period, request.to_period
    if len(ids) < 2 and not (request.from_period and request.to_period):
        raise DiffRunError(
            f"the data declares only one period ({', '.join(ids) or 'none'}); compare git "
            "revisions with --rev, or open the next period first"
        )
    new = request.to_period or ids[-1]
    old = request.from_period or ids[max(ids.index(new) - 1, 0)]
    return old, new


def _filter(programme: Programme, request: DiffRequest, default_only: str) -> Filter:
    try:
        owner = resolve_owner(programme, request.owner)
        check_filters(programme, Filters(request.themes, request.goals, owner))
    except ReportError as error:
        raise DiffRunError(str(error)) from error
    return Filter(request.themes, request.goals, owner, request.only or default_only)
