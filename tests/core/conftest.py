"""Core messages are asserted in English, the catalogue's source language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kuopio_ohjelma.locale import set_language


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    set_language("en")
    yield
    set_language(None)
