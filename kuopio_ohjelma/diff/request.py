"""Resolve a diff request into two (programme, period) sides, then compare them."""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path

from kuopio_ohjelma.core.periods import previous_period, resolve_period
from kuopio_ohjelma.core.scope import Scope, resolve_scope
from kuopio_ohjelma.diff.compare import WORK_TREE, Diff, compare_periods, compare_programmes
from kuopio_ohjelma.io.files import FileSource
from kuopio_ohjelma.io.git import GitError, GitSource
from kuopio_ohjelma.io.loader import load_repository
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem
from kuopio_ohjelma.programme import Programme


class DiffRunError(Exception):
    """A request that cannot be answered; `problems` when a side's data does not load."""

    def __init__(
        self, message: str, problems: list[Problem] | None = None, label: str = "",
        detail: str = "",
    ) -> None:
        super().__init__(message)
        self.problems = problems or []
        self.label = label
        self.detail = detail  # git's own words, for --verbose


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
    programme = _load(root, None, "", compiled=True)
    old, new = _period_pair(programme, request)
    return compare_periods(programme, old, new, _scope(programme, request), request.only or "all")


def _revisions(root: Path, request: DiffRequest) -> Diff:
    old_rev, separator, new_rev = request.rev.partition("..") if request.rev else ("", "", "")
    if separator and not (old_rev and new_rev):
        raise DiffRunError(_("--rev {rev}: give both sides, as A..B").format(rev=request.rev))
    try:
        old_source = GitSource(root, old_rev)
        new_source = GitSource(root, new_rev) if separator else None
    except GitError as error:
        raise DiffRunError(str(error), detail=error.detail) from error
    old = _load(root, old_source, old_rev)
    new = _load(root, new_source, new_rev or WORK_TREE)
    return compare_programmes(
        old, new, old_rev, new_rev or WORK_TREE, _scope(new, request), request.only or "changed"
    )


def _load(
    root: Path, source: FileSource | None, label: str, *, compiled: bool = False
) -> Programme:
    # `compiled`: lint's own load, the compiled schema's light records (io/records.py), read
    # as the models are, the findings the same; a period diff reads nothing else. Revisions
    # keep the models: the structural comparison (compare.entity_changes) reads their fields.
    # What is loaded stays to the end of the run, so the collector, enabled again while the
    # diff is built, need not walk it (as lint does).
    result = load_repository(root, source, compiled=compiled)
    gc.freeze()
    if result.errors or result.programme is None:
        message = (
            _("the data at {revision} does not load").format(revision=label)
            if label and label != WORK_TREE
            else _("the data files as they are now do not load")
        )
        raise DiffRunError(message, result.errors, label if source else "")
    return result.programme


def _period_pair(programme: Programme, request: DiffRequest) -> tuple[str, str]:
    """--from and --to, or the latest period and the one before it."""
    periods = programme.info.periods
    given = [resolve_period(periods, p) for p in (request.from_period, request.to_period) if p]
    if len(given) == 2:
        old, new = given
        if periods.index(old) > periods.index(new):  # swapped: the diff would run backwards
            raise DiffRunError(
                _("--from {old} is a later period than --to {new}; the older one goes with "
                  "--from: --from {new} --to {old}").format(old=old.id, new=new.id)
            )
        return old.id, new.id
    if len(periods) < 2:
        ids = ", ".join(p.id for p in periods) or _("none")
        raise DiffRunError(
            _(
                "the data declares only one period ({periods}); compare git "
                "revisions with --rev, or open the next period first"
            ).format(periods=ids)
        )
    new = resolve_period(periods, request.to_period)
    if request.from_period:
        return request.from_period, new.id
    old = previous_period(periods, new.id) or new
    return old.id, new.id


def _scope(programme: Programme, request: DiffRequest) -> Scope:
    return resolve_scope(
        programme, themes=request.themes, goals=request.goals, owner=request.owner
    )
