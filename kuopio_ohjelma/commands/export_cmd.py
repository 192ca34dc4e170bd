"""`ohjelma export`: the programme as open data, a Frictionless Tabular Data Package."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kuopio_ohjelma.commands import common, options
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.locale import _

if TYPE_CHECKING:
    from kuopio_ohjelma.export.metadata import Source
    from kuopio_ohjelma.model import Period
    from kuopio_ohjelma.programme import Programme


def register(app: typer.Typer) -> None:
    app.command(
        "export",
        help=_("Write the programme as open data: CSV tables, datapackage.json and a field guide."),
    )(export)


def export(
    ctx: typer.Context,
    output: Annotated[
        Path,
        typer.Option(
            "--output", "-o", metavar=_("DIR"), help=_("Folder to write the package into.")
        ),
    ],
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar=_("FORMAT"),
            help=_("csv (the package) or json (also programme.json)."),
        ),
    ] = "csv",
    licence: Annotated[
        str | None,
        typer.Option(
            "--licence",
            metavar=_("LICENCE"),
            help=_("Licence of the data, e.g. CC-BY-4.0 (default: none)."),
        ),
    ] = None,
    created: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar=_("YYYY-MM-DD"),
            help=_("Date to record in the package, YYYY-MM-DD (default: none)."),
        ),
    ] = None,
    period: Annotated[
        list[str] | None,
        typer.Option(
            "--period",
            metavar=_("PERIOD"),
            help=_("Only this period, e.g. 1/2024 (repeatable; default: all)."),
        ),
    ] = None,
    theme: options.Themes = None,
    goal: options.Goals = None,
    owner: options.Owner = None,
    force: options.ForceFolder = False,
) -> None:
    """Write the programme as open data: CSV tables, datapackage.json and a field guide."""
    from kuopio_ohjelma.core.scope import resolve_scope
    from kuopio_ohjelma.export.build import build_package
    from kuopio_ohjelma.export.metadata import Meta
    from kuopio_ohjelma.export.selection import select
    from kuopio_ohjelma.io.output_paths import check_output_folder

    _check_options(output_format, created)
    root = common.repository_root(ctx)
    refusal = check_output_folder(output, root, force=force)
    if refusal:
        common.fail(refusal)
    programme = common.load_lint_clean_programme(root)
    scope = resolve_scope(programme, themes=theme or (), goals=goal or (), owner=owner)
    selection = select(programme, periods=_periods(programme, period), scope=scope)
    meta = Meta(source=_source(root), licence=licence, date=created)
    _write(output, build_package(selection, meta, output_format=output_format))
    if licence is None:
        typer.echo(
            _(
                "ohjelma: warning: no licence given, so the package does not say how the data "
                "may be reused; once the city has decided, add e.g. --licence CC-BY-4.0"
            ),
            err=True,
        )


def _check_options(output_format: str, created: str | None) -> None:
    """Before any work: a known --format and a real --date."""
    from kuopio_ohjelma.export.build import FORMATS

    if output_format not in FORMATS:
        common.fail(
            _("unknown format '{format}'; choose one of {choices}").format(
                format=shown(output_format), choices=", ".join(FORMATS)
            )
        )
    _check_date(created)


def _write(output: Path, files: dict[str, bytes]) -> None:
    from kuopio_ohjelma.io.atomic import FilesNotWritten, write_folder

    try:
        write_folder(output, files)
    except FilesNotWritten as failure:  # a full disk, a read-only folder
        common.fail(common.set_not_written(failure, output))
    typer.echo(
        _("Wrote {count} files to {folder}.").format(count=len(files), folder=output), err=True
    )


def _check_date(created: str | None) -> None:
    if created is None:
        return
    try:
        valid = date.fromisoformat(created).isoformat() == created
    except ValueError:
        valid = False
    if not valid:
        common.fail(
            _("--date {value}: not a date; write it as YYYY-MM-DD, e.g. 2025-03-31").format(
                value=created
            )
        )


def _periods(programme: Programme, given: list[str] | None) -> list[Period] | None:
    """The periods asked for, in the programme's order; None for all of them."""
    from kuopio_ohjelma.core.periods import resolve_period

    if not given:
        return None
    wanted = {resolve_period(programme.info.periods, period_id).id for period_id in given}
    return [period for period in programme.info.periods if period.id in wanted]


def _source(root: Path) -> Source:
    from kuopio_ohjelma.export.metadata import Source
    from kuopio_ohjelma.io.git import data_revision

    revision, modified = data_revision(root)
    return Source(revision, modified)
