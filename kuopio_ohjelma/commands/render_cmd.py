"""`ohjelma render`: the annual report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from kuopio_ohjelma.commands import common, options


def register(app: typer.Typer) -> None:
    app.command("render")(render)


def render(
    ctx: typer.Context,
    output_format: Annotated[
        str | None, typer.Option("--format", "-f", help="md or html (default: from --output).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default: standard output).")
    ] = None,
    period: Annotated[
        str | None, typer.Option("--period", help="Period id, e.g. 1/2024 (default: latest).")
    ] = None,
    theme: options.Themes = None,
    goal: options.Goals = None,
    owner: options.Owner = None,
    lang: Annotated[str, typer.Option("--lang", help="Report's own words: fi or en.")] = "fi",
    templates: Annotated[
        Path | None, typer.Option("--templates", help="Folder of templates overriding ours.")
    ] = None,
) -> None:
    """Render the report in Markdown or self-contained, accessible HTML."""
    from jinja2 import TemplateError

    from kuopio_ohjelma.core.scope import resolve_scope
    from kuopio_ohjelma.locale.labels import LABELS
    from kuopio_ohjelma.report.renderers import EXTENSIONS, RENDERERS, template_problem
    from kuopio_ohjelma.report.view import build_report

    chosen = output_format or (EXTENSIONS.get(output.suffix.lower()) if output else None) or "md"
    if chosen not in RENDERERS:
        common.fail(f"unknown format '{chosen}'; choose one of {', '.join(RENDERERS)}")
    if lang not in LABELS:
        common.fail(f"unknown language '{lang}'; choose one of {', '.join(LABELS)}")
    if templates is not None and not templates.is_dir():
        common.fail(f"--templates {templates}: no such folder")
    root = common.repository_root(ctx)
    common.ensure_writable(output, root)
    programme = common.load_clean_programme(root)
    scope = resolve_scope(programme, themes=theme or (), goals=goal or (), owner=owner)
    report = build_report(programme, period_id=period, lang=lang, scope=scope)
    try:
        text = RENDERERS[chosen](report, templates)
    except TemplateError as error:
        common.fail(template_problem(error))
    common.write_output(text, output)
