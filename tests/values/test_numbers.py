"""values/numbers: the one valid range of a value, and formatters total over that range."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic_core import PydanticCustomError

from kuopio_ohjelma.values.numbers import (
    MAX_DECIMALS,
    MAX_DIGITS,
    check_number,
    decimals,
    format_change,
    format_value,
    number_from_text,
    range_problem,
    yaml_number,
)

LIMIT = 10**MAX_DIGITS


@pytest.mark.parametrize(
    ("value", "problem"),
    [(float("nan"), "nan"), (float("inf"), "too_large"), (-float("inf"), "too_large"),
     (1e300, "too_large"), (10**400, "too_large"), (-LIMIT, "too_large"),
     (1e-8, "too_many_decimals"), (LIMIT - 1, None), (0.000001, None), (-71.25, None)],
)
def test_the_valid_range(value: float | int, problem: str | None) -> None:
    assert range_problem(value) == problem
    if problem is not None:
        with pytest.raises(PydanticCustomError) as raised:
            check_number(value)
        assert raised.value.type == "number_range"


def test_a_number_typed_with_thousands_of_digits_is_read_not_crashed_on() -> None:
    value = number_from_text("1" + "0" * 5000)
    assert value is not None and range_problem(value) == "too_large"


ACCEPTED_INTS = st.integers(min_value=-LIMIT + 1, max_value=LIMIT - 1)
ACCEPTED_FLOATS = st.floats(
    min_value=-LIMIT, max_value=LIMIT, allow_nan=False, allow_infinity=False
).filter(lambda value: range_problem(value) is None)


@given(value=st.one_of(ACCEPTED_INTS, ACCEPTED_FLOATS), unit=st.sampled_from([None, "%", "kpl"]),
       lang=st.sampled_from(["fi", "en"]))
def test_formatters_are_total_over_the_accepted_range(
    value: float | int, unit: str | None, lang: str
) -> None:
    assert check_number(value) == value
    places = decimals(value)
    assert places <= MAX_DECIMALS
    assert format_value(value, unit, lang, places=places)
    assert format_value(value, unit, lang)
    assert format_change(value, unit, lang, places=places)
    assert number_from_text(yaml_number(value)) == value
