"""The value an editor types for `indicator set`: read one way only, or refused with what to
write. What is read is what gets written, and what the command then echoes.

`71,2`, `71.2`, `1 234` and a minus sign (−3) are read as everywhere (values/numbers.py).
Refused, with the exact text to write: digits other than 0-9 (`٧١`, full-width `７１`), and
`1,234`, which is 1.234 with a Finnish decimal comma but 1234 with an English thousands
separator. `-0` is zero: written and echoed as 0.
"""

from __future__ import annotations

from kuopio_ohjelma.core.suggest import join_hint
from kuopio_ohjelma.core.textsafe import ascii_digits, shown
from kuopio_ohjelma.edit.checked import EditError
from kuopio_ohjelma.locale import _
from kuopio_ohjelma.values.numbers import (
    Number,
    comma_or_thousands,
    number_from_text,
    range_message,
    range_problem,
    yaml_number,
)


def read_value(typed: str) -> Number:
    """The number `typed` means, as it will be written; EditError (exit 2) otherwise."""
    if ascii_digits(typed) != typed:
        raise EditError(_other_digits(typed))
    if comma_or_thousands(typed):
        raise EditError(_two_ways(typed))
    value = number_from_text(typed)
    if value is None:
        raise EditError(
            _("'{value}' is not a number; write it as 71.2, 71,2 or 1234").format(
                value=shown(typed))
        )
    problem = range_problem(value)
    if problem is not None:
        raise EditError(join_hint(*range_message(problem)))
    return value


def _other_digits(typed: str) -> str:
    others = dict.fromkeys(ch for ch in typed if ch.isdecimal() and not ch.isascii())
    message = _("'{value}' has digits other than 0-9 ({codes}); write the value with the "
                "digits 0-9").format(
        value=shown(typed), codes=", ".join(f"U+{ord(ch):04X}" for ch in others))
    meant = number_from_text(ascii_digits(typed))
    if meant is None or comma_or_thousands(ascii_digits(typed)):
        return message
    return join_hint(message, _("did you mean {number}?").format(number=yaml_number(meant)))


def _two_ways(typed: str) -> str:
    cleaned = typed.strip()
    decimal = number_from_text(cleaned)
    thousands = number_from_text(cleaned.replace(",", ""))
    assert decimal is not None and thousands is not None
    return join_hint(
        _("'{value}' reads two ways: {decimal} with a decimal comma, or {thousands} with a "
          "comma between thousands").format(
            value=shown(typed), decimal=yaml_number(decimal), thousands=yaml_number(thousands)),
        _("write {decimal} for the decimal number, or {thousands} for the whole number").format(
            decimal=yaml_number(decimal), thousands=yaml_number(thousands)),
    )
