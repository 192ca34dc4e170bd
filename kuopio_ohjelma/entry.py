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

import os
import signal
import sys

from kuopio_ohjelma.io.written import report_lost, silence_stdout, written_files

TYPE_CHECKING = False  # typing, like contextlib and types, waits: see commands/lint_warm.py
if TYPE_CHECKING:
    import types
    from collections.abc import Callable

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141
ROOT_VALUED = ("--root", "--lang")  # the program's own options that take a value


def main() -> None:
    after = ""
    try:
        code = _run()
        _no_more_interruptions()
    except KeyboardInterrupt as error:
        _no_more_interruptions()
        code = EXIT_INTERRUPTED
        after = _written_before(error)
    except BrokenPipeError:
        _no_more_interruptions()
        silence_stdout()
        code = EXIT_BROKEN_PIPE
    if code == EXIT_INTERRUPTED:
        _say(_interrupted())
        if after:
            _say(after)
    sys.exit(code)


def _written_before(error: KeyboardInterrupt) -> str:
    """Ctrl-C that came after (or was held back while) this command wrote its change
    (io/atomic records every file it replaced): say so, or the editor would think nothing was
    written."""
    count = len(written_files())
    if not count:
        return ""
    try:
        from kuopio_ohjelma.locale import ngettext

        return ngettext(
            "ohjelma: the interruption came after the change was written; it was written "
            "whole ({count} file)",
            "ohjelma: the interruption came after the change was written; it was written "
            "whole ({count} files)",
            count,
        ).format(count=count)
    except BaseException:
        return ""


def _no_more_interruptions() -> None:
    """The work is done: a Ctrl-C from here on (the interpreter's own shutdown) changes
    nothing, and an alarm already on its way must not interrupt the exit (a pending signal
    runs the handler set when it is handled: SIG_IGN runs nothing)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "setitimer"):
        signal.signal(signal.SIGALRM, signal.SIG_IGN)
        signal.setitimer(signal.ITIMER_REAL, 0)


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
    _ctrl_c_waits_for_imports()
    if hasattr(signal, "SIGPIPE"):
        # Like git and other Unix tools: `ohjelma lint | head` just stops when head does.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    from kuopio_ohjelma.locale import LanguageError, _

    if sys.stdout is None:
        _say(_("ohjelma: error: standard output is closed; nothing was done"))
        return EXIT_USAGE
    _utf8_streams()
    _without_pydantic_plugins()
    try:
        sys.argv[1:] = root_first(sys.argv[1:])
        refusal = _too_long(sys.argv[1:])  # before the language, which may be the long one
        if refusal:
            _say(refusal)
            return EXIT_USAGE
        _choose_language(sys.argv[1:])
    except LanguageError as error:
        _say(error.line())
        return EXIT_USAGE
    try:
        code = _front_door(sys.argv[1:])
        if code is None:
            from kuopio_ohjelma.cli import run

            code = run()
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        from kuopio_ohjelma.locale.oserrors import os_reason

        silence_stdout()
        if written_files():
            _say(report_lost(os_reason(error)))
            return 0
        _say(
            _("ohjelma: error: cannot write to standard output: {reason}").format(
                reason=os_reason(error)
            )
        )
        return EXIT_USAGE
    return code


def _too_long(argv: list[str]) -> str:
    """A value far too long to be meant (core/limits.py), said without echoing it."""
    from kuopio_ohjelma.core.limits import too_long
    from kuopio_ohjelma.locale import _, grouped

    found = too_long(argv)
    if found is None:
        return ""
    option, length, limit = found
    if option:
        message = _("{option} is {length} characters long; at most {limit} fit")
    else:
        message = _("a value on the command line is {length} characters long; at most "
                    "{limit} fit")
    return _("ohjelma: error: {message}; was something pasted by mistake?").format(
        message=message.format(option=option, length=grouped(length), limit=grouped(limit))
    )


def root_option(argv: list[str], name: str) -> str | None:
    """The value of a program-wide option (`--lang`), which stands before the command word:
    None when it is not there, "" when it has no value."""
    words = iter(argv)
    for word in words:
        if word == name:
            return next(words, "")
        if word.startswith(name + "="):
            return word[len(name) + 1 :]
        if word in ROOT_VALUED:
            next(words, None)
        elif word == "--" or not word.startswith("-"):
            return None
    return None


def _choose_language(argv: list[str]) -> None:
    """Before anything is said: `--lang` (even after `--help`) or OHJELMA_LANG, checked, so
    that an unknown language is an error on every path (lint's front door too), never a
    silent fall back to Finnish."""
    from kuopio_ohjelma.locale import ENV_VARIABLE, checked_language, set_language

    given = root_option(argv, "--lang")
    set_language(given)
    if given is None and os.environ.get(ENV_VARIABLE):
        checked_language(os.environ[ENV_VARIABLE], ENV_VARIABLE)


def _front_door(argv: list[str]) -> int | None:
    if "lint" in argv:
        # The answer from lint's cache first (commands/lint_warm.py), importing almost nothing.
        from kuopio_ohjelma.commands.lint_warm import replay

        code = _guarded(replay, argv)
        if code is not None:
            return code
        from kuopio_ohjelma.commands.lint_run import front_door
    elif "status" in argv or "period" in argv:  # edits: see commands/edit_run.py
        from kuopio_ohjelma.commands.edit_run import front_door
    elif "render" in argv:  # see commands/render_run.py
        from kuopio_ohjelma.commands.render_run import front_door
    elif "diff" in argv:  # see commands/diff_run.py
        from kuopio_ohjelma.commands.diff_run import front_door
    else:
        return None
    return _guarded(front_door, argv)


def _guarded(front_door: Callable[[list[str]], int | None], argv: list[str]) -> int | None:
    try:
        return front_door(argv)
    except (KeyboardInterrupt, OSError):
        raise  # the environment, not the call: typer would meet it again
    except Exception:  # whatever went wrong, typer's path reports it as it always has
        return None


def _ctrl_c_waits_for_imports() -> None:
    """A KeyboardInterrupt raised inside Python code that pydantic-core (Rust) called is not
    an interruption: at import the extension panics with a Rust message, while building a
    model it is printed as "Exception ignored" and lost; inside a finaliser (`__del__`) it is
    lost too, and inside zipfile it becomes a ValueError. So a Ctrl-C that lands during an
    import, inside pydantic, a finaliser or zipfile waits until that is over, re-checked
    every 10 ms by an alarm, then interrupts as usual. Unix only (no interval timers on Windows)."""
    if not hasattr(signal, "setitimer"):
        return

    def on_ctrl_c(signum: int, frame: types.FrameType | None) -> None:
        if _in_import_or_pydantic(frame):
            signal.setitimer(signal.ITIMER_REAL, 0.01)
            return
        signal.setitimer(signal.ITIMER_REAL, 0)  # one interruption, no alarm after it
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, on_ctrl_c)
    signal.signal(signal.SIGALRM, on_ctrl_c)


# Lint's own code that pydantic-core calls: building the compiled validators (pydantic-core
# compiles their patterns through Python and drops an exception raised there as "Exception
# ignored") and the light records it fills.
_CALLED_BY_PYDANTIC_CORE = ("validators.py", "records.py")


# Where an exception raised by the handler is lost or turned into another: a finaliser
# (`__del__`, "Exception ignored in: <function ZipFile.__del__>", then the run goes on) and
# zipfile itself (Ctrl-C inside a member being written makes its close raise ValueError).
_ZIPFILE = (os.sep + "zipfile.py", os.sep + "zipfile" + os.sep)


def _in_import_or_pydantic(frame: types.FrameType | None) -> bool:
    while frame is not None:
        name = frame.f_code.co_filename
        if name.startswith("<frozen importlib") or "pydantic" in name:
            return True
        if frame.f_code.co_name == "__del__" or any(part in name for part in _ZIPFILE):
            return True
        if name.endswith(_CALLED_BY_PYDANTIC_CORE) and "kuopio_ohjelma" in name:
            return True
        frame = frame.f_back
    return False


def _without_pydantic_plugins() -> None:
    """ohjelma uses no pydantic plugins. pydantic looks for them before it builds the first
    model: with PYDANTIC_DISABLE_PLUGINS it skips the scan of installed packages, but still
    imports importlib.metadata (a sixth of a cold lint) to be able to scan. Stand in for its
    loader with one that returns what it would: no plugins. A user who sets the variable to
    anything but "disable all" gets pydantic's own loader."""
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "1")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] not in ("1", "true", "__all__"):
        return
    loader = type(sys)("pydantic.plugin._loader")
    loader.get_plugins = lambda: ()  # type: ignore[attr-defined]
    sys.modules.setdefault("pydantic.plugin._loader", loader)


def _utf8_streams() -> None:
    """Output is UTF-8 everywhere: a cp1252 console must not turn '→' into a crash."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(encoding="utf-8", errors="backslashreplace")
            except (ValueError, OSError):
                continue


def _interrupted() -> str:
    try:
        from kuopio_ohjelma.locale import _

        return _("ohjelma: interrupted")
    except BaseException:  # a second Ctrl-C while the catalogue loads: still one line
        return "ohjelma: interrupted"


def _say(message: str) -> None:
    import contextlib

    with contextlib.suppress(OSError, ValueError, AttributeError):
        sys.stderr.write(message + "\n")
        sys.stderr.flush()
