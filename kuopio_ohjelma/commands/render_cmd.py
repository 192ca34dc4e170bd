"""`ohjelma render`: the annual report."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from kuopio_ohjelma.commands import common, options
from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.locale import _


def register(app: typer.Typer) -> None:
    app.command(
        "render", help=_("Render the report in Markdown or self-contained, accessible HTML.")
    )(render)


def render(
    ctx: typer.Context,
    output_format: Annotated[
        str | None,
        typer.Option(
            "--format", "-f", metavar=_("FORMAT"), help=_("md or html (default: from --output).")
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar=_("FILE"), help=_("Write here (default: standard output).")
        ),
    ] = None,
    period: Annotated[
        str | None,
        typer.Option(
            "--period", metavar=_("PERIOD"), help=_("Period id, e.g. 1/2024 (default: latest).")
        ),
    ] = None,
    theme: options.Themes = None,
    goal: options.Goals = None,
    owner: options.Owner = None,
    lang: Annotated[
        str, typer.Option("--lang", metavar="fi|en", help=_("Report's own words: fi or en."))
    ] = "fi",
    on: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar=_("YYYY-MM-DD"),
            help=_("Date under the title, e.g. 2025-05-31 (default: none)."),
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates", metavar=_("DIR"), help=_("Folder of templates overriding ours.")
        ),
    ] = None,
    force: options.ForceOutput = False,
) -> None:
    """Render the report in Markdown or self-contained, accessible HTML."""
    from jinja2 import TemplateError

    from kuopio_ohjelma.core.scope import resolve_scope
    from kuopio_ohjelma.io.output_paths import report_output
    from kuopio_ohjelma.locale import LANGUAGES
    from kuopio_ohjelma.report.renderers import (
        EXTENSIONS,
        RENDERERS,
        template_failure,
        template_problem,
    )
    from kuopio_ohjelma.report.view import build_report

    if lang not in LANGUAGES:
        common.fail(
            _("unknown language '{lang}'; choose one of {choices}").format(
                lang=lang, choices=", ".join(LANGUAGES)
            )
        )
    if templates is not None and not templates.is_dir():
        common.fail(_("--templates {folder}: no such folder").format(folder=templates))
    root = common.repository_root(ctx)
    # Where it may go first (data/, .git/): before "cannot tell the format from the name".
    guess = output_format or EXTENSIONS.get(output.suffix.lower() if output else "", "html")
    common.ensure_writable(output, root, report_output(guess), force=True)
    chosen = output_format or _format_of(output, EXTENSIONS)
    if chosen not in RENDERERS:
        common.fail(
            _("unknown format '{format}'; choose one of {choices}").format(
                format=shown(chosen), choices=", ".join(RENDERERS)
            )
        )
    common.ensure_writable(output, root, report_output(chosen), force=force)
    programme = common.load_lint_clean_programme(root)  # publishes: lint errors stop it
    scope = resolve_scope(programme, themes=theme or (), goals=goal or (), owner=owner)
    report = build_report(
        programme, period_id=period, lang=lang, scope=scope, on=_day(on) if on else None
    )
    try:
        text = RENDERERS[chosen](report, templates)
    except TemplateError as error:
        common.fail(template_problem(error))
    except Exception as error:  # a template's expression fails at run time ({{ 1/0 }})
        failure = template_failure(error)
        if failure is None:
            raise
        common.fail(failure)
    common.write_output(text, output, root=root)


def _format_of(output: Path | None, extensions: dict[str, str]) -> str:
    """The format an output's name asks for; a name that asks for none is a usage error."""
    from kuopio_ohjelma.io.atomic import is_special

    if output is None or str(output) == "-" or is_special(output):
        return "md"  # standard output, a device or a pipe: Markdown as on the terminal
    chosen = extensions.get(output.suffix.lower())
    if chosen is None:
        common.fail(
            _(
                "{output}: cannot tell the format from the name; name it {names} or give "
                "--format md|html"
            ).format(output=output, names=", ".join(sorted(extensions)))
        )
    return chosen


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        common.fail(
            _("--date {value}: write the date as YYYY-MM-DD, e.g. 2025-05-31").format(value=text)
        )
