"""`ohjelma schema`: write (or check) the JSON Schemas the editor uses."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kuopio_ohjelma.commands import common


def register(app: typer.Typer) -> None:
    app.command("schema")(schema)


def schema(
    ctx: typer.Context,
    output_dir: Annotated[
        Path | None,
        typer.Option("--output-dir", help="Folder (default: schema/ in the repository)."),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 if the files are out of date.")
    ] = False,
) -> None:
    """Generate JSON Schema for programme, goal, indicator and organisation files."""
    from kuopio_ohjelma.schemas.json_schema import SCHEMA_DIR, sync_schemas

    root = common.repository_root(ctx)
    stale = sync_schemas(root, output_dir or root / SCHEMA_DIR, write=not check)
    for path in stale:
        typer.echo(f"out of date: {path}" if check else f"wrote {path}")
    if check and stale:
        typer.echo("run 'ohjelma schema' to update them", err=True)
        raise typer.Exit(common.EXIT_FINDINGS)
