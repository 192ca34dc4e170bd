"""`ohjelma lint` and `ohjelma rules`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kuopio_ohjelma.commands import common, options
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.locale import _


def register(app: typer.Typer) -> None:
    app.command(
        "lint", help=_("Check the data files: exact file:line:col findings; exit 1 on errors.")
    )(lint)
    app.command(
        "rules",
        help=_("List every lint rule and sheet import finding: code, name, default severity "
               "and what it checks."),
    )(rules)


def lint(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help=_("Report only on these files or folders."), metavar=_("PATH")),
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", help=_("text, json, github, gitlab or sarif."), metavar=_("FORMAT")
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help=_("Write the report to this file."), metavar=_("FILE")),
    ] = None,
    output_file: Annotated[Path | None, typer.Option("--output-file", hidden=True)] = None,
    strict: Annotated[bool, typer.Option("--strict", help=_("Warnings fail too."))] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", help=_("Add the YAML parser's own words to syntax errors.")
        ),
    ] = False,
    explain: Annotated[
        str | None,
        typer.Option(
            "--explain",
            help=_("Show the documentation of a rule (code or name) and exit."),
            metavar=_("RULE"),
        ),
    ] = None,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help=_("Neither read nor write the cache in .ohjelma_cache/.")),
    ] = False,
    force: options.ForceOutput = False,
) -> None:
    """`ohjelma lint` (help text in register: it is translated)."""
    output_file = output or output_file  # --output-file: the old name, kept hidden
    from kuopio_ohjelma.commands.lint_run import LintCall, default_format, run
    from kuopio_ohjelma.core.lines import WIDTH, output_width
    from kuopio_ohjelma.io.output_paths import findings_output
    from kuopio_ohjelma.lint.config import ConfigError
    from kuopio_ohjelma.lint.reporters import REPORTERS

    if explain is not None:
        common.write_output(_explain(explain), None)
        return
    chosen = output_format or default_format()
    if chosen not in REPORTERS:
        common.fail(
            _("unknown format '{format}'; choose one of {choices}").format(
                format=shown(chosen), choices=", ".join(REPORTERS)
            )
        )
    root = common.repository_root(ctx)
    common.ensure_writable(output_file, root, findings_output(chosen), force=force)
    common.require_data_paths(root, paths or [], sidecars=True)
    color = output_file is None and chosen == "text" and common.color_wanted(sys.stdout)
    width = output_width(sys.stdout) if output_file is None else WIDTH
    call = LintCall(root, chosen, color, strict, tuple(paths or ()), verbose, width)
    try:
        code = run(call, output_file, use_cache=not no_cache)
    except ConfigError as error:
        common.fail(str(error))
    raise typer.Exit(code)


def _explain(word: str) -> str:
    from kuopio_ohjelma.commands.rule_docs import explained_words, explanation, find_explained
    from kuopio_ohjelma.core.lines import output_width
    from kuopio_ohjelma.core.suggest import did_you_mean, join_hint

    code = find_explained(word)
    if code is None:
        hint = did_you_mean(word, explained_words(), list_all=False)
        message = _("no rule '{word}'").format(word=word)
        common.fail(join_hint(message, hint))
    return explanation(code, output_width(sys.stdout))


def rules() -> None:
    """`ohjelma rules` (help text in register)."""
    from kuopio_ohjelma.commands.rule_docs import listing
    from kuopio_ohjelma.core.lines import output_width

    common.write_output(listing(output_width(sys.stdout)), None)
