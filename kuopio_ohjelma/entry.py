"""The console entry: lint's plain calls go straight to the check, everything else to typer;
what goes wrong around the command becomes one line and an exit code.

Importing typer (and through it pydantic's adapters) costs more than checking a small
repository, and `ohjelma lint` runs on every commit; see commands/lint_run.py.

Kept free of heavy imports so that Ctrl-C while the rest loads is still an interruption
(exit 130), not a traceback. A closed pipe ends the process quietly, as git does (exit 141
through SIGPIPE); a closed or full standard output is an error (exit 2); standard output and
standard error are always UTF-8, whatever the locale says.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import types

from kuopio_ohjelma.locale.oserrors import os_reason

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141


def main() -> None:
    try:
        code = _run()
    except KeyboardInterrupt:
        code = EXIT_INTERRUPTED
    except BrokenPipeError:
        _silence_stdout()
        code = EXIT_BROKEN_PIPE
    # The work is done: a Ctrl-C from here on (the interpreter's own shutdown) changes nothing.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if code == EXIT_INTERRUPTED:
        _say("ohjelma: interrupted")
    sys.exit(code)


def root_first(argv: list[str]) -> list[str]:
    """`ohjelma lint --root DIR` works like `ohjelma --root DIR lint`: --root is an option of
    the whole program, which typer reads only before the command, so it is moved there."""
    end = argv.index("--") if "--" in argv else len(argv)
    moved: list[str] = []
    rest: list[str] = []
    words = iter(argv[:end])
    for word in words:
        if word == "--root":
            moved += [word, next(words, "")]
        elif word.startswith("--root="):
            moved.append(word)
        else:
            rest.append(word)
    return moved + rest + argv[end:]


def _run() -> int:
    if hasattr(signal, "SIGPIPE"):
        # Like git and other Unix tools: `ohjelma lint | head` just stops when head does.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from kuopio_ohjelma.locale import _

    if sys.stdout is None:
        _say(_("ohjelma: error: standard output is closed; nothing was done"))
        return EXIT_USAGE
    _utf8_streams()
    _without_pydantic_plugins()
    try:
        sys.argv[1:] = root_first(sys.argv[1:])
        code = _front_door(sys.argv[1:])
        if code is None:
            from kuopio_ohjelma.cli import run

            code = run()
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        _silence_stdout()
        _say(_("ohjelma: error: cannot write to standard output: {reason}")
             .format(reason=os_reason(error)))
        return EXIT_USAGE
    return code


def _front_door(argv: list[str]) -> int | None:
    if "lint" not in argv:
        return None
    from kuopio_ohjelma.commands.lint_run import front_door

    try:
        return front_door(argv)
    except (KeyboardInterrupt, OSError):
        raise  # the environment, not the call: typer would meet it again
    except Exception:  # whatever went wrong, typer's path reports it as it always has
        return None


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


def _utf8_streams() -> None:
    """Output is UTF-8 everywhere: a cp1252 console must not turn '→' into a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="backslashreplace")


def _silence_stdout() -> None:
    """After a failed write, the interpreter's own final flush must not fail again."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _say(message: str) -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
