"""`ohjelma schema`: write (or check) the JSON Schemas the editor uses."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kuopio_ohjelma.commands import common
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.locale.oserrors import os_reason


def register(app: typer.Typer) -> None:
    app.command(
        "schema",
        help=_("Generate JSON Schema for programme, goal, indicator and organisation files."),
    )(schema)


def schema(
    ctx: typer.Context,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help=_("Folder (default: schema/ in the repository)."),
            metavar=_("DIR"),
        ),
    ] = None,
    output_dir: Annotated[Path | None, typer.Option("--output-dir", hidden=True)] = None,
    check: Annotated[
        bool, typer.Option("--check", help=_("Write nothing; exit 1 if the files are out of date."))
    ] = False,
) -> None:
    """`ohjelma schema` (help text in register: it is translated)."""
    output_dir = output or output_dir  # --output-dir: the old name, kept hidden
    from kuopio_ohjelma.io.atomic import FilesNotWritten
    from kuopio_ohjelma.schemas.json_schema import SCHEMA_DIR, sync_schemas

    root = common.repository_root(ctx)
    folder = output_dir or root / SCHEMA_DIR
    if not check:
        _check_folder(folder, root)
    try:
        stale = sync_schemas(root, folder, write=not check)
    except FilesNotWritten as failure:
        common.fail(common.set_not_written(failure, folder))
    except OSError as error:
        common.fail(_("{path}: cannot create: {reason}").format(
            path=error.filename or folder, reason=os_reason(error)))
    for path in stale:
        message = _("out of date: {path}") if check else _("wrote {path}")
        common.say(message.format(path=path))
    if check and stale:
        typer.echo(_("run 'ohjelma schema' to update them"), err=True)
        raise typer.Exit(common.EXIT_FINDINGS)


def _check_folder(folder: Path, root: Path) -> None:
    """The policy of every writer (io/output_paths): never into .git/ or data/. The schema
    files have names of their own, so a folder that holds other files is fine."""
    from kuopio_ohjelma.io.output_paths import check_output_folder

    refusal = check_output_folder(
        folder, root, force=False, what=_("schema"), example="schema/", fill=True
    )
    if refusal:
        common.fail(refusal)
