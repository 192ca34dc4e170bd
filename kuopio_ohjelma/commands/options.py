"""Options that several commands share, written once so that their names and help agree."""

from __future__ import annotations

from typing import Annotated

import typer

Themes = Annotated[
    list[str] | None, typer.Option("--theme", help="Only this theme id (repeatable).")
]
Goals = Annotated[
    list[int] | None, typer.Option("--goal", help="Only this goal number (repeatable).")
]
Owner = Annotated[
    str | None, typer.Option("--owner", help="Only actions of this responsible body.")
]
