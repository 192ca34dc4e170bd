"""Writes: atomic replace for regular files, written through for everything else.

A regular file is replaced through a temp file in the same folder (flush, fsync,
os.replace), so an interruption leaves the old file or the new, never half. A symbolic link
is followed first, so the link stays a link and its target gets the new content. Devices,
pipes and sockets (`/dev/null`, `/dev/stdout`, a FIFO) are written through: replacing one
would turn it into a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

# Names of already open descriptors: the shell may have opened them on a regular file
# (`> out.txt`, `>> log`), which must be appended to, not replaced.
_DESCRIPTOR_NAMES = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace the regular file at `path` (its target, if it is a link) with `data`."""
    target = Path(os.path.realpath(path))
    folder = target.parent
    mode = _mode(target)
    fd, temp = temp_file(folder, f".{target.name}.", ".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    _fsync_folder(folder)


def temp_file(folder: Path, prefix: str, suffix: str = "") -> tuple[int, str]:
    """A new file in `folder`, open for writing, as tempfile.mkstemp makes it (a random
    name, created exclusively, mode 0600), without importing tempfile: it brings shutil,
    bz2, lzma and random, a tenth of a quick edit's time."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    for _attempt in range(100):
        name = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}{suffix}")
        try:
            return os.open(name, flags | getattr(os, "O_BINARY", 0), 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no unused temporary name", str(folder))


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def is_special(path: Path) -> bool:
    """A device, pipe or socket (through any links): written through, never replaced."""
    if str(path).startswith(_DESCRIPTOR_NAMES):
        return True
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # a new file
    return any(test(mode) for test in (stat.S_ISCHR, stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK))


def write_output(path: Path, data: bytes) -> None:
    """An output the user named: devices and pipes written through, files replaced atomically."""
    if is_special(path):
        with open(path, "ab") as handle:
            handle.write(data)
        return
    write_bytes_atomic(path, data)


def _mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_folder(folder: Path, files: dict[str, bytes]) -> None:
    """Write each file of `files` into `folder` atomically, in the order given. The last file
    (a package's descriptor) is removed first: an interrupted write over an earlier one then
    leaves no descriptor that vouches for tables it does not describe."""
    folder.mkdir(exist_ok=True)
    if files:
        (folder / list(files)[-1]).unlink(missing_ok=True)
    for name, data in files.items():
        write_bytes_atomic(folder / name, data)
