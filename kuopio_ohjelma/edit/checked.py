"""Round-trip edits: change only what must change, validate, then write atomically.

Every edit reads and writes under an exclusive lock (filelock: the same on Windows, macOS
and Linux), so two terminals editing at once are serialised and neither change is lost; a
file changed by someone else between our read and our write is refused rather than
overwritten. A read-only goal file is refused, never silently replaced; a linked goal file
is edited at its target.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kuopio_ohjelma.io.atomic import write_bytes_atomic
from kuopio_ohjelma.io.files import DATA_DIR
from kuopio_ohjelma.io.parse import parse_bytes
from kuopio_ohjelma.io.text import SourceText
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.locale.oserrors import os_reason
from kuopio_ohjelma.problems import START, Position, Problem

if TYPE_CHECKING:  # pydantic, the loader and filelock only where used: see edit/quick.py
    from pydantic import BaseModel

    from kuopio_ohjelma.io.loader import LoadResult


class EditError(Exception):
    """An edit that was refused; nothing was written."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


class FileEdit(NamedTuple):
    """New content for one file, with the bytes it was computed from."""

    path: Path
    original: bytes
    new: bytes

    @property
    def changed(self) -> bool:
        return self.original != self.new


def lock_path(root: Path) -> Path:
    """Inside .git when there is one (no stray file in the work tree), else the temp folder."""
    git = root / ".git"
    if git.is_dir():
        return git / "ohjelma.lock"
    import tempfile  # only here: see io/atomic.temp_file

    digest = _sha256(os.path.realpath(root).encode("utf-8", "replace")).hexdigest()
    return Path(tempfile.gettempdir()) / f"ohjelma-{digest[:16]}.lock"


def _sha256(data: bytes) -> Any:
    """hashlib would load OpenSSL first, a tenth of a quick edit; the built-in is the same."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
        except ImportError:  # pragma: no cover - other Python implementations
            from hashlib import sha256
    return sha256(data)


@contextmanager
def _posix_lock(path: Path) -> Iterator[bool]:
    """An exclusive lock on `path` with os.lockf (POSIX); yields False where there is none
    (Windows, a file system without locks). The lock goes when the descriptor is closed."""
    lockf = getattr(os, "lockf", None)
    if lockf is None:
        yield False
        return
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield False
        return
    try:
        try:
            lockf(fd, os.F_LOCK, 0)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(fd)


def quick_lock(root: Path) -> AbstractContextManager[bool]:
    """repository_lock for a quick edit, which must not import filelock (a quarter of its
    time): the same lock where os.lockf holds it; False elsewhere (the full path locks)."""
    return _posix_lock(lock_path(root))


@contextmanager
def repository_lock(root: Path) -> Iterator[None]:
    """Exclusive lock on the repository for one read-modify-write: os.lockf where the system
    has it (every edit, quick or full, takes that one), else filelock."""
    if not (root / DATA_DIR).is_dir():
        raise EditError(_("no {data}/ folder in {root}").format(data=DATA_DIR, root=root))
    with _posix_lock(lock_path(root)) as locked:
        if locked:
            yield
            return
    from filelock import FileLock

    with FileLock(str(lock_path(root))):
        yield


def commit(edit: FileEdit) -> None:
    """Write `edit` unless the file changed since it was read or may not be written."""
    if not edit.changed:
        return
    _check_unchanged(edit)
    try:
        write_bytes_atomic(edit.path, edit.new)
    except OSError as error:
        raise EditError(
            _("{path}: cannot write: {reason}; nothing was changed")
            .format(path=edit.path, reason=os_reason(error))
        ) from error


def commit_all(edits: list[FileEdit]) -> None:
    """Write every edit or none (io/atomic.write_files): each file is checked and its new
    content prepared beside it before the first is replaced; a failure then puts back the
    files already replaced, and the message says exactly what happened."""
    from kuopio_ohjelma.io.atomic import FilesNotWritten, write_files

    changed = [edit for edit in edits if edit.changed]
    if len(changed) < 2:
        for edit in changed:
            commit(edit)
        return
    for edit in changed:
        _check_unchanged(edit)
    try:
        write_files([(edit.path, edit.new) for edit in changed])
    except FilesNotWritten as failure:
        raise EditError(_not_written(failure, len(changed))) from failure


def _not_written(failure: Any, count: int) -> str:
    reason = os_reason(failure.error)
    if failure.left:
        return _(
            "{path}: cannot write: {reason}. {restored} file(s) were put back as they were, but "
            "these hold the new content and could not be: {left} (their originals are kept "
            "as {backups})"
        ).format(path=failure.path, reason=reason, restored=len(failure.restored),
                 left=", ".join(map(str, failure.left)),
                 backups=", ".join(failure.left.values()))
    if failure.restored:
        return _(
            "{path}: cannot write: {reason}; the {done} file(s) already written were put back "
            "as they were, so nothing of the {count} was changed"
        ).format(path=failure.path, reason=reason, done=len(failure.restored), count=count)
    return _("{path}: cannot write: {reason}; none of the {count} files was changed").format(
        path=failure.path, reason=reason, count=count)


def _check_unchanged(edit: FileEdit) -> None:
    """The file still holds what the edit was computed from, and may be written."""
    try:
        current = edit.path.read_bytes()
        mode = os.stat(edit.path).st_mode
        folder_mode = os.stat(os.path.dirname(os.path.realpath(edit.path))).st_mode
    except OSError as error:
        raise EditError(
            _("{path}: cannot read: {reason}").format(path=edit.path, reason=os_reason(error))
        ) from error
    if current != edit.original:
        raise EditError(
            _("{path} was changed by someone else meanwhile; run the command again")
            .format(path=edit.path)
        )
    # Mode bits, not os.access: root may write anything, yet a read-only file means "keep".
    if not mode & stat.S_IWUSR or not folder_mode & stat.S_IWUSR:
        raise EditError(
            _("{path} or its folder is read-only; nothing was written. Make it writable "
              "first if the change is wanted").format(path=edit.path)
        )


def load_for_edit(root: Path, *, only: Callable[[Path], bool] | None = None) -> LoadResult:
    """The programme, the organisations, and the goal and indicator files `only` picks (all
    of them by default); refused when the programme itself does not load."""
    from kuopio_ohjelma.io.kinds import PROGRAMME, is_kind
    from kuopio_ohjelma.io.loader import load_repository

    result = load_repository(root, only=only)
    if result.info is None:
        raise EditError(
            _("data/programme.yaml does not load; fix it first (ohjelma lint)"),
            [p for p in result.errors if is_kind(p.path, PROGRAMME)],
        )
    return result


def refuse_unloaded(root: Path, result: LoadResult) -> None:
    """No edit is written on data that does not load: the errors of the files loaded, and of
    the goal folder itself (empty, missing), shown as lint shows them; nothing is written."""
    from kuopio_ohjelma.io.files import DiskSource
    from kuopio_ohjelma.io.kinds import GOAL
    from kuopio_ohjelma.io.names import folder_problems

    folder = GOAL.folder(root)
    listed = DiskSource(root).yaml_files(folder) if folder.is_dir() else []
    errors = [p for p in result.errors if p.severity == "error"]
    errors += [p for p in folder_problems(folder, listed, required=GOAL.required)
               if p.severity == "error" and p not in errors]
    if errors:
        raise EditError(
            _("the data does not load; nothing was written. Fix the errors above first "
              "(ohjelma lint)"),
            sorted(errors, key=lambda p: p.sort_key()),
        )


def encode_like(source: SourceText, text: str) -> bytes:
    """Keep the original's line endings and byte-order mark."""
    if source.newline != "\n":
        text = text.replace("\n", source.newline)
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if source.had_bom else data


def encode_house(text: str) -> bytes:
    """fmt's bytes: UTF-8 without a byte-order mark, LF line endings (what lint's W105 and
    W106 ask for)."""
    return text.encode("utf-8")


def checked_edit(
    source: SourceText, original: bytes, text: str, model: type[BaseModel], *,
    house: bool = False,
) -> FileEdit:
    """Never write a file that would not load: parse and validate the result first. An edit
    keeps the file's line endings and byte-order mark; fmt (`house`) writes the house's."""
    from kuopio_ohjelma.io.loader import validate

    new = encode_house(text) if house else encode_like(source, text)
    document, problems = parse_bytes(source.path, new)
    errors = [p for p in problems if p.severity == "error"]
    if document is not None and not errors:
        validate(document, model, errors)
    if errors:
        raise EditError(
            _("the edit would make {path} invalid; nothing was written").format(path=source.path),
            errors,
        )
    return FileEdit(source.path, original, new)


def confirm_data(edit: FileEdit, model: type[BaseModel], expected: Any) -> None:
    """The round-trip check after every edit: the WHOLE written file, read by the loader
    (the one dialect), must hold exactly the expected data, or nothing is written."""
    from kuopio_ohjelma.io.loader import validate

    document, problems = parse_bytes(edit.path, edit.new)
    errors = [p for p in problems if p.severity == "error"]
    if document is not None and not errors:
        validate(document, model, errors)
    if document is None or errors or document.data != expected:
        reason = errors[0].message if errors else _("the data read back differs")
        raise EditError(
            _("the edit could not be written faithfully ({reason}); nothing was written")
            .format(reason=reason)
        )


def load_rt_checked(source: SourceText) -> Any:
    from kuopio_ohjelma.edit.splice import quote_for_round_trip

    return load_rt_text(source, quote_for_round_trip(source.text))


def load_rt_text(source: SourceText, text: str) -> Any:
    """The round-trip parse for whole-file rewrites. ruamel reads YAML 1.2 and is stricter
    in places (a tab inside a plain note): what it cannot read is refused with a position."""
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    from kuopio_ohjelma.io.yaml_roundtrip import load_rt

    try:
        return load_rt(text)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = Position.from_zero_based(mark.line, mark.column) if mark else START
        raise EditError(
            _("{path}:{line}:{col}: this file cannot be rewritten as a whole here; "
              "nothing was written").format(path=source.path, line=position.line,
                                            col=position.col)
        ) from None
    except YAMLError:
        raise EditError(
            _("{path}: this file cannot be rewritten as a whole; nothing was written")
            .format(path=source.path)
        ) from None
