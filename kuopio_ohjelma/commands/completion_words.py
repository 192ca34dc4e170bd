"""`--install-completion` and `--show-completion` in the user's words.

typer adds both options by itself; its callbacks print English ("bash completion installed
in …", "Shell None is not supported.") in green. These do the same work through typer's own
installer and scripts, and say it in our catalogue's words, uncoloured: the shell is the
one named right after the option (`--install-completion zsh`), else the one detected.
"""

from __future__ import annotations

from typing import Any

import typer

from kuopio_ohjelma.commands.common import UsageError
from kuopio_ohjelma.locale import _

SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")
VALUED = ("--root", "--lang")  # the program's own options that take a value
OPTIONS = {"--install-completion": "install", "--show-completion": "show"}


def attach(params: list[Any]) -> None:
    """Put these callbacks on the root group's two completion options."""
    callbacks = {"install_completion": install_callback, "show_completion": show_callback}
    for param in params:
        if param.name in callbacks:
            param.callback = callbacks[param.name]


def named_request(prog: str, args: list[str]) -> None:
    """`ohjelma --install-completion zsh`: typer's option is a flag, and the shell after it
    would be ignored (bash installed instead): do what was asked, before typer parses."""
    index = 0
    while index < len(args) - 1:
        word = args[index]
        if word in OPTIONS and not args[index + 1].startswith("-"):
            _act(OPTIONS[word], prog, args[index + 1])
        if not word.startswith("-"):
            return  # a command: options after it are the command's
        index += 2 if word in VALUED else 1


def install_callback(ctx: Any, param: Any, value: Any) -> Any:
    if not value or ctx.resilient_parsing:
        return value
    _act("install", ctx.find_root().info_name or "ohjelma", None)


def show_callback(ctx: Any, param: Any, value: Any) -> Any:
    if not value or ctx.resilient_parsing:
        return value
    _act("show", ctx.find_root().info_name or "ohjelma", None)


def _act(action: str, prog: str, named: str | None) -> None:
    from typer import _completion_shared as shared

    shell = _shell(named)
    if action == "show":
        variable = "_{}_COMPLETE".format(prog.replace("-", "_").upper())
        typer.echo(shared.get_completion_script(prog_name=prog, complete_var=variable, shell=shell))
        raise typer.Exit(0)
    _shell_name, path = shared.install(shell=shell, prog_name=prog)
    typer.echo(_("Completion for {shell} installed in {path}.").format(shell=shell, path=path))
    typer.echo(_("It takes effect in a new terminal window."))
    raise typer.Exit(0)


def _shell(named: str | None) -> str:
    if named is None:
        from typer._completion_shared import _get_shell_name

        named = _get_shell_name()
        if named is None:
            raise UsageError(
                _("cannot tell which shell this is; name it: {example}").format(
                    example="ohjelma --install-completion bash"
                )
            )
    if named not in SHELLS:
        raise UsageError(
            _("completion is not available for the shell '{shell}'; it is for {shells}").format(
                shell=named, shells=", ".join(SHELLS)
            )
        )
    return named
