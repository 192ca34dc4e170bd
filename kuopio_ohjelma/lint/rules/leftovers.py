"""Files an interrupted write of ohjelma left in data/ (io/atomic: `.NAME.xxxxxxxxxxxx.tmp`,
`.NAME.xxxxxxxxxxxx.orig`). Writes clean up after themselves, also on Ctrl-C; a killed
process or a power cut cannot, and the editor should know what the file is."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from kuopio_ohjelma.io.kinds import DATA_DIR
from kuopio_ohjelma.lint.context import LintContext
from kuopio_ohjelma.lint.registry import rule
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.problems import START, Problem, Severity

# The names io/atomic.temp_file gives: a dot, the target's name, 12 hex digits, the kind.
_LEFTOVER = re.compile(r"^\.(?P<name>.+)\.[0-9a-f]{12}\.(?P<kind>tmp|orig)$")


@rule("W120", "write-leftover", Severity.WARNING)
def write_leftover(context: LintContext) -> Iterator[Problem]:
    """A temporary file or kept original that an interrupted write left in data/.

    Why it matters: ohjelma writes a new file beside the old one and then swaps them; a
    process killed in between leaves the other copy behind. It is not data, but it holds a
    whole version of a data file and would end up in a commit with `git add -A`.
    Example: `data/goals/.01-kasvu.yaml.3f9a0c2b7d1e.tmp`.
    Use instead: check that the data file itself is as you want it (`ohjelma lint`,
    `git diff`), then delete the leftover file.
    """
    data = Path(context.load.root) / DATA_DIR
    for folder, folders, names in os.walk(data):
        folders[:] = sorted(f for f in folders if not os.path.islink(os.path.join(folder, f)))
        for name in sorted(names):
            found = _LEFTOVER.match(name)
            if found is None:
                continue
            path = Path(folder) / name
            words = {
                "tmp": _("a temporary file left by an interrupted write of {name}"),
                "orig": _("the kept original of {name}, left by an interrupted write"),
            }
            yield Problem(
                "W120", path, START, words[found["kind"]].format(name=found["name"]),
                _("check {name} (ohjelma lint, git diff), then delete this file").format(
                    name=found["name"]),
                Severity.WARNING,
            )


RULES = [write_leftover]
