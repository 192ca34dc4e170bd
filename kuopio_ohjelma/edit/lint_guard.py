"""The last check of an edit: lint the repository as it would be, and refuse the edit if it
brings an error that lint did not report before. An edit never writes data lint refuses;
errors that were already there are the editor's to fix and do not block an unrelated edit.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from kuopio_ohjelma.edit.checked import EditError, FileEdit
from kuopio_ohjelma.io.files import DiskSource, OverlaySource
from kuopio_ohjelma.io.loader import LoadResult, load_repository
from kuopio_ohjelma.lint.config import ConfigError, LintConfig, load_config
from kuopio_ohjelma.lint.engine import lint
from kuopio_ohjelma.lint.rules import REGISTRY, find_rule
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Problem, Severity


def refuse_new_errors(root: Path, before: LoadResult, edits: list[FileEdit]) -> list[Problem]:
    """`before` is the repository as loaded for the edit; `edits` are not written yet.
    The warnings the edit would bring are returned, for the command to show once written
    (a value that looks mistyped, W612-W614, is written but said)."""
    new = new_findings(root, before, edits)
    errors = [p for p in new if p.severity == Severity.ERROR]
    if errors:
        raise EditError(
            _("the edit would leave an error that lint reports; nothing was written"), errors
        )
    return new


def refuse_if_strict(root: Path, edits: list[FileEdit]) -> None:
    """The guard for the quick edits' full path (status set, period open): their own checks
    refuse every error of lint's defaults, so lint is asked only when the configuration may
    make one of its warnings an error (lint/overrides.py). A period opened leaves its actions
    to assess (W402) by design; that one finding is the year's to-do list, not a refusal."""
    from kuopio_ohjelma.lint.overrides import may_raise_severity

    if not may_raise_severity(root) or not any(edit.changed for edit in edits):
        return
    new = [p for p in new_errors(root, load_repository(root), edits) if p.code != "W402"]
    if new:
        raise EditError(
            _("the edit would leave an error that lint reports; nothing was written"), new
        )


def new_errors(root: Path, before: LoadResult, edits: list[FileEdit]) -> list[Problem]:
    return [p for p in new_findings(root, before, edits) if p.severity == Severity.ERROR]


def new_findings(root: Path, before: LoadResult, edits: list[FileEdit]) -> list[Problem]:
    """What lint would report after the edits and did not before (errors and warnings)."""
    config = _config(root)
    old = Counter(_identity(p) for p in _findings(before, config))
    source = OverlaySource(DiskSource(root), {edit.path: edit.new for edit in edits})
    new = []
    for problem in _findings(load_repository(root, source), config):
        if old[_identity(problem)] > 0:
            old[_identity(problem)] -= 1
        else:
            new.append(problem)
    return new


def _config(root: Path) -> LintConfig:
    try:
        return load_config(root, REGISTRY, resolve=find_rule)
    except ConfigError:
        return LintConfig()  # a broken config is lint's to report; every rule applies here


def _findings(load: LoadResult, config: LintConfig) -> list[Problem]:
    return lint(load, config).findings


def _identity(problem: Problem) -> tuple[str, Path, str]:
    """A finding apart from its position: an edit moves the lines below it."""
    return problem.code, problem.path, problem.message
