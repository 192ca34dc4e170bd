"""Where data files come from: the working tree, or a git revision (see gitrev.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Protocol

from kuopio_ohjelma.problems import START, Problem


class FileSource(Protocol):
    def yaml_files(self, folder: Path) -> list[Path]:
        """The folder's *.yaml files, sorted."""
        ...

    def read(self, path: Path) -> bytes | Problem | None:
        """The file's bytes, a problem saying why they cannot be read, or None if missing."""
        ...


class DiskSource:
    """Files in the working tree; links out of the repository are refused, not followed."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.realpath(root))

    def yaml_files(self, folder: Path) -> list[Path]:
        return sorted(folder.glob("*.yaml"))

    def read(self, path: Path) -> bytes | Problem | None:
        if not path.exists() and not path.is_symlink():
            return None
        if path.is_symlink() and not Path(os.path.realpath(path)).is_relative_to(self.root):
            return Problem(
                "E112",
                path,
                START,
                "symbolic link points outside the repository",
                "replace the link with the file itself",
            )
        if path.is_symlink() and not path.exists():
            return Problem("E112", path, START, "symbolic link is broken", "fix or remove it")
        if path.is_dir():
            return Problem("E112", path, START, "expected a file, found a folder", "")
        if not path.is_file():
            # A pipe or device would block or never end: never open one.
            return Problem("E112", path, START, "not a regular file", "replace it with a file")
        try:
            return path.read_bytes()
        except OSError as error:
            return Problem(
                "E112", path, START, f"cannot read file: {error.strerror}", "check permissions"
            )
