"""core/periods.check_next: a period's number counts the year's monitoring rounds from 1
(the source's only period is 1/2024); a number that skips rounds needs --force."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from kuopio_ohjelma.core.periods import PeriodError, check_next
from kuopio_ohjelma.locale import set_language


class P(NamedTuple):
    id: str
    label: str


DECLARED = [P("1/2024", "Tilanne 1/2024")]


@pytest.mark.parametrize(
    ("new", "message"),
    [("0/2025", "kauden numero laskee vuoden seurantakierroksia alkaen 1:stä"),
     ("99/2024", "kausi '99/2024' hyppää kierrosten yli: kauden '1/2024' jälkeen vuoden 2024 "
                 "seuraava kierros on 2/2024"),
     ("3/2025", "vuoden 2025 seuraava kierros on 1/2025")],
)
def test_a_number_out_of_the_rounds_is_refused(new: str, message: str) -> None:
    set_language("fi")
    with pytest.raises(PeriodError) as raised:
        check_next(DECLARED, new)
    assert message in str(raised.value)


@pytest.mark.parametrize("new", ["2/2024", "1/2025"])
def test_the_next_round_is_accepted(new: str) -> None:
    check_next(DECLARED, new)


def test_force_allows_a_skip_but_never_round_zero() -> None:
    check_next(DECLARED, "3/2025", force=True)
    with pytest.raises(PeriodError):
        check_next(DECLARED, "0/2025", force=True)
