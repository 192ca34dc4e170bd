"""Whether the data lints clean, remembered by its content: a command that publishes (render,
the workbooks, the open data) must not publish data with lint errors, and when `ohjelma lint`
or an earlier report has already checked exactly these files with this code and these
settings, the answer is known without running every rule again (a sixth of a large report).

The key is the code, the settings files and the data's fingerprint (io/cache.data_fingerprint):
unlike lint's answer, the verdict does not depend on where it runs or how the root is named.
Only a clean answer is kept, with its number of warnings (the publishing commands mention
them); data with errors is linted again, so that its errors are shown as lint shows them.
"""

from __future__ import annotations

import marshal
from pathlib import Path

from kuopio_ohjelma.commands.lint_warm import settings
from kuopio_ohjelma.io.cache import Cache, code_fingerprint, data_fingerprint, digest
from kuopio_ohjelma.io.loader import LoadResult

_KIND = "verdict"


def loaded_fingerprint(load: LoadResult) -> str | None:
    """The fingerprint of the data as `load` read it (the files it parsed are not read again)."""
    from os.path import normpath

    read = {normpath(path): document.source.raw for path, document in load.documents.items()}
    return data_fingerprint(load.root, read)


def remember_clean(root: Path, data: str, warnings: int) -> None:
    """The data whose fingerprint is `data` lints with no error and `warnings` warnings."""
    Cache(root).put(_KIND, _key(root, data), marshal.dumps(warnings))


def known_clean(root: Path, data: str) -> int | None:
    """The number of warnings when the data is known to lint with no error; else None."""
    stored = Cache(root).get(_KIND, _key(root, data))
    if stored is None:
        return None
    try:
        warnings = marshal.loads(stored)
    except (EOFError, ValueError, TypeError):
        return None
    return warnings if isinstance(warnings, int) and warnings >= 0 else None


def _key(root: Path, data: str) -> str:
    return digest(code_fingerprint(), _KIND, data, *settings(str(root)))
