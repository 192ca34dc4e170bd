"""Options that several commands share, written once so that their names and help agree."""

from __future__ import annotations

from typing import Annotated

import typer

from kuopio_ohjelma.locale import _

Themes = Annotated[
    list[str] | None,
    typer.Option(
        "--theme", metavar=_("THEME"), help=_("Only this theme: its id or number (repeatable).")
    ),
]
Goals = Annotated[
    list[int] | None,
    typer.Option("--goal", metavar=_("GOAL"), help=_("Only this goal number (repeatable).")),
]
Owner = Annotated[
    str | None,
    typer.Option("--owner", metavar=_("BODY"), help=_("Only actions of this responsible body.")),
]
ForceFolder = Annotated[
    bool, typer.Option(
        "--force", help=_("Write into a folder that is not empty, or over a file git tracks.")
    )
]
ForceOutput = Annotated[
    bool,
    typer.Option(
        "--force",
        help=_("Write over a file git tracks, or to a name that does not fit the format."),
    ),
]
