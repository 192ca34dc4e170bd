"""One indicator value to write, as the YAML file and the sidecar CSV name it.

Its own module so that both writers (edit/indicator.py for `havainnot`, edit/sidecar_csv.py
for the CSV) depend on it and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from kuopio_ohjelma.core.periods import period_key
from kuopio_ohjelma.values.numbers import Number


@dataclass(frozen=True)
class Entry:
    """The observation to write, as YAML keys and plain values."""

    key: str
    when: int | str
    value: Number
    note: str | None
    source: str | None

    def sort_key(self) -> tuple[int, int]:
        if isinstance(self.when, int):
            return self.when, 0
        key = period_key(self.when)
        return key.year, key.number
