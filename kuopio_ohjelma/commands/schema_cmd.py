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
    from kuopio_ohjelma.io.atomic import write_text_atomic
    from kuopio_ohjelma.io.loader import load_repository
    from kuopio_ohjelma.schemas.json_schema import SCHEMA_DIR, file_name, json_schemas, schema_text

    root = common.repository_root(ctx)
    folder = output_dir or root / SCHEMA_DIR
    info = load_repository(root).info
    codes = info.model.allowed_progress() if info else None
    stale = []
    for kind, body in json_schemas(codes).items():
        path = folder / file_name(kind)
        text = schema_text(body)
        current = path.read_text(encoding="utf-8") if path.is_file() else None
        if current == text:
            continue
        stale.append(path)
        if check:
            typer.echo(f"out of date: {path}")
        else:
            folder.mkdir(parents=True, exist_ok=True)
            write_text_atomic(path, text)
            typer.echo(f"wrote {path}")
    if check and stale:
        typer.echo("run 'ohjelma schema' to update them", err=True)
        raise typer.Exit(common.EXIT_FINDINGS)
