"""How an action's progress moved between two periods, on the ordinal scale."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from kuopio_ohjelma.core.scale import rank, step_of

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Assessment, ProgrammeInfo


class Move(StrEnum):
    IMPROVED = "improved"
    DECLINED = "declined"
    UNCHANGED = "unchanged"
    TO_UNKNOWN = "to-unknown"
    FROM_UNKNOWN = "from-unknown"
    NEWLY_ASSESSED = "newly-assessed"
    NO_LONGER_ASSESSED = "no-longer-assessed"  # the same period lost its assessment
    NOT_ASSESSED = "not-yet-assessed"  # no assessment for the newer period (yet)
    # a mark the scale does not have ('x', '++'): lint's E401 names it; it is not unknown
    OFF_SCALE = "off-scale"


def classify(info: ProgrammeInfo, before: Assessment | None, after: Assessment | None) -> Move:
    """`?` is unknown, not low: a move to or from it is its own kind."""
    if before is None and after is None:
        return Move.NOT_ASSESSED
    if before is None:
        return Move.NEWLY_ASSESSED
    if after is None:
        return Move.NO_LONGER_ASSESSED
    if step_of(info, before.progress) is None or step_of(info, after.progress) is None:
        return Move.OFF_SCALE
    old, new = rank(info, before), rank(info, after)
    if old is None and new is None:
        return Move.UNCHANGED
    if new is None:
        return Move.TO_UNKNOWN
    if old is None:
        return Move.FROM_UNKNOWN
    if new > old:
        return Move.IMPROVED
    if new < old:
        return Move.DECLINED
    return Move.UNCHANGED


def across_periods(move: Move) -> Move:
    """Between two periods, an action without an assessment in the newer one has not been
    assessed yet (the yearly update is under way); only the same period can lose one."""
    return Move.NOT_ASSESSED if move == Move.NO_LONGER_ASSESSED else move
