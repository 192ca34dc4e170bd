"""`ohjelma lint` and `ohjelma rules`."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from kuopio_ohjelma.commands import common


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
    from kuopio_ohjelma.io.loader import load_repository
    from kuopio_ohjelma.lint.config import ConfigError, load_config
    from kuopio_ohjelma.lint.engine import exit_code
    from kuopio_ohjelma.lint.engine import lint as run_lint
    from kuopio_ohjelma.lint.reporters import REPORTERS
    from kuopio_ohjelma.lint.rules import REGISTRY

    if explain is not None:
        common.write_output(_explain(explain.upper()), None)
        return
    chosen = output_format or _default_format()
    if chosen not in REPORTERS:
        common.fail(f"unknown format '{chosen}'; choose one of {', '.join(REPORTERS)}")
    root = common.repository_root(ctx)
    common.ensure_writable(output_file, root)
    for path in paths or []:
        if not path.exists():
            common.fail(f"{path}: no such file or folder")
    try:
        config = load_config(root, REGISTRY)
    except ConfigError as error:
        common.fail(str(error))
    report = run_lint(load_repository(root), config, only=paths or None)
    color = output_file is None and chosen == "text" and common.color_wanted(sys.stdout)
    common.write_output(REPORTERS[chosen](report, color), output_file)
    raise typer.Exit(exit_code(report, strict=strict))


def _explain(code: str) -> str:
    from kuopio_ohjelma.core.suggest import did_you_mean
    from kuopio_ohjelma.lint.rules import REGISTRY

    rule = REGISTRY.get(code)
    if rule is None:
        hint = did_you_mean(code, REGISTRY, list_all=False)
        common.fail(f"no rule '{code}'; {hint}".rstrip("; "))
    return f"{rule.code} {rule.name} ({rule.severity})\n\n{rule.doc}\n"


def rules() -> None:
    """List every lint rule: code, name, default severity and what it checks."""
    from kuopio_ohjelma.lint.rules import REGISTRY

    lines = [f"{r.code}  {r.name:<26} {r.severity:<8} {r.summary}" for r in REGISTRY.values()]
    common.write_output("\n".join(lines) + "\n", None)
