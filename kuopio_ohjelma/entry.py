"""The console entry: lint's plain calls go straight to the check, everything else to typer.

Importing typer (and through it pydantic's adapters) costs more than checking a small
repository, and `ohjelma lint` runs on every commit; see commands/lint_run.py.
"""

from __future__ import annotations

import os
import sys
import types


def main() -> None:
    _without_pydantic_plugins()
    try:
        code = _front_door(sys.argv[1:])
    except KeyboardInterrupt:
        sys.stderr.write("ohjelma: interrupted\n")
        sys.exit(130)
    except Exception:  # whatever went wrong, typer's path reports it as it always has
        code = None
    if code is not None:
        sys.exit(code)
    from kuopio_ohjelma.cli import main as typer_main

    typer_main()


def _front_door(argv: list[str]) -> int | None:
    if "lint" not in argv:
        return None
    from kuopio_ohjelma.commands.lint_run import front_door

    return front_door(argv)


def _without_pydantic_plugins() -> None:
    """ohjelma uses no pydantic plugins. pydantic looks for them before it builds the first
    model: with PYDANTIC_DISABLE_PLUGINS it skips the scan of installed packages, but still
    imports importlib.metadata (a sixth of a cold lint) to be able to scan. Stand in for its
    loader with one that returns what it would: no plugins. A user who sets the variable to
    anything but "disable all" gets pydantic's own loader."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] not in ("1", "true", "__all__"):
        return
    loader = types.ModuleType("pydantic.plugin._loader")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", loader)
