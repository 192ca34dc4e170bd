"""typer's own words (usage line, headings, help rows, usage errors) in the user's language.

typer 0.29 vendors click as `typer._click`, and there click's words are English literals, not
gettext calls as in click itself; typer's own module calls `gettext.gettext`, the process-wide
domain that we do not use. This module, and only this one, words them from our catalogue:

- `install()`, once, before any help or error: typer's gettext hook answers from our
  catalogue (headings, `[required]`, `[default: …]`, "No such command"); click's help
  formatter words the usage line; the help option says what it does; an argument shows its
  metavar as written (TIEDOSTO..., not `PATH <list[Path]>`).
- `worded_errors()`, around parsing and running a command: click's usage errors are told
  again from what each exception knows (its option, its parameter), in our words, as one
  `ohjelma: virhe: …` line under the usage line.

The English texts below are click's and typer's own, kept verbatim as msgids: a typer that
words them differently shows up in tests/commands/test_cli_words.py.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

import typer.core
from typer import _click
from typer._click import exceptions as click_errors

from kuopio_ohjelma.core.suggest import did_you_mean, join_hint
from kuopio_ohjelma.locale import N_, _

HELP_OPTION_HELP = N_("Show this message and exit.")

# click's placeholders on the usage line, and the words typer asks gettext for.
USAGE_WORDS = (N_("[OPTIONS]"), N_("COMMAND"), N_("[ARGS]..."))
TYPER_WORDS = (
    N_("Usage: "),
    N_("Arguments"),
    N_("Options"),
    N_("Commands"),
    N_("default: {default}"),
    N_("required"),
    N_("No such command {name!r}."),
    N_("Aborted!"),
)

# Messages that reach us as text only (click's `ctx.fail(...)`, its parser, typer's
# suggestion): click's English, with {names} where click puts its values.
TEMPLATES = (
    N_("{message}. Did you mean {choices}?"),
    N_("Got unexpected extra argument(s) ({args})"),
    N_("Option {option} requires an argument."),
    N_("Option {option} requires {count} arguments."),
    N_("Option {option} does not take a value."),
    N_("Argument {name} takes {count} values."),
)


def install() -> None:
    """Word typer and click from our catalogue (idempotent)."""
    typer.core._ = _  # type: ignore[attr-defined]  # typer's own gettext hook
    _click.core.Context.formatter_class = Formatter
    typer.core.TyperArgument._usage_display_name = _usage_name  # type: ignore[method-assign]
    typer.core.TyperArgument._rich_display_name = _row_name  # type: ignore[method-assign]
    typer.core.TyperArgument.display_type_rich = _no_type  # type: ignore[method-assign,assignment]
    if _click.core.Command.get_help_option is not _worded_help_option:
        global _plain_help_option
        _plain_help_option = _click.core.Command.get_help_option
        _click.core.Command.get_help_option = _worded_help_option  # type: ignore[method-assign]


class Formatter(_click.formatting.HelpFormatter):
    """click's help formatter, with the usage line in the user's language."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        worded = " ".join(_(word) if word in USAGE_WORDS else word for word in args.split(" "))
        super().write_usage(prog, worded, _("Usage: ") if prefix is None else prefix)


def _usage_name(self: typer.core.TyperArgument) -> str:
    """ACTION, [PATH]...: click's plain notation (typer writes a required one as {ACTION})."""
    name = self.display_name_raw
    name = name if self.required else f"[{name}]"
    return f"{name}..." if self.nargs != 1 else name


def _row_name(self: typer.core.TyperArgument) -> str:
    name = self.display_name_raw
    return f"{name}..." if self.nargs != 1 else name


def _no_type(self: typer.core.TyperArgument, ctx: Any) -> None:
    """The metavar says what to write; typer's `<list[Path]>` is Python's word, not ours."""
    return None


_plain_help_option: Any = None


def _worded_help_option(self: _click.core.Command, ctx: _click.Context) -> Any:
    option = _plain_help_option(self, ctx)
    if option is not None:
        option.help = _(HELP_OPTION_HELP)
    return option


class WordedError(click_errors.UsageError):
    """A usage error told in our words: the usage line, where help is, and one error line."""

    def __init__(self, message: str, ctx: _click.Context | None, exit_code: int) -> None:
        super().__init__(message, ctx)
        self.exit_code = exit_code

    def show(self, file: IO[Any] | None = None) -> None:
        lines = []
        if self.ctx is not None:
            lines.append(self.ctx.get_usage())
            help_names = self.ctx.help_option_names
            if help_names and self.ctx.command.get_help_option(self.ctx) is not None:
                lines.append(
                    _("Help: {command} {option}").format(
                        command=self.ctx.command_path, option=help_names[0]
                    )
                )
            lines.append("")
        lines.append(_("ohjelma: error: {message}").format(message=self.message))
        typer.echo("\n".join(lines), err=True)


@contextmanager
def worded_errors() -> Iterator[None]:
    """click's own errors raised inside, told again in our words (help shown for a missing
    command stays as it is: it is help, already worded)."""
    try:
        yield
    except click_errors.NoArgsIsHelpError:
        raise
    except click_errors.ClickException as error:
        ctx = getattr(error, "ctx", None)
        raise WordedError(explain(error), ctx, error.exit_code) from error


def explain(error: click_errors.ClickException) -> str:
    """The error in the user's words, from what the exception knows."""
    if isinstance(error, click_errors.NoSuchOption):
        return _no_such_option(error)
    if isinstance(error, click_errors.MissingParameter):
        return _missing(error)
    if isinstance(error, click_errors.BadParameter):
        return _("invalid value for {name}: {reason}").format(
            name=_param_name(error.param, error.param_hint), reason=_reason(error)
        )
    return from_template(error.message)


def from_template(message: str) -> str:
    """A message click wrote from one of TEMPLATES, in the user's words (else as it is)."""
    for template in TEMPLATES:
        found = _pattern(template).fullmatch(message)
        if found:
            values = found.groupdict()
            if "message" in values:  # typer's suggestion follows another message
                values["message"] = from_template(values["message"])
            return _(template).format(**values)
    return message


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        f"(?P<{part}>.+?)" if i % 2 else re.escape(part) for i, part in enumerate(parts)
    )
    return re.compile(regex, re.DOTALL)


def _no_such_option(error: click_errors.NoSuchOption) -> str:
    message = _("no such option: {option}").format(option=error.option_name)
    if error.ctx is None:
        return message
    names = [
        name
        for param in error.ctx.command.get_params(error.ctx)
        if not getattr(param, "hidden", False)
        for name in param.opts
        if name.startswith("-")
    ]
    return join_hint(message, did_you_mean(error.option_name, names, list_all=False))


def _missing(error: click_errors.MissingParameter) -> str:
    name = _param_name(error.param, error.param_hint)
    kind = error.param_type or (error.param.param_type_name if error.param else "")
    if kind == "argument":
        return _("missing argument {name}").format(name=name)
    return _("missing option {name}").format(name=name)


def _param_name(param: Any, hint: Any) -> str:
    """--format or TIEDOSTO, as the help shows it."""
    if hint is not None:
        return hint if isinstance(hint, str) else " / ".join(hint)
    if param is None:
        return "?"
    opts = [name for name in param.opts if name.startswith("-")]
    return " / ".join(opts) if opts else str(param.display_name_raw)


def _reason(error: click_errors.BadParameter) -> str:
    """Why the value was refused. typer checks types with pydantic, whose English message is
    all the exception says: its error kind and input (kept as the cause) are worded here."""
    cause = error.__cause__
    errors = getattr(cause, "errors", None)
    if callable(errors):
        first = errors()[0] if errors() else {}
        value = first.get("input")
        if first.get("type") in ("int_parsing", "int_type", "int_from_float"):
            return _("'{value}' is not a whole number").format(value=value)
        return _("'{value}' is not accepted here").format(value=value)
    return from_template(error.message)


def confirm(question: str) -> bool:
    """Ask on the terminal, as click's confirm does, but in the user's words: k/e in
    Finnish (y/n is understood too); no answer (Enter, Ctrl-D) means no."""
    yes, no = _("y"), _("n")
    while True:
        typer.echo(f"{question} [{yes}/{no.upper()}]: ", nl=False, err=True)
        answer = sys.stdin.readline().strip().casefold()
        if answer in {yes, _("yes"), "y", "yes"}:
            return True
        if answer in {"", no, _("no"), "n", "no"}:
            return False
        typer.echo(_("answer {yes} or {no}").format(yes=yes, no=no), err=True)
