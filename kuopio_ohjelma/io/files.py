"""Where data files come from: the working tree, or a git revision (see gitrev.py)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import Protocol

# The layout of a data repository (io/layout.py, free of pathlib for lint's warm start).
from kuopio_ohjelma.io.layout import BODIES_FILE as BODIES_FILE
from kuopio_ohjelma.io.layout import DATA_DIR as DATA_DIR
from kuopio_ohjelma.io.layout import GOALS_DIR as GOALS_DIR
from kuopio_ohjelma.io.layout import INDICATORS_DIR as INDICATORS_DIR
from kuopio_ohjelma.io.layout import PROGRAMME_FILE as PROGRAMME_FILE
from kuopio_ohjelma.io.layout import root_above
from kuopio_ohjelma.io.text import MAX_FILE_BYTES, too_large
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.locale.oserrors import os_reason
from kuopio_ohjelma.problems import START, Problem


def find_root(start: Path) -> Path | None:
    """The nearest folder, upward from `start`, that holds a data/ folder."""
    found = root_above(str(start))
    return Path(found) if found is not None else None


def yaml_files(folder: Path) -> list[Path]:
    """The folder's data files, sorted: *.yaml, and *.yml so that the loader can refuse them
    with the rename that fixes them (without pathlib's pattern machinery: a listing of
    thousands of goals is an edit's largest cost)."""
    try:
        names = os.listdir(folder)
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [folder / name for name in yaml_names(names)]


def yaml_names(names: list[str]) -> list[str]:
    """Data file names among `names`, sorted; editors' lock, backup and swap files beside a
    data file (`.#01-x.yaml`, `01-x.yaml~`, `.01-x.yaml.swp`, `#01-x.yaml#`) are skipped, as
    the usual gitignore skips them. Case is folded where the file system folds it (Windows),
    as fnmatch and glob do (without compiling their patterns: an edit's start-up)."""
    found = [name for name in names if os.path.normcase(name).endswith((".yaml", ".yml"))]
    return sorted(name for name in found if not name.startswith((".", "#")))


def data_files(root: Path) -> list[Path]:
    """Every file the loader reads, in the order it reads them."""
    data = root / DATA_DIR
    return [
        data / PROGRAMME_FILE,
        data / BODIES_FILE,
        *yaml_files(data / GOALS_DIR),
        *yaml_files(data / INDICATORS_DIR),
    ]


def names_data(root: Path, path: Path, *, sidecars: bool = False) -> bool:
    """`path`, named on the command line, is a data file (an indicator's CSV too, with
    `sidecars`), a folder in data/ or the repository itself: not README.md, docs/ or a
    stray file."""
    data = (root / DATA_DIR).resolve()
    target = path.resolve()
    if target.is_dir():
        return target.is_relative_to(data) or target == data.parent
    known = {file.resolve() for file in data_files(root)}
    if sidecars and target.parent == data / INDICATORS_DIR and target.suffix == ".csv":
        return target.with_suffix(".yaml") in known
    return target in known


Signature = tuple[int, int, int, int]


def signature(info: os.stat_result) -> Signature:
    """A file's size, times and inode: any write or replacement changes one of them."""
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


class FileSource(Protocol):
    def yaml_files(self, folder: Path) -> list[Path]:
        """The folder's data files (see yaml_names), sorted."""
        ...

    def read(self, path: Path) -> bytes | Problem | None:
        """The file's bytes, a problem saying why they cannot be read, or None if missing."""
        ...


class DiskSource:
    """Files in the working tree; links out of the repository are refused, not followed."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.realpath(root))
        # Each plain file's size, times and inode as lstat saw them before its read: what was
        # read is what is there as long as they match (edit/known.goal_index reuses reads).
        self.signatures: dict[Path, Signature] = {}

    def yaml_files(self, folder: Path) -> list[Path]:
        return yaml_files(folder)

    def read(self, path: Path) -> bytes | Problem | None:
        # One lstat (and a stat for a link) answers every question below: a large
        # repository's thousands of files made six system calls each a tenth of lint.
        try:
            entry = os.lstat(path)
        except OSError as error:
            if _absent(error):
                return None
            raise
        if stat.S_ISLNK(entry.st_mode):
            if not Path(os.path.realpath(path)).is_relative_to(self.root):
                return Problem(
                    "E112",
                    path,
                    START,
                    _("symbolic link points outside the repository"),
                    _("replace the link with the file itself"),
                )
            try:
                entry = os.stat(path)
            except OSError as error:
                if not _absent(error):
                    raise
                if error.errno == errno.ELOOP:
                    return Problem(
                        "E112", path, START, _("symbolic link leads to itself (a loop of links)"),
                        _("replace the link with the file itself"),
                    )
                return Problem(
                    "E112", path, START, _("symbolic link is broken"), _("fix or remove it")
                )
        if stat.S_ISDIR(entry.st_mode):
            return Problem("E112", path, START, _("expected a file, found a folder"), "")
        if not stat.S_ISREG(entry.st_mode):
            # A pipe or device would block or never end: never open one.
            return Problem(
                "E112", path, START, _("not a regular file"), _("replace it with a file")
            )
        # Size first: a 1.5 GB file is refused unread. Read at most one byte past the limit
        # in case the file grows meanwhile; decode_source refuses that too.
        if entry.st_size > MAX_FILE_BYTES:
            return too_large(path, entry.st_size)
        self.signatures[path] = signature(entry)
        try:
            with path.open("rb") as handle:
                # Ask for the size lstat saw, plus one byte: asking for the limit made every
                # read allocate a megabyte (a tenth of a large repository's lint).
                wanted = entry.st_size + 1
                raw = handle.read(wanted)
                if len(raw) == wanted:  # the file grew meanwhile: read on, up to the limit
                    raw += handle.read(MAX_FILE_BYTES + 1 - wanted)
                return raw
        except OSError as error:
            return Problem(
                "E112",
                path,
                START,
                _("cannot read file: {reason}").format(reason=os_reason(error)),
                _("check permissions"),
            )


def _absent(error: OSError) -> bool:
    """The errors for which pathlib's exists() says False rather than raising."""
    return error.errno in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)


class OverlaySource:
    """Files as they would be after an edit: `changed` bytes over another source. Lets a dry
    run load, compare and show the result of edits that were never written."""

    def __init__(self, base: FileSource, changed: dict[Path, bytes]) -> None:
        self.base = base
        self.changed = changed

    def yaml_files(self, folder: Path) -> list[Path]:
        return self.base.yaml_files(folder)

    def read(self, path: Path) -> bytes | Problem | None:
        return self.changed[path] if path in self.changed else self.base.read(path)
