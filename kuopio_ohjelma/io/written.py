"""What this process has written, for the last words of a command: a Ctrl-C or a failed
report after the change was written must say that the change stands (README: exit codes)."""

from __future__ import annotations

import os
import sys


def written_files() -> list[str]:
    """The files this command has written so far (none when io/atomic was never imported)."""
    atomic = sys.modules.get("kuopio_ohjelma.io.atomic")
    return [str(path) for path in getattr(atomic, "WRITTEN", [])]


def report_lost(reason: str) -> str:
    """The line for a report that could not be written after the change was: the change
    stands (exit 0), only its report is missing."""
    from kuopio_ohjelma.locale import ngettext

    files = written_files()
    return ngettext(
        "ohjelma: the change was written ({files}), but its report could not be written: "
        "{reason}",
        "ohjelma: the change was written ({count} files: {files}), but its report could not "
        "be written: {reason}",
        len(files),
    ).format(files=", ".join(files), count=len(files), reason=reason)


def silence_stdout() -> None:
    """After a failed write, the interpreter's own final flush must not fail again."""
    import contextlib

    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
