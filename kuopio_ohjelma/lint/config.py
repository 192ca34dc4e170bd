"""Lint configuration from [tool.ohjelma.lint] in pyproject.toml or [lint] in ohjelma.toml."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Severity


class ConfigError(Exception):
    """A configuration the user must fix; the CLI reports it with exit code 2."""


@dataclass(frozen=True)
class LintConfig:
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict[str, Severity] = field(default_factory=dict)
    source: Path | None = None
    stale_years: int = 3

    def enabled(self, code: str) -> bool:
        selected = not self.select or _matches(code, self.select)
        return selected and not _matches(code, self.ignore)


def _matches(code: str, patterns: Iterable[str]) -> bool:
    return any(code.startswith(pattern) for pattern in patterns)


def load_config(root: Path, known_codes: Iterable[str]) -> LintConfig:
    """ohjelma.toml wins over pyproject.toml; neither is fine."""
    places = (("ohjelma.toml", ("lint",)), ("pyproject.toml", ("tool", "ohjelma", "lint")))
    for name, table in places:
        path = root / name
        if path.is_file():
            section = _section(path, table)
            if section is not None:
                return _parse(section, path, set(known_codes))
    return LintConfig()


def _section(path: Path, table: tuple[str, ...]) -> dict[str, Any] | None:
    import tomllib  # only when there is a file to read: lint's start-up is its hot path

    try:
        data: Any = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"{path}: cannot read configuration: {error}") from error
    for key in table:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [{'.'.join(table)}] must be a table")
    return data


def _parse(section: dict[str, Any], path: Path, known: set[str]) -> LintConfig:
    unknown = set(section) - {"select", "ignore", "severity", "stale-years"}
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting(s) {', '.join(sorted(unknown))}; "
            "allowed: select, ignore, severity, stale-years"
        )
    select = _codes(section.get("select", []), path, "select", known)
    ignore = _codes(section.get("ignore", []), path, "ignore", known)
    severity_table = section.get("severity", {})
    if not isinstance(severity_table, dict):
        raise ConfigError(f'{path}: severity must be a table such as {{ W402 = "error" }}')
    severity: dict[str, Severity] = {}
    for code, value in severity_table.items():
        _codes([code], path, "severity", known)
        if value not in ("error", "warning"):
            raise ConfigError(f'{path}: severity of {code} must be "error" or "warning"')
        severity[code] = Severity(value)
    return LintConfig(select, ignore, severity, path, _stale_years(section, path))


def _stale_years(section: dict[str, Any], path: Path) -> int:
    value = section.get("stale-years", LintConfig.stale_years)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            _("{path}: stale-years must be a whole number of years, 1 or more").format(path=path)
        )
    return value


def _codes(value: Any, path: Path, key: str, known: set[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f'{path}: {key} must be a list of rule codes such as ["W402"]')
    for code in value:
        if not any(k.startswith(code) for k in known):
            raise ConfigError(f"{path}: {key}: no rule matches '{code}'")
    return tuple(value)
