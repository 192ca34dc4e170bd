"""One rule for a unit that is a share (values/units.is_share): lint's W613 and the report's
change in percentage points ask the same question."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.values.numbers import format_change
from kuopio_ohjelma.values.units import is_share

UNITS = [("%", True), ("prosenttia", True), ("% väestöstä", True), (" % ", True),
         ("%-yks.", False), ("% muutos", False), ("prosenttiyksikköä", False),
         ("kasvu %", False), ("henkilöä", False), (None, False)]


@pytest.mark.parametrize(("unit", "share"), UNITS)
def test_is_share(unit: str | None, share: bool) -> None:
    assert is_share(unit) is share


@pytest.mark.parametrize(("unit", "share"), UNITS)
def test_a_share_changes_in_percentage_points_whatever_its_unit_is_called(
    unit: str | None, share: bool
) -> None:
    changed = format_change(1.1, unit, "fi", places=1)
    assert changed == ("+1,1\u00a0%-yks." if share else f"+1,1\u00a0{unit}" if unit else "+1,1")
    assert format_change(1.1, unit, "en", places=1).endswith("pp") is share
