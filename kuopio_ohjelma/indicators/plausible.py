"""Values that are valid numbers but hardly what the editor meant: a dot typed between
thousands (`125.668` for 125 668), a share over 100 %, a value a thousand times its
neighbours. Pure answers on numbers; lint words them (lint/rules/plausibility.py).

A real value may jump, so these are only ever warnings, and each rule looks at the
neighbouring values of the same series rather than at fixed limits.
"""

from __future__ import annotations

import math
import re
import statistics
from collections.abc import Sequence
from decimal import Decimal

from kuopio_ohjelma.values.numbers import Number

# A value this many times (or this fraction of) its neighbour is a slip of three zeros
# rather than growth: nothing a city measures grows 500-fold from one year to the next.
JUMP = 500
# A value meant with its thousands put right lies within this factor of its neighbour.
NEAR = 10
# `125.668`: one to three digits, a dot, exactly three digits, as typed (not as read).
_THOUSANDS_DOT = re.compile(r"^[+-]?\d{1,3}\.\d{3}$")


def ratio(a: Number, b: Number) -> float | None:
    """How many times the larger is of the smaller; None across zero or a change of sign,
    where no ratio means anything (a net migration of −50 and 120)."""
    if a == 0 or b == 0 or (a < 0) != (b < 0):
        return None
    big, small = max(abs(a), abs(b)), min(abs(a), abs(b))
    return float(big) / float(small)


def far(a: Number, b: Number) -> bool:
    found = ratio(a, b)
    return found is not None and found >= JUMP


def near(a: Number, b: Number) -> bool:
    found = ratio(a, b)
    return found is not None and found < NEAR


def neighbours(values: Sequence[object], index: int) -> list[int]:
    return [i for i in (index - 1, index + 1) if 0 <= i < len(values)]


def thousands_dot(typed: str) -> bool:
    """Whether the value was typed as a Finn may write thousands: `125.668`, `1.500`."""
    return bool(_THOUSANDS_DOT.match(typed.strip()))


def thousands_meant(typed: str, value: Number, around: Sequence[Number]) -> int | None:
    """The whole number meant when `typed` has a dot between thousands (`125.668` → 125668):
    only when the value as read is far from every neighbouring value and the one meant is
    near one of them."""
    if not around or not thousands_dot(typed):
        return None
    meant = int(typed.strip().replace(".", ""))
    if all(far(value, other) for other in around) and any(near(meant, o) for o in around):
        return meant
    return None


def jumps(values: Sequence[Number]) -> list[int]:
    """The indices of values far from every neighbour and from the middle of the series
    (values in time order, as meant). The middle keeps a right value between two slips from
    being blamed, the neighbours keep a series that grew steadily from being blamed at its
    start; of a series of two, only the newer is blamed, as it is the one just added."""
    found = []
    for index, value in enumerate(values):
        around = neighbours(values, index)
        if not around or not all(far(value, values[i]) for i in around):
            continue
        others = [v for i, v in enumerate(values) if i != index]
        if far(value, statistics.median(others)) and (len(values) > 2 or index == 1):
            found.append(index)
    return found


def factor(value: Number, other: Number) -> int:
    """The power of ten the value is off by (1000 for 125668000 next to 125668; −1000 for
    125.668 next to 125668)."""
    found = ratio(value, other) or 1.0
    power = int(10 ** round(math.log10(found)))
    return power if abs(value) >= abs(other) else -power


def scaled(value: Number, by: int) -> Number:
    """The value with its thousands put right: divided by `by`, or multiplied by −`by`,
    exactly as typed (never 125.66799999)."""
    exact = Decimal(repr(value))
    result = exact / by if by > 0 else exact * -by
    result = result.normalize()
    if result == result.to_integral_value():
        return int(result)
    return float(result)


def over_hundred(values: Sequence[Number]) -> bool:
    """Whether the series itself lies over 100: at least two values and most of them, as a
    ratio such as jobs per employed resident (työpaikkaomavaraisuus) may. Its values over
    100 are then not slips."""
    over = sum(1 for value in values if value > 100)
    return over >= 2 and over * 2 > len(values)


def share_meant(value: Number, around: Sequence[Number]) -> Number | None:
    """A share over 100 with its decimal comma lost (712 for 71.2): the value divided by
    10, 100 or 1000 that lies nearest a neighbouring value at most 100, if one is near."""
    if not around:
        return None
    candidates = [scaled(value, 10**k) for k in (1, 2, 3)]
    fits = [c for c in candidates if 0 <= c <= 100 and any(_close(c, o) for o in around)]
    return min(fits, key=lambda c: min(abs(c - o) for o in around)) if fits else None


def _close(a: Number, b: Number) -> bool:
    found = ratio(a, b)
    return found is not None and found < 2
