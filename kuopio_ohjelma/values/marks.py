"""A mark on the progress scale as text: its code and its uncertain form ('+?').

Free of the models (and of pydantic), so that a quick edit checks a mark by the same
function the models use (ProgrammeInfo.allowed_progress); core/scale.py answers the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

UNCERTAIN_SUFFIX = "?"


class StepLike(Protocol):
    """A step of the scale as the programme declares it (model.ScaleStep, or the same values
    remembered for a quick edit)."""

    @property
    def code(self) -> str: ...
    @property
    def rank(self) -> int | None: ...


def split_progress(progress: str) -> tuple[str, bool]:
    """'+?' → ('+', True): the scale code and whether the assessment is marked uncertain."""
    if len(progress) > 1 and progress.endswith(UNCERTAIN_SUFFIX):
        return progress[: -len(UNCERTAIN_SUFFIX)], True
    return progress, False


def allowed_marks(scale: Iterable[StepLike]) -> list[str]:
    """The scale's codes plus the uncertain form ('+?') of every ranked code."""
    steps = list(scale)
    marks = [step.code for step in steps] + [
        step.code + UNCERTAIN_SUFFIX for step in steps if step.rank is not None
    ]
    # A code declared twice is E304's finding at the duplicate; every list stays one of each.
    return list(dict.fromkeys(marks))
