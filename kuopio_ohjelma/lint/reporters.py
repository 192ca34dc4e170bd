"""Lint reports in every released format: {name: reporter}. Names never change once released."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from itertools import groupby
from typing import Any
from urllib.parse import quote

from kuopio_ohjelma import __version__
from kuopio_ohjelma.core.lines import HANGING, wrap
from kuopio_ohjelma.core.textsafe import inert, inert_name, json_text
from kuopio_ohjelma.lint.engine import LintReport
from kuopio_ohjelma.lint.rules import REGISTRY
from kuopio_ohjelma.locale import _, grouped, ngettext
from kuopio_ohjelma.problems import Problem, Severity

Reporter = Callable[[LintReport, bool], str]


def _where(finding: Problem) -> str:
    path = inert_name(finding.path.as_posix())
    if finding.cell:
        return f"{path}:{inert_name(finding.cell)}"
    return f"{path}:{finding.position.line}:{finding.position.col}"


# SGR codes for the few styles the text report uses; rich would cost 30 ms of start-up on
# every lint run, which is the hot path in pre-commit and CI.
_STYLES = {"bold": "1", "error": "1;31", "warning": "33", "dim": "2"}


def _paint(text: str, style: str, color: bool) -> str:
    return f"\x1b[{_STYLES[style]}m{text}\x1b[0m" if color else text


def text_report(report: LintReport, color: bool) -> str:
    """Per finding `file:line:col: CODE message`, its hint and (verbose) the parser's words
    indented below; a line longer than report.width wraps with a hanging indent."""
    lines: list[str] = []
    for _path, group in groupby(report.findings, key=lambda f: f.path):
        for finding in group:
            lines += _finding_lines(finding, color, report.width)
            if finding.hint:
                hint = _("hint: {hint}").format(hint=inert_name(finding.hint))
                lines += _indented(hint, color, report.width)
            if report.verbose and finding.detail:
                detail = _("YAML parser: {words}").format(words=inert(finding.detail))
                lines += _indented(detail, color, report.width)
        lines.append("")
    lines += [_paint(line, "bold", color) for line in wrap(_summary(report), report.width)]
    return "\n".join(lines) + "\n"


def _finding_lines(finding: Problem, color: bool, width: int) -> list[str]:
    """`file:line:col: CODE message`: the place is never split (editors and terminals open
    it), the message wraps under it; a place too long for its code too has the code below."""
    where = f"{_where(finding)}:"
    severity = "error" if finding.severity == Severity.ERROR else "warning"
    code, place = _paint(finding.code, severity, color), _paint(where, "bold", color)
    if len(where) + 1 + len(finding.code) <= width:
        above, lead, painted = [], f"{where} {finding.code}", f"{place} {code}"
    else:
        above, lead, painted = [place], HANGING + finding.code, HANGING + code
    lines = wrap(inert_name(finding.message), width, lead + " ", HANGING, break_long_words=False)
    if not lines:
        return [*above, painted]
    first = lines[0][len(lead):]  # the message's start after the place and code, if any
    return [*above, painted + first, *lines[1:]]


def _indented(text: str, color: bool, width: int) -> list[str]:
    """A hint or the parser's words, under its finding."""
    lines = wrap(text, width, _UNDER, _UNDER + HANGING, break_long_words=False)
    return [_paint(line, "dim", color) for line in lines]


_UNDER = "    "  # a finding's hint and detail, under it


def _summary(report: LintReport) -> str:
    counts = report.counts()
    files = len(report.files)
    in_files = ngettext("{count} file", "{count} files", files).format(count=grouped(files))
    if not report.findings:
        return _("All checks passed ({files}).").format(files=in_files)
    errors, warnings = counts[Severity.ERROR], counts[Severity.WARNING]
    found = _("Found {errors} and {warnings}").format(
        errors=ngettext("{count} error", "{count} errors", errors).format(count=grouped(errors)),
        warnings=ngettext("{count} warning", "{count} warnings", warnings).format(
            count=grouped(warnings)
        ),
    )
    if not files:
        return f"{found}."
    return _("{found} in {files}.").format(found=found, files=in_files)


def strict_reason(report: LintReport) -> str:
    """Why `--strict` failed a run that has warnings only (empty when it did not)."""
    counts = report.counts()
    warnings = counts[Severity.WARNING]
    if counts[Severity.ERROR] or not warnings:
        return ""
    return ngettext(
        "{count} warning; --strict makes warnings errors",
        "{count} warnings; --strict makes warnings errors",
        warnings,
    ).format(count=warnings)


def json_report(report: LintReport, color: bool) -> str:
    findings = [_json_finding(f) for f in report.findings]
    counts = report.counts()
    summary = {
        "files": len(report.files),
        "errors": counts[Severity.ERROR],
        "warnings": counts[Severity.WARNING],
    }
    return _dump({"version": 1, "findings": findings, "summary": summary})


def _json_finding(f: Problem) -> dict[str, Any]:
    finding: dict[str, Any] = {
        "path": f.path.as_posix(),
        "line": f.position.line,
        "column": f.position.col,
        "code": f.code,
        "name": REGISTRY[f.code].name if f.code in REGISTRY else f.code,
        "severity": str(f.severity),
        "message": f.message,
        "hint": f.hint,
    }
    if f.cell:  # a spreadsheet finding: line and column are the cell's row and column
        finding["cell"] = f.cell
    return finding


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def github_report(report: LintReport, color: bool) -> str:
    lines = []
    for f in report.findings:
        level = "error" if f.severity == Severity.ERROR else "warning"
        name = REGISTRY[f.code].name if f.code in REGISTRY else ""
        props = ",".join(
            (
                f"file={_escape_property(inert_name(f.path.as_posix()))}",
                f"line={f.position.line}",
                f"col={f.position.col}",
                f"title={_escape_property(f'{f.code} {name}'.strip())}",
            )
        )
        message = inert(f.message + (f" ({f.hint})" if f.hint else ""))
        lines.append(f"::{level} {props}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)


def gitlab_report(report: LintReport, color: bool) -> str:
    import hashlib  # here, not at the top: it loads OpenSSL, and most runs print text

    seen: Counter[tuple[str, str, str]] = Counter()
    issues = []
    for f in report.findings:
        key = (f.code, f.path.as_posix(), f.message)
        seen[key] += 1
        # Line numbers stay out of the fingerprint, so moving a finding does not renew it.
        text = "\0".join((*key, str(seen[key])))
        digest = hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()
        issues.append(
            {
                "description": f"{f.code} {f.message}" + (f" ({f.hint})" if f.hint else ""),
                "check_name": f.code,
                "fingerprint": digest,
                "severity": "major" if f.severity == Severity.ERROR else "minor",
                "location": {"path": f.path.as_posix(), "lines": {"begin": f.position.line}},
            }
        )
    return _dump(issues)


def sarif_report(report: LintReport, color: bool) -> str:
    codes = sorted(REGISTRY)
    rules = [
        {
            "id": code,
            "name": REGISTRY[code].name,
            "shortDescription": {"text": REGISTRY[code].summary},
            "fullDescription": {"text": REGISTRY[code].doc},
            "defaultConfiguration": {"level": _level(REGISTRY[code].severity)},
            "help": {"text": REGISTRY[code].doc},
        }
        for code in codes
    ]
    results = [_sarif_result(f, codes) for f in report.findings]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "ohjelma", "version": __version__, "rules": rules}},
        "results": results,
    }
    return _dump(
        {
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        }
    )


def _sarif_result(f: Problem, codes: list[str]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": _level(f.severity),
        "message": {"text": f.message + (f" ({f.hint})" if f.hint else "")},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": quote(os.fsencode(f.path.as_posix()))},
                    "region": {"startLine": f.position.line, "startColumn": f.position.col},
                }
            }
        ],
    }
    if f.code in codes:
        result["ruleIndex"] = codes.index(f.code)
    return result


def _level(severity: Severity) -> str:
    return "error" if severity == Severity.ERROR else "warning"


def _dump(value: Any) -> str:
    return json_text(value)


REPORTERS: dict[str, Reporter] = {
    "text": text_report,
    "json": json_report,
    "github": github_report,
    "gitlab": gitlab_report,
    "sarif": sarif_report,
}
