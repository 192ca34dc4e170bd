"""Read the data repository as it was at a git revision, without touching the work tree or index.

All files under data/ are listed with one `git ls-tree` and read with one `git cat-file --batch`.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
from kuopio_ohjelma.io.files import DATA_DIR, yaml_names
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Problem

_SYMLINK_MODE = "120000"
_SUBMODULE_MODE = "160000"
_FEW_NAMES = 8  # branches and tags listed in full when no name is close to the one given


class GitError(Exception):
    """git is missing, the folder is not a repository, or the revision does not exist.

    The message is in the editor's words; `detail` keeps git's own last line (English, as git
    wrote it), which commands show only under --verbose."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail


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
        said = completed.stderr.decode("utf-8", "replace").strip()
        raise GitError(_explain(root, args[0], said), _first_fatal(said))
    return completed.stdout


def _first_fatal(said: str) -> str:
    """git's own line that says what went wrong (its advice lines follow it)."""
    lines = said.splitlines()
    fatal = [line for line in lines if line.startswith(("fatal:", "error:"))]
    return (fatal or lines or [""])[0]


_DUBIOUS = re.compile(r"dubious ownership in repository at '(.*)'")


def _explain(root: Path, command: str, said: str) -> str:
    """git's common failures in the editor's words; anything else names the git command."""
    dubious = _DUBIOUS.search(said)
    if dubious:
        return _(
            "git does not trust the folder {folder}: another user owns it; if the data is "
            "yours, run: git config --global --add safe.directory {folder}"
        ).format(folder=dubious.group(1))
    if "not a git repository" in said:
        return _(
            "the folder {root} is not in a git repository; --rev compares git revisions"
        ).format(root=root)
    return _("git {command} failed; --verbose shows git's own words").format(command=command)


def resolve_revision(root: Path, rev: str) -> str:
    """The commit id of `rev`, or a GitError an editor can act on."""
    if rev.startswith("-"):
        raise GitError(_("'{rev}' is not a revision").format(rev=rev))
    try:
        return _git(root, "rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}").decode().strip()
    except GitError as error:
        _git(root, "rev-parse", "--git-dir")  # not a repository, git missing: said as such
        if not _has_commits(root):
            raise GitError(
                _("the repository has no commits yet; commit the data first, then compare")
            ) from error
        names = _ref_names(root)
        close = did_you_mean(rev, names, list_all=False)
        if not close and _is_shallow(root):
            # Not a mistyped name: in a clone made with --depth, older commits are missing.
            raise GitError(_("revision '{rev}' is not in this shallow copy: the repository "
                             "was cloned without its older history (--depth); fetch the "
                             "history with: git fetch --unshallow").format(rev=rev)) from error
        message = _("unknown revision '{rev}' (try a branch, tag or commit id)").format(rev=rev)
        raise GitError(join_hint(message, close or _listed(names))) from error


def _is_shallow(root: Path) -> bool:
    """A clone made with --depth: older commits are missing, not mistyped."""
    return _git(root, "rev-parse", "--is-shallow-repository").strip() == b"true"


def _has_commits(root: Path) -> bool:
    try:
        _git(root, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    except GitError:
        return False
    return True


def _ref_names(root: Path) -> list[str]:
    """The branches and tags, for 'did you mean' (a name mistyped, not A~9 or an id)."""
    return _git(
        root, "for-each-ref", "--format=%(refname:short)", "refs/heads", "refs/tags",
        "refs/remotes",
    ).decode("utf-8", "replace").split()


def _listed(names: list[str]) -> str:
    """A few branches and tags listed in full when none is close to the name given."""
    if not names or len(names) > _FEW_NAMES:
        return ""
    return _("branches and tags: {names}").format(names=", ".join(names))


class GitSource:
    """The data files of one revision, as a FileSource for the loader."""

    def __init__(self, root: Path, rev: str) -> None:
        self.rev = rev
        self.commit = resolve_revision(root, rev)
        prefix = _git(root, "rev-parse", "--show-prefix").decode().strip()
        listing = _git(
            root, "ls-tree", "-r", "-z", "--full-tree", self.commit, "--", f"{prefix}{DATA_DIR}"
        )
        if not listing:
            raise GitError(
                _(
                    "there is no {folder} folder at {rev}: the data came into git later; "
                    "compare with a later revision (git log --oneline -- {folder} lists them)"
                ).format(folder=DATA_DIR, rev=rev)
            )
        self._modes: dict[Path, str] = {}
        blobs: dict[Path, str] = {}
        for entry in filter(None, listing.split(b"\0")):
            meta, _tab, name = entry.partition(b"\t")
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
