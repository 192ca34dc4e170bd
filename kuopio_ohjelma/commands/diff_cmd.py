"""`ohjelma diff`: what moved between periods, or between git revisions."""

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
        "diff",
        help=_(
            "Show how progress moved: between two periods (default: the two latest) or revisions."
        ),
    )(diff)


def diff(
    ctx: typer.Context,
    from_period: Annotated[
        str | None, typer.Option("--from", metavar=_("PERIOD"), help=_("Older period id."))
    ] = None,
    to_period: Annotated[
        str | None, typer.Option("--to", metavar=_("PERIOD"), help=_("Newer period id."))
    ] = None,
    revs: Annotated[
        list[str] | None,
        typer.Option(
            "--rev",
            metavar=_("REV"),
            help=_("Compare the files as they are now with REV, or two revisions A..B."),
        ),
    ] = None,
    output_format: Annotated[
        str, typer.Option("--format", "-f", metavar=_("FORMAT"), help=_("text, md or json."))
    ] = "text",
    only: Annotated[
        str | None,
        typer.Option("--only", metavar=_("WHICH"), help=_("all, changed, improved or declined.")),
    ] = None,
    theme: options.Themes = None,
    goal: options.Goals = None,
    owner: options.Owner = None,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help=_("Exit 1 when there are differences."))
    ] = False,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar=_("FILE"), help=_("Write here."))
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help=_("Add git's own words to git errors."))
    ] = False,
    force: options.ForceOutput = False,
) -> None:
    """Show how progress moved: between two periods (default: the two latest) or revisions."""
    from kuopio_ohjelma.diff.compare import only_choice, only_choices
    from kuopio_ohjelma.diff.renderers import DIFF_RENDERERS
    from kuopio_ohjelma.diff.request import DiffRequest, DiffRunError, run_diff
    from kuopio_ohjelma.io.output_paths import diff_output

    if output_format not in DIFF_RENDERERS:
        common.fail(
            _("unknown format '{format}'; choose one of {choices}").format(
                format=shown(output_format), choices=", ".join(DIFF_RENDERERS)
            )
        )
    chosen_only = only_choice(only) if only is not None else None
    if only is not None and chosen_only is None:
        common.fail(
            _("unknown --only '{only}'; choose one of {choices}").format(
                only=shown(only), choices=only_choices()
            )
        )
    rev = _one_revision(revs or [])
    if rev is not None and (from_period or to_period):
        common.fail(_("give either --rev or --from/--to, not both"))
    root = common.repository_root(ctx)
    common.ensure_writable(output, root, diff_output(output_format), force=force)
    request = DiffRequest(
        from_period, to_period, rev, chosen_only, tuple(theme or ()), tuple(goal or ()), owner
    )
    try:
        result = run_diff(root, request)
    except DiffRunError as error:
        if error.problems:
            common.show_problems(error.problems, prefix=error.label)
            common.say(f"ohjelma: {error}", err=True)
            raise typer.Exit(common.EXIT_USAGE) from None
        common.fail(str(error), detail=_("git's own words: {words}").format(words=error.detail)
                    if verbose and error.detail else "")
    color = output is None and output_format == "text" and common.color_wanted(sys.stdout)
    common.write_output(DIFF_RENDERERS[output_format](result, color), output, root=root)
    raise typer.Exit(common.EXIT_FINDINGS if exit_code and result.has_differences else 0)


def _one_revision(revs: list[str]) -> str | None:
    """The one --rev (click keeps only the last of a repeated option: say it instead, and
    how two revisions are compared)."""
    if len(revs) > 1:
        common.fail(
            _("--rev was given {count} times; give it once: --rev {rev} compares {rev} with "
              "the files as they are now, --rev {first}..{last} compares two revisions").format(
                count=len(revs), rev=shown(revs[-1]), first=shown(revs[0]), last=shown(revs[-1]))
        )
    return revs[0] if revs else None
