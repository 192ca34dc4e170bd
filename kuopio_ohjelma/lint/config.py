"""Lint configuration from [tool.ohjelma.lint] in pyproject.toml or [lint] in ohjelma.toml."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kuopio_ohjelma.locale import N_, _
from kuopio_ohjelma.problems import Problem, Severity

Resolve = Callable[[str], "str | None"]


class ConfigError(Exception):
    """A configuration the user must fix; the CLI reports it with exit code 2."""


@dataclass(frozen=True)
class LintConfig:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    source: Path | None = None
    stale_years: int = 3
    # W119 warnings at the settings that tried to switch off a protected rule (lint/protected)
    notes: tuple[Problem, ...] = ()

    def enabled(self, code: str) -> bool:
        selected = not self.select or _matches(code, self.select)
        return selected and not _matches(code, self.ignore)

    def severity_of(self, code: str, default: Severity) -> Severity:
        """Prefixes work here as in select and ignore (`W4` covers W401, W402…); the longest
        matching key wins, so `{ W4 = "error", W402 = "warning" }` reads as it says."""
        matching = [key for key in self.severity if code.startswith(key)]
        return self.severity[max(matching, key=len)] if matching else default


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(pattern) for pattern in patterns)


def load_config(
    root: Path, known_codes: Iterable[str], *, resolve: Resolve | None = None
) -> LintConfig:
    """ohjelma.toml wins over pyproject.toml; neither is fine. `resolve` turns a rule name
    or a lower-case code into its code, so that names work wherever codes do."""
    problem = config_file_problem(root)
    if problem is not None:
        raise ConfigError(problem)
    places = (("ohjelma.toml", ("lint",)), ("pyproject.toml", ("tool", "ohjelma", "lint")))
    for name, table in places:
        path = root / name
        if path.is_file():
            section = _section(path, table)
            if section is not None:
                return _parse(section, path, set(known_codes), resolve or (lambda word: None))
    return LintConfig()


def config_file_problem(root: Path) -> str | None:
    """Why a configuration file at `root` cannot be read at all (a folder, a link loop, a
    pipe, no permission), said at the file; None when each is a readable file or absent.
    Every command asks (commands/common.resolve_root): a setting silently ignored would let
    lint pass what the repository asked it to refuse."""
    from kuopio_ohjelma.io.files import DiskSource
    from kuopio_ohjelma.locale.oserrors import os_reason
    from kuopio_ohjelma.problems import Problem

    source = DiskSource(root)
    for name in CONFIG_NAMES:
        path = root / name
        try:
            found = source.read(path)
        except OSError as error:
            return _("{path}:1:1: the settings file cannot be read: {reason}; {fix}").format(
                path=path, reason=os_reason(error), fix=_(_CONFIG_FIX)
            )
        if isinstance(found, Problem):
            return _("{path}:1:1: this should be a settings file: {problem}; {fix}").format(
                path=path, problem=found.message, fix=_(_CONFIG_FIX)
            )
    return None


CONFIG_NAMES = ("ohjelma.toml", "pyproject.toml")
_CONFIG_FIX = N_(
    "make it a readable text file, or remove or rename it (lint then uses its defaults)"
)


def _section(path: Path, table: tuple[str, ...]) -> dict[str, Any] | None:
    import tomllib  # only when there is a file to read: lint's start-up is its hot path

    try:
        data: Any = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(
            _("{path}: cannot read configuration: {error}").format(
                path=_toml_place(path, error), error=_config_reason(error)
            )
        ) from error
    for key in table:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    if not isinstance(data, dict):
        raise ConfigError(
            _("{path}: [{table}] must be a table").format(path=path, table=".".join(table))
        )
    return data


def _parse(section: dict[str, Any], path: Path, known: set[str], resolve: Resolve) -> LintConfig:
    unknown = set(section) - {"select", "ignore", "severity", "stale-years"}
    if unknown:
        raise ConfigError(
            _(
                "{path}: unknown setting(s) {names}; allowed: select, ignore, severity, stale-years"
            ).format(path=path, names=", ".join(sorted(unknown)))
        )
    select = _codes(section.get("select", []), path, "select", known, resolve)
    ignore = _codes(section.get("ignore", []), path, "ignore", known, resolve)
    severity_table = section.get("severity", {})
    if not isinstance(severity_table, dict):
        raise ConfigError(
            _("{path}: severity must be a table such as {example}").format(
                path=path, example='{ W402 = "error" }'
            )
        )
    severity: dict[str, Severity] = {}
    for code, value in severity_table.items():
        (resolved,) = _codes([code], path, "severity", known, resolve)
        if value not in ("error", "warning"):
            raise ConfigError(
                _('{path}: severity of {code} must be "error" or "warning"').format(
                    path=path, code=code
                )
            )
        severity[resolved] = Severity(value)
    from kuopio_ohjelma.lint.protected import protected_notes

    notes = protected_notes(path, select=select, ignore=ignore, severity=severity, words={
        "select": section.get("select", []), "ignore": section.get("ignore", []),
        "severity": list(severity_table)})
    return LintConfig(select, ignore, severity, path, _stale_years(section, path), notes)


def _stale_years(section: dict[str, Any], path: Path) -> int:
    value = section.get("stale-years", LintConfig.stale_years)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            _("{path}: stale-years must be a whole number of years, 1 or more").format(path=path)
        )
    return value


def _codes(value: Any, path: Path, key: str, known: set[str], resolve: Resolve) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            _("{path}: {key} must be a list of rule codes such as {example}").format(
                path=path, key=key, example='["W402"]'
            )
        )
    codes = tuple(resolve(word) or word.upper() for word in value)
    for word, code in zip(value, codes, strict=True):
        if not any(k.startswith(code) for k in known):
            raise ConfigError(
                _("{path}: {key}: no rule matches '{code}'").format(path=path, key=key, code=word)
            )
    return codes


_TOML_PLACE = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml_place(path: Path, error: Exception) -> str:
    """`ohjelma.toml:3:5` when the TOML reader says where it stopped (its words are English:
    only the place is taken from them)."""
    found = _TOML_PLACE.search(str(error))
    return f"{path}:{found[1]}:{found[2]}" if found else str(path)


def _config_reason(error: Exception) -> str:
    from kuopio_ohjelma.locale.oserrors import os_reason

    if isinstance(error, OSError):
        return os_reason(error)
    if isinstance(error, UnicodeDecodeError):
        return _("the file is not UTF-8 text")
    return _("this line is not valid TOML; check the '=', the quotes and the [table] headings")
