"""Round-trip edits: change only what must change, validate, then write atomically.

Every edit reads and writes under an exclusive lock on the data folder, so two terminals
editing at once are serialised and neither change is lost; a file changed by someone else
between our read and our write is refused rather than overwritten.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from kuopio_ohjelma.io.atomic import write_bytes_atomic
from kuopio_ohjelma.io.kinds import DATA_DIR, PROGRAMME, is_kind
from kuopio_ohjelma.io.loader import (
    LoadResult,
    load_repository,
    parse_bytes,
    validate,
)
from kuopio_ohjelma.io.text import SourceText
from kuopio_ohjelma.problems import Problem


class EditError(Exception):
    """An edit that was refused; nothing was written."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        super().__init__(message)
        self.problems = problems or []


@dataclass(frozen=True)
class FileEdit:
    """New content for one file, with the bytes it was computed from."""

    path: Path
    original: bytes
    new: bytes

    @property
    def changed(self) -> bool:
        return self.original != self.new


@contextmanager
def repository_lock(root: Path) -> Iterator[None]:
    """Exclusive lock on the data folder for one read-modify-write."""
    fd = os.open(root / DATA_DIR, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def commit(edit: FileEdit) -> None:
    """Write `edit` unless the file changed since it was read."""
    if not edit.changed:
        return
    try:
        current = edit.path.read_bytes()
    except OSError as error:
        raise EditError(f"{edit.path}: cannot read: {error.strerror}") from error
    if current != edit.original:
        raise EditError(f"{edit.path} was changed by someone else meanwhile; run the command again")
    write_bytes_atomic(edit.path, edit.new)


def load_for_edit(root: Path) -> LoadResult:
    result = load_repository(root)
    if result.info is None:
        raise EditError(
            "data/programme.yaml does not load; fix it first (ohjelma lint)",
            [p for p in result.errors if is_kind(p.path, PROGRAMME)],
        )
    return result


def encode_like(source: SourceText, text: str) -> bytes:
    """Keep the original's line endings and byte-order mark."""
    if source.newline != "\n":
        text = text.replace("\n", source.newline)
    data = text.encode("utf-8")
    return b"\xef\xbb\xbf" + data if source.had_bom else data


def checked_edit(
    source: SourceText, original: bytes, text: str, model: type[BaseModel]
) -> FileEdit:
    """Never write a file that would not load: parse and validate the result first."""
    new = encode_like(source, text)
    document, problems = parse_bytes(source.path, new)
    errors = [p for p in problems if p.severity == "error"]
    if document is not None and not errors:
        validate(document, model, errors)
    if errors:
        raise EditError(f"the edit would make {source.path} invalid; nothing was written", errors)
    return FileEdit(source.path, original, new)
