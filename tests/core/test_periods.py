"""Period ids: parsing, order, lookup, the next period and its label (core/periods.py)."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.core.periods import (
    PeriodError,
    PeriodKey,
    check_next,
    is_period_id,
    next_label,
    parse_period,
    period_key,
    previous_period,
    resolve_period,
)
from kuopio_ohjelma.model import Period

PERIODS = [Period(id="1/2023", label="Tilanne 1/2023"), Period(id="1/2024", label="Tilanne 1/2024")]


def test_parse_gives_year_then_number() -> None:
    assert parse_period("2/2025") == PeriodKey(2025, 2)
    assert parse_period("10/2024") < parse_period("1/2025") < parse_period("2/2025")


@pytest.mark.parametrize(
    "text", ["1/2O25", "1/２０２５", "¹/2025", "1/2025 ", "1-2025", "2025", "1/25", "", "kevät"]
)
def test_malformed_ids_are_refused_with_the_form_to_write(text: str) -> None:
    with pytest.raises(PeriodError, match=r"e\.g\. 1/2025"):
        parse_period(text)


@pytest.mark.parametrize("text", ["01/2025", "09/2024"])
def test_a_leading_zero_is_refused_with_the_id_without_it(text: str) -> None:
    meant = text.lstrip("0")
    with pytest.raises(PeriodError, match=f"without a leading zero; did you mean '{meant}'"):
        parse_period(text)
    assert not is_period_id(text)


def test_a_malformed_key_sorts_first_instead_of_failing() -> None:
    assert period_key("x") < period_key("1/2000")


def test_latest_unless_given() -> None:
    assert resolve_period(PERIODS, None).id == "1/2024"
    assert resolve_period(PERIODS, "1/2023").id == "1/2023"


def test_unknown_period_suggests_the_closest() -> None:
    with pytest.raises(PeriodError, match=r"unknown period '1/2025'; did you mean '1/2024'\?"):
        resolve_period(PERIODS, "1/2025")


def test_no_periods_says_how_to_open_one() -> None:
    with pytest.raises(PeriodError, match="ohjelma period open"):
        resolve_period([], None)


def test_previous() -> None:
    assert previous_period(PERIODS, "1/2024") == PERIODS[0]
    assert previous_period(PERIODS, "1/2023") is None
    assert previous_period(PERIODS, "9/2099") is None


@pytest.mark.parametrize(
    ("new", "message"),
    [
        ("1/2024", "already declared"),
        ("1/2022", "is before the latest, '1/2024'"),
        ("1/2026", "skips ahead more than a year"),
        ("1/2O25", "is not a period id"),
    ],
)
def test_check_next_refuses(new: str, message: str) -> None:
    with pytest.raises(PeriodError, match=message):
        check_next(PERIODS, new)


def test_check_next_accepts_the_next_year_and_a_forced_skip() -> None:
    check_next(PERIODS, "1/2025")
    check_next(PERIODS, "2/2024")
    check_next(PERIODS, "1/2027", force=True)
    check_next([], "1/2030")


def test_next_label_follows_the_previous_one() -> None:
    assert next_label(PERIODS, "1/2025") == "Tilanne 1/2025"
    assert next_label([Period(id="1/2024", label="Kevät")], "1/2025") is None
    assert next_label([], "1/2025") is None
