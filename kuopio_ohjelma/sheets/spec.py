"""What a workbook is exported from: the programme, the period, the scope and its actions."""

from __future__ import annotations

from dataclasses import dataclass

from kuopio_ohjelma.core.scope import Scope
from kuopio_ohjelma.model import Action, Goal, Period
from kuopio_ohjelma.programme import Programme


@dataclass(frozen=True)
class ExportSpec:
    programme: Programme
    period: Period
    previous: Period | None
    scope: Scope
    rows: list[tuple[Goal, Action]]  # in programme order
    lang: str
    return_to: str | None = None
