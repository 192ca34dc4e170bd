"""Lint's answer from its cache for a plain call, importing nothing but `os`, `sys` and
`marshal` beyond the interpreter's own start.

A warm `ohjelma lint` (nothing changed since the last run) is a start-up, a hash of the data
and one read. pathlib (with urllib.parse and ipaddress), typing, re, gettext and functools
were a third of it, for an answer that needs none of them: the report was written when it
was worked out. So the plain calls (commands/lint_run.py) are answered here when the cache
holds their answer; anything else, any doubt and every miss returns None, and lint_run
answers as before. The key is worked out here for both, so the two can never differ.
"""

from __future__ import annotations

import marshal
import os
import sys

from kuopio_ohjelma.core.lines import output_width
from kuopio_ohjelma.io.cache import Cache, code_fingerprint, data_fingerprint, digest
from kuopio_ohjelma.io.layout import DATA_DIR, relative, root_above

TYPE_CHECKING = False  # typing itself is a tenth of a warm lint
if TYPE_CHECKING:
    from typing import Any

CONFIG_FILES = ("ohjelma.toml", "pyproject.toml")
_VALUED = {"-f": "format", "--format": "format", "--root": "root", "--lang": "lang"}
_FLAGS = {"--strict": "strict", "--no-cache": "no-cache"}


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def color_wanted(stream: object) -> bool:
    """The one answer to "colour on this stream?": NO_COLOR wins, then FORCE_COLOR; a dumb
    terminal (TERM=dumb: Emacs shell, some CI logs) shows escape codes as garbage."""
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def lint_key(root: str, data: str, words: tuple[str, ...]) -> str:
    """The key of lint's answer: the code, the data, the configuration, where it runs and
    `words` (the options and the language, as lint_run.LintCall says them)."""
    return digest(code_fingerprint(), data, *settings(root), os.getcwd(), root, *words)


def settings(root: str) -> list[bytes]:
    """The settings files lint reads, as they are (see _read)."""
    return [_read(os.path.join(root, name)) for name in CONFIG_FILES]


def _read(path: str) -> bytes:
    """The file's bytes, `-` when there is none; anything else there (a folder, a link loop,
    a pipe that would block) is never the state a cached answer was made in."""
    if not os.path.isfile(path):
        return b"!" if os.path.lexists(path) else b"-"
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError:
        return b"!"


# The data's fingerprint worked out by a replay that missed, by the root's real path: the
# cold run that follows in the same process takes it instead of hashing every file again.
_missed: dict[str, str] = {}


def missed_fingerprint(root: str) -> str | None:
    """The fingerprint a replay just worked out for `root` (taken once), if any."""
    return _missed.pop(os.path.realpath(root), None)


def replay(argv: list[str]) -> int | None:
    """Write the cached answer to `ohjelma [--root R] [--lang L] lint [-f F] [--strict]` and
    return its exit code; None when it is not in the cache or the call is anything else."""
    options = parse(argv)
    if options is None or "no-cache" in options:
        return None
    from kuopio_ohjelma.locale import current_language, set_language

    set_language(options.get("lang"))
    given = options.get("root")
    if given is None:
        found = root_above(os.getcwd())
    else:
        found = given if os.path.isdir(os.path.join(given, DATA_DIR)) else None
    data = data_fingerprint(found) if found is not None else None
    if found is None or data is None:
        return None
    root, chosen = relative(found), options.get("format") or default_format()
    color = chosen == "text" and color_wanted(sys.stdout)
    width = str(output_width(sys.stdout))  # as lint_run.LintCall.key says it
    words = (chosen, str(color), str("strict" in options), str(False), width, current_language())
    stored = Cache(root).get("lint", lint_key(root, data, words))
    if stored is None:
        _missed[os.path.realpath(root)] = data
        return None
    text, code, note = answer(root, stored)
    sys.stdout.write(text)
    sys.stdout.flush()
    if note:
        sys.stderr.write(note)
    return code


def answer(root: str, stored: bytes) -> tuple[str, int, str]:
    """The report, exit code and note of a cached answer; what its first run remembered for
    the edits (edit/known.py) is remembered again if it was lost meanwhile."""
    text, code, note, clean, witness = marshal.loads(stored)
    if not _still_remembered(root, witness, clean[1]):
        from pathlib import Path

        from kuopio_ohjelma.edit import known

        known.remember_clean(Path(root), known.Clean(*clean))
    return text, int(code), note


def _still_remembered(root: str, witness: Any, goals: list[str]) -> bool:
    """The entries (kind, key) that must be there, and the shared one that must hold every
    goal hash: edit/known.witness says which, without this module importing it."""
    entries, (kind, key) = witness
    cache = Cache(root)
    if any(cache.get(*entry) is None for entry in entries):
        return False
    stored = cache.get(kind, key)
    try:
        held = marshal.loads(stored) if stored is not None else None
    except (EOFError, ValueError, TypeError):
        return False
    return isinstance(held, dict) and all(goal in held for goal in goals)


def parse(argv: list[str]) -> dict[str, str] | None:
    """Options by name, or None for anything but the plain forms (each option at most once)."""
    if "lint" not in argv:
        return None
    split = argv.index("lint")
    before, after = argv[:split], argv[split + 1 :]
    options: dict[str, str] = {}
    for part, allowed in ((before, {"root", "lang"}), (after, {"format", "strict", "no-cache"})):
        words = iter(part)
        for word in words:
            name, _, value = word.partition("=") if word.startswith("--") else (word, "", "")
            if name in _FLAGS and not value and _FLAGS[name] in allowed:
                key, value = _FLAGS[name], ""
            elif name in _VALUED and _VALUED[name] in allowed:
                key, value = _VALUED[name], value or next(words, "")
            else:
                return None
            if key in options or (key not in _FLAGS.values() and not value.strip()):
                return None
            if value.startswith("-"):
                return None
            options[key] = value
    return options
