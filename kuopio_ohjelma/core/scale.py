"""The declared progress scale answers every question about a mark: its step, rank and tone.

Nothing else knows the Kuopio codes: renderers, rules and templates ask here, so a programme
with another scale (more steps, other symbols) is shown and checked by its own order.
"""

from __future__ import annotations

import difflib
from enum import StrEnum
from typing import TYPE_CHECKING

from kuopio_ohjelma.values.marks import split_progress

if TYPE_CHECKING:
    from kuopio_ohjelma.model import Assessment, ProgrammeInfo, ScaleStep


class Tone(StrEnum):
    """Where a mark sits on its scale, for colours: best, between, worst, or not on the order."""

    HIGH = "high"
    MID = "mid"
    LOW = "low"
    NONE = "none"


def step_of(info: ProgrammeInfo, progress: str) -> ScaleStep | None:
    """The scale step of a mark, its uncertain form ('+?') included."""
    return _steps(info).get(split_progress(progress)[0])


# The report asks for a step for every assessment: index each scale once (the first
# declaration of a code wins, as a scan would find it).
_INDEX: dict[int, tuple[ProgrammeInfo, dict[str, ScaleStep]]] = {}


def _steps(info: ProgrammeInfo) -> dict[str, ScaleStep]:
    entry = _INDEX.get(id(info))
    if entry is None or entry[0] is not info:
        steps: dict[str, ScaleStep] = {}
        for step in info.scale:
            steps.setdefault(step.code, step)
        entry = _INDEX[id(info)] = (info, steps)
    return entry[1]


def rank(info: ProgrammeInfo, assessment: Assessment) -> int | None:
    step = step_of(info, assessment.progress)
    return step.rank if step else None


def tone(info: ProgrammeInfo, progress: str) -> Tone:
    step = step_of(info, progress)
    ranks = sorted({s.rank for s in info.scale if s.rank is not None})
    if step is None or step.rank is None or not ranks:
        return Tone.NONE
    if step.rank == ranks[-1] and len(ranks) > 1:
        return Tone.HIGH
    if step.rank == ranks[0]:
        return Tone.LOW
    return Tone.MID


def needs_explaining(info: ProgrammeInfo, progress: str) -> bool:
    """The lowest mark or no known progress: readers want a note saying why."""
    return tone(info, progress) in (Tone.LOW, Tone.NONE)


# Characters that look like the scale's ASCII marks: Unicode minus and dashes, full-width
# signs; quotes and spaces pasted from a word processor are dropped.
_MARK_LOOKALIKES = str.maketrans(
    {"−": "-", "–": "-", "—": "-", "‐": "-", "‑": "-", "‒": "-", "﹣": "-", "－": "-",
     "＋": "+", "？": "?", "⁄": "/", "／": "/"}
)
_DROPPED = " \t\u00a0\u2009\u202f\"'“”„‟‘’‚«»"


def unify_lookalikes(text: str) -> str:
    """`text` with look-alike dashes and signs as the scale's ASCII ones; spaces kept (a
    spreadsheet's drop-down entry is the code, a space and the label)."""
    return text.translate(_MARK_LOOKALIKES)


def suggest_mark(info: ProgrammeInfo, written: str) -> str | None:
    """The mark an editor meant: look-alike dashes, quotes and spaces normalised (`"+/−"`,
    `”+”`, `"+ "`), or a scale label typed instead of its code (`Etenee myönteisesti`)."""
    allowed = info.allowed_progress()
    cleaned = "".join(c for c in unify_lookalikes(written) if c not in _DROPPED)
    if cleaned in allowed and cleaned != written:
        return cleaned
    # A code with a sign left out or swapped ("+-", "+/", "+-?" for "+/-"): codes are two or
    # three characters, so only a near-whole likeness counts.
    near = difflib.get_close_matches(cleaned, sorted(allowed), n=1, cutoff=0.75)
    if near and cleaned and not cleaned[0].isalpha():
        return near[0]
    labels = {step.label.casefold(): step.code for step in info.scale}
    folded = " ".join(written.casefold().split())
    if folded in labels:
        return labels[folded]
    close = difflib.get_close_matches(folded, list(labels), n=1, cutoff=0.4) if folded else []
    return labels[close[0]] if close else None
