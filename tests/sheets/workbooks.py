"""Helpers for the sheet tests: fill a workbook as a person would, read the data's git diff."""

from __future__ import annotations

import subprocess
from pathlib import Path

from openpyxl import load_workbook


def fill(path: Path, cells: dict[str, object], *, out: Path | None = None) -> Path:
    """Write values into the first sheet's cells, as someone answering would."""
    book = load_workbook(path)
    sheet = book.worksheets[0]
    for name, value in cells.items():
        sheet[name] = value
    target = out or path
    book.save(target)
    return target


def git_diff(repo: Path) -> str:
    return subprocess.run(
        ["git", "diff", "-U0", "--no-color"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout


def changed_lines(repo: Path) -> list[str]:
    return [
        line
        for line in git_diff(repo).splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]
