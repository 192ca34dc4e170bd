"""The console entry: lint's plain calls go straight to the check, everything else to typer.

Importing typer (and through it pydantic's adapters) costs more than checking a small
repository, and `ohjelma lint` runs on every commit; see commands/lint_run.py.
"""

from __future__ import annotations

import sys


def main() -> None:
    from kuopio_ohjelma.commands.lint_run import front_door

    try:
        code = front_door(sys.argv[1:])
    except KeyboardInterrupt:
        sys.stderr.write("ohjelma: interrupted\n")
        sys.exit(130)
    except Exception:  # whatever went wrong, typer's path reports it as it always has
        code = None
    if code is not None:
        sys.exit(code)
    from kuopio_ohjelma.cli import main as typer_main

    typer_main()
