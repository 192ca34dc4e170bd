"""What a workbook is exported from: the programme, the period, the scope and its actions."""

from __future__ import annotations

from dataclasses import dataclass

from kuopio_ohjelma.model import Action, Period, Programme


@dataclass(frozen=True)
class Scope:
    """The selection a workbook covers; `owner` is the body's canonical name."""

    owner: str | None = None
    themes: tuple[str, ...] = ()
    goals: tuple[int, ...] = ()


@dataclass(frozen=True)
class ExportSpec:
    programme: Programme
    period: Period
    previous: Period | None
    scope: Scope
    rows: list[tuple[int, Action]]  # (goal number, action) in programme order
    lang: str
    return_to: str | None = None
