"""The one kind of error the core raises for an option that does not fit the data."""

from __future__ import annotations


class ChoiceError(Exception):
    """A period, theme, goal or body asked for that the data does not have, or a selection
    that is empty: the command says why and exits 2, having written nothing."""
