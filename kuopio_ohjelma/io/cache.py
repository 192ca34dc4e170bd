"""A content-hash cache under `.ohjelma_cache/`, kept the way ruff keeps its cache.

An entry is found by a key that hashes everything its value depends on: the tool's own code
(version, Python, and the size and time of every module and catalogue, so that an edited
checkout never reuses an old answer), the configuration, the options, and the *content* of
every file under data/ (not its modification time: a `git checkout` that restores a file
restores its entry). Lint reads nothing else; a rule that did would have to be keyed too.
Nothing is ever updated in place: an entry is written to a temporary file and renamed, so
concurrent runs either find a whole entry or none, and two runs that race write the same
bytes. Each entry carries its own digest; a damaged entry reads as a miss. The folder holds
its own `.gitignore` (`*`), so it never shows up in `git status`. A cache folder that is a
symbolic link or not owned by this user is not used at all (no cache), so nothing is read
from or written outside it.

Reading an answer imports nothing but `os`, `sys` and `marshal` (no pathlib, no functools):
lint's answer from the cache is a start-up and a few reads (commands/lint_warm.py).
"""

from __future__ import annotations

import os
import stat
import sys

try:  # hashlib would load OpenSSL first, a tenth of a warm run; blake2 is built in
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - other Python implementations
    from hashlib import blake2b

from kuopio_ohjelma import __version__
from kuopio_ohjelma.io.layout import DATA_DIR

TYPE_CHECKING = False  # typing itself is a tenth of a warm lint
if TYPE_CHECKING:
    from kuopio_ohjelma.io.layout import StrPath

CACHE_DIR = ".ohjelma_cache"
_GITIGNORE = "# Written by ohjelma: its cache is never committed.\n*\n"
_DIGEST = 16
# Old entries are pruned beyond this many per kind; a data repository needs a handful.
MAX_ENTRIES = 64
_PACKAGE = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))
_fingerprint: list[str] = []


def digest(*parts: bytes | str) -> str:
    """One hex key for several parts; lengths are hashed too, so parts cannot run together."""
    hasher = blake2b(digest_size=_DIGEST)
    for part in parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "little"))
        hasher.update(data)
    return hasher.hexdigest()


def code_fingerprint() -> str:
    """Changes whenever the code or catalogues that produce an answer change (worked out once
    per process)."""
    if not _fingerprint:
        entries: list[str] = [__version__, sys.version]
        for folder, _, names in sorted(os.walk(_PACKAGE)):
            for name in sorted(names):
                if name.endswith((".py", ".mo", ".j2")):
                    info = os.stat(os.path.join(folder, name))
                    entries.append(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}")
        _fingerprint.append(digest(*entries))
    return _fingerprint[0]


def file_fingerprint(path: StrPath) -> str | None:
    """The content hash of one regular file, `-` when it is missing; None when it is a link,
    a folder or unreadable, which the cache leaves to a full run to report."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "-"
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    try:
        with open(path, "rb") as stream:
            return content_hash(stream.read())
    except OSError:
        return None


def content_hash(data: bytes) -> str:
    return blake2b(data, digest_size=_DIGEST).hexdigest()


def data_fingerprint(root: StrPath, read: dict[str, bytes] | None = None) -> str | None:
    """The names and contents of every file under data/ (whatever kinds of file the loader
    reads, now or later), or None when one is a link or not a plain file. `read`: bytes a
    load has just read, by normalised path: hashed as they were read, not read again (so the
    fingerprint is of exactly what was loaded)."""
    data = os.path.join(root, DATA_DIR)
    parts: list[str] = []
    for folder, folders, names in os.walk(data, followlinks=False):
        folders.sort()
        if any(os.path.islink(os.path.join(folder, name)) for name in folders):
            return None
        # The name as the repository spells it: data/goals/01-x.yaml, on every system.
        where = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in sorted(names):
            path = os.path.join(folder, name)
            known = read.get(os.path.normpath(path)) if read else None
            content = content_hash(known) if known is not None else file_fingerprint(path)
            if content is None:
                return None
            parts += [f"{where}/{name}", content]
    return digest(*parts)


class Cache:
    """Entries by kind and key in `<root>/.ohjelma_cache/`; failures to write are silent."""

    def __init__(self, root: StrPath, *, enabled: bool = True) -> None:
        self.folder = os.path.join(root, CACHE_DIR)
        self.enabled = enabled

    def get(self, kind: str, key: str) -> bytes | None:
        if not self.enabled or not _own_folder(self.folder, create=False):
            return None
        if not _own_folder(os.path.join(self.folder, kind), create=False):
            return None
        try:
            fd = os.open(os.path.join(self.folder, kind, key), os.O_RDONLY | _NOFOLLOW)
            with open(fd, "rb") as stream:
                stored = stream.read()
        except OSError:
            return None
        check, value = stored[:_DIGEST], stored[_DIGEST:]
        if blake2b(value, digest_size=_DIGEST).digest() != check:
            return None
        return value

    def put(self, kind: str, key: str, value: bytes) -> None:
        if not self.enabled:
            return
        import contextlib

        with contextlib.suppress(OSError):  # a read-only checkout lints; it cannot remember
            self._write(os.path.join(self.folder, kind), key, value)

    def _write(self, folder: str, key: str, value: bytes) -> None:
        if not (_own_folder(self.folder, create=True) and _own_folder(folder, create=True)):
            return  # a link or someone else's folder: no cache rather than a write elsewhere
        self._ignore_in_git()
        from pathlib import Path

        from kuopio_ohjelma.io.atomic import temp_file

        check = blake2b(value, digest_size=_DIGEST).digest()
        fd, temporary = temp_file(Path(folder), ".tmp-")
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(check + value)
            os.replace(temporary, os.path.join(folder, key))
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        _prune(folder)

    def _ignore_in_git(self) -> None:
        gitignore = os.path.join(self.folder, ".gitignore")
        if os.path.exists(gitignore):
            return
        try:
            with open(gitignore, "x", encoding="utf-8") as stream:
                stream.write(_GITIGNORE)
        except FileExistsError:
            pass  # another run wrote it first


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _own_folder(folder: str, *, create: bool) -> bool:
    """`folder` is a real folder of ours: not a symbolic link (even one committed to the
    repository, which could point at /etc) and owned by this user where owners exist.
    Anything else means no cache: an answer is never read from, nor written to, elsewhere."""
    try:
        info = os.lstat(folder)
    except FileNotFoundError:
        if not create:
            return False
        try:
            os.mkdir(folder, 0o777)
        except FileExistsError:
            pass  # another run made it first; checked below like any other
        except OSError:
            return False
        return _own_folder(folder, create=False)
    except OSError:
        return False
    owner = getattr(os, "getuid", None)
    return stat.S_ISDIR(info.st_mode) and (owner is None or info.st_uid == owner())


def _prune(folder: str) -> None:
    entries = [entry for entry in os.scandir(folder) if not entry.name.startswith(".")]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
    import contextlib

    for entry in entries[: len(entries) - MAX_ENTRIES]:
        with contextlib.suppress(OSError):  # another run pruned it first
            os.unlink(entry.path)
