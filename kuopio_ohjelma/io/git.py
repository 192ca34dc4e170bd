"""Read the data repository as it was at a git revision, without touching the work tree or index.

All files under data/ are listed with one `git ls-tree` and read with one `git cat-file --batch`.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from kuopio_ohjelma.io.files import DATA_DIR, yaml_names
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Problem

_SYMLINK_MODE = "120000"
_SUBMODULE_MODE = "160000"


class GitError(Exception):
    """git is missing, the folder is not a repository, or the revision does not exist."""


def _git(root: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        completed = subprocess.run(
            ["git", "-C", str(root), *args],
            input=stdin,
            capture_output=True,
            check=False,
            timeout=120,
        )
    except FileNotFoundError as error:
        raise GitError(_("git is not installed; --rev needs it")) from error
    if completed.returncode != 0:
        said = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        message = _("git {command} failed").format(command=args[0])
        raise GitError(f"{message}: {said[-1]}" if said else message)
    return completed.stdout


def resolve_revision(root: Path, rev: str) -> str:
    """The commit id of `rev`, or a GitError an editor can act on."""
    if rev.startswith("-"):
        raise GitError(_("'{rev}' is not a revision").format(rev=rev))
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except GitError as error:
        if not _is_repository(root):
            raise GitError(
                _(
                    "the folder {root} is not in a git repository; --rev compares git revisions"
                ).format(root=root)
            ) from error
        raise GitError(
            _("unknown revision '{rev}' (try a branch, tag or commit id)").format(rev=rev)
        ) from error


def _is_repository(root: Path) -> bool:
    try:
        _git(root, "rev-parse", "--git-dir")
    except GitError:
        return False
    return True


class GitSource:
    """The data files of one revision, as a FileSource for the loader."""

    def __init__(self, root: Path, rev: str) -> None:
        self.rev = rev
        self.commit = resolve_revision(root, rev)
        prefix = _git(root, "rev-parse", "--show-prefix").decode().strip()
        listing = _git(
            root, "ls-tree", "-r", "-z", "--full-tree", self.commit, "--", f"{prefix}{DATA_DIR}"
        )
        self._modes: dict[Path, str] = {}
        blobs: dict[Path, str] = {}
        for entry in filter(None, listing.split(b"\0")):
            meta, _, name = entry.partition(b"\t")
            mode, kind, sha = meta.decode().split(" ")
            relative = Path(name.decode("utf-8", "replace"))
            path = root / (relative.relative_to(prefix) if prefix else relative)
            self._modes[path] = mode
            if kind == "blob":  # a submodule is a commit of another repository: nothing to read
                blobs[path] = sha
        self._contents = _read_blobs(root, blobs)

    def yaml_files(self, folder: Path) -> list[Path]:
        names = [p.name for p in self._modes if p.parent == folder]
        return [folder / name for name in yaml_names(names)]

    def read(self, path: Path) -> bytes | Problem | None:
        if path not in self._modes:
            return None
        if self._modes[path] == _SYMLINK_MODE:
            return Problem(
                "E112",
                path,
                START,
                _("symbolic link at {revision}; not followed").format(revision=self.rev),
                _("replace the link with the file itself"),
            )
        if self._modes[path] == _SUBMODULE_MODE:
            return Problem(
                "E112",
                path,
                START,
                _("a git submodule at {revision}, not a file").format(revision=self.rev),
                _("keep data files in the repository itself"),
            )
        return self._contents.get(path, b"")


def _read_blobs(root: Path, blobs: dict[Path, str]) -> dict[Path, bytes]:
    if not blobs:
        return {}
    paths = list(blobs)
    output = _git(
        root, "cat-file", "--batch", stdin="".join(f"{blobs[p]}\n" for p in paths).encode()
    )
    contents: dict[Path, bytes] = {}
    offset = 0
    for path in paths:
        header_end = output.index(b"\n", offset)
        header = output[offset:header_end].split(b" ")
        if len(header) != 3:  # "<sha> missing": an object the clone does not have
            offset = header_end + 1
            continue
        size = int(header[2])
        start = header_end + 1
        contents[path] = output[start : start + size]
        offset = start + size + 1
    return contents


def data_revision(root: Path) -> tuple[str | None, bool]:
    """The commit the data comes from and whether data/ differs from it; (None, False) when
    the data is not in git or git is missing."""
    try:
        commit = _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}").decode().strip()
        changes = _git(root, "status", "--porcelain", "--", DATA_DIR)
    except GitError:
        return None, False
    return commit, bool(changes.strip())
