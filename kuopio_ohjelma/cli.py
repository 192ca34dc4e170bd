"""The `ohjelma` command: the typer app, its global options and the commands it registers."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Annotated, Any

import typer
import typer.core
import typer.main

from kuopio_ohjelma import __version__
from kuopio_ohjelma.commands import cli_words, completion_words
from kuopio_ohjelma.commands.common import EXIT_USAGE, UsageError
from kuopio_ohjelma.core.errors import ChoiceError
from kuopio_ohjelma.core.suggest import closest
from kuopio_ohjelma.core.textsafe import inert
from kuopio_ohjelma.locale import N_, LanguageError, _, set_language
from kuopio_ohjelma.locale.oserrors import os_reason

# Each command by name → the module under commands/ whose register(app) defines it. A module
# is imported only when one of its commands runs (or --help lists them all), so a new
# command costs nothing at start-up.
COMMANDS = {
    "lint": "lint_cmd",
    "rules": "lint_cmd",
    "render": "render_cmd",
    "diff": "diff_cmd",
    "period": "edit_cmd",
    "status": "edit_cmd",
    "indicator": "edit_cmd",
    "fmt": "edit_cmd",
    "schema": "schema_cmd",
    "export": "export_cmd",
    "sheet": "sheet_cmd",
}


APP_HELP = N_(
    "Keep a city's strategy programme as plain text: lint it, diff it, render the report."
)
ROOT_METAVAR = N_("DIR")
ROOT_HELP = N_("Data repository (default: nearest folder upward with data/).")
LANG_HELP = N_("Language of messages: fi (default) or en; or OHJELMA_LANG.")
VERSION_HELP = N_("Show the version.")
INSTALL_COMPLETION_HELP = N_(
    "Install completion for the current shell, or for the one named after the option "
    "(bash, zsh, fish, powershell)."
)
SHOW_COMPLETION_HELP = N_(
    "Show completion for the current shell (or the one named after the option), to copy it "
    "or customize the installation."
)
HELPS = {
    "root": ROOT_HELP,
    "lang": LANG_HELP,
    "version": VERSION_HELP,
    "install_completion": INSTALL_COMPLETION_HELP,
    "show_completion": SHOW_COMPLETION_HELP,
}
cli_words.install()


class LazyGroup(typer.core.TyperGroup):
    """The root group: builds a command's click form on first use, from its own module."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """The group's own texts were made before --lang was read: word them now."""
        self.help = _(APP_HELP)
        for param in self.params:
            if param.name in HELPS:
                param.help = _(HELPS[param.name])  # type: ignore[attr-defined]
            if param.name == "root":
                param.metavar = _(ROOT_METAVAR)
        super().format_help(ctx, formatter)

    def make_context(self, info_name: Any, args: Any, *rest: Any, **kwargs: Any) -> Any:
        completion_words.attach(self.params)  # typer's completion options, in our words
        completion_words.named_request(info_name or "ohjelma", list(args))
        with cli_words.worded_errors():  # the program's own options
            return super().make_context(info_name, args, *rest, **kwargs)

    def invoke(self, ctx: Any) -> Any:
        with cli_words.worded_errors():  # every command's, below this group
            return super().invoke(ctx)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """typer suggests from the commands loaded so far (none yet): suggest from all, in
        typer's words (worded in commands/cli_words)."""
        if args and args[0] not in COMMANDS and not args[0].startswith("-"):
            message = _("No such command {name!r}.").format(name=args[0])
            match = closest(args[0], COMMANDS)
            if match is not None:
                message = _("{message}. Did you mean {choices}?").format(
                    message=message.rstrip("."), choices=repr(match)
                )
            ctx.fail(message)
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            self.commands.update(_module_commands(COMMANDS[cmd_name]))
        return self.commands.get(cmd_name)


def _module_commands(module_name: str) -> dict[str, Any]:
    module = importlib.import_module(f"kuopio_ohjelma.commands.{module_name}")
    holder = typer.Typer(rich_markup_mode=None)
    module.register(holder)
    group = typer.main.get_group(holder)
    if "_OHJELMA_COMPLETE" in os.environ:  # the shell asks for proposals: see commands/complete
        from kuopio_ohjelma.commands.complete import attach

        attach(group.commands.values())
    return dict(group.commands)


app = typer.Typer(
    cls=LazyGroup,
    name="ohjelma",
    help=APP_HELP,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _set_language(value: str | None) -> str | None:
    """Eager, so that help and every message after it come in the chosen language (commands'
    modules are imported, and their help texts worded, only after this)."""
    set_language(value)
    return value


def _version(value: bool) -> None:
    if value:
        typer.echo(f"ohjelma {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    root: Annotated[
        Path | None,
        typer.Option("--root", help=ROOT_HELP, metavar=ROOT_METAVAR),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", help=LANG_HELP, metavar="fi|en", is_eager=True, callback=_set_language
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=VERSION_HELP)
    ] = False,
) -> None:
    set_language(lang)
    ctx.obj = root


def run() -> int:
    """Run the command; the exit code comes back instead of SystemExit, errors as one line."""
    from kuopio_ohjelma.io.atomic import forget_written

    forget_written()
    try:
        app(prog_name="ohjelma")  # typer reports usage mistakes itself and exits 2
    except SystemExit as done:
        return _exit_code(done.code)
    except LanguageError as error:  # worded in a language that works, not the unknown one
        typer.echo(error.line(), err=True)
        return EXIT_USAGE
    except (UsageError, ChoiceError) as error:
        typer.echo(inert(_("ohjelma: error: {message}").format(message=error)), err=True)
        return EXIT_USAGE
    except (KeyboardInterrupt, BrokenPipeError):
        raise
    except OSError as error:  # a full disk, a read-only folder: the environment, not a bug
        if os.environ.get("OHJELMA_DEBUG") == "1":
            raise
        from kuopio_ohjelma.io.written import report_lost, written_files

        if written_files():  # the change stands: only its report is missing (README)
            _silence_stdout()
            typer.echo(inert(report_lost(os_reason(error))), err=True)
            return 0
        where = str(error.filename) if error.filename else _("cannot write output")
        message = _("ohjelma: error: {where}: {reason}").format(
            where=where, reason=os_reason(error)
        )
        typer.echo(inert(message), err=True)
        return EXIT_USAGE
    except Exception as error:  # the last line of defence: no traceback for users
        if _interrupted(error):
            raise KeyboardInterrupt from error  # Ctrl-C that a library's cleanup masked
        if os.environ.get("OHJELMA_DEBUG") == "1":
            raise
        typer.echo(
            _(
                "ohjelma: internal error: {kind}: {error}\n"
                "Run again with OHJELMA_DEBUG=1 to see the traceback, and report it."
            ).format(kind=type(error).__name__, error=inert(str(error))),
            err=True,
        )
        return EXIT_USAGE
    return 0


def _interrupted(error: BaseException) -> bool:
    """A Ctrl-C behind this error: zipfile's close, for one, raises ValueError ("open writing
    handle") when KeyboardInterrupt left a member half-written."""
    seen: set[int] = set()
    cause: BaseException | None = error
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__context__
    return False


def _silence_stdout() -> None:
    from kuopio_ohjelma.io.written import silence_stdout as silence

    silence()


def _exit_code(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    typer.echo(str(code), err=True)
    return EXIT_USAGE

