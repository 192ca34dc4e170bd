"""Lint: rules over the loaded repository, an engine that stamps severity and suppressions."""
