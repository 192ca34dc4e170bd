"""One way to quote a value in a message (`shown`): one line, nothing raw, and a long value
cut with its length said, whoever quotes it (an unknown id, a refused mark, a replaced note)."""

from __future__ import annotations

import pytest

from kuopio_ohjelma.core.textsafe import shown
from kuopio_ohjelma.core.typed_mark import MARK_LIMIT


def test_a_short_value_is_shown_as_it_is() -> None:
    assert shown("Ei alkanut.") == "Ei alkanut."


def test_a_line_break_tab_or_bidi_override_is_shown_as_its_escape() -> None:
    assert shown("a\nb\tc\u202ed") == "a\\u000ab\\u0009c\\u202ed"


def test_a_long_value_is_cut_with_its_length_said() -> None:
    assert shown("x" * 81) == "x" * 80 + "… (81 characters)"
    assert shown("x" * 80) == "x" * 80


def test_the_limit_is_a_parameter() -> None:
    assert shown("+/-" * 30, MARK_LIMIT) == ("+/-" * 20) + "… (90 characters)"


@pytest.mark.parametrize("text", ["", "ä" * 80])
def test_the_edge_cases_are_not_cut(text: str) -> None:
    assert shown(text) == text
