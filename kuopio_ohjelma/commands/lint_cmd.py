"""`ohjelma lint` and `ohjelma rules`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from kuopio_ohjelma import cli


def register(app: typer.Typer) -> None:
    app.command("lint")(lint)
    app.command("rules")(rules)


def _default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def lint(
    ctx: typer.Context,
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Report only on these files or folders.")
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option("--format", "-f", help="text, json, github, gitlab or sarif."),
    ] = None,
    output_file: Annotated[
        Path | None, typer.Option("--output-file", "-o", help="Write the report to this file.")
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings fail too.")] = False,
    explain: Annotated[
        str | None, typer.Option("--explain", help="Show the documentation of a rule and exit.")
    ] = None,
) -> None:
    """Check the data files: exact file:line:col findings; exit 1 on errors."""
    from kuopio_ohjelma.lint.config import ConfigError, load_config
    from kuopio_ohjelma.lint.engine import exit_code
    from kuopio_ohjelma.lint.engine import lint as run_lint
    from kuopio_ohjelma.lint.reporters import REPORTERS
    from kuopio_ohjelma.lint.rules import REGISTRY
    from kuopio_ohjelma.loader import load_repository

    if explain is not None:
        cli.write_output(_explain(explain.upper()), None)
        return
    chosen = output_format or _default_format()
    if chosen not in REPORTERS:
        cli.fail(f"unknown format '{chosen}'; choose one of {', '.join(REPORTERS)}")
    root = cli.repository_root(ctx)
    cli.ensure_writable(output_file, root)
    for path in paths or []:
        if not path.exists():
            cli.fail(f"{path}: no such file or folder")
    try:
        config = load_config(root, REGISTRY)
    except ConfigError as error:
        cli.fail(str(error))
    report = run_lint(load_repository(root), config, only=paths or None)
    color = output_file is None and chosen == "text" and cli.color_wanted(sys.stdout)
    cli.write_output(REPORTERS[chosen](report, color), output_file)
    raise typer.Exit(exit_code(report, strict=strict))


def _explain(code: str) -> str:
    from kuopio_ohjelma.lint.rules import REGISTRY
    from kuopio_ohjelma.suggest import did_you_mean

    rule = REGISTRY.get(code)
    if rule is None:
        cli.fail(f"no rule '{code}'; {did_you_mean(code, REGISTRY, list_all=False)}".rstrip("; "))
    return f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.doc}\n"


def rules() -> None:
    """List every lint rule: code, name, default severity and what it checks."""
    from kuopio_ohjelma.lint.rules import REGISTRY

    lines = [f"{r.code}  {r.name:<26} {r.severity:<8} {r.summary}" for r in REGISTRY.values()]
    cli.write_output("\n".join(lines) + "\n", None)
