"""The layout of a data repository, and where it is: plain strings and `os`, nothing else,
so that lint's answer from its cache (commands/lint_warm.py) imports nothing more."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing itself is a tenth of a warm lint
if TYPE_CHECKING:
    from typing import TypeAlias

    StrPath: TypeAlias = "str | os.PathLike[str]"

DATA_DIR = "data"
PROGRAMME_FILE = "programme.yaml"
BODIES_FILE = "organisations.yaml"
GOALS_DIR = "goals"
INDICATORS_DIR = "indicators"


def root_above(start: str) -> str | None:
    """The nearest folder, upward from `start`, that holds a data/ folder."""
    folder = start
    while True:
        if os.path.isdir(os.path.join(folder, DATA_DIR)):
            return folder
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def relative(path: str) -> str:
    """Paths in messages read best relative to where the editor stands."""
    try:
        return os.path.relpath(os.path.realpath(path), os.getcwd())
    except ValueError:  # another drive (Windows)
        return os.path.realpath(path)
