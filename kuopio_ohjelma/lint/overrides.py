"""Whether the lint configuration may turn a warning into an error (`severity = { W403 =
"error" }`). The edits' own checks refuse everything lint reports as an error by default; a
warning made an error (an empty note, a decomposed letter, a period with actions still to
assess) is only lint's to find, so the edits then ask lint itself (edit/lint_guard.py).

Read as bytes, without a TOML parser: the quick edits (edit/quick.py) ask this each time.
"""

from __future__ import annotations

from pathlib import Path

_CONFIG_FILES = ("ohjelma.toml", "pyproject.toml")


def may_raise_severity(root: Path) -> bool:
    """True when a configuration file at `root` says `severity` at all (a milder setting also
    counts: only lint can tell, and it is asked)."""
    for name in _CONFIG_FILES:
        try:
            if b"severity" in (root / name).read_bytes():
                return True
        except OSError:
            continue  # no such file (or unreadable: lint reports it)
    return False
