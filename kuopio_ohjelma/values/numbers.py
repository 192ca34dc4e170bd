"""Numbers as editors type them: `71,2` and `1 234` are Finnish habits, not YAML numbers.

One place decides what text would have been meant as a number (for the finding's fix and for
`indicator set`), how many decimals a value carries and how a value is shown in the report.
"""

from __future__ import annotations

import math
import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from pydantic_core import PydanticCustomError

from kuopio_ohjelma.locale import _

Number = float | int

# Digits grouped by spaces (also no-break and narrow no-break spaces), a decimal comma or
# point, an optional sign: what a Finnish spreadsheet or document shows for a number. Only
# the digits 0-9 (re.ASCII): `٧١` or full-width `７１` is not read as 71 behind the editor's
# back (`indicator set` says what to write instead).
_GROUPED = re.compile(r"^[+\-\u2212]?\d{1,3}([ \u00a0\u202f]\d{3})+([.,]\d+)?$", re.ASCII)
_PLAIN = re.compile(r"^[+\-\u2212]?\d+([.,]\d+)?$", re.ASCII)
# `1,234`: one to three digits, a comma, exactly three digits: a Finnish decimal comma (1.234)
# or an English thousands separator (1234)? `indicator set` asks which.
_COMMA_OR_THOUSANDS = re.compile(r"^[+\-\u2212]?[1-9][0-9]{0,2},[0-9]{3}$", re.ASCII)
_LOCALES = {"fi": "fi_FI", "en": "en_GB"}

# The valid range of a value, decided here only (the model, every edit and the CSV reader
# call check_range): a city's indicators are shares, counts and euros, far below 10^15
# (still exact as a float), with at most 6 decimals. Beyond that a value is a typing
# mistake, and Babel, Decimal and float() would fail on it (1e300, a 400-digit number).
MAX_DIGITS = 15
MAX_DECIMALS = 6
_LIMIT = 10**MAX_DIGITS
# A number typed with more digits than this is never converted (Python refuses int() of
# 4 300 digits); it is too large whatever it is.
_MAX_TEXT_DIGITS = 100


def number_from_text(text: str) -> Number | None:
    """The number a Finnish editor meant by `text` ('71,2', '1 234', '−3'), or None."""
    cleaned = text.strip()
    if not (_GROUPED.match(cleaned) or _PLAIN.match(cleaned)):
        return None
    cleaned = re.sub(r"[ \u00a0\u202f]", "", cleaned).replace("\u2212", "-").replace(",", ".")
    # float() of any length never fails (it may give inf, refused by check_range); adding
    # 0.0 turns -0.0 into 0.0, so `-0,0` is written as 0.0, not -0.0.
    if "." in cleaned or len(cleaned) > _MAX_TEXT_DIGITS:
        return float(cleaned) + 0.0
    return int(cleaned)


def comma_or_thousands(text: str) -> bool:
    """Whether `text` reads two ways: `1,234` as 1.234 (a decimal comma) or 1234 (a comma
    between thousands)."""
    return _COMMA_OR_THOUSANDS.match(text.strip()) is not None


# `2O24`: the letter O typed for a zero next to a digit; `71.5 %`: the unit after the number.
_LETTER_ZERO = re.compile(r"(?<=[0-9])[Oo]|[Oo](?=[0-9])")
_WITH_UNIT = re.compile(r"([+\-\u2212]?[0-9][0-9 \u00a0\u202f.,]*?)\s*([^0-9]*?)\s*")


def number_and_unit(text: str) -> tuple[Number, str] | None:
    """The number and the unit an editor typed as one text ('71.5 %' → 71.5, '%';
    '2O24' → 2024, ''), or None when it is not a number with perhaps a unit."""
    found = _WITH_UNIT.fullmatch(_LETTER_ZERO.sub("0", text.strip()))
    if found is None:
        return None
    number = number_from_text(found[1])
    return (number, found[2]) if number is not None else None


def check_number(value: Any) -> Number:
    """The model's check of a value: a finite YAML number; text is refused with its fix."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        meant = number_from_text(value) if isinstance(value, str) else None
        if meant is not None:
            raise PydanticCustomError(
                "number_as_text", "number as text", {"number": yaml_number(meant)}
            )
        raise PydanticCustomError("number_type", "not a number")
    problem = range_problem(value)
    if problem is not None:
        raise PydanticCustomError("number_range", "number out of range", {"problem": problem})
    return value


def range_problem(value: Number) -> str | None:
    """Why a number is outside the valid range of a value ('nan', 'too_large',
    'too_many_decimals'), or None. Never converts a huge int to float."""
    if isinstance(value, int):
        return "too_large" if abs(value) >= _LIMIT else None
    if math.isnan(value):
        return "nan"
    if not math.isfinite(value) or abs(value) >= _LIMIT:
        return "too_large"
    return "too_many_decimals" if decimals(value) > MAX_DECIMALS else None


def range_message(problem: str, *, key: str = "arvo") -> tuple[str, str]:
    """The finding (or refusal) and its fix for a range_problem, in the editor's words."""
    if problem == "nan":
        return (
            _("{key} is .nan, which is not a number").format(key=key),
            _("write the value as a number, e.g. {key}: 71.2; if the value is not known, "
              "remove the whole observation").format(key=key),
        )
    if problem == "too_large":
        return (
            _("{key} is too large: a value has at most {digits} digits before the decimal "
              "point").format(key=key, digits=MAX_DIGITS),
            _("check the value for extra digits (.inf is not a value); give a very large "
              "quantity in a larger unit, e.g. millions"),
        )
    return (
        _("{key} has too many decimals: at most {places}").format(key=key, places=MAX_DECIMALS),
        _("round the value to at most {places} decimals").format(places=MAX_DECIMALS),
    )


def yaml_number(value: Number) -> str:
    """The number as it must be written in YAML and CSV: a decimal point, no spaces, never
    an exponent (YAML 1.1 reads 1e-05 as text)."""
    if not isinstance(value, float):
        return str(value)
    text = format(Decimal(repr(value)), "f")
    return text if "." in text else text + ".0"


def decimals(value: Number) -> int:
    """How many decimals the value carries as written (71.25 → 2; 72 → 0; 72.0 → 1: a value
    typed with a decimal point has at least one. Zeros after the first (72.50) are not
    kept by YAML; `desimaalit` says them)."""
    if isinstance(value, int) or not math.isfinite(value):
        return 0
    exponent = Decimal(repr(value)).normalize().as_tuple().exponent
    return max(1, -exponent) if isinstance(exponent, int) else 1


def rounded(value: Number | Decimal, places: int) -> Decimal:
    """The value rounded for display as statistics are rounded: half away from zero, on the
    decimal as typed (12.5 → 13, 2.675 → 2.68, where float's round() gives 12 and 2.67),
    and never a negative zero (−0.04 → 0.0)."""
    exact = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    result = exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    return abs(result) if result.is_zero() else result


def format_number(value: Number | Decimal, lang: str, *, places: int | None = None) -> str:
    """Babel's number for the language: 71,2 and 1 234 in Finnish; with `places`, rounded
    to that many decimals for display only (rounded())."""
    from babel.numbers import format_decimal  # deferred: lint never formats numbers

    shown = rounded(value, places) if places is not None else value
    pattern = None if places is None else "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(shown, format=pattern, locale=_LOCALES.get(lang, "fi_FI"))


def format_value(
    value: Number | Decimal, unit: str | None, lang: str, *, places: int | None = None
) -> str:
    """A value with its unit, separated by a no-break space: '71,2 %', '1 234 henkilöä'."""
    number = format_number(value, lang, places=places)
    return f"{number}\u00a0{unit}" if unit else number


# A change of a share is in percentage points, not per cent.
_POINTS = {"fi": "%-yks.", "en": "pp"}


def format_change(change: Number, unit: str | None, lang: str, *, places: int | None) -> str:
    """A signed change: '+1,2 %-yks.', '−3' (a true minus sign, as Finnish typesetting has it)."""
    from kuopio_ohjelma.values.units import is_share

    if is_share(unit):  # `%`, `prosenttia`, `% väestöstä`: the change is in points
        unit = _POINTS.get(lang, _POINTS["fi"])
    shown = rounded(change, places) if places is not None else Decimal(repr(change))
    text = format_value(shown.copy_abs(), unit, lang, places=places)
    if shown > 0:
        return "+" + text
    return ("\u2212" + text) if shown < 0 else text
