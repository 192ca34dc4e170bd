"""Configuration chooses rules, never what loads.

A protected rule (every error the loader finds: syntax, encoding, tabs, tags, schema and
types, a number written as text, an unreadable CSV; and E401, an off-scale mark the report
cannot show) is always run, always an error and never silenced by a disable comment. A
setting that tries is not obeyed, and lint says so with W119 at the setting's line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import Position, Problem, Severity

CODE = "W119"


def protected_codes() -> list[str]:
    from kuopio_ohjelma.lint.rules import REGISTRY

    return [code for code, rule in REGISTRY.items() if rule.protected]


def protected_notes(
    path: Path,
    *,
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    severity: dict[str, Severity],
    words: dict[str, list[object]],
) -> tuple[Problem, ...]:
    """One W119 per setting word that would switch a protected rule off or make it a
    warning, at that word's line in the configuration file."""
    codes = protected_codes()
    lines = _lines(path)
    notes: list[Problem] = []
    for key, patterns in (("ignore", ignore), ("severity", tuple(
            code for code, level in severity.items() if level is Severity.WARNING))):
        for pattern in patterns:
            hit = _covered(pattern, codes)
            if hit:
                word = _word(pattern, words[key])
                notes.append(_note(path, lines, key, word, hit))
    if select:
        left_out = [code for code in codes if not any(code.startswith(p) for p in select)]
        if left_out:
            notes.append(_note(path, lines, "select", "", left_out))
    return tuple(notes)


def _covered(pattern: str, codes: Iterable[str]) -> list[str]:
    return [code for code in codes if code.startswith(pattern)]


def _word(pattern: str, given: list[object]) -> str:
    """The word as the file spells it (a rule name, lower case), for finding its line."""
    from kuopio_ohjelma.lint.rules import find_rule

    for word in given:
        if isinstance(word, str) and (find_rule(word) or word.upper()) == pattern:
            return word
    return pattern


def _note(path: Path, lines: list[str], key: str, word: str, codes: list[str]) -> Problem:
    shown = ", ".join(codes[:6]) + (" …" if len(codes) > 6 else "")
    messages = {
        "ignore": _("'{word}' in ignore cannot switch off {codes}: they mean the data does "
                    "not load or cannot be shown, so lint always reports them"),
        "severity": _("severity of '{word}' cannot make {codes} warnings: they mean the data "
                      "does not load or cannot be shown, so they stay errors"),
        "select": _("select leaves out {codes}, which lint runs anyway: they mean the data "
                    "does not load or cannot be shown"),
    }
    return Problem(
        CODE,
        path,
        _position(lines, key, word),
        messages[key].format(word=word, codes=shown),
        _("configuration chooses rules, never what loads: remove the setting and fix the "
          "data instead (ohjelma lint --explain {code})").format(code=codes[0]),
        Severity.WARNING,
    )


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return []


def _position(lines: list[str], key: str, word: str) -> Position:
    """The word's place after the line that starts the setting; else that line; else 1:1."""
    start = next((n for n, line in enumerate(lines) if re.match(rf"\s*{key}\s*=", line)), None)
    if start is None:
        return Position(1, 1)
    if word:
        spelled = re.compile(rf"""["']{re.escape(word)}["']|\b{re.escape(word)}\s*=""")
        for number in range(start, len(lines)):
            found = spelled.search(lines[number], 0 if number > start else len(key))
            if found:
                return Position(number + 1, found.start() + 1)
    return Position(start + 1, lines[start].index(key) + 1)
