"""Run every enabled rule once, stamp severities, drop suppressed findings, sort."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import NamedTuple

from kuopio_ohjelma.core.lines import WIDTH
from kuopio_ohjelma.io.loader import LoadResult
from kuopio_ohjelma.lint.config import LintConfig
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import Rule
from kuopio_ohjelma.lint.rules import REGISTRY, find_rule
from kuopio_ohjelma.lint.suppress import suppressed_codes
from kuopio_ohjelma.problems import Problem, Severity


class LintReport(NamedTuple):
    findings: list[Problem]
    files: list[Path]
    verbose: bool = False  # the text report adds the parser's own words (Problem.detail)
    width: int = WIDTH  # the text report's lines fit this many columns (core/lines.py)

    def counts(self) -> dict[Severity, int]:
        return {s: sum(1 for f in self.findings if f.severity == s) for s in Severity}


def lint(
    load: LoadResult,
    config: LintConfig,
    *,
    only: Iterable[Path] | None = None,
    registry: dict[str, Rule] = REGISTRY,
) -> LintReport:
    context = LintContext(load, stale_years=config.stale_years)
    findings: list[Problem] = []
    for code, rule in registry.items():
        if not rule.protected and not config.enabled(code):
            continue
        severity = rule.severity if rule.protected else config.severity_of(code, rule.severity)
        findings.extend(p._replace(severity=severity) for p in rule.check(context))
    if config.enabled("W119"):  # settings that tried to switch a protected rule off
        severity = config.severity_of("W119", Severity.WARNING)
        findings.extend(p._replace(severity=severity) for p in config.notes)
    wanted = _wanted(only)
    # Only files with findings are searched for suppressions; most files have none.
    lines: dict[Path, list[str]] = {
        path: load.documents[path].source.text.split("\n")
        for path in {f.path for f in findings}
        if path in load.documents
    }
    protected = {code for code, rule in registry.items() if rule.protected}
    kept = [
        f for f in findings
        if wanted(f.path) and (f.code in protected or not _suppressed(f, lines))
    ]
    # In the order loaded (nearly sorted already: sorting it takes one pass, where a set's
    # order took n log n comparisons of paths, each in Python: 10 ms at 100× the data).
    files = sorted(dict.fromkeys([*load.documents, *(p.path for p in load.problems)]))
    return LintReport(sorted(set(kept), key=Problem.sort_key), [f for f in files if wanted(f)])


def exit_code(report: LintReport, *, strict: bool) -> int:
    counts = report.counts()
    return 1 if counts[Severity.ERROR] or (strict and counts[Severity.WARNING]) else 0


def _wanted(only: Iterable[Path] | None) -> Callable[[Path], bool]:
    if only is None:
        return lambda path: True
    targets = [p.resolve() for p in only]
    return lambda path: any(
        path.resolve() == t or path.resolve().is_relative_to(t) for t in targets
    )


def _suppressed(finding: Problem, lines_by_path: dict[Path, list[str]]) -> bool:
    lines = lines_by_path.get(finding.path, [])
    if not 0 < finding.position.line <= len(lines):
        return False
    return finding.code in suppressed_codes(lines[finding.position.line - 1], find_rule)
