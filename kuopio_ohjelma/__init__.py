"""ohjelma: a city's strategy programme kept as plain text."""

__version__ = "0.1.0"
