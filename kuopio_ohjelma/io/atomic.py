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
from collections.abc import Iterator
from pathlib import Path

# Names of already open descriptors: the shell may have opened them on a regular file
# (`> out.txt`, `>> log`), which must be appended to, not replaced.
_DESCRIPTOR_NAMES = ("/dev/stdout", "/dev/stderr", "/dev/fd/", "/proc/self/fd/")


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Replace the regular file at `path` (its target, if it is a link) with `data`. Ctrl-C
    is held for the whole write: it leaves no temp file, and one that came during the replace
    is raised after it as InterruptedAfterWrite, which says the file was written."""
    target = Path(os.path.realpath(path))
    folder = target.parent
    mode = _mode(target)
    with interruptions_held() as held:
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
        WRITTEN.append(path)
    _fsync_folder(folder)
    if held:
        raise InterruptedAfterWrite([path])


# Every file this process has replaced or created with its new content, in order (reset by
# forget_written at the start of a command). After a write, nothing may say "nothing was
# written": entry.py reads this when Ctrl-C or a failing standard output ends the command.
WRITTEN: list[Path] = []


def forget_written() -> None:
    WRITTEN.clear()


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
        return _new_mode()


def _new_mode() -> int:
    """What a new file gets under the user's umask (temp files are made 0600)."""
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
    """Write `files` into `folder`, all of them or none. A new folder is built whole under a
    temporary name beside it and renamed into place; into an existing one (--force) the files
    are written as one set (write_files). Raises FilesNotWritten; nothing is left behind."""
    if folder.is_dir():
        write_files([(folder / name, data) for name, data in files.items()])
        return
    import shutil

    with interruptions_held() as held:  # a name only: Ctrl-C must not leave the file
        fd, staging = temp_file(folder.parent, f".{folder.name}.", ".tmp")
        os.close(fd)
        os.unlink(staging)
    if held:
        raise KeyboardInterrupt
    current = folder
    try:
        os.mkdir(staging)
        for name, data in files.items():
            current = folder / name
            _write_new(Path(staging) / name, data)
        current = folder
        _fsync_folder(Path(staging))
        with interruptions_held() as held:
            os.rename(staging, folder)
            WRITTEN.extend(folder / name for name in files)
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise FilesNotWritten(current, error, [], {}) from error
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _fsync_folder(folder.parent)
    if held:
        raise InterruptedAfterWrite([folder / name for name in files])


def _write_new(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(path, _new_mode())


class FilesNotWritten(Exception):
    """A write of several files stopped at `path` with `error`. `restored`: files already
    replaced and put back as they were; `left`: files that could not be put back (they hold
    the new content; their originals are kept at `backups`). Both empty: nothing changed."""

    def __init__(
        self, path: Path, error: OSError, restored: list[Path], left: dict[Path, str]
    ) -> None:
        super().__init__(str(error))
        self.path, self.error, self.restored, self.left = path, error, restored, left

    @property
    def unchanged(self) -> bool:
        return not self.left


class InterruptedAfterWrite(KeyboardInterrupt):
    """Ctrl-C that arrived while files were being replaced: held until every one was, so the
    set is whole; `written` says which."""

    def __init__(self, written: list[Path]) -> None:
        super().__init__()
        self.written = written


class _Staged:
    """One file of a set: its new content in a temp file beside it, its original kept."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.target = Path(os.path.realpath(path))
        self.temp = ""
        self.backup = ""  # the original, hard-linked or copied; "" for a new file
        self.data = data

    def prepare(self) -> None:
        folder = self.target.parent
        fd, self.temp = temp_file(folder, f".{self.target.name}.", ".tmp")
        with os.fdopen(fd, "wb") as handle:
            handle.write(self.data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(self.temp, _mode(self.target))
        if os.path.lexists(self.target):
            self.backup = _keep_original(self.target)

    def restore(self) -> None:
        if self.backup:
            os.replace(self.backup, self.target)
            self.backup = ""
        else:
            os.unlink(self.target)

    def clean(self) -> None:
        for name in (self.temp, self.backup):
            if name:
                with contextlib.suppress(OSError):
                    os.unlink(name)


def _keep_original(target: Path) -> str:
    """A second name for the original in its folder: a hard link (the very file, mode and
    all), else a copy of its bytes."""
    fd, name = temp_file(target.parent, f".{target.name}.", ".orig")
    os.close(fd)
    os.unlink(name)
    try:
        os.link(target, name)
    except OSError:
        try:
            with open(target, "rb") as source, open(name, "xb") as copy:
                copy.write(source.read())
                copy.flush()
                os.fsync(copy.fileno())
            os.chmod(name, _mode(target))
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
    return name


def write_files(files: list[tuple[Path, bytes]]) -> None:
    """Write every file or none. First each new content goes to a temp file beside its target
    and each original is kept (any failure: the temps go, nothing changed); then they replace
    the targets with Ctrl-C held back; a replace that fails puts back the ones done."""
    staged = [_Staged(path, data) for path, data in files]
    with interruptions_held() as held:  # no temp or kept original may outlive a Ctrl-C
        failure = _prepare_all(staged)
        before = bool(held)  # Ctrl-C while preparing: nothing is replaced
        if failure is None and not before:
            _replace_all(staged)
            WRITTEN.extend(item.path for item in staged)
        for item in staged:
            item.clean()
    if failure is not None:
        raise failure from failure.error
    if before:
        raise KeyboardInterrupt
    for folder in {item.target.parent for item in staged}:
        _fsync_folder(folder)
    if held:
        raise InterruptedAfterWrite([item.path for item in staged])


def _prepare_all(staged: list[_Staged]) -> FilesNotWritten | None:
    """Each new content beside its target, each original kept; on any failure every temp
    goes again and the failure is returned (an OSError) or raised (anything else)."""
    current = staged[0] if staged else None
    try:
        for current in staged:
            current.prepare()
    except OSError as error:
        for item in staged:
            item.clean()
        assert current is not None
        return FilesNotWritten(current.path, error, [], {})
    except BaseException:
        for item in staged:
            item.clean()
        raise
    return None


def _replace_all(staged: list[_Staged]) -> None:
    done: list[_Staged] = []
    for item in staged:
        try:
            os.replace(item.temp, item.target)
        except OSError as error:
            restored, left = _put_back(done)
            for other in staged:
                if other not in left.values():
                    other.clean()
            raise FilesNotWritten(
                item.path, error, restored, {i.path: i.backup for i in left.values()}
            ) from error
        item.temp = ""
        done.append(item)


def _put_back(done: list[_Staged]) -> tuple[list[Path], dict[Path, _Staged]]:
    restored: list[Path] = []
    left: dict[Path, _Staged] = {}
    for item in reversed(done):
        try:
            item.restore()
            restored.append(item.path)
        except OSError:
            left[item.path] = item
    return restored[::-1], left


@contextlib.contextmanager
def interruptions_held() -> Iterator[list[int]]:
    """Ctrl-C (and the start-up alarm that re-delivers one, see entry.py) is noted, not
    raised, inside the block; the caller decides what to do once the block is done."""
    import signal

    held: list[int] = []

    def hold(signum: int, frame: object) -> None:
        held.append(signum)

    try:
        before = signal.signal(signal.SIGINT, hold)
    except ValueError:  # not the main thread: signals go elsewhere
        yield held
        return
    alarm = getattr(signal, "SIGALRM", None)
    alarm_before = signal.getsignal(alarm) if alarm is not None else None
    if alarm is not None and alarm_before is before and callable(before):
        signal.signal(alarm, hold)
    try:
        yield held
    finally:
        signal.signal(signal.SIGINT, before)
        if alarm is not None and alarm_before is before and callable(before):
            signal.signal(alarm, alarm_before)
