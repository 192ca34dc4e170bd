"""Round-trip edits (status, period, fmt) through one safe path."""
