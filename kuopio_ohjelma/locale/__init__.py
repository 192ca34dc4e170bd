"""User-facing words in each language."""
